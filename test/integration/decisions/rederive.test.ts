import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkHandle } from '../../../db/bulk.ts';
import { rederive } from '../../../electron/services/decisions/derive.ts';
import { makeCadre, makeDecision, type ActionShape } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

/**
 * The bulk path the demo generator takes (thousands of cadres in one call): it rewrites exactly what
 * the decisions wrote one by one, reading the holidays once and the cadres in a few statements.
 */
let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

const snapshot = () => ({
  posts: t.sqlite.prepare('SELECT cadre_id, post_kind, title, unit, since, term_end, notice_on, action_id FROM cadre_post ORDER BY cadre_id, post_kind, action_id').all(),
  planning: t.sqlite.prepare('SELECT cadre_id, cycle_code, post_key, added_on, removed_on FROM planning_entry ORDER BY cadre_id, cycle_code, post_key').all(),
  cadres: t.sqlite.prepare('SELECT id, main_post, main_unit, status FROM cadre ORDER BY id').all(),
});

describe('rederive in bulk', () => {
  it('rewrites 300 cadres (1,500 actions) as the decisions did, in one call', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 300; i++) ids.push((await makeCadre(t)).id);
    const each = (typeCode: string, extra: (i: number) => Partial<ActionShape>) => ids.map((cadreId, i): ActionShape => ({ typeCode, cadreId, ...extra(i) }));
    await makeDecision(t, { issuedOn: '2012-03-01', actions: each('TRANSFER', (i) => ({ postAfter: 'Trưởng phòng', unitAfter: `Phòng ${i % 17}` })) });
    await makeDecision(t, { issuedOn: '2016-07-01', actions: each('APPOINT', (i) => ({ postAfter: 'Phó Giám đốc', unitAfter: `Sở ${i % 11}`, effectiveOn: `2016-${String((i % 12) + 1).padStart(2, '0')}-01` })) });
    await makeDecision(t, { issuedOn: '2020-10-01', actions: each('COMMITTEE_APPOINT', () => ({ postAfter: 'Tỉnh ủy viên' })) });
    await makeDecision(t, { issuedOn: '2021-06-01', actions: each('REAPPOINT', () => ({})) });
    await makeDecision(t, { issuedOn: '2025-03-01', actions: each('PLAN_ADD', (i) => ({ planningCycle: 'P2025', postAfter: `Giám đốc Sở ${i % 40}` })) });
    const retired = ids.slice(0, 30);
    await makeDecision(t, { issuedOn: '2026-01-01', actions: retired.map((cadreId) => ({ typeCode: 'RETIRE', cadreId })) });
    const before = snapshot();
    expect(before.posts).toHaveLength(270 * 2);
    expect(before.planning).toHaveLength(300);

    t.sqlite.prepare('DELETE FROM cadre_post').run();
    t.sqlite.prepare('DELETE FROM planning_entry').run();
    t.sqlite.prepare("UPDATE cadre SET main_post = NULL, main_unit = NULL, status = 'working'").run();
    const start = performance.now();
    // In the transaction of the caller (the demo job's), as every write of the app.
    t.sqlite.transaction(() => rederive({ bulk: bulkHandle({ sqlite: t.sqlite }), today: '2026-11-20' }, ids))();
    const ms = performance.now() - start;
    console.log(`rederive, 300 cadres / 1,500 actions: ${ms.toFixed(1)} ms`);
    expect(snapshot()).toEqual(before);
    expect(ms).toBeLessThan(300);
  });
});
