import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkHandle } from '../../../db/bulk.ts';
import { openConnection, type Connection } from '../../../db/connection.ts';
import * as repo from '../../../db/repositories/ratings/ratings.ts';
import { DB_FILE } from '../../../electron/core/compose.ts';
import type { GridEntryInput } from '../../../shared/ratings/schemas.ts';
import { makeEvent, makeTree, memberInput } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { expectNoFullScan, fullScans, hotTables, planMatching, plansOf, recordQueries } from '../../support/queryPlan.ts';

let t: TestCore;
let raw: Connection;
let tree: Awaited<ReturnType<typeof makeTree>> & { committee: number; cell1: number; cell2: number; gcell: number };

beforeEach(async () => {
  t = await openTestCore();
  const base = await makeTree(t);
  const committee = await t.must('organisation:create', { parentId: base.commune, name: 'Đảng bộ khu vực Hương Cần', typeCode: 'GRASSROOTS_COMMITTEE', effectiveFrom: '2010-01-01' });
  const cell1 = await t.must('organisation:create', { parentId: committee.id, name: 'Chi bộ thôn Bình Dân', typeCode: 'CELL', effectiveFrom: '2010-01-01' });
  const cell2 = await t.must('organisation:create', { parentId: committee.id, name: 'Chi bộ thôn Ấm Thượng', typeCode: 'CELL', effectiveFrom: '2010-01-01' });
  const gcell = await t.must('organisation:create', { parentId: base.commune, name: 'Chi bộ Trường THCS Thanh Sơn', typeCode: 'GRASSROOTS_CELL', effectiveFrom: '2010-01-01' });
  tree = { ...base, committee: committee.id, cell1: cell1.id, cell2: cell2.id, gcell: gcell.id };
  raw = openConnection(join(t.dir, DB_FILE));
  recordQueries(raw.sqlite);
});
afterEach(() => {
  raw.close();
  t.close();
});

const count = (sql: string, ...params: unknown[]): number => raw.sqlite.prepare(sql).pluck().get(...params) as number;

async function member(organisationId: number, givenName: string, admissionDate = '1990-05-19', extra: Parameters<typeof memberInput>[1] = {}) {
  const fullMemberDate = admissionDate < '2025-01-01' ? `${Number(admissionDate.slice(0, 4)) + 1}${admissionDate.slice(4)}` : null;
  return t.must('member:create', memberInput(organisationId, { givenName, admissionDate, admissionDecisionDate: null, fullMemberDate, ...extra }));
}

/** Records a life-cycle event through event:record (the member's cached status follows). */
async function event(memberId: number, typeCode: string, eventDate: string): Promise<void> {
  await makeEvent(t, memberId, typeCode, eventDate);
}

/** The small committee of the grid tests: two cells, every kind of member. */
async function committeeMembers() {
  const an = await member(tree.cell1, 'An');
  const binh = await member(tree.cell1, 'Bình', '2025-06-30');
  const cuong = await member(tree.cell1, 'Cường', '2025-07-01');
  const dung = await member(tree.cell1, 'Dũng', '1960-02-03', { birthDate: '1940-01-01' });
  await event(dung.id, 'EXEMPT', '2025-03-01');
  const giang = await member(tree.cell1, 'Giang');
  await event(giang.id, 'SUSPEND', '2025-10-01');
  const hai = await member(tree.cell1, 'Hải');
  await event(hai.id, 'DEATH', '2025-12-20');
  const khanh = await member(tree.cell1, 'Khánh', '2026-01-05');
  const lan = await member(tree.cell2, 'Lan', '2001-01-01', { sex: 'F', middleName: 'Thị' });
  const minh = await member(tree.cell2, 'Minh');
  return { an, binh, cuong, dung, giang, hai, khanh, lan, minh };
}

