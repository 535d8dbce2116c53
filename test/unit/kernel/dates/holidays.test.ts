import { describe, expect, it } from 'vitest';
import { publicHolidaysOf, seedHolidays } from '../../../../shared/kernel/dates/holidays.ts';
import { isWeekend } from '../../../../shared/kernel/dates/dayMath.ts';
import { tetOf } from '../../../../shared/kernel/dates/lunarVi.ts';

const dates = (year: number) => publicHolidaysOf(year).map((h) => h.date);

describe('publicHolidaysOf', () => {
  it('lists the 11 days of the Labour Code in 2025 and one compensation day', () => {
    expect(publicHolidaysOf(2025)).toEqual([
      { date: '2025-01-01', name: 'Tết Dương lịch' },
      { date: '2025-01-28', name: 'Tết Âm lịch (ngày cuối năm)' },
      { date: '2025-01-29', name: 'Tết Âm lịch (mùng 1)' },
      { date: '2025-01-30', name: 'Tết Âm lịch (mùng 2)' },
      { date: '2025-01-31', name: 'Tết Âm lịch (mùng 3)' },
      { date: '2025-02-01', name: 'Tết Âm lịch (mùng 4)' },
      { date: '2025-02-03', name: 'Nghỉ bù Tết Âm lịch (mùng 4)' }, // Saturday 1/2 → Monday 3/2
      { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { date: '2025-04-30', name: 'Ngày Chiến thắng (30/4)' },
      { date: '2025-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
      { date: '2025-09-01', name: 'Quốc khánh (ngày liền kề)' },
      { date: '2025-09-02', name: 'Quốc khánh (2/9)' },
    ]);
  });

  it('gives compensation days after a weekend Tết, past the other Tết days', () => {
    // 2024: Tết Sat 10/2; the 5 days are Fri 9/2 to Tue 13/2; Sat and Sun are made up on Wed 14 and Thu 15.
    expect(dates(2024).filter((d) => d.startsWith('2024-02'))).toEqual([
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-02-15',
    ]);
    // Sunday 1/9/2024 → Tuesday 3/9 (Monday 2/9 is itself a holiday).
    expect(dates(2024).filter((d) => d.startsWith('2024-09'))).toEqual(['2024-09-01', '2024-09-02', '2024-09-03']);
  });

  it('moves Giỗ Tổ on a Saturday to Monday', () => {
    expect(publicHolidaysOf(2026).filter((h) => h.date.startsWith('2026-04'))).toEqual([
      { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { date: '2026-04-30', name: 'Ngày Chiến thắng (30/4)' },
    ]);
  });

  it('in every year 2020-2035: 11 holidays, one weekday compensation per weekend holiday, no duplicates', () => {
    for (let year = 2020; year <= 2035; year++) {
      const list = publicHolidaysOf(year);
      const compensations = list.filter((h) => h.name.startsWith('Nghỉ bù'));
      const statutory = list.filter((h) => !h.name.startsWith('Nghỉ bù'));
      expect(statutory).toHaveLength(11);
      expect(compensations).toHaveLength(statutory.filter((h) => isWeekend(h.date)).length);
      for (const c of compensations) expect(isWeekend(c.date)).toBe(false);
      expect(new Set(list.map((h) => h.date)).size).toBe(list.length);
      expect(list.every((h) => h.date.startsWith(String(year)))).toBe(true);
      expect(dates(year)).toContain(tetOf(year));
    }
  });
});

describe('seedHolidays', () => {
  it('concatenates the years in date order', () => {
    const seed = seedHolidays(2020, 2035);
    expect(seed).toHaveLength(226);
    expect(seed[0]).toEqual({ date: '2020-01-01', name: 'Tết Dương lịch' });
    // Sat 1/9 and Sun 2/9/2035 are made up on Mon 3 and Tue 4.
    expect(seed.at(-1)?.date).toBe('2035-09-04');
    expect([...seed].sort((a, b) => a.date.localeCompare(b.date))).toEqual(seed);
  });
});
