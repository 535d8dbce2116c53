import { describe, expect, it } from 'vitest';
import { addMonths, civilFromDays, daysFromCivil, daysFromIso, isoFromDays, localToday, wholeYears } from '../../../../electron/services/system/demo/days.ts';

describe('day-number calendar', () => {
  it('agrees with Date.UTC from 1900 to 2100', () => {
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000 * 7) {
      const d = new Date(t);
      const days = t / 86_400_000;
      expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(days);
      expect(civilFromDays(days)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      expect(isoFromDays(days)).toBe(d.toISOString().slice(0, 10));
    }
  });

  it('parses ISO dates and refuses impossible ones', () => {
    expect(isoFromDays(daysFromIso('1930-02-28'))).toBe('1930-02-28');
    expect(() => daysFromIso('2026-02-29')).toThrow(RangeError);
    expect(() => daysFromIso('2026-2-1')).toThrow(RangeError);
  });

  it('adds months, falling back to the last day of a shorter month', () => {
    const add = (iso: string, m: number) => isoFromDays(addMonths(daysFromIso(iso), m));
    expect(add('2024-05-17', 12)).toBe('2025-05-17');
    expect(add('2024-02-29', 12)).toBe('2025-02-28');
    expect(add('2023-01-31', 1)).toBe('2023-02-28');
    expect(add('2024-01-31', 1)).toBe('2024-02-29');
    expect(add('2024-12-15', 1)).toBe('2025-01-15');
  });

  it('counts whole years (ages)', () => {
    expect(wholeYears(daysFromIso('2000-06-15'), daysFromIso('2018-06-14'))).toBe(17);
    expect(wholeYears(daysFromIso('2000-06-15'), daysFromIso('2018-06-15'))).toBe(18);
  });

  it('formats the local date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
