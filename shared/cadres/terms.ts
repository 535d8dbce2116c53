/**
 * Appointment terms and reappointment (cadres.md, "Terms, reappointment and eligibility"); the
 * numbers are data so that a change of rules is a change of constants.
 */

import { addDays, addMonths, shiftMonths } from '../kernel/dates/dayMath.ts';
import { subtractWorkingDays } from '../kernel/dates/workingDays.ts';

/** An appointment lasts 5 years from the effective date of the decision. */
export const TERM_MONTHS = 60;
/** Notice of the term's end at least 90 working days before it (Quy định 377-QĐ/TW of 8/10/2025). */
export const NOTICE_WORKING_DAYS = 90;
/** Less than this much service left at the term's end: keep the post until retirement instead. */
export const EXTENSION_THRESHOLD_MONTHS = 24;

/**
 * The last day of a term of `months` starting on `effectiveOn`: the day before the same date
 * `months` later. When that date does not exist (a term from 31/08 ending in a 30-day month, or
 * from 29/02 ending in a common year) the term runs to the last day of that month, as the Civil Code
 * (art. 148) ends a period in months that has no corresponding day.
 */
export function termEnd(effectiveOn: string, months: number = TERM_MONTHS): string {
  const anniversary = shiftMonths(effectiveOn, months);
  return anniversary.clamped ? anniversary.iso : addDays(anniversary.iso, -1);
}

/** The latest date to notify the cadre: 90 working days before the term's end. */
export function reappointmentNoticeDate(termEndIso: string, holidays: ReadonlySet<string>): string {
  return subtractWorkingDays(termEndIso, NOTICE_WORKING_DAYS, holidays);
}

/**
 * Whether to propose extending the post to retirement: service after the term's end, up to and
 * including the retirement date, is shorter than 2 years. False when retirement comes first (the
 * term then ends with the retirement; there is nothing to extend).
 */
export function extensionAdvised(termEndIso: string, retirementDateIso: string): boolean {
  if (retirementDateIso <= termEndIso) return false;
  const firstDayAfterTerm = addDays(termEndIso, 1);
  const firstDayRetired = addDays(retirementDateIso, 1);
  return firstDayRetired < addMonths(firstDayAfterTerm, EXTENSION_THRESHOLD_MONTHS);
}
