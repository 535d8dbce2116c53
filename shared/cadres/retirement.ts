/**
 * Retirement age and date (Bộ luật Lao động 2019 art. 169; Decree 135/2020 art. 4-6).
 *
 * From 2021 the normal age rises each calendar year: men 60y3m (+3 months a year, 62 from 2028),
 * women 55y4m (+4 months a year, 60 from 2035). The age that applies is the one in force in the
 * calendar year in which the person reaches it; before 2021 it was 60 (men) and 55 (women).
 * Retirement takes effect at the end of the month in which that age is reached.
 */

import { parseIso } from '../kernel/dates/partialDate.ts';
import { endOfMonth } from '../kernel/dates/dayMath.ts';

export type Sex = 'M' | 'F';

export interface Age {
  years: number;
  months: number;
}

/** The schedule as data: base age (months) before `fromYear`, then `stepMonths` more each year up to `maxMonths`. */
export const RETIREMENT_SCHEDULE = {
  M: { baseMonths: 60 * 12, fromYear: 2021, stepMonths: 3, maxMonths: 62 * 12 },
  F: { baseMonths: 55 * 12, fromYear: 2021, stepMonths: 4, maxMonths: 60 * 12 },
} as const satisfies Record<Sex, { baseMonths: number; fromYear: number; stepMonths: number; maxMonths: number }>;

/** Special groups (heavy work, disadvantaged areas, high expertise) retire up to 5 years earlier or later. */
export const MAX_ADJUSTMENT_MONTHS = 60;

/** The normal retirement age (in months) in force in a calendar year. */
export function retirementAgeInYear(sex: Sex, year: number): number {
  const s = RETIREMENT_SCHEDULE[sex];
  if (year < s.fromYear) return s.baseMonths;
  return Math.min(s.baseMonths + s.stepMonths * (year - s.fromYear + 1), s.maxMonths);
}

function toAge(months: number): Age {
  return { years: Math.floor(months / 12), months: months % 12 };
}

/**
 * The applicable age in months and the month index (year * 12 + month - 1) it is reached in.
 * The age depends on the year it is reached in, so this finds the year Y whose age, counted from
 * the birth month, falls in Y. An adjustment shifts the whole schedule, as Decree 135 art. 5-6 does
 * for earlier or later retirement (their tables are the normal ones moved by the same months).
 */
function reached(sex: Sex, birthYear: number, birthMonth: number, adjustmentMonths: number): { ageMonths: number; monthIndex: number } {
  if (!Number.isInteger(birthMonth) || birthMonth < 1 || birthMonth > 12) throw new RangeError(`not a month: ${birthMonth}`);
  if (!Number.isInteger(adjustmentMonths) || Math.abs(adjustmentMonths) > MAX_ADJUSTMENT_MONTHS) {
    throw new RangeError(`adjustment out of range: ${adjustmentMonths}`);
  }
  const birthIndex = birthYear * 12 + birthMonth - 1;
  for (let year = birthYear + 40; year <= birthYear + 75; year++) {
    const ageMonths = retirementAgeInYear(sex, year) + adjustmentMonths;
    const monthIndex = birthIndex + ageMonths;
    if (Math.floor(monthIndex / 12) === year) return { ageMonths, monthIndex };
  }
  throw new RangeError(`no retirement year for ${birthYear}-${birthMonth}`);
}

/** The normal retirement age of a person born in the given month (Decree 135/2020 tables). */
export function retirementAgeFor(sex: Sex, birthYear: number, birthMonth: number): Age {
  return toAge(reached(sex, birthYear, birthMonth, 0).ageMonths);
}

export interface RetirementInput {
  sex: Sex;
  /** Partial ISO: "1965", "1965-03" or "1965-03-12". */
  birthDate: string;
  /** Signed months for special groups, at most ±60. */
  adjustmentMonths?: number;
}

export interface Retirement {
  /** ISO date of the last day of the month in which the age is reached. */
  date: string;
  /** True when the birth month is unknown and 1 January was assumed (show a warning). */
  estimated: boolean;
  /** The age applied, adjustment included. */
  age: Age;
}

export function retirementDate({ sex, birthDate, adjustmentMonths = 0 }: RetirementInput): Retirement {
  const birth = parseIso(birthDate);
  if (!birth) throw new RangeError(`not a date: ${birthDate}`);
  const { ageMonths, monthIndex } = reached(sex, birth.year, birth.month ?? 1, adjustmentMonths);
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return {
    date: endOfMonth(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`),
    estimated: birth.month === undefined,
    age: toAge(ageMonths),
  };
}