describe('rating:categories', () => {
  it('gives the regime, the rating date and the categories of a year', async () => {
    const c = await t.must('rating:categories', { year: 2025 });
    expect(c.ratingDate).toBe('2025-12-31');
    expect(c.regime).toEqual({ regime: 2025, firstYear: 2025, lastYear: null, defaultQuotaPct: 20, maxQuotaPct: 25, quotaPct: 20 });
    expect(c.member.map((x) => [x.code, x.minScore, x.belowScore])).toEqual([
      ['HTXSNV', 90, null],
      ['HTTNV', 70, 90],
      ['HTNV', 50, 70],
      ['KHTNV', 0, 50],
    ]);
    const old = await t.must('rating:categories', { year: 2012 });
    expect(old.regime.regime).toBe(2008);
    expect(old.member.map((x) => x.code)).toEqual(['DTC_HTXSNV', 'DTC_HTTNV', 'DTC_HTNV', 'VPTC']);
    expect(old.organisation.map((x) => x.code)).toEqual(['TSVM', 'HTTNV', 'HTNV', 'YK']);
    expect(old.regime.quotaPct).toBeNull();
    const none = await t.call('rating:categories', { year: 2007 });
    expect(none).toMatchObject({ ok: false, error: { code: 'RULE' } });
  });
});

