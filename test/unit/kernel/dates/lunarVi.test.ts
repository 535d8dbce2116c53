import { describe, expect, it } from 'vitest';
import { jdFromDate, jdToIso, leapMonthOf, lunarOfSolar, solarOfLunar, tetOf } from '../../../../shared/kernel/dates/lunarVi.ts';
import { addDays } from '../../../../shared/kernel/dates/dayMath.ts';

describe('tetOf (Vietnam, UTC+7)', () => {
  // Vietnamese Tết dates as published by the Vietnamese calendars. Where the Chinese calendar (UTC+8)
  // differs, the Chinese date is noted: the new moon falls before midnight in Hanoi but after it in Beijing.
  it.each([
    [1968, '1968-01-29'], // China 1968-01-30 (the North used UTC+7 from 1967; Tết Mậu Thân)
    [1985, '1985-01-21'], // China 1985-02-20 (Vietnam's month 11 started a day earlier, the leap month moved)
    [2007, '2007-02-17'], // China 2007-02-18
    [2030, '2030-02-02'], // China 2030-02-03: new moon 2030-02-02 16:07 UTC = 23:07 in Hanoi
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
  ])('Tết %i is %s', (year, iso) => {
    expect(tetOf(year)).toBe(iso);
    expect(lunarOfSolar(iso)).toEqual({ year, month: 1, day: 1, leap: false });
  });
});

describe('lunar dates', () => {
  it.each([
    [2020, '2020-04-02'],
    [2021, '2021-04-21'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Giỗ Tổ Hùng Vương (10/3) %i is %s', (year, iso) => {
    expect(solarOfLunar(year, 3, 10)).toBe(iso);
  });

  it('finds Trung thu (15/8) on the known days', () => {
    expect(solarOfLunar(2023, 8, 15)).toBe('2023-09-29');
    expect(solarOfLunar(2024, 8, 15)).toBe('2024-09-17');
  });

  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2033, 11], // the "2033 problem": Vietnam's calendar puts the leap month after month 11
    [2021, null],
    [2024, null],
  ])('leap month of %i is %s', (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
  });

  it('reads leap months and the last day of the year', () => {
    expect(lunarOfSolar('2020-05-23')).toEqual({ year: 2020, month: 4, day: 1, leap: true });
    expect(lunarOfSolar('2020-04-23')).toEqual({ year: 2020, month: 4, day: 1, leap: false });
    expect(lunarOfSolar('2024-02-09')).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    // Nhâm Dần and Giáp Thìn ended on the 29th of the 12th month ("no 30 Tết").
    expect(lunarOfSolar('2022-01-31')).toEqual({ year: 2021, month: 12, day: 29, leap: false });
    expect(lunarOfSolar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(solarOfLunar(2025, 6, 1, true)).toBe('2025-07-25');
  });

  it('refuses a leap month that does not exist and a 30th in a 29-day month', () => {
    expect(() => solarOfLunar(2024, 4, 1, true)).toThrow(RangeError);
    expect(() => solarOfLunar(2020, 3, 1, true)).toThrow(RangeError);
    expect(() => solarOfLunar(2024, 12, 30)).toThrow(RangeError);
    expect(solarOfLunar(2023, 12, 30)).toBe('2024-02-09');
    expect(() => lunarOfSolar('2024-02-30')).toThrow(RangeError);
  });

  it('goes solar → lunar → solar on every day of 2019-2036, months of 29 or 30 days', () => {
    let day = '2019-01-01';
    let monthLength = 0; // 0 until the first whole month starts
    let previous = lunarOfSolar(addDays(day, -1));
    while (day <= '2036-12-31') {
      const lunar = lunarOfSolar(day);
      expect(solarOfLunar(lunar.year, lunar.month, lunar.day, lunar.leap)).toBe(day);
      if (lunar.day === 1) {
        if (monthLength > 0) expect([29, 30]).toContain(monthLength);
        expect(previous.day === 29 || previous.day === 30).toBe(true);
        monthLength = 1;
      } else {
        expect(lunar.day).toBe(previous.day + 1);
        if (monthLength > 0) monthLength++;
      }
      previous = lunar;
      day = addDays(day, 1);
    }
  });

  it('converts Julian day numbers both ways', () => {
    expect(jdFromDate(1, 1, 2000)).toBe(2451545);
    expect(jdToIso(2451545)).toBe('2000-01-01');
    expect(jdToIso(jdFromDate(29, 2, 2024))).toBe('2024-02-29');
  });
});
