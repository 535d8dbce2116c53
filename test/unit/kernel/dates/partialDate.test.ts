import { describe, expect, it } from 'vitest';
import {
  addYears,
  ageOn,
  completeDate,
  formatFormalVi,
  formatVi,
  isIsoFullDate,
  isIsoPartialDate,
  parseIso,
  parseTyped,
  precisionOf,
  toIso,
  todayIso,
} from '../../../../shared/kernel/dates/partialDate.ts';
import { seededRandom } from '../seededRandom.ts';

describe('parseTyped', () => {
  it.each([
    ['1965', '1965'],
    ['03/1965', '1965-03'],
    ['3/1965', '1965-03'],
    ['12/1965', '1965-12'],
    ['12/03/1965', '1965-03-12'],
    ['12/3/1965', '1965-03-12'],
    ['1/2/1965', '1965-02-01'],
    ['12.3.1965', '1965-03-12'],
    ['12.03.1965', '1965-03-12'],
    ['12-03-1965', '1965-03-12'],
    ['03-1965', '1965-03'],
    [' 12 / 03 / 1965 ', '1965-03-12'],
    ['1965-03-12', '1965-03-12'],
    ['1965-03', '1965-03'],
    [' 1965 ', '1965'],
    ['31/12/2025', '2025-12-31'],
    ['30/04/1975', '1975-04-30'],
  ])('accepts %j as %j', (typed, iso) => {
    expect(parseTyped(typed)).toBe(iso);
  });

  it.each([
    '',
    '   ',
    'abc',
    '31/02/1990',
    '30/02/2024',
    '31/04/2020',
    '32/01/1990',
    '13/1990',
    '0/1990',
    '00/1990',
    '00/01/1990',
    '12/03/65',
    '65',
    '12/03/19650',
    '1/2/3/1965',
    '12/03/1965 abc',
    '1965-13',
    '1965-02-30',
    '1849',
    '2201',
  ])('refuses %j', (typed) => {
    expect(parseTyped(typed)).toBeNull();
  });

  it('knows leap years', () => {
    expect(parseTyped('29/02/2024')).toBe('2024-02-29');
    expect(parseTyped('29/02/2000')).toBe('2000-02-29'); // divisible by 400
    expect(parseTyped('29/02/2023')).toBeNull();
    expect(parseTyped('29/02/1900')).toBeNull(); // divisible by 100, not by 400
    expect(parseTyped('2024-02-29')).toBe('2024-02-29');
    expect(parseTyped('2023-02-29')).toBeNull();
  });
});

describe('ISO partial dates', () => {
  it('parses and writes the three precisions', () => {
    expect(parseIso('1965')).toEqual({ year: 1965 });
    expect(parseIso('1965-03')).toEqual({ year: 1965, month: 3 });
    expect(parseIso('1965-03-12')).toEqual({ year: 1965, month: 3, day: 12 });
    expect(toIso({ year: 1965 })).toBe('1965');
    expect(toIso({ year: 1965, month: 3 })).toBe('1965-03');
    expect(toIso({ year: 1965, month: 3, day: 2 })).toBe('1965-03-02');
  });

  it('refuses malformed or impossible ISO text', () => {
    for (const text of ['', '65', '1965-3', '1965-03-1', '1965/03/12', '12/03/1965', '1965-00', '1965-02-30', ' 1965', '1965-03-12T00:00']) {
      expect(parseIso(text), text).toBeNull();
      expect(isIsoPartialDate(text), text).toBe(false);
    }
  });

  it('tells full dates from partial ones', () => {
    expect(isIsoPartialDate('1965')).toBe(true);
    expect(isIsoPartialDate('1965-03')).toBe(true);
    expect(isIsoFullDate('1965-03-12')).toBe(true);
    expect(isIsoFullDate('1965-03')).toBe(false);
    expect(isIsoFullDate('1965')).toBe(false);
    expect(precisionOf('1965')).toBe('year');
    expect(precisionOf('1965-03')).toBe('month');
    expect(precisionOf('1965-03-12')).toBe('day');
  });
});

describe('formatVi', () => {
  it('shows dd/mm/yyyy, mm/yyyy or yyyy', () => {
    expect(formatVi('1965-03-12')).toBe('12/03/1965');
    expect(formatVi('2023-07-05')).toBe('05/07/2023');
    expect(formatVi('1965-03')).toBe('03/1965');
    expect(formatVi('1965')).toBe('1965');
  });

  it('shows nothing for a missing date', () => {
    expect(formatVi(null)).toBe('');
    expect(formatVi(undefined)).toBe('');
    expect(formatVi('')).toBe('');
  });

  it('round-trips through parseTyped', () => {
    for (const iso of ['1965', '1965-03', '1965-03-12', '2024-02-29']) expect(parseTyped(formatVi(iso))).toBe(iso);
  });
});

