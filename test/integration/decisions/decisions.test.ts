import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decisionHeading, makeCadre, makeDecision, type ActionShape } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

/**
 * Personnel decisions (issue 9, §2-3): one decision for many cadres, saved all or nothing; the posts,
 * terms and reappointment notices follow; correcting or cancelling an action derives them again.
 */
let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

interface PostRow {
  post_kind: string;
  title: string;
  unit: string | null;
  since: string;
  term_end: string | null;
  notice_on: string | null;
}
const postsOf = (cadreId: number) =>
  t.sqlite.prepare('SELECT post_kind, title, unit, since, term_end, notice_on FROM cadre_post WHERE cadre_id = ? ORDER BY post_kind, since, id').all(cadreId) as PostRow[];
const cadreRow = (id: number) => t.sqlite.prepare('SELECT main_post, main_unit, main_org_id, status FROM cadre WHERE id = ?').get(id) as { main_post: string | null; main_unit: string | null; main_org_id: number | null; status: string };
const count = (table: string) => (t.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const appoint = (cadreId: number, postAfter: string, unitAfter: string, extra: Partial<ActionShape> = {}): ActionShape => ({ typeCode: 'APPOINT', cadreId, postAfter, unitAfter, ...extra });

describe('decision:create', () => {
  it('appoints three cadres: posts with term end and the notice 90 working days before, counting the seeded holidays', async () => {
    const [a, b, c] = [(await makeCadre(t)).id, (await makeCadre(t)).id, (await makeCadre(t)).id];
    const r = await makeDecision(t, {
      number: '15-QĐ/TU',
      issuedOn: '2020-12-25',
      effectiveOn: '2021-01-01',
      actions: [appoint(a, 'Giám đốc', 'Sở Nội vụ'), appoint(b, 'Phó Giám đốc', 'Sở Nội vụ', { termMonths: 36 }), appoint(c, 'Chánh Văn phòng', 'Tỉnh ủy', { effectiveOn: '2021-03-01' })],
    });
    expect(r.actionIds).toHaveLength(3);
    expect(r.warnings).toEqual([[], [], []]);
    // By hand: 60 months from 01/01/2021 end on 31/12/2025. Counting back 90 working days from it: December
    // 22, November 20, October 23, September 20 (22 weekdays less 1/9 and 2/9, Quốc khánh) = 85, then
    // 29, 28, 27, 26 and 25 August: 25/08/2025 (without the two holidays it would be 27/08).
    expect(postsOf(a)).toEqual([{ post_kind: 'main', title: 'Giám đốc', unit: 'Sở Nội vụ', since: '2021-01-01', term_end: '2025-12-31', notice_on: '2025-08-25' }]);
    expect(postsOf(b)[0]).toMatchObject({ term_end: '2023-12-31' });
    expect(postsOf(c)[0]).toMatchObject({ since: '2021-03-01', term_end: '2026-02-28' });
    expect(cadreRow(a)).toMatchObject({ main_post: 'Giám đốc', main_unit: 'Sở Nội vụ', status: 'working' });

    // The cadre file shows the derived post.
    const file = await t.must('cadre:get', { id: a });
    expect(file.posts).toEqual([expect.objectContaining({ title: 'Giám đốc', termEnd: '2025-12-31', noticeOn: '2025-08-25', decisionNo: '15-QĐ/TU' })]);

    const got = await t.must('decision:get', { id: r.id });
    expect(got).toMatchObject({ number: '15-QĐ/TU', year: 2020, kind: 'personnel', issuingBody: 'Ban Thường vụ Tỉnh ủy' });
    expect(got.actions.map((x) => [x.seq, x.cadreId, x.fullName, x.termMonths, x.termEnd, x.effectiveOn])).toEqual([
      [1, a, 'Trần Văn Bình', 60, '2025-12-31', '2021-01-01'],
      [2, b, 'Trần Văn Bình', 36, '2023-12-31', '2021-01-01'],
      [3, c, 'Trần Văn Bình', 60, '2026-02-28', '2021-03-01'],
    ]);
  });

  it('fills "post before" from the post held on the effective date, and a later row of the same decision sees the earlier one', async () => {
    const a = (await makeCadre(t)).id;
    await makeDecision(t, { effectiveOn: '2018-05-01', issuedOn: '2018-04-20', actions: [{ typeCode: 'TRANSFER', cadreId: a, postAfter: 'Trưởng phòng', unitAfter: 'Sở Nội vụ' }] });
    const r = await makeDecision(t, {
      actions: [
        { typeCode: 'RELIEVE', cadreId: a },
        appoint(a, 'Phó Giám đốc', 'Sở Tài chính'),
      ],
    });
    const got = await t.must('decision:get', { id: r.id });
    expect(got.actions.map((x) => [x.postBefore, x.unitBefore])).toEqual([
      ['Trưởng phòng', 'Sở Nội vụ'],
      [null, null],
    ]);
    expect(postsOf(a).map((p) => p.title)).toEqual(['Phó Giám đốc']);
    const checked = await t.must('decision:check', { effectiveOn: '2022-01-01', actions: [{ typeCode: 'REAPPOINT', cadreId: a }] });
    expect(checked.rows).toEqual([{ postBefore: 'Phó Giám đốc', unitBefore: 'Sở Tài chính', termMonths: 60, termEnd: '2026-12-31', warnings: [], errors: [] }]);
    // What create would refuse is answered, not thrown, while the clerk types.
    const typing = await t.must('decision:check', { effectiveOn: '2022-01-01', actions: [{ typeCode: 'APPOINT', cadreId: 99999, postAfter: 'Giám đốc' }, { typeCode: 'PLAN_ADD', cadreId: a }] });
    expect(typing.rows.map((r) => r.errors?.map((e) => e.code))).toEqual([['decisions.cadreNotFound'], ['decisions.cycleMissing', 'decisions.postMissing']]);
  });

  it('is all or nothing: one bad row refuses the decision, the message names the row, nothing is written', async () => {
    const a = (await makeCadre(t)).id;
    const auditBefore = count('audit_log');
    const r = await t.call('decision:create', {
      decision: decisionHeading(),
      actions: [appoint(a, 'Giám đốc', 'Sở Y tế'), appoint(a, 'Phó Giám đốc', 'Sở Y tế'), appoint(99999, 'Giám đốc', 'Sở Xây dựng'), { typeCode: 'PLAN_ADD', cadreId: a, postAfter: 'Bí thư' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BAD_INPUT');
    expect(r.error.message).toBe('Không ghi quyết định: Dòng 3 (cán bộ mã 99999): Không tìm thấy hồ sơ cán bộ (mã 99999); và 1 dòng khác chưa hợp lệ.');
    expect(Object.keys(r.error.fields ?? {})).toEqual(['actions.2.cadreId', 'actions.3.planningCycle']);
    expect([count('personnel_decision'), count('personnel_action'), count('cadre_post'), count('audit_log')]).toEqual([0, 0, 0, auditBefore]);

    const unknownType = await t.call('decision:create', { decision: decisionHeading(), actions: [{ typeCode: 'NOPE', cadreId: a }] });
    expect(unknownType.ok ? null : unknownType.error.fields).toEqual({ 'actions.0.typeCode': 'Loại hành động "NOPE" không có trong danh mục' });
    const noPost = await t.call('decision:create', { decision: decisionHeading(), actions: [{ typeCode: 'APPOINT', cadreId: a }] });
    expect(noPost.ok ? null : noPost.error.message).toBe('Không ghi quyết định: Dòng 1 (Trần Văn Bình): Nhập chức vụ mới.');
  });

  it('refuses a number already used by the same body in the same year (folded), naming the decision', async () => {
    const a = (await makeCadre(t)).id;
    await makeDecision(t, { number: '123-QĐ/TU', issuingBody: 'Ban Thường vụ Tỉnh ủy', summary: 'Bổ nhiệm Giám đốc Sở Y tế', actions: [appoint(a, 'Giám đốc', 'Sở Y tế')] });
    const again = await t.call('decision:create', { decision: decisionHeading({ number: '123-qđ/tu', issuingBody: 'ban thường vụ tỉnh ủy' }), actions: [appoint(a, 'Giám đốc', 'Sở Y tế')] });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('CONFLICT');
    expect(again.error.message).toContain('Đã có quyết định số 123-QĐ/TU ngày 01/01/2021 của Ban Thường vụ Tỉnh ủy (Bổ nhiệm Giám đốc Sở Y tế)');
    expect(again.error.fields).toEqual({ 'decision.number': 'Trùng số quyết định đã ghi' });
    // Another year or another body may use the number.
    await makeDecision(t, { number: '123-QĐ/TU', issuedOn: '2022-01-05', actions: [appoint(a, 'Giám đốc', 'Sở Y tế')] });
    await makeDecision(t, { number: '123-QĐ/TU', issuingBody: 'Ủy ban nhân dân tỉnh', actions: [appoint(a, 'Giám đốc', 'Sở Y tế')] });
    expect(count('personnel_decision')).toBe(3);
  });

  it('records one audit entry for the decision and one per action, with the cadre', async () => {
    const [a, b] = [(await makeCadre(t)).id, (await makeCadre(t)).id];
    const r = await makeDecision(t, { actions: [appoint(a, 'Giám đốc', 'Sở Y tế'), appoint(b, 'Phó Giám đốc', 'Sở Y tế')] });
    const entries = await t.must('system:auditList', { limit: 20 });
    const decision = entries.filter((e) => e.entity === 'decision');
    expect(decision.map((e) => [e.action, e.entityId, e.newValues?.actionCount])).toEqual([['decision.create', r.id, 2]]);
    const actions = entries.filter((e) => e.entity === 'action').sort((x, y) => (x.entityId ?? 0) - (y.entityId ?? 0));
    expect(actions.map((e) => [e.action, e.entityId, e.newValues?.cadreId, e.newValues?.typeCode, e.newValues?.termMonths])).toEqual([
      ['action.create', r.actionIds[0], a, 'APPOINT', 60],
      ['action.create', r.actionIds[1], b, 'APPOINT', 60],
    ]);
  });
});

describe('posts of every kind', () => {
  it('concurrent and committee posts sit beside the main post; a relief ends only the one named', async () => {
    const a = (await makeCadre(t)).id;
    await makeDecision(t, {
      actions: [
        appoint(a, 'Bí thư Huyện ủy', 'Huyện ủy Tây Sơn'),
        { typeCode: 'TRANSFER', cadreId: a, postKind: 'concurrent', postAfter: 'Chủ tịch HĐND', unitAfter: 'Huyện Tây Sơn' },
        { typeCode: 'COMMITTEE_APPOINT', cadreId: a, postAfter: 'Tỉnh ủy viên', unitAfter: 'Tỉnh ủy' },
      ],
    });
    expect(postsOf(a).map((p) => [p.post_kind, p.title, p.term_end])).toEqual([
      ['committee', 'Tỉnh ủy viên', null],
      ['concurrent', 'Chủ tịch HĐND', null],
      ['main', 'Bí thư Huyện ủy', '2025-12-31'],
    ]);
    await makeDecision(t, { issuedOn: '2023-06-01', actions: [{ typeCode: 'RELIEVE', cadreId: a, postKind: 'concurrent' }] });
    expect(postsOf(a).map((p) => p.title)).toEqual(['Tỉnh ủy viên', 'Bí thư Huyện ủy']);
    expect(cadreRow(a).main_post).toBe('Bí thư Huyện ủy');
  });

  it('retirement ends every post and marks the file retired; cancelling it restores both', async () => {
    const a = (await makeCadre(t)).id;
    await makeDecision(t, { actions: [appoint(a, 'Giám đốc', 'Sở Y tế'), { typeCode: 'COMMITTEE_APPOINT', cadreId: a, postAfter: 'Tỉnh ủy viên' }] });
    const retire = await makeDecision(t, { issuedOn: '2026-06-01', actions: [{ typeCode: 'RETIRE', cadreId: a }] });
    expect(postsOf(a)).toEqual([]);
    expect(cadreRow(a)).toEqual({ main_post: null, main_unit: null, main_org_id: null, status: 'retired' });
    await t.must('action:cancel', { id: retire.actionIds[0] ?? 0, reason: 'Nhập nhầm người' });
    expect(postsOf(a)).toHaveLength(2);
    expect(cadreRow(a)).toMatchObject({ main_post: 'Giám đốc', status: 'working' });
  });
});

describe('actions that take effect later', () => {
  it('change the file on their day: the next decision written from then on derives them', async () => {
    const [a, b] = [(await makeCadre(t)).id, (await makeCadre(t)).id];
    await makeDecision(t, { issuedOn: '2026-11-15', effectiveOn: '2026-12-01', actions: [appoint(a, 'Giám đốc', 'Sở Y tế')] });
    expect(postsOf(a)).toEqual([]);
    t.clock.now = new Date('2026-12-02T03:00:00.000Z');
    const plans = await t.plans(() => makeDecision(t, { issuedOn: '2026-12-02', actions: [appoint(b, 'Giám đốc', 'Sở Tài chính')] }));
    expect(postsOf(a)).toEqual([expect.objectContaining({ title: 'Giám đốc', since: '2026-12-01', term_end: '2031-11-30' })]);
    expect(cadreRow(a).main_post).toBe('Giám đốc');
    // The sweep reads the actions of those days through the type index, not the whole table.
    const sweep = plans.find((p) => /DISTINCT cadre_id/.test(p.sql));
    expect(sweep?.text).toMatch(/USING INDEX personnel_action_type/);
  });
});

describe('action:cancel and action:correct', () => {
  it('cancelling derives the posts again; a second cancel is refused', async () => {
    const a = (await makeCadre(t)).id;
    await makeDecision(t, { effectiveOn: '2018-01-01', issuedOn: '2018-01-01', actions: [appoint(a, 'Phó Giám đốc', 'Sở Y tế')] });
    const r = await makeDecision(t, { actions: [appoint(a, 'Giám đốc', 'Sở Y tế')] });
    const id = r.actionIds[0] ?? 0;
    const cancelled = await t.must('action:cancel', { id, reason: 'Quyết định bị thu hồi' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Quyết định bị thu hồi' });
    expect(postsOf(a).map((p) => [p.title, p.term_end])).toEqual([['Phó Giám đốc', '2022-12-31']]);
    const again = await t.call('action:cancel', { id, reason: 'Lần nữa' });
    expect(again.ok ? null : [again.error.code, again.error.message]).toEqual(['RULE', 'Hành động này đã bị hủy ngày 20/11/2026 (lý do: Quyết định bị thu hồi).']);
    const entry = (await t.must('system:auditList', { entity: 'action', entityId: id, limit: 5 })).find((e) => e.action === 'action.cancel');
    expect(entry?.newValues).toEqual({ status: 'cancelled', reason: 'Quyết định bị thu hồi', cadreId: a, decisionId: r.id });
  });

  it('correcting the term and the date derives the term end again; the audit keeps old, new and the reason', async () => {
    const a = (await makeCadre(t)).id;
    const r = await makeDecision(t, { actions: [appoint(a, 'Giám đốc', 'Sở Y tế')] });
    const id = r.actionIds[0] ?? 0;
    const corrected = await t.must('action:correct', { id, reason: 'Sai ngày hiệu lực', changes: { effectiveOn: '2021-02-01', termMonths: 48 } });
    expect(corrected).toMatchObject({ effectiveOn: '2021-02-01', termMonths: 48, termEnd: '2025-01-31', postAfter: 'Giám đốc' });
    expect(postsOf(a)[0]).toMatchObject({ since: '2021-02-01', term_end: '2025-01-31' });
    const entry = (await t.must('system:auditList', { entity: 'action', entityId: id, limit: 5 })).find((e) => e.action === 'action.correct');
    expect(entry?.oldValues).toEqual({ effectiveOn: '2021-01-01', termMonths: 60 });
    expect(entry?.newValues).toEqual({ effectiveOn: '2021-02-01', termMonths: 48, reason: 'Sai ngày hiệu lực', cadreId: a, decisionId: r.id });
    const bad = await t.call('action:correct', { id, reason: 'Đổi loại', changes: { typeCode: 'PLAN_ADD' } });
    expect(bad.ok ? null : bad.error.fields).toEqual({ 'changes.planningCycle': 'Chọn kỳ quy hoạch' });
  });
});

describe('planning', () => {
  it('PLAN_ADD and PLAN_REMOVE write planning entries; a fourth person for one post is warned about', async () => {
    const ids = [(await makeCadre(t)).id, (await makeCadre(t)).id, (await makeCadre(t)).id, (await makeCadre(t)).id];
    const plan = (cadreId: number): ActionShape => ({ typeCode: 'PLAN_ADD', cadreId, planningCycle: 'P2025', postAfter: 'Bí thư Tỉnh ủy' });
    const first = await makeDecision(t, { issuedOn: '2025-03-01', actions: ids.slice(0, 3).map(plan) });
    expect(first.warnings).toEqual([[], [], []]);
    const fourth = await makeDecision(t, { issuedOn: '2025-04-01', actions: [plan(ids[3] ?? 0)] });
    expect(fourth.warnings[0]?.map((w) => w.code)).toEqual(['decisions.planningTooManyPeople']);
    await makeDecision(t, { issuedOn: '2026-01-10', actions: [{ typeCode: 'PLAN_REMOVE', cadreId: ids[0] ?? 0, planningCycle: 'P2025', postAfter: 'bí thư tỉnh ủy', note: 'Không còn đủ tuổi' }] });
    const rows = t.sqlite.prepare('SELECT cadre_id, cycle_code, post, post_key, added_on, removed_on, removal_reason FROM planning_entry ORDER BY cadre_id').all();
    expect(rows).toEqual([
      { cadre_id: ids[0], cycle_code: 'P2025', post: 'Bí thư Tỉnh ủy', post_key: 'bi thu tinh uy', added_on: '2025-03-01', removed_on: '2026-01-10', removal_reason: 'Không còn đủ tuổi' },
      ...ids.slice(1).map((id, i) => ({ cadre_id: id, cycle_code: 'P2025', post: 'Bí thư Tỉnh ủy', post_key: 'bi thu tinh uy', added_on: i < 2 ? '2025-03-01' : '2025-04-01', removed_on: null, removal_reason: null })),
    ]);
  });
});

describe('warnings', () => {
  it('first appointment with fewer than 60 months left at the proposal, and a discipline wait; check answers the same', async () => {
    // A man born 03/1964 retires at 61y3m, at the end of 06/2025: 54 months after 01/01/2021.
    const old = (await makeCadre(t, { personal: { birthDate: '1964-03-10' } })).id;
    const disciplined = (await makeCadre(t)).id;
    await t.must('cadre:saveTable', { cadreId: disciplined, table: 'discipline', rows: [{ decidedOn: '2019-06-01', levelCode: 'WARNING', reason: null, decisionNo: null, body: null }] });
    const actions = [appoint(old, 'Giám đốc', 'Sở Y tế'), appoint(disciplined, 'Phó Giám đốc', 'Sở Y tế')];
    const checked = await t.must('decision:check', { effectiveOn: '2021-01-01', issuedOn: '2020-12-20', receivedOn: '2020-12-01', actions });
    const r = await makeDecision(t, { receivedOn: '2020-12-01', issuedOn: '2020-12-20', effectiveOn: '2021-01-01', actions });
    expect(checked.rows.map((x) => x.warnings)).toEqual(r.warnings);
    expect(r.warnings[0]).toEqual([{ code: 'decisions.firstAppointmentShort', params: { receivedOn: '01/12/2020', monthsLeft: 55, minMonths: 60, retirementDate: '30/06/2025' } }]);
    expect(r.warnings[1]).toEqual([{ code: 'decisions.disciplineWait', params: { level: 'Cảnh cáo', decidedOn: '01/06/2019', waitMonths: 36, until: '01/06/2022' } }]);
    // A second appointment is not a first one.
    const later = await makeDecision(t, { issuedOn: '2022-01-01', actions: [appoint(old, 'Giám đốc', 'Sở Tài chính')] });
    expect(later.warnings).toEqual([[]]);
  });

  it('reappointing after 8 years in the same main post warns to rotate', async () => {
    const a = (await makeCadre(t)).id;
    await makeDecision(t, { issuedOn: '2012-01-01', actions: [appoint(a, 'Giám đốc', 'Sở Y tế')] });
    await makeDecision(t, { issuedOn: '2017-01-01', actions: [{ typeCode: 'REAPPOINT', cadreId: a }] });
    const r = await makeDecision(t, { issuedOn: '2022-01-01', actions: [{ typeCode: 'REAPPOINT', cadreId: a }] });
    expect(r.warnings).toEqual([[{ code: 'decisions.rotationDue', params: { years: 10, since: '01/01/2012' } }]]);
    expect(postsOf(a)).toEqual([expect.objectContaining({ since: '2012-01-01', term_end: '2026-12-31' })]);
  });
});

describe('more warnings', () => {
  it('a reappointment whose term ends less than 2 years before retirement advises extension; more than 3 posts planned for one person', async () => {
    // A man born 09/1965 retires at 61y9m, at the end of 06/2027: 18 months after the term ending 31/12/2025.
    const a = (await makeCadre(t, { personal: { birthDate: '1965-09-20' } })).id;
    await makeDecision(t, { issuedOn: '2016-01-01', actions: [appoint(a, 'Giám đốc', 'Sở Y tế')] });
    const r = await makeDecision(t, { issuedOn: '2021-01-01', actions: [{ typeCode: 'REAPPOINT', cadreId: a }] });
    expect(r.warnings).toEqual([[{ code: 'decisions.extensionAdvised', params: { termEnd: '31/12/2025', retirementDate: '30/06/2027' } }]]);
    const b = (await makeCadre(t)).id;
    const posts = ['Bí thư Tỉnh ủy', 'Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Chủ tịch HĐND tỉnh'];
    const planned = await makeDecision(t, { issuedOn: '2025-03-01', actions: posts.map((postAfter) => ({ typeCode: 'PLAN_ADD', cadreId: b, planningCycle: 'P2025', postAfter })) });
    expect(planned.warnings.map((w) => w.map((x) => [x.code, x.params.count]))).toEqual(posts.map(() => [['decisions.planningTooManyPosts', 4]]));
  });
});

describe('decision:list', () => {
  it('finds by folded number, body and summary, year, type and cadre; newest first, with a total', async () => {
    const [a, b] = [(await makeCadre(t)).id, (await makeCadre(t)).id];
    const d1 = await makeDecision(t, { number: '10-QĐ/TU', issuedOn: '2020-03-01', summary: 'Điều động cán bộ', actions: [{ typeCode: 'TRANSFER', cadreId: a, postAfter: 'Trưởng phòng' }] });
    const d2 = await makeDecision(t, { number: '22-QĐ/UBND', issuingBody: 'Ủy ban nhân dân tỉnh', issuedOn: '2021-05-01', summary: 'Bổ nhiệm Giám đốc', actions: [appoint(b, 'Giám đốc', 'Sở Y tế'), appoint(a, 'Phó Giám đốc', 'Sở Y tế')] });
    const list = (input: Record<string, unknown>) => t.must('decision:list', input).then((r) => [r.rows.map((x) => x.id), r.total]);
    expect(await list({})).toEqual([[d2.id, d1.id], 2]);
    expect(await list({ query: 'qd ubnd' })).toEqual([[d2.id], 1]);
    expect(await list({ query: 'nhân dân' })).toEqual([[d2.id], 1]);
    expect(await list({ query: 'Điều động' })).toEqual([[d1.id], 1]);
    expect(await list({ query: 'dieu dong' })).toEqual([[d1.id], 1]);
    expect(await list({ year: 2020 })).toEqual([[d1.id], 1]);
    expect(await list({ typeCode: 'APPOINT' })).toEqual([[d2.id], 1]);
    expect(await list({ cadreId: a })).toEqual([[d2.id, d1.id], 2]);
    expect(await list({ cadreId: b, limit: 1 })).toEqual([[d2.id], 1]);
    const row = (await t.must('decision:list', {})).rows[0];
    expect(row).toMatchObject({ number: '22-QĐ/UBND', actionCount: 2, typeCodes: ['APPOINT'], kind: 'personnel' });
  });
});
