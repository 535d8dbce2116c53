import { describe, expect, it } from 'vitest';
import { transferGapProblem, transferWarnings as warningsOf, workingDaysBetween, type TransferDates } from '../../../shared/events/transferRules.ts';
import { renderProblem } from '../../../shared/contract/problems.ts';

const transferWarnings = (event: TransferDates) => warningsOf(event).map((w) => renderProblem(w));

const day = (base: string, n: number) => new Date(Date.parse(`${base}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('working days', () => {
  it('counts Monday to Friday after the first date up to and including the second', () => {
    expect(workingDaysBetween('2024-01-01', '2024-01-01')).toBe(0);
    // Friday → Saturday, Sunday: nothing; → Monday: one.
    expect(workingDaysBetween('2024-01-05', '2024-01-06')).toBe(0);
    expect(workingDaysBetween('2024-01-05', '2024-01-07')).toBe(0);
    expect(workingDaysBetween('2024-01-05', '2024-01-08')).toBe(1);
    // Twelve weeks from a Monday: 60; the weekend before it: 59.
    expect(workingDaysBetween('2024-01-01', '2024-03-25')).toBe(60);
    expect(workingDaysBetween('2024-01-01', '2024-03-23')).toBe(59);
    expect(workingDaysBetween('2024-01-01', '2024-03-24')).toBe(59);
    expect(workingDaysBetween('2024-01-01', '2024-03-26')).toBe(61);
    // From a Saturday: the next Monday is the first working day.
    expect(workingDaysBetween('2024-01-06', '2024-01-08')).toBe(1);
  });

  it('is negative when the second date is earlier, and agrees with counting day by day', () => {
    expect(workingDaysBetween('2024-03-25', '2024-01-01')).toBe(-60);
    for (const start of ['2023-12-29', '2024-02-24', '2024-02-25', '2024-12-30']) {
      let count = 0;
      for (let n = 1; n <= 120; n++) {
        const d = day(start, n);
        const w = new Date(`${d}T00:00:00Z`).getUTCDay();
        if (w !== 0 && w !== 6) count++;
        expect(workingDaysBetween(start, d), `${start} → ${d}`).toBe(count);
      }
    }
  });

  it('refuses a date that is not a whole day', () => {
    expect(() => workingDaysBetween('2024-01', '2024-03-01')).toThrow(RangeError);
  });
});

describe('transfer deadlines (warnings)', () => {
  it('warns about a transfer out made more than 60 working days after the decision', () => {
    for (const typeCode of ['TRANSFER_OUT_PROVINCE', 'TRANSFER_OUT_LOCAL', 'TRANSFER_IN_LOCAL']) {
      expect(transferWarnings({ typeCode, decisionDate: '2024-01-01', eventDate: '2024-03-25' })).toEqual([]);
      expect(transferWarnings({ typeCode, decisionDate: '2024-01-01', eventDate: '2024-03-24' })).toEqual([]);
      expect(transferWarnings({ typeCode, decisionDate: '2024-01-01', eventDate: '2024-03-26' })).toEqual([
        'Chuyển sinh hoạt sau 61 ngày làm việc kể từ quyết định (quy định: trong 60 ngày làm việc).',
      ]);
    }
  });

  it('warns about a transfer letter presented more than 30 working days after it was issued', () => {
    const transferIn = (eventDate: string) => transferWarnings({ typeCode: 'TRANSFER_IN_PROVINCE', decisionDate: '2024-01-01', eventDate });
    expect(transferIn('2024-02-12')).toEqual([]);
    // The weekend after the 30th working day adds nothing.
    expect(transferIn('2024-02-10')).toEqual([]);
    expect(transferIn('2024-02-13')).toEqual(['Nộp giấy giới thiệu sau 31 ngày làm việc (quy định: trong 30 ngày làm việc).']);
    expect(transferIn('2024-03-26')).toEqual(['Nộp giấy giới thiệu sau 61 ngày làm việc (quy định: trong 30 ngày làm việc).']);
  });

  it('gives no warning without a decision date, with a partial date, or for other events', () => {
    expect(transferWarnings({ typeCode: 'TRANSFER_OUT_PROVINCE', decisionDate: null, eventDate: '2024-12-31' })).toEqual([]);
    expect(transferWarnings({ typeCode: 'TRANSFER_OUT_PROVINCE', decisionDate: '2023', eventDate: '2024-12-31' })).toEqual([]);
    expect(transferWarnings({ typeCode: 'TRANSFER_IN_PROVINCE', decisionDate: '2024-01-01', eventDate: '2024-12' })).toEqual([]);
    expect(transferWarnings({ typeCode: 'TRANSFER_IN_PROVINCE', decisionDate: '2024-01-01', eventDate: null })).toEqual([]);
    expect(transferWarnings({ typeCode: 'DEATH', decisionDate: '2020-01-01', eventDate: '2024-12-31' })).toEqual([]);
    // A decision dated after the event: no delay to warn about.
    expect(transferWarnings({ typeCode: 'TRANSFER_OUT_PROVINCE', decisionDate: '2024-12-31', eventDate: '2024-01-01' })).toEqual([]);
  });
});

describe('the transfer gap flag', () => {
  const gap = (over: Partial<Parameters<typeof transferGapProblem>[0]> = {}) => {
    const found = transferGapProblem({ typeCode: 'TRANSFER_IN_PROVINCE', decisionDate: '2024-01-01', eventDate: '2024-06-01', interruptsPartyAge: true, ...over });
    return found && { field: found.field, message: renderProblem(found.problem) };
  };

  it('is allowed on a transfer in from another province with the letter’s date', () => {
    expect(gap()).toBeNull();
    expect(gap({ decisionDate: '2024-06-01' })).toBeNull();
    expect(gap({ typeCode: 'DEATH', decisionDate: null, interruptsPartyAge: false })).toBeNull();
  });

  it('is refused on other events, without the letter’s date, or with the letter dated after it was presented', () => {
    expect(gap({ typeCode: 'DEATH' })).toMatchObject({ field: 'interruptsPartyAge', message: expect.stringMatching(/Chỉ sự kiện “Chuyển đến từ tỉnh khác”/) });
    expect(gap({ decisionDate: null })).toMatchObject({ field: 'decisionDate', message: expect.stringMatching(/ngày của giấy giới thiệu/) });
    expect(gap({ decisionDate: '2024-06-02' })).toMatchObject({ field: 'decisionDate', message: expect.stringMatching(/02\/06\/2024.*sau ngày nộp/) });
  });
});
