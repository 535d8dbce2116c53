import { describe, expect, it } from 'vitest';
import { planningShares, planningWarnings, type PlanningEntry } from '../../../shared/cadres/planningRules.ts';

const entry = (cadreId: string, postKey: string, cycleCode = '2025-2030'): PlanningEntry => ({ cadreId, postKey, cycleCode });

describe('planningWarnings', () => {
  it('accepts 3 people per post and 3 posts per person', () => {
    expect(planningWarnings([entry('a', 'BT'), entry('b', 'BT'), entry('c', 'BT'), entry('a', 'PBT'), entry('a', 'CT')])).toEqual([]);
  });

  it('warns for a 4th person on a post, in the same cycle only', () => {
    const entries = [entry('a', 'BT'), entry('b', 'BT'), entry('c', 'BT'), entry('d', 'BT'), entry('e', 'BT', '2030-2035')];
    expect(planningWarnings(entries)).toEqual([
      { code: 'cadres.planningTooManyPeople', params: { postKey: 'BT', cycleCode: '2025-2030', count: 4, max: 3 } },
    ]);
  });

  it('warns for a 4th post for one person, counting each post once', () => {
    const entries = [entry('a', 'BT'), entry('a', 'PBT'), entry('a', 'CT'), entry('a', 'PCT'), entry('a', 'PCT')];
    expect(planningWarnings(entries)).toEqual([
      { code: 'cadres.planningTooManyPosts', params: { cadreId: 'a', cycleCode: '2025-2030', count: 4, max: 3 } },
    ]);
  });
});

describe('planningShares', () => {
  it('gives the share of women and of under-40s on a date', () => {
    const shares = planningShares(
      [
        { sex: 'F', birthDate: '1986-01-02' }, // 40 on 2026-01-02: still 39 on 2026-01-01
        { sex: 'M', birthDate: '1986-01-01' }, // 40 on the day
        { sex: 'M', birthDate: '1990' },
        { sex: 'M', birthDate: null },
      ],
      '2026-01-01',
    );
    expect(shares).toEqual({ total: 4, women: 1, womenShare: 0.25, womenTargetMet: true, young: 2, youngShare: 0.5, unknownAge: 1 });
  });

  it('misses the women target below 25% and handles an empty list', () => {
    const people = Array.from({ length: 5 }, (_, i) => ({ sex: i === 0 ? ('F' as const) : ('M' as const), birthDate: '1970' }));
    expect(planningShares(people, '2025-06-01')).toMatchObject({ womenShare: 0.2, womenTargetMet: false, young: 0 });
    expect(planningShares([], '2025-06-01')).toMatchObject({ total: 0, womenShare: 0, womenTargetMet: false, youngShare: 0 });
  });
});
