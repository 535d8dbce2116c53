import { describe, expect, it } from 'vitest';
import { addMonths, milestoneDate, monthsBetween, partyAge } from '../../../shared/domain/partyAge.ts';

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
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(0);
    expect(monthsBetween('2024-01-15', '2025-01-15')).toBe(12);
    expect(milestoneDate('1995-05-10', 30)).toBe('2025-05-10');
  });
});
