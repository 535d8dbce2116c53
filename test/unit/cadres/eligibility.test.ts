import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { describe, expect, it } from 'vitest';
import {
  DISCIPLINE_WAIT_MONTHS,
  disciplineWaitWarnings,
  firstAppointmentWarnings,
  rotationWarnings,
} from '../../../shared/cadres/eligibility.ts';
import { retirementDate } from '../../../shared/cadres/retirement.ts';

describe('firstAppointmentWarnings', () => {
  it('needs 60 months of service, counted through the retirement date', () => {
    expect(firstAppointmentWarnings({ retirementDate: '2030-05-31', proposalReceivedOn: '2025-06-01' })).toEqual([]);
    expect(firstAppointmentWarnings({ retirementDate: '2030-05-31', proposalReceivedOn: '2025-06-02' })).toEqual([
      { code: 'cadres.firstAppointmentServiceShort', params: { monthsLeft: 59, minMonths: 60, retirementDate: '31/05/2030' } },
    ]);
  });

  it('for the worked example: a man born 01/1965 (retiring 31/07/2026) proposed in 2025 has 18 months left', () => {
    const { date } = retirementDate({ sex: 'M', birthDate: '1965-01-20' });
    expect(firstAppointmentWarnings({ retirementDate: date, proposalReceivedOn: '2025-02-01' })[0]?.params.monthsLeft).toBe(18);
  });

  it('counts 0 months once retired', () => {
    expect(firstAppointmentWarnings({ retirementDate: '2024-12-31', proposalReceivedOn: '2025-03-01' })[0]?.params.monthsLeft).toBe(0);
  });
});

describe('disciplineWaitWarnings', () => {
  it('keeps the waiting periods of discipline-levels.csv', () => {
    expect(DISCIPLINE_WAIT_MONTHS).toEqual({ REPRIMAND: 24, WARNING: 36, REMOVAL_FROM_POST: 60 });
  });

  it.each([
    ['REPRIMAND', '2023-03-15', '2025-03-14', '2025-03-15'],
    ['WARNING', '2022-03-15', '2025-03-14', '2025-03-15'],
    ['REMOVAL_FROM_POST', '2020-03-15', '2025-03-14', '2025-03-15'],
  ])('%s decided on %s: still waiting on %s, free on %s', (levelCode, decidedOn, waiting, free) => {
    expect(disciplineWaitWarnings({ disciplines: [{ levelCode, decidedOn }], on: waiting })).toEqual([
      { code: 'cadres.disciplineWaitRunning', params: { levelCode, decidedOn: formatVi(decidedOn), waitMonths: DISCIPLINE_WAIT_MONTHS[levelCode], until: formatVi(free) } },
    ]);
    expect(disciplineWaitWarnings({ disciplines: [{ levelCode, decidedOn }], on: free })).toEqual([]);
  });

  it('takes a discipline dated by month or year at its last possible day', () => {
    expect(disciplineWaitWarnings({ disciplines: [{ levelCode: 'REPRIMAND', decidedOn: '2023-05' }], on: '2025-05-30' })[0]?.params.until).toBe('31/05/2025');
    expect(disciplineWaitWarnings({ disciplines: [{ levelCode: 'WARNING', decidedOn: '2022' }], on: '2025-12-30' })[0]?.params.until).toBe('31/12/2025');
    expect(disciplineWaitWarnings({ disciplines: [{ levelCode: 'WARNING', decidedOn: '2022' }], on: '2025-12-31' })).toEqual([]);
  });

  it('warns for each running discipline and ignores levels without a wait', () => {
    const warnings = disciplineWaitWarnings({
      disciplines: [
        { levelCode: 'REPRIMAND', decidedOn: '2020-01-10' },
        { levelCode: 'WARNING', decidedOn: '2024-01-10' },
        { levelCode: 'EXPULSION', decidedOn: '2024-06-01' },
      ],
      on: '2025-06-01',
    });
    expect(warnings.map((w) => w.params.levelCode)).toEqual(['WARNING']);
    expect(warnings[0]?.params.until).toBe('10/01/2027');
  });
});

describe('rotationWarnings', () => {
  it('from 8 years on the same post', () => {
    expect(rotationWarnings({ headingSince: '2017-06-01', on: '2025-05-31' })).toEqual([]);
    expect(rotationWarnings({ headingSince: '2017-06-01', on: '2025-06-01' })).toEqual([
      { code: 'cadres.rotationDue', params: { years: 8, since: '01/06/2017' } },
    ]);
    expect(rotationWarnings({ headingSince: '2010-01-01', on: '2025-06-01' })[0]?.params.years).toBe(15);
  });

  it('counts a start date known by year from 1 January', () => {
    expect(rotationWarnings({ headingSince: '2017', on: '2025-01-01' })).toEqual([{ code: 'cadres.rotationDue', params: { years: 8, since: '2017' } }]);
  });

  it('not without a start date or with a future one', () => {
    expect(rotationWarnings({ headingSince: null, on: '2025-06-01' })).toEqual([]);
    expect(rotationWarnings({ headingSince: '2026-01-01', on: '2025-06-01' })).toEqual([]);
  });
});
