/**
 * Dates with their precision (names-and-dates.md): stored as ISO text "1965", "1965-03" or "1965-03-12".
 * The clerk types "1965", "03/1965" or "12/03/1965" (also with '-' or '.' and one-digit day/month).
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function valid(year: number, month?: number, day?: number): boolean {
  if (year < 1850 || year > 2200) return false;
  if (month === undefined) return day === undefined;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function toIso(d: PartialDate): string {
  if (d.month === undefined) return pad(d.year, 4);
  if (d.day === undefined) return `${pad(d.year, 4)}-${pad(d.month, 2)}`;
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Parses stored ISO partial-date text; null when malformed or impossible (30/02). */
export function parseIso(text: string): PartialDate | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (!valid(year, month, day)) return null;
  const d: PartialDate = { year };
  if (month !== undefined) d.month = month;
  if (day !== undefined) d.day = day;
  return d;
}

export function isIsoPartialDate(text: string): boolean {
  return parseIso(text) !== null;
}

export function isIsoFullDate(text: string): boolean {
  const d = parseIso(text);
  return d !== null && d.day !== undefined;
}

const TYPED = /^\s*(?:(\d{1,2})\s*[/.-]\s*)?(?:(\d{1,2})\s*[/.-]\s*)?(\d{4})\s*$/;

/**
 * Parses what a clerk types: "1965", "3/1965", "03/1965", "12/03/1965", "12.3.1965", or ISO.
 * Returns the ISO text, or null when it is not a real date.
 */
export function parseTyped(text: string): string | null {
  const trimmed = text.trim();
  if (ISO.test(trimmed)) return parseIso(trimmed) ? trimmed : null;
  const m = TYPED.exec(trimmed);
  if (!m) return null;
  const year = Number(m[3]);
  let day: number | undefined;
  let month: number | undefined;
  if (m[1] !== undefined && m[2] !== undefined) {
    day = Number(m[1]);
    month = Number(m[2]);
  } else if (m[1] !== undefined) {
    month = Number(m[1]);
  }
  if (!valid(year, month, day)) return null;
  const d: PartialDate = { year };
  if (month !== undefined) d.month = month;
  if (day !== undefined) d.day = day;
  return toIso(d);
}

export function precisionOf(iso: string): Precision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

/** dd/mm/yyyy, mm/yyyy or yyyy. */
export function formatVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = parseIso(iso);
  if (!d) return iso;
  if (d.month === undefined) return pad(d.year, 4);
  if (d.day === undefined) return `${pad(d.month, 2)}/${pad(d.year, 4)}`;
  return `${pad(d.day, 2)}/${pad(d.month, 2)}/${pad(d.year, 4)}`;
}

/** "ngày 05 tháng 7 năm 2023" for a full date; "tháng 7 năm 2023" / "năm 2023" for partial ones. */
export function formatFormalVi(iso: string): string {
  const d = parseIso(iso);
  if (!d) return iso;
  if (d.month === undefined) return `năm ${d.year}`;
  if (d.day === undefined) return `tháng ${d.month} năm ${d.year}`;
  return `ngày ${pad(d.day, 2)} tháng ${d.month} năm ${d.year}`;
}

/**
 * Completes a partial date with a documented default: the first day of the year or month
 * (the retirement rule uses 1 January). `approximate` says whether a default was used.
 */
export function completeDate(iso: string): { iso: string; approximate: boolean } {
  const d = parseIso(iso);
  if (!d) throw new RangeError(`not a date: ${iso}`);
  return {
    iso: toIso({ year: d.year, month: d.month ?? 1, day: d.day ?? 1 }),
    approximate: d.day === undefined,
  };
}

/**
 * Whole years between a (possibly partial) birth date and a full ISO date. A partial birth date is
 * completed with the documented default (see completeDate). Anniversaries are counted as addYears
 * does, so someone born on 29/02 has a birthday on 28/02 in a non-leap year and
 * ageOn(b, addYears(b, n)) === n always holds.
 */
export function ageOn(birthIso: string, onIso: string): number {
  if (!isIsoFullDate(onIso)) throw new RangeError(`not a full date: ${onIso}`);
  const birth = completeDate(birthIso).iso;
  const years = Number(onIso.slice(0, 4)) - Number(birth.slice(0, 4));
  return addYears(birth, years) <= onIso ? years : years - 1;
}

/** Shifts a full ISO date by whole years (29/02 becomes 28/02 in a non-leap year). */
export function addYears(iso: string, years: number): string {
  const d = parseIso(iso);
  if (!d || d.month === undefined || d.day === undefined) throw new RangeError(`not a full date: ${iso}`);
  const year = d.year + years;
  return toIso({ year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) });
}

/** Today's date in the local time zone, as ISO. */
export function todayIso(now: Date = new Date()): string {
  return toIso({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
