/**
 * Calendar arithmetic on full ISO dates ("yyyy-mm-dd"). UTC is used only to count days: these are
 * dates, not instants, so no time zone ever shifts them.
 */

import { parseIso, toIso } from './partialDate.ts';

const DAY_MS = 86_400_000;

function fullParts(iso: string): { year: number; month: number; day: number } {
  const d = parseIso(iso);
  if (!d || d.month === undefined || d.day === undefined) throw new RangeError(`not a full date: ${iso}`);
  return { year: d.year, month: d.month, day: d.day };
}

function utcOf(iso: string): number {
  const { year, month, day } = fullParts(iso);
  return Date.UTC(year, month - 1, day);
}

function isoOfUtc(ms: number): string {
  const d = new Date(ms);
  return toIso({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The full ISO date `n` calendar days after `iso` (before when negative). */
export function addDays(iso: string, n: number): string {
  return isoOfUtc(utcOf(iso) + n * DAY_MS);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(utcOf(iso)).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const w = weekdayOf(iso);
  return w === 0 || w === 6;
}

/** The last day of the month of a full or "yyyy-mm" ISO date. */
export function endOfMonth(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return toIso({ year, month, day: daysInMonth(year, month) });
}

/**
 * Shifts a full ISO date by whole months. `clamped` says the same day does not exist in the target
 * month (31/01 + 1 month), in which case the last day of that month is returned.
 */
export function shiftMonths(iso: string, months: number): { iso: string; clamped: boolean } {
  const { year, month, day } = fullParts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = daysInMonth(y, m);
  return { iso: toIso({ year: y, month: m, day: Math.min(day, last) }), clamped: day > last };
}

export function addMonths(iso: string, months: number): string {
  return shiftMonths(iso, months).iso;
}

/** Whole months from `from` to `to` (to ≥ from): the largest m with addMonths(from, m) ≤ to. */
export function wholeMonthsBetween(from: string, to: string): number {
  const a = fullParts(from);
  const b = fullParts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  while (months > 0 && addMonths(from, months) > to) months--;
  while (addMonths(from, months + 1) <= to) months++;
  return months;
}

/** The last day a partial ISO date can mean: "2023" → 2023-12-31, "2023-05" → 2023-05-31, a full date itself. */
export function latestDayOf(iso: string): string {
  const d = parseIso(iso);
  if (!d) throw new RangeError(`not a date: ${iso}`);
  if (d.day !== undefined) return iso;
  return endOfMonth(toIso({ year: d.year, month: d.month ?? 12 }));
}
