import { describe, expect, it } from 'vitest';
import { defaultTermMonths, EFFECT_RULES, actionEffects } from '../../../shared/decisions/effects.ts';
import { deriveFile, postOfKind, type DerivationAction } from '../../../shared/decisions/posts.ts';

let nextId = 0;
/** An action of decision `decisionId` (default: its own), active, main post unless said. */
function act(effect: string, effectiveOn: string, over: Partial<DerivationAction> = {}): DerivationAction {
  nextId += 1;
  return {
    id: nextId,
    decisionId: nextId,
    decisionNo: `${nextId}-QĐ/TU`,
    seq: 1,
    typeCode: effect.toUpperCase(),
    effect,
    effectiveOn,
    postKind: 'main',
    postBefore: null,
    unitBefore: null,
    postAfter: null,
    unitAfter: null,
    orgAfterId: null,
    termMonths: null,
    planningCycle: null,
    note: null,
    status: 'active',
    ...over,
  };
}

const derive = (actions: DerivationAction[], asOf = '2030-01-01', retirementDate: string | null = '2032-06-30') => deriveFile(actions, { asOf, retirementDate });
const titles = (d: ReturnType<typeof derive>) => d.posts.map((p) => `${p.postKind}:${p.title}`);

describe('the effects as data', () => {
  it('has a rule for every effect, and the term defaults of the catalogue and of appointments', () => {
    expect(Object.keys(EFFECT_RULES).sort()).toEqual([...actionEffects].sort());
    expect(defaultTermMonths('appoint', null)).toBe(60);
    expect(defaultTermMonths('appoint', 48)).toBe(48);
    expect(defaultTermMonths('reappoint', null)).toBe(60);
    expect(defaultTermMonths('assign', null)).toBeNull();
    expect(defaultTermMonths('end', 60)).toBeNull();
    expect(defaultTermMonths('unknown effect', 60)).toBeNull();
  });
});

