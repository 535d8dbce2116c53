import { describe, expect, it } from 'vitest';
import {
  BADGE_ROUND_DAYS,
  anchorWindow,
  blockedAt,
  disciplineBlockEnd,
  earlyMonthsFor,
  earlyWindow,
  isRoundDate,
  nextMilestone,
  owedMilestones,
  nextRound,
  posthumousDeathWindow,
  posthumousMilestone,
  previousRound,
  reachesInRound,
  returningMilestones,
  roundOf,
  roundWindow,
  roundsOfYear,
  type BadgeMilestone,
} from '../../../shared/badges/rules.ts';
import { milestoneDate } from '../../../shared/members/partyAge.ts';

/** The catalogue as seeded (db/seed/csv/badge-milestones.csv). */
const MILESTONES: BadgeMilestone[] = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90].map((years) => ({ years, earlyMonthsIll: years >= 70 ? 24 : 12 }));
const none = new Set<number>();

describe('rounds', () => {
  it('are 3/2, 19/5, 2/9 and 7/11 of each year, in order', () => {
    expect(roundsOfYear(2026)).toEqual(['2026-02-03', '2026-05-19', '2026-09-02', '2026-11-07']);
    expect(BADGE_ROUND_DAYS.every((d) => d.day < 29)).toBe(true);
  });

  it('recognises round dates only', () => {
    expect(isRoundDate('2026-05-19')).toBe(true);
    expect(isRoundDate('2026-05-18')).toBe(false);
    expect(isRoundDate('2026-02-30')).toBe(false);
  });

  it('finds the previous round across the year boundary', () => {
    expect(previousRound('2026-02-03')).toBe('2025-11-07');
    expect(previousRound('2026-05-19')).toBe('2026-02-03');
    expect(previousRound('2026-09-02')).toBe('2026-05-19');
    expect(previousRound('2026-11-07')).toBe('2026-09-02');
    expect(nextRound('2025-11-07')).toBe('2026-02-03');
    expect(() => previousRound('2026-03-01')).toThrow(RangeError);
  });

  it('puts a date in the first round on or after it', () => {
    expect(roundOf('2026-02-03')).toBe('2026-02-03');
    expect(roundOf('2026-02-04')).toBe('2026-05-19');
    expect(roundOf('2025-11-08')).toBe('2026-02-03');
    expect(roundOf('2025-12-31')).toBe('2026-02-03');
    expect(roundOf('2026-01-01')).toBe('2026-02-03');
  });

  it('has a window from the previous round (exclusive) to the round (inclusive)', () => {
    expect(roundWindow('2026-02-03')).toEqual({ after: '2025-11-07', onOrBefore: '2026-02-03' });
  });
});

describe('milestone windows', () => {
  it('includes a milestone reached on the round day and excludes one reached on the previous round day', () => {
    expect(reachesInRound('1996-02-03', 30, '2026-02-03')).toBe(true);
    expect(reachesInRound('1995-11-07', 30, '2026-02-03')).toBe(false);
    expect(reachesInRound('1995-11-07', 30, '2025-11-07')).toBe(true);
    expect(reachesInRound('1995-11-08', 30, '2026-02-03')).toBe(true);
    expect(reachesInRound('1996-02-04', 30, '2026-02-03')).toBe(false);
  });

  it('turns the round window into an anchor window per milestone', () => {
    expect(anchorWindow(roundWindow('2026-02-03'), 30)).toEqual({ after: '1995-11-07', onOrBefore: '1996-02-03' });
    expect(anchorWindow(roundWindow('2026-05-19'), 90)).toEqual({ after: '1936-02-03', onOrBefore: '1936-05-19' });
  });

  it('agrees with milestoneDate for anchors at month ends and on 29 February', () => {
    for (const anchor of ['1996-01-31', '1996-02-29', '1995-11-30', '1966-05-31', '1956-08-31', '1946-02-28']) {
      for (const round of [...roundsOfYear(2026), ...roundsOfYear(2027)]) {
        for (const m of MILESTONES) {
          const w = anchorWindow(roundWindow(round), m.years);
          expect(anchor > w.after && anchor <= w.onOrBefore).toBe(reachesInRound(anchor, m.years, round));
        }
      }
    }
  });
});

