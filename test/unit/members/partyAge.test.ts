import { describe, expect, it } from 'vitest';
import { addMonths, anchorReaching, milestoneDate, monthsBetween, partyAge } from '../../../shared/members/partyAge.ts';

const admit = (eventDate: string, decisionDate: string | null = null) => ({ typeCode: 'ADMIT', eventDate, decisionDate });

describe('party age', () => {
  it('counts whole months from the admission decision date, not the ceremony', () => {
    const age = partyAge([admit('1995-05-19', '1995-05-10'), { typeCode: 'FULL', eventDate: '1996-05-19' }], '2025-05-10');
    expect(age).toMatchObject({ months: 360, start: '1995-05-10', anchor: '1995-05-10', running: true, approximate: false });
    expect(partyAge([admit('1995-05-19', '1995-05-10')], '2025-05-09').months).toBe(359);
  });

  it('falls back to the ceremony date when the decision date is missing', () => {
    expect(partyAge([admit('1995-05-19')], '2025-05-19')).toMatchObject({ months: 360, start: '1995-05-19' });
  });

  it('flags partial dates completed with the 1st of January as approximate', () => {
    expect(partyAge([admit('1975')], '2025-01-01')).toMatchObject({ months: 600, approximate: true });
  });

  it('subtracts the gap between leaving and re-admission, counting from the first admission', () => {
    const events = [
      admit('1990-01-01', '1990-01-01'),
      { typeCode: 'REMOVE', eventDate: '2000-01-01' },
      { typeCode: 'READMIT', eventDate: '2003-07-01', decisionDate: '2003-07-01' },
    ];
    const age = partyAge(events, '2020-01-01');
    expect(age).toMatchObject({ months: 30 * 12 - 42, interruptionMonths: 42, start: '1990-01-01', anchor: '1993-07-01', running: true });
    // During the gap the count stands still.
    expect(partyAge(events, '2002-01-01')).toMatchObject({ months: 120, running: false });
  });

  it('counts continuously for a member wrongly expelled and later restored', () => {
    const events = [admit('1980-03-01', '1980-03-01'), { typeCode: 'EXPEL', eventDate: '1990-03-01' }, { typeCode: 'RESTORE', eventDate: '1995-03-01' }];
    expect(partyAge(events, '2020-03-01')).toMatchObject({ months: 480, interruptionMonths: 0, running: true });
  });

  it('does not treat an official transfer as an interruption', () => {
    const events = [admit('2000-06-01', '2000-06-01'), { typeCode: 'TRANSFER_OUT_PROVINCE', eventDate: '2005-06-01' }, { typeCode: 'TRANSFER_IN_PROVINCE', eventDate: '2008-06-01' }];
    expect(partyAge(events, '2010-06-01').months).toBe(120);
  });

  it('stops at death', () => {
    const events = [admit('1960-01-01', '1960-01-01'), { typeCode: 'DEATH', eventDate: '2019-07-01' }];
    expect(partyAge(events, '2025-01-01')).toMatchObject({ months: 714, running: false });
  });

  it('ignores cancelled events and events after the date asked for', () => {
    const events = [admit('1990-01-01', '1990-01-01'), { typeCode: 'EXPEL', eventDate: '2000-01-01', cancelled: true }];
    expect(partyAge(events, '2010-01-01').months).toBe(240);
    expect(partyAge(events, '1989-12-31')).toMatchObject({ months: 0, start: null, running: false });
  });

  it('adds months and counts months across month ends', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 14)).toBe('2025-02-15');
    // A month from 31/01 is complete on the last day of February (civil code), as addMonths says.
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(monthsBetween('2024-03-31', '2024-02-29')).toBe(-1);
    expect(monthsBetween('2024-01-15', '2025-01-15')).toBe(12);
    expect(milestoneDate('1995-05-10', 30)).toBe('2025-05-10');
  });

  it('is the inverse of addMonths for every day: k months are complete exactly on addMonths(a, k)', () => {
    const day = (n: number) => new Date(Date.UTC(1995, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    for (let n = 0; n < 800; n += 1) {
      const a = day(n);
      for (const k of [1, 2, 11, 12, 13, 359, 360]) {
        const reached = addMonths(a, k);
        expect(monthsBetween(a, reached), `${a} + ${k}`).toBe(k);
        const before = new Date(Date.parse(`${reached}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        expect(monthsBetween(a, before), `${a} + ${k} - 1 day`).toBe(k - 1);
      }
    }
  });

  it('agrees with milestoneDate on anchors at the end of a month (29/02 reaches 30 years on 28/02)', () => {
    const events = [admit('1996-03-10', '1996-02-29')];
    const date = milestoneDate('1996-02-29', 30);
    expect(date).toBe('2026-02-28');
    expect(partyAge(events, date).months).toBe(360);
    expect(partyAge(events, '2026-02-27').months).toBe(359);
  });

  it('does not extend the count when a member who had left later dies', () => {
    const events = [admit('1980-01-01', '1980-01-01'), { typeCode: 'QUIT', eventDate: '1990-01-01' }, { typeCode: 'DEATH', eventDate: '2000-01-01' }];
    expect(partyAge(events, '2025-01-01')).toMatchObject({ months: 120, running: false, anchor: '1980-01-01' });
  });

  it('treats a second admission after leaving as a re-admission (the gap is subtracted)', () => {
    const events = [admit('1980-01-01', '1980-01-01'), { typeCode: 'REMOVE', eventDate: '1990-01-01' }, admit('1995-01-01', '1995-01-01')];
    expect(partyAge(events, '2000-01-01')).toMatchObject({ months: 180, interruptionMonths: 60, anchor: '1985-01-01', start: '1980-01-01' });
  });

  it('is approximate only when a partial date is used, not for other events', () => {
    expect(partyAge([admit('1990-05-19', '1990-05-10'), { typeCode: 'CARD_ISSUE', eventDate: '1995' }], '2025-01-01').approximate).toBe(false);
    expect(partyAge([admit('1990-05', null)], '2025-01-01')).toMatchObject({ approximate: true, anchor: '1990-05-01' });
  });

  it('counts months from the anchor, also after a gap that ends on a short month', () => {
    const events = [admit('2000-01-31', '2000-01-31'), { typeCode: 'QUIT', eventDate: '2001-01-31' }, { typeCode: 'READMIT', eventDate: '2001-02-28', decisionDate: '2001-02-28' }];
    const age = partyAge(events, '2010-02-28');
    expect(age.interruptionMonths).toBe(1);
    expect(age.anchor).toBe('2000-02-29');
    expect(age.months).toBe(monthsBetween('2000-02-29', '2010-02-28'));
  });

  it('gives the latest anchor that has reached n months on a date (for SQL filters on the cached anchor)', () => {
    const day = (base: string, n: number) => new Date(Date.parse(`${base}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    for (const asOf of ['2024-02-29', '2024-03-30', '2024-03-31', '2025-02-28', '2025-07-15', '2026-11-20']) {
      for (const months of [0, 1, 12, 13, 360, 600]) {
        const limit = anchorReaching(asOf, months);
        // Around the limit, reached ⇔ anchor <= limit.
        for (let n = -70; n <= 70; n++) {
          const anchor = day(limit, n);
          const reached = anchor <= asOf && monthsBetween(anchor, asOf) >= months;
          expect(reached, `${anchor} → ${asOf}, ${months}`).toBe(anchor <= limit);
        }
      }
    }
  });
});

describe('party age: the transfer gap marked as an interruption', () => {
  const transfer = (interruptsPartyAge: boolean, decisionDate: string | null = '2005-06-01', eventDate = '2008-06-15') => [
    admit('2000-06-01', '2000-06-01'),
    { typeCode: 'TRANSFER_OUT_PROVINCE', eventDate: '2005-05-01' },
    { typeCode: 'TRANSFER_IN_PROVINCE', eventDate, decisionDate, interruptsPartyAge },
  ];

  it('subtracts the whole months from the transfer letter to presenting it, moving the anchor', () => {
    const age = partyAge(transfer(true), '2010-06-01');
    expect(age).toMatchObject({ start: '2000-06-01', interruptionMonths: 36, anchor: '2003-06-01', months: 84, running: true });
    expect(age.months).toBe(monthsBetween(age.anchor as string, '2010-06-01'));
    // Before the transfer in is recorded as having happened, nothing is subtracted yet.
    expect(partyAge(transfer(true), '2008-06-14')).toMatchObject({ interruptionMonths: 0, months: 96 });
  });

  it('does not subtract an unmarked transfer gap, nor a marked one without the letter’s date', () => {
    expect(partyAge(transfer(false), '2010-06-01')).toMatchObject({ interruptionMonths: 0, months: 120, anchor: '2000-06-01' });
    expect(partyAge(transfer(true, null), '2010-06-01')).toMatchObject({ interruptionMonths: 0, months: 120, anchor: '2000-06-01' });
  });

  it('adds the transfer gap to the other gaps, ignores it once cancelled, and marks a partial letter date approximate', () => {
    const events = [
      ...transfer(true),
      { typeCode: 'QUIT', eventDate: '2012-01-01' },
      { typeCode: 'READMIT', eventDate: '2013-01-01', decisionDate: '2013-01-01' },
    ];
    expect(partyAge(events, '2020-06-01')).toMatchObject({ interruptionMonths: 36 + 12, anchor: '2004-06-01' });
    expect(partyAge(events.map((e) => (e.typeCode === 'TRANSFER_IN_PROVINCE' ? { ...e, cancelled: true } : e)), '2020-06-01').interruptionMonths).toBe(12);
    expect(partyAge(transfer(true, '2005'), '2010-06-01')).toMatchObject({ interruptionMonths: 41, approximate: true });
  });

  it('ignores the mark on any other event', () => {
    const events = [admit('2000-06-01', '2000-06-01'), { typeCode: 'TRANSFER_OUT_LOCAL', eventDate: '2005-06-01', decisionDate: '2001-01-01', interruptsPartyAge: true }];
    expect(partyAge(events, '2010-06-01')).toMatchObject({ interruptionMonths: 0, months: 120 });
  });
});