describe('deriveFile', () => {
  it('an appointment opens a main post with a 60-month term; a later one replaces it and ends the first line', () => {
    const first = act('appoint', '2021-01-01', { postAfter: 'Phó Giám đốc', unitAfter: 'Sở Nội vụ', termMonths: 60, orgAfterId: 7 });
    const second = act('appoint', '2023-07-01', { postAfter: 'Giám đốc', unitAfter: 'Sở Tài chính', termMonths: 60 });
    const d = derive([second, first]);
    expect(d.posts).toEqual([
      expect.objectContaining({ postKind: 'main', title: 'Giám đốc', unit: 'Sở Tài chính', since: '2023-07-01', termEnd: '2028-06-30', termKind: 'term', actionId: second.id }),
    ]);
    expect(d.history.map((h) => [h.actionId, h.endedOn])).toEqual([
      [first.id, '2023-07-01'],
      [second.id, null],
    ]);
    expect(d.appointments).toBe(2);
    // As of a date between the two: the first post, its term running to 31/12/2025.
    const mid = derive([first, second], '2022-01-01');
    expect(mid.posts).toEqual([expect.objectContaining({ title: 'Phó Giám đốc', termEnd: '2025-12-31', orgId: 7 })]);
    expect(mid.appointments).toBe(1);
  });

  it('orders by effective date, then decision, then row; cancelled actions do not count', () => {
    const a = act('appoint', '2022-01-01', { decisionId: 5, seq: 2, postAfter: 'B', termMonths: 60 });
    const b = act('appoint', '2022-01-01', { decisionId: 5, seq: 1, postAfter: 'A', termMonths: 60 });
    const c = act('appoint', '2022-01-01', { decisionId: 9, seq: 1, postAfter: 'C', termMonths: 60, status: 'cancelled' });
    expect(titles(derive([a, c, b]))).toEqual(['main:B']);
  });

  it('a reappointment keeps the post and its first date, with a new term from its own effective date', () => {
    const appoint = act('appoint', '2016-03-01', { postAfter: 'Giám đốc', unitAfter: 'Sở Y tế', termMonths: 60 });
    const again = act('reappoint', '2021-03-01', { termMonths: 60 });
    const d = derive([appoint, again]);
    expect(d.posts).toEqual([expect.objectContaining({ title: 'Giám đốc', unit: 'Sở Y tế', since: '2016-03-01', termEnd: '2026-02-28', actionId: again.id })]);
    expect(d.appointments).toBe(1);
  });

  it('a reappointment to a post held before the app opens it from its own date', () => {
    const d = derive([act('reappoint', '2021-03-01', { postAfter: 'Chủ tịch UBND', unitAfter: 'Huyện Tây Sơn', termMonths: 60 })]);
    expect(d.posts).toEqual([expect.objectContaining({ title: 'Chủ tịch UBND', since: '2021-03-01', termEnd: '2026-02-28', termKind: 'term' })]);
  });

  it('an extension runs the term to the retirement date (no reappointment term)', () => {
    const d = derive([act('appoint', '2020-01-01', { postAfter: 'Giám đốc', termMonths: 60 }), act('extend', '2024-12-01')], '2030-01-01', '2026-05-31');
    expect(d.posts).toEqual([expect.objectContaining({ title: 'Giám đốc', since: '2020-01-01', termEnd: '2026-05-31', termKind: 'retirement' })]);
  });

  it('assignments: main replaces main, concurrent adds, no term unless given', () => {
    const d = derive([
      act('assign', '2010-05-01', { postAfter: 'Chuyên viên', unitAfter: 'Ban Tổ chức' }),
      act('assign', '2015-05-01', { postAfter: 'Trưởng phòng', unitAfter: 'Ban Tổ chức', termMonths: 36 }),
      act('assign', '2016-01-01', { postKind: 'concurrent', postAfter: 'Giám đốc Trung tâm', unitAfter: 'Trung tâm chính trị' }),
    ]);
    expect(d.posts.map((p) => [p.postKind, p.title, p.termEnd])).toEqual([
      ['main', 'Trưởng phòng', '2018-04-30'],
      ['concurrent', 'Giám đốc Trung tâm', null],
    ]);
    expect(postOfKind(d, 'concurrent')?.title).toBe('Giám đốc Trung tâm');
  });

  it('committee seats are counted apart, and the same seat twice is one', () => {
    const d = derive([
      act('appoint', '2020-01-01', { postAfter: 'Phó Bí thư', unitAfter: 'Huyện ủy', termMonths: 60 }),
      act('committee', '2020-10-01', { postAfter: 'Ủy viên Ban Chấp hành', unitAfter: 'Tỉnh ủy' }),
      act('committee', '2020-10-15', { postKind: 'main', postAfter: 'ủy viên ban chấp hành', unitAfter: 'TỈNH ỦY' }),
      act('committee', '2021-01-01', { postAfter: 'Ủy viên Ban Thường vụ', unitAfter: 'Tỉnh ủy' }),
    ]);
    expect(titles(d)).toEqual(['main:Phó Bí thư', 'committee:ủy viên ban chấp hành', 'committee:Ủy viên Ban Thường vụ']);
  });

  it('an end closes the post named by "post before" (folded, any kind), else the latest of its kind', () => {
    const base = [
      act('appoint', '2020-01-01', { postAfter: 'Giám đốc', termMonths: 60 }),
      act('assign', '2020-02-01', { postKind: 'concurrent', postAfter: 'Chủ tịch Hội đồng' }),
      act('assign', '2020-03-01', { postKind: 'concurrent', postAfter: 'Trưởng ban' }),
    ];
    expect(titles(derive([...base, act('end', '2021-01-01', { postKind: 'main', postBefore: 'chu tich hoi dong' })]))).toEqual(['main:Giám đốc', 'concurrent:Trưởng ban']);
    expect(titles(derive([...base, act('end', '2021-01-01', { postKind: 'concurrent' })]))).toEqual(['main:Giám đốc', 'concurrent:Chủ tịch Hội đồng']);
    const relieved = derive([...base, act('end', '2021-01-01')]);
    expect(titles(relieved)).toEqual(['concurrent:Chủ tịch Hội đồng', 'concurrent:Trưởng ban']);
    expect(relieved.history[0]?.endedOn).toBe('2021-01-01');
  });

  it('retirement ends every post and is dated; an action not yet effective does nothing', () => {
    const actions = [
      act('appoint', '2020-01-01', { postAfter: 'Giám đốc', termMonths: 60 }),
      act('committee', '2020-10-01', { postAfter: 'Tỉnh ủy viên' }),
      act('retire', '2026-06-01'),
    ];
    const retired = derive(actions, '2026-06-01');
    expect(retired.posts).toEqual([]);
    expect(retired.retiredOn).toBe('2026-06-01');
    expect(retired.history.map((h) => h.endedOn)).toEqual(['2026-06-01', '2026-06-01', null]);
    const before = derive(actions, '2026-05-31');
    expect(before.retiredOn).toBeNull();
    expect(before.posts).toHaveLength(2);
  });

  it('planning: added once per cycle and post, removed by post or the whole cycle, with the note as reason', () => {
    const add = act('planAdd', '2025-03-01', { planningCycle: 'P2025', postAfter: 'Bí thư Tỉnh ủy' });
    const again = act('planAdd', '2025-04-01', { planningCycle: 'P2025', postAfter: 'bi thu tinh uy' });
    const other = act('planAdd', '2025-03-01', { planningCycle: 'P2025', postAfter: 'Chủ tịch UBND tỉnh' });
    const state = act('planAdd', '2026-03-01', { planningCycle: 'S2026', postAfter: 'Chủ tịch UBND tỉnh' });
    const remove = act('planRemove', '2026-01-10', { planningCycle: 'P2025', postAfter: 'Bí thư Tỉnh ủy', note: 'Không còn đủ tuổi' });
    const d = derive([add, again, other, state, remove]);
    expect(d.planning.map((p) => [p.cycleCode, p.postKey, p.addedActionId, p.removedOn, p.removalReason])).toEqual([
      ['P2025', 'bi thu tinh uy', add.id, '2026-01-10', 'Không còn đủ tuổi'],
      ['P2025', 'chu tich ubnd tinh', other.id, null, null],
      ['S2026', 'chu tich ubnd tinh', state.id, null, null],
    ]);
    expect(d.posts).toEqual([]);
    expect(d.history).toEqual([]);
    const all = derive([add, other, act('planRemove', '2026-01-10', { planningCycle: 'P2025' })]);
    expect(all.planning.map((p) => p.removedOn)).toEqual(['2026-01-10', '2026-01-10']);
  });

  it("'none' changes nothing and a type with an unknown effect counts as none", () => {
    const d = derive([act('none', '2020-01-01', { postAfter: 'Ứng cử' }), act('somethingNew', '2020-01-02', { postAfter: 'X' })]);
    expect(d).toEqual({ posts: [], history: [], planning: [], retiredOn: null, appointments: 0 });
  });
});