describe('early windows (gravely ill)', () => {
  it('takes 12 months for 30-65 years and 24 months for 70-90 years from the catalogue', () => {
    expect(earlyMonthsFor(MILESTONES, 30)).toBe(12);
    expect(earlyMonthsFor(MILESTONES, 65)).toBe(12);
    expect(earlyMonthsFor(MILESTONES, 70)).toBe(24);
    expect(earlyMonthsFor(MILESTONES, 90)).toBe(24);
    expect(() => earlyMonthsFor(MILESTONES, 35)).toThrow(RangeError);
  });

  it('covers milestones after the round, up to the early months after it', () => {
    expect(earlyWindow('2026-02-03', 12)).toEqual({ after: '2026-02-03', onOrBefore: '2027-02-03' });
    expect(earlyWindow('2026-02-03', 24)).toEqual({ after: '2026-02-03', onOrBefore: '2028-02-03' });
    // A 30-year milestone on 2027-02-03 is 12 months early at the 3/2/2026 round; a day later is too early.
    const w30 = anchorWindow(earlyWindow('2026-02-03', 12), 30);
    expect('1997-02-03' > w30.after && '1997-02-03' <= w30.onOrBefore).toBe(true);
    expect('1997-02-04' <= w30.onOrBefore).toBe(false);
    // 70 years: 24 months.
    const w70 = anchorWindow(earlyWindow('2026-02-03', 24), 70);
    expect(w70).toEqual({ after: '1956-02-03', onOrBefore: '1958-02-03' });
  });
});

