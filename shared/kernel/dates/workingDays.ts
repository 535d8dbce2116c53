/**
 * Working days: Monday to Friday, not a public holiday (the holiday table is data, see holidays.ts).
 * Pure date arithmetic on ISO "yyyy-mm-dd" text; UTC is used only to count days, never a time zone.
 */

import { addDays, isWeekend } from './dayMath.ts';

export function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(iso) && !holidays.has(iso);
}

function stepWorkingDays(iso: string, n: number, step: 1 | -1, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a count of days: ${n}`);
  let day = iso;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, step);
    if (isWorkingDay(day, holidays)) counted++;
  }
  return day;
}

/**
 * The working day that is the n-th one before `iso`, counting only working days strictly before it
 * (`iso` itself need not be a working day). n = 0 returns `iso`.
 */
export function subtractWorkingDays(iso: string, n: number, holidays: ReadonlySet<string>): string {
  return stepWorkingDays(iso, n, -1, holidays);
}

/** The n-th working day after `iso`, counting only working days strictly after it. */
export function addWorkingDays(iso: string, n: number, holidays: ReadonlySet<string>): string {
  return stepWorkingDays(iso, n, 1, holidays);
}
