/**
 * Public holidays (Bộ luật Lao động 2019, art. 112) and their compensation days (Decree 145/2020,
 * art. 58: a holiday falling on the weekly rest day is taken on the next working day).
 *
 * This computes the *seed* of the editable `holiday` table: each year the Prime Minister's
 * office announces the actual days for civil servants (which 5 days of Tết, 1/9 or 3/9 with
 * Quốc khánh, swapped working days), so the board corrects the table rather than this code.
 */

import { solarOfLunar, tetOf } from './lunarVi.ts';
import { addDays, isWeekend } from './dayMath.ts';

export interface Holiday {
  date: string;
  name: string;
}

/** The 5 days of Tết: the usual choice is the last day of the old lunar year and mùng 1 to mùng 4. */
export const TET_DAYS_BEFORE = 1;
export const TET_DAYS_AFTER = 4;

function lawHolidays(year: number): Holiday[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  const on = (month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
  const tet = tetOf(year);
  const list: Holiday[] = [{ date: on(1, 1), name: 'Tết Dương lịch' }];
  for (let i = -TET_DAYS_BEFORE; i < TET_DAYS_AFTER; i++) {
    const name = i < 0 ? 'Tết Âm lịch (ngày cuối năm)' : `Tết Âm lịch (mùng ${i + 1})`;
    list.push({ date: addDays(tet, i), name });
  }
  list.push(
    { date: solarOfLunar(year, 3, 10), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: on(4, 30), name: 'Ngày Chiến thắng (30/4)' },
    { date: on(5, 1), name: 'Ngày Quốc tế Lao động (1/5)' },
    // The law gives 2/9 and "1 day before or after"; the government picks 1/9 or 3/9 each year.
    { date: on(9, 1), name: 'Quốc khánh (ngày liền kề)' },
    { date: on(9, 2), name: 'Quốc khánh (2/9)' },
  );
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The public holidays of a solar year, with one compensation day ("Nghỉ bù …") for each holiday
 * on a Saturday or Sunday: the next weekday that is neither a holiday nor already a compensation day.
 */
export function publicHolidaysOf(year: number): Holiday[] {
  const holidays = lawHolidays(year);
  const taken = new Set(holidays.map((h) => h.date));
  const compensations: Holiday[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.date)) continue;
    let day = addDays(h.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    compensations.push({ date: day, name: `Nghỉ bù ${h.name}` });
  }
  return [...holidays, ...compensations].sort((a, b) => a.date.localeCompare(b.date));
}

/** The seed rows of the `holiday` table for the years `fromYear` to `toYear` inclusive. */
export function seedHolidays(fromYear: number, toYear: number): Holiday[] {
  const rows: Holiday[] = [];
  for (let year = fromYear; year <= toYear; year++) rows.push(...publicHolidaysOf(year));
  return rows;
}