describe('rating:grid', () => {
  it('lists the members to rate and, apart, those not subject with the reason', async () => {
    const m = await committeeMembers();
    const g = await t.must('rating:grid', { organisationId: tree.committee, year: 2025 });
    expect(g.organisation.name).toBe('Đảng bộ khu vực Hương Cần');
    expect(g.ratingDate).toBe('2025-12-31');
    // Cells in tree order, members in the official order within each cell.
    expect(g.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình', 'Nguyễn Thị Lan', 'Nguyễn Văn Minh']);
    expect(g.rows[0]).toMatchObject({ memberId: m.an.id, organisationName: 'Chi bộ thôn Bình Dân', membership: 'full', rating: null });
    expect(g.notSubject.map((r) => [r.fullName, r.reason, r.since])).toEqual([
      ['Nguyễn Văn Cường', 'recentlyAdmitted', '2025-07-01'],
      ['Nguyễn Văn Dũng', 'exempted', '2025-03-01'],
      ['Nguyễn Văn Giang', 'suspended', '2025-10-01'],
    ]);
    expect(g.notSubject[0]?.reasonText).toBe('Kết nạp chưa đủ 6 tháng tính đến ngày xét 31/12/2025');
    // The dead member and the one admitted after the rating date are not listed at all.
    expect(JSON.stringify(g)).not.toContain('Hải');
    expect(JSON.stringify(g)).not.toContain('Khánh');
    expect(g.quota).toMatchObject({ peerOrganisationId: tree.committee, pct: 20, excellent: 0, good: 0, limit: 0, exceeded: false, outsideExcellent: 0, outsideGood: 0 });

    // A year earlier: the exempted, suspended and dead members were all rated; the 2025 admissions were not members.
    const g2024 = await t.must('rating:grid', { organisationId: tree.committee, year: 2024 });
    expect(g2024.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Dũng', 'Nguyễn Văn Giang', 'Nguyễn Văn Hải', 'Nguyễn Thị Lan', 'Nguyễn Văn Minh']);
    expect(g2024.notSubject).toEqual([]);
    expect(g2024.regime.regime).toBe(2018);
  });

  it('counts the rest of the grassroots organisation in the quota of a cell', async () => {
    const m = await committeeMembers();
    await t.must('rating:saveGrid', {
      organisationId: tree.committee,
      year: 2025,
      entries: [
        { memberId: m.an.id, categoryCode: 'HTTNV' },
        { memberId: m.lan.id, categoryCode: 'HTTNV' },
        { memberId: m.minh.id, categoryCode: 'HTNV' },
      ],
    });
    const g = await t.must('rating:grid', { organisationId: tree.cell1, year: 2025 });
    expect(g.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình']);
    expect(g.quota).toMatchObject({ peerOrganisationId: tree.committee, peerOrganisationName: 'Đảng bộ khu vực Hương Cần', good: 2, excellent: 0, outsideGood: 1, outsideExcellent: 0 });
  });

  it('refuses an organisation above the grassroots level, and one not found', async () => {
    const r = await t.call('rating:grid', { organisationId: tree.commune, year: 2025 });
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE' } });
    if (!r.ok) expect(r.error.message).toContain('hãy chọn một đảng bộ cơ sở, chi bộ cơ sở hoặc chi bộ');
    // A cell directly under an upper level is its own peer group.
    expect((await t.must('rating:grid', { organisationId: tree.cell, year: 2025 })).quota?.peerOrganisationId).toBe(tree.cell);
    expect(await t.call('rating:grid', { organisationId: 9999, year: 2025 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reads through indexes: no scan of members, events or ratings, never the year index for a subtree', async () => {
    const m = await committeeMembers();
    await t.must('rating:save', { memberId: m.an.id, year: 2025, categoryCode: 'HTTNV' });
    const path = raw.sqlite.prepare('SELECT path FROM organisation WHERE id = ?').pluck().get(tree.committee) as string;
    const plans = await plansOf(raw.sqlite, async () => {
      const ids = (await repo.subtreeMembers(raw.db, path)).map((r) => r.id);
      await repo.eventsOfMembers(raw.db, ids);
      await repo.memberRatingsOfYear(raw.db, ids, 2025);
      await repo.memberCategoryCounts(raw.db, path, 2025);
      await repo.organisationRatingsOfYear(raw.db, [tree.cell1, tree.cell2], 2025);
      await repo.organisationCategoryCounts(raw.db, tree.commune, 'CELL', 2025);
      await repo.organisationCategoriesInSubtree(raw.db, path, 2025);
      // The summary's bulk readers run their own prepared statements.
      const bulk = bulkHandle(raw);
      repo.forEachMemberChunk(bulk, repo.memberIdsInSubtree(bulk, path), 2025, () => undefined);
    });
    expect(plans).toHaveLength(10);
    expectNoFullScan(raw.sqlite, plans);
    for (const p of plans) expect(p.text, p.sql).not.toMatch(/member_rating_year|organisation_rating_year/);
    const counts = planMatching(plans, /FROM organisation o CROSS JOIN member m CROSS JOIN member_rating r/).rows.map((r) => r.detail);
    expect(counts[0]).toMatch(/^SEARCH o USING .*path/);
    expect(counts[1]).toMatch(/member_organisation/);
    expect(counts[2]).toMatch(/sqlite_autoindex_member_rating_1 \(member_id=\? AND year=\?\)/);

    // The screens' calls, end to end: the grid of a cell and the summary of a subtree.
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('rating:grid', { organisationId: tree.cell1, year: 2025 })));
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('rating:orgGrid', { organisationId: tree.committee, year: 2025 })));
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('rating:summary', { organisationId: tree.committee, year: 2025 })));
    // The province's summary reads every organisation and every member on purpose (members in rowid
    // order, in chunks): only those two scans.
    const province = await t.plans(() => t.must('rating:summary', { organisationId: null, year: 2025 }));
    expect(fullScans(province, hotTables(t.sqlite)).map((f) => f.table)).toEqual(['member', 'organisation']);
    expectNoFullScan(t.sqlite, province, { allow: ['organisation', 'member'] });
  });
});

