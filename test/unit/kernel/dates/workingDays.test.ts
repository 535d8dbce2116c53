import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, endOfMonth, latestDayOf, shiftMonths, weekdayOf, wholeMonthsBetween } from '../../../../shared/kernel/dates/dayMath.ts';
import { addWorkingDays, isWorkingDay, subtractWorkingDays } from '../../../../shared/kernel/dates/workingDays.ts';

const none = new Set<string>();

describe('dayMath', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-12-25')).toBe(-7);
  });

  it('knows the weekday and the end of the month', () => {
    expect(weekdayOf('2025-01-29')).toBe(3); // Wednesday, Tết Ất Tỵ
    expect(weekdayOf('2024-09-01')).toBe(0);
    expect(endOfMonth('2024-02')).toBe('2024-02-29');
    expect(endOfMonth('2023-02-10')).toBe('2023-02-28');
    expect(endOfMonth('2023-12')).toBe('2023-12-31');
  });

  it('shifts months with month-end clamping', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(shiftMonths('2024-01-31', 1)).toEqual({ iso: '2024-02-29', clamped: true });
    expect(shiftMonths('2024-01-29', 1)).toEqual({ iso: '2024-02-29', clamped: false });
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2024-03-15', -3)).toBe('2023-12-15');
  });

  it('counts whole months', () => {
    expect(wholeMonthsBetween('2025-06-01', '2030-06-01')).toBe(60);
    expect(wholeMonthsBetween('2025-06-02', '2030-06-01')).toBe(59);
    expect(wholeMonthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(wholeMonthsBetween('2024-03-10', '2024-03-09')).toBe(0);
  });

  it('reads the last day a partial date can mean', () => {
    expect(latestDayOf('2024')).toBe('2024-12-31');
    expect(latestDayOf('2024-02')).toBe('2024-02-29');
    expect(latestDayOf('2024-02-10')).toBe('2024-02-10');
  });

  it('refuses partial dates', () => {
    expect(() => addDays('2024-02', 1)).toThrow(RangeError);
  });
});

describe('working days', () => {
  const holidays = new Set(['2025-04-30', '2025-05-01']);

  it('excludes weekends and holidays', () => {
    expect(isWorkingDay('2025-04-29', holidays)).toBe(true);
    expect(isWorkingDay('2025-04-30', holidays)).toBe(false);
    expect(isWorkingDay('2025-05-03', holidays)).toBe(false); // Saturday
    expect(isWorkingDay('2025-05-04', none)).toBe(false); // Sunday
  });

  it('counts working days strictly before the date', () => {
    // Mon 2025-05-05: Fri 2/5 is the 1st, Tue 29/4 the 2nd (30/4 and 1/5 are holidays).
    expect(subtractWorkingDays('2025-05-05', 1, holidays)).toBe('2025-05-02');
    expect(subtractWorkingDays('2025-05-05', 2, holidays)).toBe('2025-04-29');
    expect(subtractWorkingDays('2025-05-04', 1, none)).toBe('2025-05-02');
    expect(subtractWorkingDays('2025-05-05', 0, none)).toBe('2025-05-05');
    expect(subtractWorkingDays('2025-05-09', 10, none)).toBe('2025-04-25');
  });

  it('adds working days strictly after the date', () => {
    expect(addWorkingDays('2025-04-29', 1, holidays)).toBe('2025-05-02');
    expect(addWorkingDays('2025-04-25', 10, none)).toBe('2025-05-09');
    expect(addWorkingDays(subtractWorkingDays('2025-06-30', 90, holidays), 90, holidays)).toBe('2025-06-30');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => subtractWorkingDays('2025-05-05', -1, none)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-05-05', 1.5, none)).toThrow(RangeError);
  });
});