describe('discipline blocks', () => {
  const reprimand = { decidedOn: '2025-08-03', waitMonths: 6, levelName: 'Khiển trách' };
  const warning = { decidedOn: '2025-05-03', waitMonths: 9, levelName: 'Cảnh cáo' };
  const removal = { decidedOn: '2025-02-03', waitMonths: 12, levelName: 'Cách chức' };

  it('ends 6, 9 and 12 months after the decision', () => {
    expect(disciplineBlockEnd(reprimand.decidedOn, 6)).toBe('2026-02-03');
    expect(disciplineBlockEnd(warning.decidedOn, 9)).toBe('2026-02-03');
    expect(disciplineBlockEnd(removal.decidedOn, 12)).toBe('2026-02-03');
    expect(disciplineBlockEnd('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('lets the member be considered on the day the wait ends, not the day before', () => {
    for (const d of [reprimand, warning, removal]) {
      expect(blockedAt([d], '2026-02-03')).toBeNull();
      expect(blockedAt([{ ...d, decidedOn: d.decidedOn.replace(/03$/, '04') }], '2026-02-03')).toEqual({ eligibleFrom: '2026-02-04', levelName: d.levelName });
    }
  });

  it('ignores cancelled decisions, decisions after the round and levels without a wait', () => {
    expect(blockedAt([{ ...reprimand, decidedOn: '2025-12-01', cancelled: true }], '2026-02-03')).toBeNull();
    expect(blockedAt([{ ...reprimand, decidedOn: '2026-02-04' }], '2026-02-03')).toBeNull();
    expect(blockedAt([{ decidedOn: '2026-01-01', waitMonths: null }], '2026-02-03')).toBeNull();
  });

  it('takes the latest end among several decisions', () => {
    const r = blockedAt(
      [
        { decidedOn: '2025-12-01', waitMonths: 6, levelName: 'Khiển trách' },
        { decidedOn: '2025-10-01', waitMonths: 12, levelName: 'Cách chức' },
      ],
      '2026-02-03',
    );
    expect(r).toEqual({ eligibleFrom: '2026-10-01', levelName: 'Cách chức' });
  });

  it('brings a member back in the round the block ends in, with the milestone missed', () => {
    const d = [{ decidedOn: '2025-06-01', waitMonths: 9, levelName: 'Cảnh cáo' }]; // blocked until 2026-03-01
    // 30 years on 2026-01-15: due at 3/2/2026 while blocked; considered again at 19/5/2026.
    expect(returningMilestones('1996-01-15', '2026-02-03', MILESTONES, none, d)).toEqual([]);
    expect(returningMilestones('1996-01-15', '2026-05-19', MILESTONES, none, d)).toEqual([{ years: 30, date: '2026-01-15', dueRound: '2026-02-03' }]);
    // Not again in the round after, and not when the badge is held.
    expect(returningMilestones('1996-01-15', '2026-09-02', MILESTONES, none, d)).toEqual([]);
    expect(returningMilestones('1996-01-15', '2026-05-19', MILESTONES, new Set([30]), d)).toEqual([]);
    // A milestone that fell due before the discipline is not brought back.
    expect(returningMilestones('1995-01-15', '2026-05-19', MILESTONES, none, d)).toEqual([]);
  });
});

describe('posthumous awards', () => {
  it('gives the milestone reached within 12 months after death', () => {
    // 50 years on 2026-06-01, died 2025-12-20: 5 months short.
    expect(posthumousMilestone('1976-06-01', '2025-12-20', '2026-02-03', MILESTONES, new Set([30, 40, 45]))).toEqual({ years: 50, date: '2026-06-01' });
    // Exactly 12 months short is still within; a day more is not.
    expect(posthumousMilestone('1976-06-01', '2025-06-01', '2025-09-02', MILESTONES, new Set([30, 40, 45]))?.years).toBe(50);
    expect(posthumousMilestone('1976-06-02', '2025-06-01', '2025-09-02', MILESTONES, new Set([30, 40, 45]))).toBeNull();
  });

  it('does not give a milestone already held, nor one that fell due before the previous round', () => {
    expect(posthumousMilestone('1976-06-01', '2025-12-20', '2026-02-03', MILESTONES, new Set([50]))).toBeNull();
    // Died at 52 years: the 50-year badge fell due while alive, long before.
    expect(posthumousMilestone('1973-06-01', '2025-12-20', '2026-02-03', MILESTONES, none)).toBeNull();
  });

  it('considers the member at each round from the death until the milestone’s own round', () => {
    const at = (round: string) => posthumousMilestone('1976-06-01', '2025-12-20', round, MILESTONES, new Set([45]))?.years ?? null;
    expect(at('2025-11-07')).toBeNull(); // not dead yet
    expect(at('2026-02-03')).toBe(50);
    expect(at('2026-05-19')).toBe(50);
    expect(at('2026-09-02')).toBe(50); // the milestone's own round (1/6/2026 is in its window)
    expect(at('2026-11-07')).toBeNull();
    expect(posthumousDeathWindow('2026-02-03')).toEqual({ after: '2024-11-07', onOrBefore: '2026-02-03' });
  });
});

describe('next milestone', () => {
  it('is the first milestone above the highest held, with its round', () => {
    expect(nextMilestone('1996-01-15', MILESTONES, none)).toEqual({ years: 30, date: '2026-01-15', round: '2026-02-03' });
    expect(nextMilestone('1996-01-15', MILESTONES, new Set([30]))).toEqual({ years: 40, date: '2036-01-15', round: '2036-02-03' });
    expect(nextMilestone('1936-01-15', MILESTONES, new Set([90]))).toBeNull();
    expect(milestoneDate('1996-02-29', 30)).toBe('2026-02-28');
  });

  it('from a date, skips the milestones whose round has passed (they are owed, not next)', () => {
    // 47 years of party age on 2026-11-20: 30, 40 and 45 are behind, 50 is next.
    expect(nextMilestone('1979-06-10', MILESTONES, none, '2026-11-20')).toEqual({ years: 50, date: '2029-06-10', round: '2029-09-02' });
    expect(nextMilestone('1996-01-15', MILESTONES, none, '2026-02-03')).toEqual({ years: 30, date: '2026-01-15', round: '2026-02-03' });
  });
});

describe('owed milestones', () => {
  it('are every milestone above the highest held whose round has passed without a badge on file', () => {
    expect(owedMilestones('1979-06-10', MILESTONES, none, '2026-11-20')).toEqual([
      { years: 30, date: '2009-06-10', round: '2009-09-02' },
      { years: 40, date: '2019-06-10', round: '2019-09-02' },
      { years: 45, date: '2024-06-10', round: '2024-09-02' },
    ]);
    expect(owedMilestones('1979-06-10', MILESTONES, new Set([30]), '2026-11-20').map((m) => m.years)).toEqual([40, 45]);
    expect(owedMilestones('1979-06-10', MILESTONES, new Set([45]), '2026-11-20')).toEqual([]);
    // A round on the day itself is still to come.
    expect(owedMilestones('1996-01-15', MILESTONES, none, '2026-02-03')).toEqual([]);
  });
});
