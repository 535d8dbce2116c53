import { describe, expect, it } from 'vitest';
import { extensionAdvised, NOTICE_WORKING_DAYS, reappointmentNoticeDate, termEnd } from '../../../shared/cadres/terms.ts';
import { seedHolidays } from '../../../shared/kernel/dates/holidays.ts';
import { isWorkingDay } from '../../../shared/kernel/dates/workingDays.ts';
import { addDays } from '../../../shared/kernel/dates/dayMath.ts';

describe('termEnd', () => {
  it.each([
    ['2020-03-01', 60, '2025-02-28'],
    ['2024-03-01', 60, '2029-02-28'],
    ['2023-03-01', 60, '2028-02-29'],
    ['2021-07-15', 60, '2026-07-14'],
    ['2020-01-01', 60, '2024-12-31'],
    ['2019-08-31', 60, '2024-08-30'],
    ['2020-02-29', 60, '2025-02-28'], // 29/02/2025 does not exist: the term runs to the end of February
    ['2020-01-31', 1, '2020-02-29'],
    ['2020-01-30', 1, '2020-02-29'],
    ['2020-01-29', 1, '2020-02-28'],
    ['2024-05-31', 36, '2027-05-30'],
  ])('%s + %i months ends on %s', (from, months, end) => {
    expect(termEnd(from, months)).toBe(end);
  });

  it('defaults to a 5-year term', () => {
    expect(termEnd('2022-10-10')).toBe('2027-10-09');
  });
});

describe('reappointmentNoticeDate', () => {
  const holidays = new Set(seedHolidays(2024, 2026).map((h) => h.date));

  it('is 90 working days before the term end', () => {
    expect(NOTICE_WORKING_DAYS).toBe(90);
    // Term ending Wed 2025-12-31. Going back 90 weekdays: 18 weeks = 2025-08-27 (Wed), less the
    // holidays in between (Mon 1/9 and Tue 2/9) pushes it 2 working days earlier: Mon 2025-08-25.
    expect(reappointmentNoticeDate('2025-12-31', holidays)).toBe('2025-08-25');
    expect(reappointmentNoticeDate('2025-12-31', new Set())).toBe('2025-08-27');
  });

  it('has exactly 90 working days from the notice date (excluded) to the term end (excluded)', () => {
    for (const end of ['2025-02-28', '2025-06-15', '2026-03-02']) {
      const notice = reappointmentNoticeDate(end, holidays);
      let count = 0;
      for (let d = addDays(notice, 1); d < end; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) count++;
      expect(count).toBe(89);
      expect(isWorkingDay(notice, holidays)).toBe(true);
    }
  });
});

describe('extensionAdvised', () => {
  it('when less than 2 years of service remain at the term end', () => {
    expect(extensionAdvised('2025-02-28', '2027-01-31')).toBe(true);
    expect(extensionAdvised('2025-02-28', '2027-02-28')).toBe(false); // exactly 2 years
    expect(extensionAdvised('2025-02-28', '2030-06-30')).toBe(false);
    expect(extensionAdvised('2025-02-28', '2025-03-31')).toBe(true);
  });

  it('not when retirement comes before the term ends', () => {
    expect(extensionAdvised('2025-02-28', '2024-10-31')).toBe(false);
    expect(extensionAdvised('2025-02-28', '2025-02-28')).toBe(false);
  });
});
