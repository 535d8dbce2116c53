/**
 * Working days: Monday to Friday, not a public holiday (the holiday table is data, see holidays.ts).
 * Pure date arithmetic on ISO "yyyy-mm-dd" text; UTC is used only to count days, never a time zone.
 */

import { isWeekend } from './dayMath.ts';
import { parseIso } from './partialDate.ts';

const DAY_MS = 86_400_000;

export function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(iso) && !holidays.has(iso);
}

/**
 * Steps on a day number (UTC midnight), not on the text: a 90-working-day count walks some 130 days,
 * and parsing the text at each of them was most of a decision's save time (40 notice dates).
 */
function stepWorkingDays(iso: string, n: number, step: 1 | -1, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a count of days: ${n}`);
  const d = parseIso(iso);
  if (!d || d.month === undefined || d.day === undefined) throw new RangeError(`not a full date: ${iso}`);
  let ms = Date.UTC(d.year, d.month - 1, d.day);
  let day = iso;
  for (let counted = 0; counted < n; ) {
    ms += step * DAY_MS;
    const at = new Date(ms);
    const weekday = at.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    day = at.toISOString().slice(0, 10);
    if (!holidays.has(day)) counted++;
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
