/**
 * Eligibility warnings for a proposal (cadres.md): pure rules returning problems as plain
 * problems of shared/cadres/warnings.ts (dates in their parameters written dd/mm/yyyy). The numbers are
 * constants so that the rules stay data.
 */

import type { Problem } from '../kernel/problems.ts';
import { addDays, addMonths, latestDayOf, wholeMonthsBetween } from '../kernel/dates/dayMath.ts';
import { completeDate, formatVi } from '../kernel/dates/partialDate.ts';
import { cadreWarnings as W } from './warnings.ts';

/** A first appointment or nomination needs at least 60 months of service before retirement. */
export const FIRST_APPOINTMENT_MIN_MONTHS = 60;

/**
 * Months after a discipline before a cadre may be considered for a higher post, by discipline level
 * code (catalogues/discipline-levels.csv, column promotion_wait_months).
 */
export const DISCIPLINE_WAIT_MONTHS: Readonly<Record<string, number>> = {
  REPRIMAND: 24, // khiển trách
  WARNING: 36, // cảnh cáo
  REMOVAL_FROM_POST: 60, // cách chức
};

/** Heading the same body for this many years (two terms) or more: rotate. */
export const ROTATION_YEARS = 8;

/**
 * Fewer than 60 months between the date the board received the proposal and retirement. Service
 * runs up to and including the retirement date (the last day of a month), so months are counted
 * to the day after it: a proposal received on 01/06/2025 for a cadre retiring on 31/05/2030 has 60.
 */
export function firstAppointmentWarnings(input: { retirementDate: string; proposalReceivedOn: string }): Problem[] {
  const end = addDays(input.retirementDate, 1);
  const monthsLeft = end <= input.proposalReceivedOn ? 0 : wholeMonthsBetween(input.proposalReceivedOn, end);
  if (monthsLeft >= FIRST_APPOINTMENT_MIN_MONTHS) return [];
  return [
    W.firstAppointmentServiceShort({ monthsLeft, minMonths: FIRST_APPOINTMENT_MIN_MONTHS, retirementDate: formatVi(input.retirementDate) }),
  ];
}

/**
 * One warning per discipline whose waiting period is still running on `on` (the first day allowed is
 * `until`). A discipline dated only by month or year ("2023-05", "2023", as CVs often record it) is
 * taken at the last day it can mean, so that the wait is never cut short.
 */
export function disciplineWaitWarnings(input: { disciplines: readonly { levelCode: string; levelName?: string; decidedOn: string }[]; on: string }): Problem[] {
  const warnings: Problem[] = [];
  for (const d of input.disciplines) {
    const wait = DISCIPLINE_WAIT_MONTHS[d.levelCode];
    if (wait === undefined) continue;
    const until = addMonths(latestDayOf(d.decidedOn), wait);
    if (input.on >= until) continue;
    warnings.push(W.disciplineWaitRunning({ levelCode: d.levelName ?? d.levelCode, decidedOn: formatVi(d.decidedOn), waitMonths: wait, until: formatVi(until) }));
  }
  return warnings;
}

/**
 * Heading the same post since `headingSince` for 8 years or more on `on`. A partial start date takes
 * the project's documented default (the first day of its year or month, see completeDate).
 */
export function rotationWarnings(input: { headingSince: string | null; on: string }): Problem[] {
  if (input.headingSince === null) return [];
  const since = completeDate(input.headingSince).iso;
  if (since > input.on) return [];
  const years = Math.floor(wholeMonthsBetween(since, input.on) / 12);
  if (years < ROTATION_YEARS) return [];
  return [W.rotationDue({ years, since: formatVi(input.headingSince) })];
}
