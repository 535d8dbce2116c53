import { describe, expect, it } from 'vitest';
import { holidaySeedRows } from '../../../db/migrations/0008_holidays.ts';
import { seedHolidays } from '../../../shared/kernel/dates/holidays.ts';

describe('migration 0008: the holiday seed', () => {
  it('holds exactly the rows of seedHolidays(2020, 2035), one per date', () => {
    expect(holidaySeedRows.map(([date, name]) => ({ date, name }))).toEqual(seedHolidays(2020, 2035));
    expect(new Set(holidaySeedRows.map(([date]) => date)).size).toBe(holidaySeedRows.length);
  });

  it('has the Vietnamese Tết of 2030 (2 February; China’s is the 3rd) and the compensation days', () => {
    const dates = new Map(holidaySeedRows);
    expect(dates.get('2030-02-02')).toBe('Tết Âm lịch (mùng 1)');
    // 1/1/2022 was a Saturday: the compensation day is Monday 3/1/2022.
    expect(dates.get('2022-01-03')).toBe('Nghỉ bù Tết Dương lịch');
    expect(holidaySeedRows[0]?.[0]).toBe('2020-01-01');
    expect(holidaySeedRows.at(-1)?.[0].slice(0, 4)).toBe('2035');
  });
});