describe('formatFormalVi', () => {
  it('writes "ngày 05 tháng 7 năm 2023" for a full date', () => {
    expect(formatFormalVi('2023-07-05')).toBe('ngày 05 tháng 7 năm 2023');
    expect(formatFormalVi('2023-12-25')).toBe('ngày 25 tháng 12 năm 2023');
  });

  it('writes only what a partial date knows', () => {
    expect(formatFormalVi('2023-07')).toBe('tháng 7 năm 2023');
    expect(formatFormalVi('2023')).toBe('năm 2023');
  });
});

describe('completeDate', () => {
  it('uses 1 January or the 1st and flags the result as approximate', () => {
    expect(completeDate('1965')).toEqual({ iso: '1965-01-01', approximate: true });
    expect(completeDate('1965-03')).toEqual({ iso: '1965-03-01', approximate: true });
    expect(completeDate('1965-03-12')).toEqual({ iso: '1965-03-12', approximate: false });
  });

  it('throws on text that is not a date', () => {
    expect(() => completeDate('12/03/1965')).toThrow(RangeError);
    expect(() => completeDate('1965-02-30')).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it('counts a year only from the birthday on', () => {
    expect(ageOn('1965-03-12', '2025-03-11')).toBe(59);
    expect(ageOn('1965-03-12', '2025-03-12')).toBe(60);
    expect(ageOn('1965-03-12', '2025-03-13')).toBe(60);
    expect(ageOn('1965-03-12', '2025-12-31')).toBe(60);
    expect(ageOn('1965-12-31', '2025-12-30')).toBe(59);
    expect(ageOn('1965-12-31', '2026-01-01')).toBe(60);
    expect(ageOn('1965-03-12', '1965-03-12')).toBe(0);
  });

  it('completes a partial birth date with the documented default', () => {
    expect(ageOn('1965', '2024-12-31')).toBe(59);
    expect(ageOn('1965', '2025-01-01')).toBe(60);
    expect(ageOn('1965-03', '2025-02-28')).toBe(59);
    expect(ageOn('1965-03', '2025-03-01')).toBe(60);
  });

  it('reaches the birthday of someone born on 29/02 on 28/02 in a non-leap year, as addYears counts', () => {
    expect(ageOn('2000-02-29', '2001-02-27')).toBe(0);
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(1);
    expect(ageOn('2000-02-29', '2001-03-01')).toBe(1);
    expect(ageOn('2000-02-29', '2004-02-28')).toBe(3);
    expect(ageOn('2000-02-29', '2004-02-29')).toBe(4);
  });

  it('agrees with addYears on every anniversary (1 000 generated birth dates)', () => {
    const r = seededRandom(60);
    let checked = 0;
    while (checked < 1000) {
      // One in ten is born on 29/02 of a leap year; the rest anywhere (impossible days skipped).
      const birth = r.chance(0.1)
        ? toIso({ year: 1932 + 4 * r.int(17), month: 2, day: 29 })
        : toIso({ year: 1930 + r.int(70), month: 1 + r.int(12), day: 1 + r.int(31) });
      if (!isIsoFullDate(birth)) continue;
      checked++;
      const n = 1 + r.int(70);
      const anniversary = addYears(birth, n);
      expect(ageOn(birth, anniversary), `${birth} + ${n}`).toBe(n);
      const dayBefore = new Date(`${anniversary}T00:00:00Z`);
      dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
      expect(ageOn(birth, dayBefore.toISOString().slice(0, 10)), `${birth} + ${n} - 1 day`).toBe(n - 1);
    }
  });

  it('refuses a partial or malformed "on" date', () => {
    expect(() => ageOn('1965-03-12', '2025')).toThrow(RangeError);
    expect(() => ageOn('1965-03-12', '2025-03')).toThrow(RangeError);
    expect(() => ageOn('1965-03-12', '12/03/2025')).toThrow(RangeError);
    expect(() => ageOn('abc', '2025-03-12')).toThrow(RangeError);
  });
});

describe('addYears', () => {
  it('shifts a full date by whole years', () => {
    expect(addYears('1965-03-12', 60)).toBe('2025-03-12');
    expect(addYears('2025-03-12', -60)).toBe('1965-03-12');
    expect(addYears('2023-12-31', 1)).toBe('2024-12-31');
  });

  it('turns 29/02 into 28/02 in a non-leap year and keeps it in a leap year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2000-02-29', 100)).toBe('2100-02-28'); // 2100 is not a leap year
    expect(addYears('2023-02-28', 1)).toBe('2024-02-28');
  });

  it('refuses partial dates', () => {
    expect(() => addYears('1965', 1)).toThrow(RangeError);
    expect(() => addYears('1965-03', 1)).toThrow(RangeError);
  });
});

describe('todayIso', () => {
  it('gives the local calendar date', () => {
    expect(todayIso(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(todayIso(new Date(2024, 1, 29, 0, 0))).toBe('2024-02-29');
  });
});
