import { describe, expect, it } from 'vitest';
import { retirementAgeFor, retirementAgeInYear, retirementDate, type Sex } from '../../../shared/cadres/retirement.ts';

/** cadres.md tables (Decree 135/2020, annex I): first and last birth month, age, first and last month reached. */
const MEN: [string, string, number, number, string, string][] = [
  ['1961-01', '1961-09', 60, 3, '2021-04', '2021-12'],
  ['1961-10', '1962-06', 60, 6, '2022-04', '2022-12'],
  ['1962-07', '1963-03', 60, 9, '2023-04', '2023-12'],
  ['1963-04', '1963-12', 61, 0, '2024-04', '2024-12'],
  ['1964-01', '1964-09', 61, 3, '2025-04', '2025-12'],
  ['1964-10', '1965-06', 61, 6, '2026-04', '2026-12'],
  ['1965-07', '1966-03', 61, 9, '2027-04', '2027-12'],
];
const WOMEN: [string, string, number, number, string, string][] = [
  ['1966-01', '1966-08', 55, 4, '2021-05', '2021-12'],
  ['1966-09', '1967-04', 55, 8, '2022-05', '2022-12'],
  ['1967-05', '1967-12', 56, 0, '2023-05', '2023-12'],
  ['1968-01', '1968-08', 56, 4, '2024-05', '2024-12'],
  ['1968-09', '1969-04', 56, 8, '2025-05', '2025-12'],
  ['1969-05', '1969-12', 57, 0, '2026-05', '2026-12'],
  ['1970-01', '1970-08', 57, 4, '2027-05', '2027-12'],
  ['1970-09', '1971-04', 57, 8, '2028-05', '2028-12'],
  ['1971-05', '1971-12', 58, 0, '2029-05', '2029-12'],
  ['1972-01', '1972-08', 58, 4, '2030-05', '2030-12'],
  ['1972-09', '1973-04', 58, 8, '2031-05', '2031-12'],
  ['1973-05', '1973-12', 59, 0, '2032-05', '2032-12'],
  ['1974-01', '1974-08', 59, 4, '2033-05', '2033-12'],
  ['1974-09', '1975-04', 59, 8, '2034-05', '2034-12'],
];

function check(sex: Sex, born: string, years: number, months: number, reachedIn: string) {
  expect(retirementAgeFor(sex, Number(born.slice(0, 4)), Number(born.slice(5, 7)))).toEqual({ years, months });
  const r = retirementDate({ sex, birthDate: born });
  expect(r.age).toEqual({ years, months });
  expect(r.date.slice(0, 7)).toBe(reachedIn);
  expect(r.estimated).toBe(false);
}

describe('Decree 135/2020 schedule', () => {
  it.each(MEN)('men born %s to %s: %iy%im, reached %s to %s', (first, last, years, months, from, to) => {
    check('M', first, years, months, from);
    check('M', last, years, months, to);
  });

  it.each(WOMEN)('women born %s to %s: %iy%im, reached %s to %s', (first, last, years, months, from, to) => {
    check('F', first, years, months, from);
    check('F', last, years, months, to);
  });

  it('men born from 04/1966: 62 years, from 04/2028', () => {
    check('M', '1966-04', 62, 0, '2028-04');
    check('M', '1980-11', 62, 0, '2042-11');
  });

  it('women born from 05/1975: 60 years, from 05/2035', () => {
    check('F', '1975-05', 60, 0, '2035-05');
    check('F', '1990-02', 60, 0, '2050-02');
  });

  it('before 2021 the old ages applied: men 60, women 55', () => {
    check('M', '1960-12', 60, 0, '2020-12');
    check('M', '1955-06', 60, 0, '2015-06');
    check('F', '1965-12', 55, 0, '2020-12');
    expect(retirementAgeInYear('M', 2020)).toBe(720);
    expect(retirementAgeInYear('F', 2035)).toBe(720);
  });

  it.each([
    ['M', '1963-01', '2023-10-31'],
    ['M', '1965-01', '2026-07-31'],
    ['F', '1968-09', '2025-05-31'],
    ['F', '1970-01', '2027-05-31'],
  ] as const)('worked example: %s born %s retires at the end of the month, %s', (sex, born, date) => {
    expect(retirementDate({ sex, birthDate: born }).date).toBe(date);
    expect(retirementDate({ sex, birthDate: `${born}-17` }).date).toBe(date);
  });
});

describe('retirementDate', () => {
  it('takes 1 January when only the year is known, and says so', () => {
    expect(retirementDate({ sex: 'M', birthDate: '1965' })).toEqual({ date: '2026-07-31', estimated: true, age: { years: 61, months: 6 } });
    expect(retirementDate({ sex: 'M', birthDate: '1965-01' }).estimated).toBe(false);
  });

  it('ends on the last day of the month, February included', () => {
    expect(retirementDate({ sex: 'F', birthDate: '1970-10-31' }).date).toBe('2028-06-30');
    expect(retirementDate({ sex: 'M', birthDate: '1967-02-15' }).date).toBe('2029-02-28');
    expect(retirementDate({ sex: 'M', birthDate: '1970-02-03' }).date).toBe('2032-02-29');
  });

  it('shifts the schedule by a special-group adjustment', () => {
    // 5 years earlier (Decree 135 art. 5: men 55y3m in 2021, +3 months a year): a man born 01/1966
    // reaches the reduced age of 2021, 55y3m, in 04/2021 (not 61y9m − 5y, the normal age of his normal year).
    expect(retirementDate({ sex: 'M', birthDate: '1966-01', adjustmentMonths: -60 })).toEqual({
      date: '2021-04-30',
      estimated: false,
      age: { years: 55, months: 3 },
    });
    // 5 years later for a woman born 05/1975: 65 in 05/2040.
    expect(retirementDate({ sex: 'F', birthDate: '1975-05', adjustmentMonths: 60 }).date).toBe('2040-05-31');
    expect(retirementDate({ sex: 'M', birthDate: '1980-03', adjustmentMonths: -6 })).toMatchObject({ date: '2041-09-30', age: { years: 61, months: 6 } });
  });

  it('refuses an adjustment beyond 5 years and a malformed date', () => {
    expect(() => retirementDate({ sex: 'M', birthDate: '1970', adjustmentMonths: 61 })).toThrow(RangeError);
    expect(() => retirementDate({ sex: 'M', birthDate: '1970-13' })).toThrow(RangeError);
    expect(() => retirementAgeFor('F', 1970, 0)).toThrow(RangeError);
  });
});