describe('rating:save', () => {
  it('upserts one rating per member and year, auditing old and new values', async () => {
    const m = await committeeMembers();
    const first = await t.must('rating:save', { memberId: m.an.id, year: 2025, categoryCode: 'HTTNV', score: 80, decidingBody: 'Đảng ủy xã Thanh Sơn', decisionNo: '12-QĐ/ĐU', decisionDate: '2026-01-15' });
    expect(first.rating).toMatchObject({ year: 2025, regime: 2025, categoryCode: 'HTTNV', categoryName: 'Hoàn thành tốt nhiệm vụ', score: 80, decisionNo: '12-QĐ/ĐU' });
    expect(first.quota).toMatchObject({ excellent: 0, good: 1, limit: 0, exceeded: false });
    await t.must('rating:save', { memberId: m.an.id, year: 2025, categoryCode: 'HTNV', score: 65, note: 'Sửa theo biên bản' });
    expect(count('SELECT count(*) FROM member_rating WHERE member_id = ?', m.an.id)).toBe(1);
    const row = raw.sqlite.prepare('SELECT category_code, score, decision_no, note FROM member_rating WHERE member_id = ?').get(m.an.id);
    expect(row).toEqual({ category_code: 'HTNV', score: 65, decision_no: null, note: 'Sửa theo biên bản' });

    const audit = raw.sqlite.prepare("SELECT action, entity_id, old_values, new_values FROM audit_log WHERE entity = 'member_rating' ORDER BY id").all() as {
      action: string;
      entity_id: number;
      old_values: string | null;
      new_values: string | null;
    }[];
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([
      ['rating.create', m.an.id],
      ['rating.update', m.an.id],
    ]);
    expect(JSON.parse(audit[1]!.old_values!)).toMatchObject({ year: 2025, categoryCode: 'HTTNV', score: 80, decisionNo: '12-QĐ/ĐU' });
    expect(JSON.parse(audit[1]!.new_values!)).toMatchObject({ year: 2025, categoryCode: 'HTNV', score: 65, decisionNo: null, note: 'Sửa theo biên bản' });

    const removed = await t.must('rating:save', { memberId: m.an.id, year: 2025, categoryCode: null });
    expect(removed.rating).toBeNull();
    expect(count('SELECT count(*) FROM member_rating')).toBe(0);
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'rating.delete' AND old_values LIKE '%HTNV%' AND new_values IS NULL")).toBe(1);
    expect((await t.must('system:auditVerify', {})).ok).toBe(true);
  });

  it('refuses members not subject to rating, scores off their category and unknown categories', async () => {
    const m = await committeeMembers();
    const exempted = await t.call('rating:save', { memberId: m.dung.id, year: 2025, categoryCode: 'HTTNV' });
    expect(exempted).toMatchObject({ ok: false, error: { code: 'RULE', message: 'Nguyễn Văn Dũng không thuộc diện đánh giá, xếp loại năm 2025: miễn công tác và sinh hoạt đảng.' } });
    expect(await t.call('rating:save', { memberId: m.cuong.id, year: 2025, categoryCode: 'HTTNV' })).toMatchObject({ ok: false, error: { code: 'RULE' } });
    // The same member was rated for 2024 (before the exemption).
    expect((await t.must('rating:save', { memberId: m.dung.id, year: 2024, categoryCode: 'HTTNV' })).rating?.regime).toBe(2018);

    const score = await t.call('rating:save', { memberId: m.an.id, year: 2025, categoryCode: 'HTXSNV', score: 85 });
    expect(score).toMatchObject({ ok: false, error: { code: 'RULE', fields: { score: 'Điểm 85 chưa đạt mức "Hoàn thành xuất sắc nhiệm vụ" (từ 90 điểm).' } } });
    const kht = await t.call('rating:save', { memberId: m.an.id, year: 2025, categoryCode: 'KHTNV', score: 75 });
    expect(kht).toMatchObject({ ok: false, error: { code: 'RULE' } });
    expect(await t.call('rating:save', { memberId: m.an.id, year: 2025, categoryCode: 'KHTNV', score: 75, note: 'Bị kỷ luật cảnh cáo tháng 8/2025' })).toMatchObject({ ok: true });
    const unknown = await t.call('rating:save', { memberId: m.an.id, year: 2025, categoryCode: 'TSVM' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const old = await t.call('rating:save', { memberId: m.an.id, year: 2012, categoryCode: 'HTTNV' });
    expect(old).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await t.call('rating:save', { memberId: m.an.id, year: 2012, categoryCode: 'DTC_HTTNV' })).toMatchObject({ ok: true });
    expect(await t.call('rating:save', { memberId: 424242, year: 2025, categoryCode: 'HTTNV' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.call('rating:save', { memberId: m.an.id, year: 2025, categoryCode: 'HTTNV', score: 101 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('lets a viewer read but not write', async () => {
    const m = await committeeMembers();
    const viewer = { user: { id: 1, username: 'xem', role: 'viewer' as const }, via: 'cli' as const };
    expect(await t.call('rating:grid', { organisationId: tree.committee, year: 2025 }, viewer)).toMatchObject({ ok: true });
    expect(await t.call('rating:save', { memberId: m.an.id, year: 2025, categoryCode: 'HTTNV' }, viewer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const clerk = { user: { id: 1, username: 'cv', role: 'clerk' as const }, via: 'cli' as const };
    expect(await t.call('rating:setQuotaSetting', { pct: 25 }, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the excellent quota', () => {
  /** 25 members of one grassroots cell. */
  async function twentyFive(): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < 25; i++) ids.push((await member(tree.gcell, `Thành${String.fromCharCode(65 + i)}`)).id);
    return ids;
  }
  const entries = (ids: number[], excellent: number, good: number): GridEntryInput[] =>
    ids.map((memberId, i) => ({ memberId, categoryCode: i < excellent ? 'HTXSNV' : i < excellent + good ? 'HTTNV' : 'HTNV' }));

  it('accepts 4 excellent of 20 good at 20 %, asks to confirm the 5th, and records the confirmation', async () => {
    const ids = await twentyFive();
    const saved = await t.must('rating:saveGrid', { organisationId: tree.gcell, year: 2025, entries: entries(ids, 4, 20) });
    expect(saved).toMatchObject({ created: 25, updated: 0, removed: 0, unchanged: 0 });
    expect(saved.grid.quota).toMatchObject({ excellent: 4, good: 20, limit: 4, exceeded: false });

    const fifth = { memberId: ids[24]!, year: 2025, categoryCode: 'HTXSNV' };
    const refused = await t.call('rating:save', fifth);
    const message =
      'Vượt tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" của Chi bộ Trường THCS Thanh Sơn: 5 trong khi tối đa là 4 (20% của 20 "Hoàn thành tốt nhiệm vụ"). ' +
      'Chỉ lưu khi cấp có thẩm quyền đã đồng ý: hãy xác nhận để lưu.';
    expect(refused).toMatchObject({ ok: false, error: { code: 'RULE', message, fields: { confirmQuotaBreach: message } } });
    expect(count("SELECT count(*) FROM member_rating WHERE category_code = 'HTXSNV'")).toBe(4);

    const confirmed = await t.must('rating:save', { ...fifth, confirmQuotaBreach: true });
    expect(confirmed.quota).toMatchObject({ excellent: 5, good: 20, limit: 4, exceeded: true });
    const breach = raw.sqlite.prepare("SELECT entity, entity_id, new_values FROM audit_log WHERE action = 'rating.quotaBreachConfirmed'").all() as {
      entity: string;
      entity_id: number;
      new_values: string;
    }[];
    expect(breach).toHaveLength(1);
    expect(breach[0]).toMatchObject({ entity: 'organisation', entity_id: tree.gcell });
    expect(JSON.parse(breach[0]!.new_values)).toMatchObject({ year: 2025, kind: 'member', excellent: 5, good: 20, pct: 20, limit: 4 });

    // Saving something that does not make it worse is not asked again; making it worse is.
    expect(await t.call('rating:save', { memberId: ids[0]!, year: 2025, categoryCode: 'HTXSNV', score: 95 })).toMatchObject({ ok: true });
    expect(await t.call('rating:save', { memberId: ids[5]!, year: 2025, categoryCode: 'HTNV' })).toMatchObject({ ok: false, error: { code: 'RULE' } });
  });

  it('takes the raised percentage from the setting, within the regime maximum', async () => {
    const ids = await twentyFive();
    const at20 = await t.call('rating:saveGrid', { organisationId: tree.gcell, year: 2025, entries: entries(ids, 5, 20) });
    expect(at20).toMatchObject({ ok: false, error: { code: 'RULE', fields: { confirmQuotaBreach: expect.stringContaining('5 trong khi tối đa là 4 (20% của 20') } } });
    expect(count('SELECT count(*) FROM member_rating')).toBe(0);

    const setting = await t.must('rating:setQuotaSetting', { pct: 25 });
    expect(setting).toMatchObject({ pct: 25, min: 20, max: 25 });
    expect(setting.regimes.find((r) => r.regime === 2018)?.quotaPct).toBe(20);
    expect(setting.regimes.find((r) => r.regime === 2025)?.quotaPct).toBe(25);
    expect(await t.call('rating:setQuotaSetting', { pct: 30 })).toMatchObject({ ok: false, error: { code: 'RULE' } });
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'rating.quotaSetting'")).toBe(1);

    const at25 = await t.must('rating:saveGrid', { organisationId: tree.gcell, year: 2025, entries: entries(ids, 5, 20) });
    expect(at25.grid.quota).toMatchObject({ pct: 25, excellent: 5, good: 20, limit: 5, exceeded: false });
    // 2024 follows the 2018 regime: 20 % whatever the setting.
    const in2024 = await t.call('rating:saveGrid', { organisationId: tree.gcell, year: 2024, entries: entries(ids, 5, 20) });
    expect(in2024).toMatchObject({ ok: false, error: { code: 'RULE' } });
    expect((await t.must('rating:saveGrid', { organisationId: tree.gcell, year: 2024, entries: entries(ids, 5, 20), confirmQuotaBreach: true })).created).toBe(25);

    expect((await t.must('rating:setQuotaSetting', { pct: null })).pct).toBeNull();
    expect((await t.must('rating:quotaSetting', {})).regimes.find((r) => r.regime === 2025)?.quotaPct).toBe(20);
  });
});

describe('rating:saveGrid', () => {
  it('saves nothing when one entry is wrong, and says which row', async () => {
    const m = await committeeMembers();
    const r = await t.call('rating:saveGrid', {
      organisationId: tree.committee,
      year: 2025,
      entries: [
        { memberId: m.an.id, categoryCode: 'HTTNV', score: 80 },
        { memberId: m.binh.id, categoryCode: 'HTTNV', score: 95 },
        { memberId: m.lan.id, categoryCode: 'HTNV' },
      ],
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'RULE',
        message: 'Chưa lưu bảng xếp loại: Nguyễn Văn Bình: Điểm 95 vượt ngưỡng của mức "Hoàn thành tốt nhiệm vụ" (70 đến dưới 90 điểm).',
        fields: { 'entries.1.score': 'Điểm 95 vượt ngưỡng của mức "Hoàn thành tốt nhiệm vụ" (70 đến dưới 90 điểm).' },
      },
    });
    expect(count('SELECT count(*) FROM member_rating')).toBe(0);

    const outsider = await member(tree.gcell, 'Ngoài');
    const wrong = await t.call('rating:saveGrid', {
      organisationId: tree.committee,
      year: 2025,
      entries: [
        { memberId: m.an.id, categoryCode: 'HTTNV' },
        { memberId: m.giang.id, categoryCode: 'HTTNV' },
        { memberId: outsider.id, categoryCode: 'HTTNV' },
      ],
    });
    expect(wrong).toMatchObject({ ok: false, error: { fields: { 'entries.1.categoryCode': expect.stringContaining('không thuộc diện xếp loại'), 'entries.2.categoryCode': expect.stringContaining('không thuộc Đảng bộ khu vực Hương Cần') } } });
    expect(count('SELECT count(*) FROM member_rating')).toBe(0);
  });

  it('creates, updates, removes and leaves unchanged rows, returning the new grid', async () => {
    const m = await committeeMembers();
    await t.must('rating:saveGrid', {
      organisationId: tree.committee,
      year: 2025,
      entries: [
        { memberId: m.an.id, categoryCode: 'HTTNV', score: 80 },
        { memberId: m.binh.id, categoryCode: 'HTNV' },
      ],
    });
    const auditBefore = count('SELECT count(*) FROM audit_log');
    const r = await t.must('rating:saveGrid', {
      organisationId: tree.committee,
      year: 2025,
      entries: [
        { memberId: m.an.id, categoryCode: 'HTTNV', score: 80 },
        { memberId: m.binh.id, categoryCode: null },
        { memberId: m.lan.id, categoryCode: 'HTTNV', decidingBody: 'Đảng ủy khu vực', decisionNo: '5-QĐ/ĐU', decisionDate: '2026-01-10' },
        { memberId: m.minh.id, categoryCode: 'KHTNV' },
      ],
    });
    expect(r).toMatchObject({ created: 2, updated: 0, removed: 1, unchanged: 1 });
    expect(r.grid.rows.map((x) => x.rating?.categoryCode ?? null)).toEqual(['HTTNV', null, 'HTTNV', 'KHTNV']);
    expect(r.grid.rows[2]?.rating).toMatchObject({ decidingBody: 'Đảng ủy khu vực', decisionNo: '5-QĐ/ĐU', decisionDate: '2026-01-10' });
    expect(count('SELECT count(*) FROM audit_log') - auditBefore).toBe(3);
  });
});

describe('organisation ratings', () => {
  it('rates the organisations under an upper level, one quota per type', async () => {
    const gone = await t.must('organisation:create', { parentId: tree.commune, name: 'Chi bộ Hợp tác xã Tân Lập', typeCode: 'GRASSROOTS_CELL', effectiveFrom: '2019-01-01' });
    await t.must('organisation:dissolve', { id: gone.id, effectiveDate: '2025-09-01' });
    const g = await t.must('rating:orgGrid', { organisationId: tree.commune, year: 2025 });
    // The makeTree cell dates from 2025-07-01: active on 31/12/2025.
    expect(g.rows.map((r) => [r.name, r.typeCode])).toEqual([
      ['Chi bộ thôn Đồng Xuân', 'CELL'],
      ['Đảng bộ khu vực Hương Cần', 'GRASSROOTS_COMMITTEE'],
      ['Chi bộ Trường THCS Thanh Sơn', 'GRASSROOTS_CELL'],
    ]);
    expect(g.notSubject).toMatchObject([{ name: 'Chi bộ Hợp tác xã Tân Lập', reason: 'dissolved', reasonText: 'Thôi hoạt động từ 01/09/2025' }]);
    expect(g.quotas.map((q) => [q.typeCode, q.typeName, q.peerOrganisationId])).toEqual([
      ['CELL', 'Chi bộ trực thuộc', tree.commune],
      ['GRASSROOTS_COMMITTEE', 'Đảng bộ cơ sở', tree.commune],
      ['GRASSROOTS_CELL', 'Chi bộ cơ sở', tree.commune],
    ]);

    const breach = await t.call('rating:saveOrgGrid', {
      organisationId: tree.commune,
      year: 2025,
      entries: [
        { organisationId: tree.committee, categoryCode: 'HTXSNV', score: 92 },
        { organisationId: tree.gcell, categoryCode: 'HTTNV', score: 85 },
      ],
    });
    expect(breach).toMatchObject({ ok: false, error: { code: 'RULE', fields: { confirmQuotaBreach: expect.stringContaining('nhóm đảng bộ cơ sở trực thuộc Đảng bộ xã Thanh Sơn: 1 trong khi tối đa là 0') } } });
    const saved = await t.must('rating:saveOrgGrid', {
      organisationId: tree.commune,
      year: 2025,
      entries: [
        { organisationId: tree.committee, categoryCode: 'HTXSNV', score: 92 },
        { organisationId: tree.gcell, categoryCode: 'HTTNV', score: 85 },
      ],
      confirmQuotaBreach: true,
    });
    expect(saved).toMatchObject({ created: 2 });
    expect(saved.grid.quotas.find((q) => q.typeCode === 'GRASSROOTS_COMMITTEE')).toMatchObject({ excellent: 1, good: 0, exceeded: true });
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'organisation_rating' AND action = 'organisationRating.create'")).toBe(2);

    expect(await t.call('rating:saveOrg', { organisationId: gone.id, year: 2025, categoryCode: 'HTTNV' })).toMatchObject({ ok: false, error: { code: 'RULE' } });
    expect((await t.must('rating:saveOrg', { organisationId: gone.id, year: 2024, categoryCode: 'HTTNV' })).rating?.categoryCode).toBe('HTTNV');
    const one = await t.must('rating:saveOrg', { organisationId: tree.gcell, year: 2025, categoryCode: 'HTNV', score: 60 });
    expect(one.rating).toMatchObject({ categoryCode: 'HTNV', score: 60 });
    expect(one.quotas[0]).toMatchObject({ typeCode: 'GRASSROOTS_CELL', good: 0, excellent: 0 });
    const old = await t.must('rating:saveOrg', { organisationId: tree.committee, year: 2015, categoryCode: 'TSVM' });
    expect(old.rating).toMatchObject({ regime: 2008, categoryName: 'Trong sạch vững mạnh' });
    expect(old.quotas).toEqual([]);
  });
});

describe('rating:summary and rating:member', () => {
  it('tallies not subject / not rated / each category with percentages', async () => {
    const m = await committeeMembers();
    await t.must('rating:saveGrid', {
      organisationId: tree.committee,
      year: 2025,
      entries: [
        { memberId: m.an.id, categoryCode: 'HTTNV' },
        { memberId: m.binh.id, categoryCode: 'HTNV' },
        { memberId: m.lan.id, categoryCode: 'HTTNV' },
      ],
    });
    await t.must('rating:saveOrg', { organisationId: tree.cell1, year: 2025, categoryCode: 'HTTNV' });
    const s = await t.must('rating:summary', { organisationId: tree.committee, year: 2025 });
    expect(s.members.total).toBe(7);
    expect(s.members.notSubject).toMatchObject({ count: 3, pct: 42.9 });
    expect(s.members.notSubjectByReason.map((x) => [x.code, x.count])).toEqual([
      ['exempted', 1],
      ['suspended', 1],
      ['recentlyAdmitted', 1],
    ]);
    expect(s.members.notRated).toMatchObject({ count: 1, pct: 14.3 });
    expect(s.members.rated).toMatchObject({ count: 3, pct: 42.9 });
    expect(s.members.categories.map((c) => [c.code, c.count, c.pct, c.pctOfRated])).toEqual([
      ['HTXSNV', 0, 0, 0],
      ['HTTNV', 2, 28.6, 66.7],
      ['HTNV', 1, 14.3, 33.3],
      ['KHTNV', 0, 0, 0],
    ]);
    expect(s.members.ratedNotSubject).toBe(0);
    expect(s.organisations).toMatchObject({ total: 2, rated: { count: 1, pct: 50 }, notRated: { count: 1 } });

    const province = await t.must('rating:summary', { organisationId: null, year: 2025 });
    expect(province.organisation).toBeNull();
    expect(province.members.total).toBe(7);
    expect(province.organisations.total).toBe(6);
  });

  it('lists one member ratings by year, newest first', async () => {
    const m = await committeeMembers();
    await t.must('rating:save', { memberId: m.an.id, year: 2016, categoryCode: 'DTC_HTXSNV' });
    await t.must('rating:save', { memberId: m.an.id, year: 2025, categoryCode: 'HTTNV', score: 82 });
    await t.must('rating:save', { memberId: m.an.id, year: 2020, categoryCode: 'HTNV' });
    const h = await t.must('rating:member', { memberId: m.an.id });
    expect(h.fullName).toBe('Nguyễn Văn An');
    expect(h.ratings.map((r) => [r.year, r.regime, r.categoryName, r.score])).toEqual([
      [2025, 2025, 'Hoàn thành tốt nhiệm vụ', 82],
      [2020, 2018, 'Hoàn thành nhiệm vụ', null],
      [2016, 2008, 'Đủ tư cách, hoàn thành xuất sắc nhiệm vụ', null],
    ]);
  });
});
