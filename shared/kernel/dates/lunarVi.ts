/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for the time zone UTC+7.
 *
 * Hand-written rather than taken from npm: the packages offering a "Vietnamese" calendar
 * (amlich 0.0.2, vietnamese-lunar-calendar 0.0.6) are tiny, unmaintained ports, and the well-kept
 * lunar packages compute the Chinese calendar (UTC+8), which puts Tết on another day in some years
 * (1985, 2007, 2030, and 1968 for the North). shared/ also imports nothing but zod.
 *
 * The algorithm is the one published by Hồ Ngọc Đức ("Thuật toán tính âm lịch"): new moons and the
 * sun's longitude after Jean Meeus, "Astronomical Algorithms"; a month starts on the local day of a
 * new moon, month 11 holds the winter solstice, and in a year with 13 months the first month without
 * a major solar term (trung khí) after month 11 is the leap month. Valid roughly for 1800-2199.
 */

import { parseIso, toIso } from './partialDate.ts';

const TIME_ZONE = 7;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695; // the new moon of 1900-01-01, in Julian days
const { floor, sin, PI } = Math;

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** Julian day number of a Gregorian date (Julian calendar before 15/10/1582). */
export function jdFromDate(day: number, month: number, year: number): number {
  const a = floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jd = day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045;
  return jd < 2299161 ? day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - 32083 : jd;
}

/** The Gregorian date of a Julian day number, as ISO text. */
export function jdToIso(jd: number): string {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = floor((4 * a + 3) / 146097);
    c = a - floor((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = floor((4 * c + 3) / 1461);
  const e = c - floor((1461 * d) / 4);
  const m = floor((5 * e + 2) / 153);
  const day = e - floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * floor(m / 10);
  const year = b * 100 + d - 4800 + floor(m / 10);
  return toIso({ year, month, day });
}

/** Julian day (with fraction, UTC) of the k-th new moon after 1900-01-01 (Meeus ch. 49, shortened). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * sin(M * dr) + 0.0021 * sin(2 * dr * M);
  c1 = c1 - 0.4068 * sin(Mpr * dr) + 0.0161 * sin(dr * 2 * Mpr);
  c1 = c1 - 0.0004 * sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * sin(dr * 2 * F) - 0.0051 * sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * sin(dr * (M - Mpr)) + 0.0004 * sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * sin(dr * (2 * F - M)) - 0.0006 * sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * sin(dr * (2 * F - Mpr)) + 0.0005 * sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude, in radians in [0, 2π), at a Julian day (UTC). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * sin(dr * 2 * M) + 0.00029 * sin(dr * 3 * M);
  const L = (L0 + DL) * dr;
  return L - PI * 2 * floor(L / (PI * 2));
}

/** Which of the 12 major solar terms (0..11, 30° each from the spring equinox) the local day starts in. */
function sunSector(dayNumber: number): number {
  return floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / PI) * 6);
}

/** Julian day number of the local day holding the k-th new moon. */
function newMoonDay(k: number): number {
  return floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** The first day of lunar month 11 (the month holding the winter solstice) of a solar year. */
function lunarMonth11(year: number): number {
  const off = jdFromDate(31, 12, year) - 2415021;
  const k = floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** In a 13-month year starting at month 11 `a11`: the index (after month 11) of the leap month. */
function leapMonthOffset(a11: number): number {
  const k = floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function fullDate(iso: string): { year: number; month: number; day: number } {
  const d = parseIso(iso);
  if (!d || d.month === undefined || d.day === undefined) throw new RangeError(`not a full date: ${iso}`);
  return { year: d.year, month: d.month, day: d.day };
}

/** The lunar date of a solar (Gregorian) ISO date. */
export function lunarOfSolar(iso: string): LunarDate {
  const { year, month, day } = fullDate(iso);
  const dayNumber = jdFromDate(day, month, year);
  const k = floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > dayNumber) monthStart = newMoonDay(k);
  let a11 = lunarMonth11(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month: lunarMonth, day: lunarDay, leap };
}

/**
 * The solar ISO date of a lunar date. Throws when the month is not a leap month that year, or the
 * day does not exist (30 in a 29-day month).
 */
export function solarOfLunar(year: number, month: number, day: number, leap = false): string {
  if (month < 1 || month > 12 || day < 1 || day > 30) throw new RangeError(`not a lunar date: ${day}/${month}/${year}`);
  const a11 = month < 11 ? lunarMonth11(year - 1) : lunarMonth11(year);
  const b11 = month < 11 ? lunarMonth11(year) : lunarMonth11(year + 1);
  const k = floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  let leapMonth = 0;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap || off >= leapOff) off += 1;
  }
  if (leap && month !== leapMonth) throw new RangeError(`month ${month} of ${year} is not a leap month`);
  const monthStart = newMoonDay(k + off);
  if (day === 30 && newMoonDay(k + off + 1) - monthStart < 30) throw new RangeError(`lunar month ${month}/${year} has 29 days`);
  return jdToIso(monthStart + day - 1);
}

/** Tết Nguyên đán: the ISO date of the first day of the first lunar month of `year`. */
export function tetOf(year: number): string {
  return solarOfLunar(year, 1, 1);
}

/** The leap month (1..12) between the months 11 of solar years `year` and `year + 1`, or null. */
function leapBetween(year: number): number | null {
  const a11 = lunarMonth11(year);
  if (lunarMonth11(year + 1) - a11 <= 365) return null;
  const leapMonth = leapMonthOffset(a11) - 2;
  return leapMonth < 1 ? leapMonth + 12 : leapMonth;
}

/** The leap month of a lunar year (1..12), or null in a 12-month year. */
export function leapMonthOf(year: number): number | null {
  // Months 1..10 of lunar year Y lie after month 11 of solar year Y - 1; months 11 and 12 after that of Y.
  const early = leapBetween(year - 1);
  if (early !== null && early <= 10) return early;
  const late = leapBetween(year);
  return late !== null && late >= 11 ? late : null;
}
