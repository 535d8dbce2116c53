import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { DB_FILE } from '../../../electron/core/compose.ts';
import type { Input } from '../../../shared/contract/methods.ts';
import { deriveMembership, membershipEventOf, type ListEffect } from '../../../shared/events/membership.ts';
import { partyAge } from '../../../shared/members/partyAge.ts';
import { makeTree, memberInput } from '../../support/builders/index.ts';
import { eventRecorder } from '../../support/builders/index.ts';
import { expectNoFullScan, planMatching } from '../../support/queryPlan.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

let t: TestCore;
let raw: Connection;
let tree: Awaited<ReturnType<typeof makeTree>>;
/** A second cell in the same commune, a cell in another commune. */
let cell2: number;
let otherCommune: number;
let cell3: number;

beforeEach(async () => {
  t = await openTestCore();
  tree = await makeTree(t);
  cell2 = (await t.must('organisation:create', { parentId: tree.commune, name: 'Chi bộ thôn Đồng Lạc', typeCode: 'CELL', effectiveFrom: '2000-01-01' })).id;
  otherCommune = (await t.must('organisation:create', { parentId: tree.province, name: 'Đảng bộ xã Yên Lập', typeCode: 'COMMUNE', unitTypeCode: 'XA', effectiveFrom: '2000-01-01' })).id;
  cell3 = (await t.must('organisation:create', { parentId: otherCommune, name: 'Chi bộ thôn Hạ', typeCode: 'CELL', effectiveFrom: '2000-01-01' })).id;
  raw = openConnection(join(t.dir, DB_FILE));
});
afterEach(() => {
  raw.close();
  t.close();
});

const { rec, mustRec } = eventRecorder(() => t);

interface MemberCache {
  organisation_id: number;
  org_path: string;
  membership: string;
  on_list: number;
  exempted: number;
  suspended: number;
  temporarily_away: number;
  party_age_anchor: string | null;
  admission_date: string;
  admission_decision_date: string | null;
  full_member_date: string | null;
}
const cache = (id: number) =>
  raw.sqlite
    .prepare('SELECT organisation_id, org_path, membership, on_list, exempted, suspended, temporarily_away, party_age_anchor, admission_date, admission_decision_date, full_member_date FROM member WHERE id = ?')
    .get(id) as MemberCache;

/** Everything a refused write must leave as it was. */
const snapshot = () => ({
  events: raw.sqlite.prepare('SELECT * FROM member_event ORDER BY id').all(),
  members: raw.sqlite.prepare('SELECT * FROM member ORDER BY id').all(),
  audit: (raw.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
});

function effects(): Map<string, ListEffect> {
  return new Map((raw.sqlite.prepare('SELECT code, effect_on_list FROM cat_member_events').all() as { code: string; effect_on_list: ListEffect }[]).map((r) => [r.code, r.effect_on_list]));
}

/** The cached columns must equal the derivation over the stored events, as of today. */
function expectCacheDerived(id: number, today = '2026-11-20') {
  const events = raw.sqlite.prepare('SELECT * FROM member_event WHERE member_id = ? ORDER BY event_date, id').all(id) as {
    type_code: string;
    event_date: string;
    decision_date: string | null;
    cancelled: number;
    org_to_id: number | null;
  }[];
  const status = deriveMembership(events.map(membershipEventOf), effects(), today);
  const age = partyAge(events.map((e) => ({ typeCode: e.type_code, eventDate: e.event_date, decisionDate: e.decision_date, cancelled: e.cancelled === 1 })), today);
  const c = cache(id);
  expect({ membership: c.membership, onList: c.on_list === 1, exempted: c.exempted === 1, suspended: c.suspended === 1, temporarilyAway: c.temporarily_away === 1, anchor: c.party_age_anchor }).toEqual({
    membership: status.membership,
    onList: status.onList,
    exempted: status.exempted,
    suspended: status.suspended,
    temporarilyAway: status.temporarilyAway,
    anchor: age.anchor,
  });
}

async function aMember(over: Parameters<typeof memberInput>[1] = {}, org = tree.cell) {
  return t.must('member:create', memberInput(org, over));
}

const status = (organisationId: number | null, asOf: string) => t.must('event:statusAsOf', { organisationId, asOf });

async function refusal(call: Promise<{ ok: boolean; error?: { code: string; message: string; fields?: Record<string, string> } }>) {
  const r = await call;
  expect(r.ok).toBe(false);
  if (r.ok || !r.error) throw new Error('expected a refusal');
  return r.error;
}

/** Runs a call that must be refused with `message` (a regex) and leave the database untouched. */
async function refusedUnchanged(make: () => Promise<{ ok: boolean; error?: { code: string; message: string } }>, message: RegExp) {
  const before = snapshot();
  const error = await refusal(make());
  expect(error.message).toMatch(message);
  expect(snapshot()).toEqual(before);
  return error;
}

describe('a life story', () => {
  it('admitted → full a year later → transferred to another cell → exempted → died, with the status as of several dates', async () => {
    const m = await aMember({ admissionDate: '2015-03-01', admissionDecisionDate: '2015-02-20', fullMemberDate: null });
    expect(m).toMatchObject({ membership: 'probationary', onList: true });
    await mustRec([m.id], 'FULL', '2016-03-01', { decisionNo: '12-QĐ/ĐU', decisionDate: '2016-03-15', decisionBody: 'Đảng ủy xã Thanh Sơn', decisionSigner: 'Nguyễn Văn Bí' });
    expect(cache(m.id).full_member_date).toBe('2016-03-01');
    const transfer = await mustRec([m.id], 'TRANSFER_OUT_LOCAL', '2018-05-10', { orgToId: cell2, decisionNo: '45-QĐ/ĐU' });
    expect(transfer.eventIds).toHaveLength(2);
    expect(cache(m.id).organisation_id).toBe(cell2);
    await mustRec([m.id], 'EXEMPT', '2022-01-10', { note: 'Tuổi cao, sức yếu' });
    await mustRec([m.id], 'DEATH', '2025-06-01');

    const listed = await t.must('event:list', { memberId: m.id });
    expect(listed.events.map((e) => [e.typeCode, e.eventDate, e.orgFromName, e.orgToName])).toEqual([
      ['ADMIT', '2015-03-01', null, 'Chi bộ thôn Đồng Xuân'],
      ['FULL', '2016-03-01', 'Chi bộ thôn Đồng Xuân', 'Chi bộ thôn Đồng Xuân'],
      ['TRANSFER_OUT_LOCAL', '2018-05-10', 'Chi bộ thôn Đồng Xuân', 'Chi bộ thôn Đồng Lạc'],
      ['TRANSFER_IN_LOCAL', '2018-05-10', 'Chi bộ thôn Đồng Xuân', 'Chi bộ thôn Đồng Lạc'],
      ['EXEMPT', '2022-01-10', 'Chi bộ thôn Đồng Lạc', 'Chi bộ thôn Đồng Lạc'],
      ['DEATH', '2025-06-01', 'Chi bộ thôn Đồng Lạc', null],
    ]);
    expect(listed.events[0]).toMatchObject({ typeName: 'Kết nạp', effect: 'add', fromCard: true, outside: false });
    expect(listed.events[1]).toMatchObject({ fromCard: true, decisionNo: '12-QĐ/ĐU', decisionSigner: 'Nguyễn Văn Bí' });
    expect(listed.status).toEqual({ onList: false, membership: 'full', exempted: false, suspended: false, temporarilyAway: false });
    // Party age from the decision (20/02/2015) to the death: 123 whole months.
    expect(listed.partyAge).toEqual({ months: 123, years: 10, approximate: false, running: false, anchor: '2015-02-20' });
    expect((await t.must('member:get', { id: m.id })).partyAge).toEqual(listed.partyAge);
    expectCacheDerived(m.id);

    const zero = { onList: 0, probationary: 0, full: 0, exempted: 0, suspended: 0, temporarilyAway: 0 };
    expect(await status(null, '2015-02-28')).toMatchObject(zero);
    expect(await status(null, '2015-06-01')).toMatchObject({ ...zero, onList: 1, probationary: 1 });
    expect(await status(tree.cell, '2017-01-01')).toMatchObject({ ...zero, onList: 1, full: 1 });
    expect(await status(cell2, '2017-01-01')).toMatchObject(zero);
    expect(await status(tree.cell, '2019-01-01')).toMatchObject(zero);
    expect(await status(cell2, '2019-01-01')).toMatchObject({ ...zero, onList: 1, full: 1 });
    expect(await status(tree.commune, '2019-01-01')).toMatchObject({ ...zero, onList: 1, full: 1 });
    expect(await status(otherCommune, '2019-01-01')).toMatchObject(zero);
    expect(await status(tree.province, '2023-01-01')).toMatchObject({ ...zero, onList: 1, full: 1, exempted: 1 });
    expect(await status(null, '2025-12-01')).toMatchObject(zero);
  });

  it('writes an audit entry for every recorded event and for the member it moved', async () => {
    const m = await aMember();
    const r = await mustRec([m.id], 'TRANSFER_IN_LOCAL', '2020-01-01', { orgToId: cell2 });
    const rows = raw.sqlite.prepare("SELECT action, entity, entity_id, old_values, new_values FROM audit_log WHERE action LIKE 'event.%' OR action = 'member.byEvent' ORDER BY id").all() as {
      action: string;
      entity: string;
      entity_id: number;
      old_values: string | null;
      new_values: string;
    }[];
    expect(rows.map((x) => [x.action, x.entity, x.entity_id])).toEqual([
      ['event.record', 'member_event', r.eventIds[0]],
      ['event.record', 'member_event', r.eventIds[1]],
      ['member.byEvent', 'member', m.id],
    ]);
    expect(JSON.parse(rows[0]!.new_values)).toMatchObject({ memberId: m.id, typeCode: 'TRANSFER_OUT_LOCAL', orgFromId: tree.cell, orgToId: cell2, eventDate: '2020-01-01' });
    expect(JSON.parse(rows[2]!.old_values!)).toEqual({ organisationId: tree.cell });
    expect(JSON.parse(rows[2]!.new_values)).toEqual({ organisationId: cell2 });
    expect(await t.must('system:auditVerify', {})).toMatchObject({ ok: true });
  });
});

describe('rules, each refused with its message and nothing changed', () => {
  it('admission: only once; re-admission only after leaving; restoration only after expulsion or removal', async () => {
    const m = await aMember();
    await refusedUnchanged(() => rec([m.id], 'ADMIT', '2020-01-01'), /đã được kết nạp \(ngày 19\/05\/1990\).*Kết nạp lại/);
    await refusedUnchanged(() => rec([m.id], 'READMIT', '2020-01-01'), /Chỉ kết nạp lại người đã ra khỏi Đảng.*đang có trong danh sách/);
    await refusedUnchanged(() => rec([m.id], 'RESTORE', '2020-01-01'), /Chỉ phục hồi đảng tịch cho người đã bị khai trừ hoặc xóa tên/);
    await mustRec([m.id], 'QUIT', '2010-01-01');
    await refusedUnchanged(() => rec([m.id], 'RESTORE', '2012-01-01'), /Chỉ phục hồi đảng tịch.*đã ra khỏi Đảng \(ngày 01\/01\/2010\)/);
    await mustRec([m.id], 'READMIT', '2015-06-01', { decisionDate: '2015-05-20' });
    expect(cache(m.id)).toMatchObject({ on_list: 1, membership: 'probationary' });
    expectCacheDerived(m.id);
    const dead = await aMember();
    await mustRec([dead.id], 'DEATH', '2020-01-01');
    await refusedUnchanged(() => rec([dead.id], 'READMIT', '2021-01-01'), /Chỉ kết nạp lại người đã ra khỏi Đảng.*đã từ trần \(ngày 01\/01\/2020\)/);
  });

  it('the admission decision date may not come after the ceremony', async () => {
    const m = await aMember();
    await mustRec([m.id], 'QUIT', '2010-01-01');
    await refusedUnchanged(() => rec([m.id], 'READMIT', '2015-06-01', { decisionDate: '2015-06-10' }), /Ngày quyết định kết nạp \(10\/06\/2015\) không được sau ngày kết nạp \(01\/06\/2015\)/);
    const admit = (await t.must('event:list', { memberId: m.id })).events[0]!;
    await refusedUnchanged(() => t.call('event:correct', { eventId: admit.id, eventDate: '1990-05-19', decisionDate: '1990-06-01' }), /Ngày quyết định kết nạp \(01\/06\/1990\) không được sau ngày kết nạp/);
  });

  it('full membership: only for a probationary member, and not before 12 months of probation', async () => {
    const p = await aMember({ admissionDate: '2025-11-15', admissionDecisionDate: '2025-11-01', fullMemberDate: null });
    await refusedUnchanged(() => rec([p.id], 'FULL', '2026-11-14'), /Chưa đủ 12 tháng dự bị: kết nạp ngày 15\/11\/2025, sớm nhất được công nhận chính thức từ ngày 15\/11\/2026/);
    await mustRec([p.id], 'FULL', '2026-11-15');
    await refusedUnchanged(() => rec([p.id], 'FULL', '2026-11-16'), /đã là đảng viên chính thức từ ngày 15\/11\/2026/);
  });

  it('cards only for full members; on-list events only for members on the list', async () => {
    const p = await aMember({ admissionDate: '2026-01-15', admissionDecisionDate: '2026-01-02', fullMemberDate: null });
    await refusedUnchanged(() => rec([p.id], 'CARD_ISSUE', '2026-06-01'), /Chỉ đảng viên chính thức mới có thẻ đảng viên/);
    const m = await aMember();
    await mustRec([m.id], 'CARD_ISSUE', '1992-01-01');
    await mustRec([m.id], 'TRANSFER_OUT_PROVINCE', '2024-03-01', { decisionBody: 'Tỉnh ủy Phú Thọ', note: 'Chuyển đến Đảng bộ tỉnh Tuyên Quang' });
    expect(cache(m.id)).toMatchObject({ on_list: 0 });
    for (const code of ['TRANSFER_OUT_PROVINCE', 'EXEMPT', 'SUSPEND', 'TEMP_OUT', 'CARD_REISSUE', 'DEATH', 'QUIT']) {
      await refusedUnchanged(() => rec([m.id], code, '2025-01-01'), /Ngày 01\/01\/2025 đảng viên đã chuyển đi tỉnh khác \(ngày 01\/03\/2024\): không ghi được sự kiện/);
    }
    await refusedUnchanged(() => rec([m.id], 'TRANSFER_OUT_LOCAL', '2025-01-01', { orgToId: cell2 }), /đã chuyển đi tỉnh khác/);
  });

  it('expulsion only for full members; states cannot be entered twice or ended when not in them', async () => {
    const p = await aMember({ admissionDate: '2026-01-15', admissionDecisionDate: '2026-01-02', fullMemberDate: null });
    await refusedUnchanged(() => rec([p.id], 'EXPEL', '2026-06-01'), /Đảng viên dự bị không bị khai trừ/);
    const m = await aMember();
    await refusedUnchanged(() => rec([m.id], 'EXEMPT_END', '2020-01-01'), /không được miễn công tác và sinh hoạt đảng/);
    await refusedUnchanged(() => rec([m.id], 'SUSPEND_END', '2020-01-01'), /không bị đình chỉ sinh hoạt đảng/);
    await refusedUnchanged(() => rec([m.id], 'TEMP_IN', '2020-01-01'), /không sinh hoạt tạm thời ở nơi khác/);
    await mustRec([m.id], 'EXEMPT', '2020-01-01');
    await refusedUnchanged(() => rec([m.id], 'EXEMPT', '2021-01-01'), /đang được miễn công tác và sinh hoạt đảng từ ngày 01\/01\/2020/);
    await mustRec([m.id], 'EXEMPT_END', '2021-01-01');
    expect(cache(m.id).exempted).toBe(0);
  });

  it('transfers within the province need an active cell other than the current one', async () => {
    const m = await aMember();
    const e1 = await refusedUnchanged(() => rec([m.id], 'TRANSFER_OUT_LOCAL', '2020-01-01'), /Chọn chi bộ nơi đảng viên chuyển đến/);
    expect(e1).toMatchObject({ code: 'BAD_INPUT', fields: { orgToId: 'Chọn chi bộ chuyển đến' } });
    await refusedUnchanged(() => rec([m.id], 'TRANSFER_OUT_LOCAL', '2020-01-01', { orgToId: tree.commune }), /không phải là chi bộ/);
    await refusedUnchanged(() => rec([m.id], 'TRANSFER_OUT_LOCAL', '2020-01-01', { orgToId: tree.cell }), /Đảng viên đang sinh hoạt ở Chi bộ thôn Đồng Xuân/);
    await t.must('organisation:dissolve', { id: cell3, effectiveDate: '2024-01-01' });
    await refusedUnchanged(() => rec([m.id], 'TRANSFER_OUT_LOCAL', '2025-01-01', { orgToId: cell3 }), /Chi bộ thôn Hạ đã thôi hoạt động/);
    await refusedUnchanged(() => rec([m.id], 'EXEMPT', '2025-01-01', { orgToId: cell2 }), /không chuyển đảng viên sang chi bộ khác/);
  });

  it('no date in the future, no date before birth, no unknown event type', async () => {
    const m = await aMember();
    await refusedUnchanged(() => rec([m.id], 'EXEMPT', '2026-11-21'), /Ngày sự kiện ở tương lai/);
    await refusedUnchanged(() => rec([m.id], 'EXEMPT', '2026-01-01', { decisionDate: '2026-12-01' }), /Ngày quyết định ở tương lai/);
    await refusedUnchanged(() => rec([m.id], 'EXEMPT', '1960-01-01'), /phải sau ngày sinh/);
    await refusedUnchanged(() => rec([m.id], 'PROMOTE', '2020-01-01'), /Loại sự kiện không có trong danh mục/);
  });

  it('order: an event may be dated before later ones only if they all stay possible', async () => {
    const m = await aMember();
    await mustRec([m.id], 'DEATH', '2020-01-01');
    // Before the death, the member was on the list: an exemption of 2010 is possible.
    await mustRec([m.id], 'EXEMPT', '2010-01-01');
    const n = await aMember();
    await mustRec([n.id], 'EXEMPT', '2022-01-01');
    await refusedUnchanged(() => rec([n.id], 'DEATH', '2020-01-01'), /Không ghi được: sự kiện “Miễn công tác và sinh hoạt đảng” ngày 01\/01\/2022 sẽ không còn hợp lệ \(Ngày 01\/01\/2022 đảng viên đã từ trần \(ngày 01\/01\/2020\)/);
    // Same day: the new event goes after the ones already there.
    await mustRec([n.id], 'DEATH', '2022-01-01');
    expect(cache(n.id)).toMatchObject({ on_list: 0, exempted: 0 });
  });

  it('a move may not be dated before the latest placement in a cell', async () => {
    const m = await aMember();
    await mustRec([m.id], 'TRANSFER_OUT_LOCAL', '2020-01-01', { orgToId: cell2 });
    await refusedUnchanged(() => rec([m.id], 'TRANSFER_OUT_LOCAL', '2019-01-01', { orgToId: cell3 }), /Ngày 01\/01\/2020 đảng viên đã được chuyển đến trong tỉnh vào chi bộ hiện tại/);
    await mustRec([m.id], 'TRANSFER_OUT_LOCAL', '2021-01-01', { orgToId: cell3 });
    expect(cache(m.id)).toMatchObject({ organisation_id: cell3, on_list: 1 });
    expect(cache(m.id).org_path).toMatch(new RegExp(`/${otherCommune}/${cell3}/$`));
  });

  it('a transfer in from another province: for someone who went away, or whose card shows only an admission elsewhere', async () => {
    const m = await aMember({ admissionDate: '2000-04-01', admissionDecisionDate: '2000-03-20', fullMemberDate: '2001-04-01' });
    await mustRec([m.id], 'EXEMPT', '2005-01-01');
    await refusedUnchanged(() => rec([m.id], 'TRANSFER_IN_PROVINCE', '2010-01-01', { orgToId: cell2 }), /Chỉ ghi chuyển đến từ tỉnh khác.*đang có trong danh sách của tỉnh/);
    await mustRec([m.id], 'TRANSFER_OUT_PROVINCE', '2010-01-01');
    await mustRec([m.id], 'TRANSFER_IN_PROVINCE', '2015-01-01', { orgToId: cell2 });
    expect(cache(m.id)).toMatchObject({ organisation_id: cell2, on_list: 1, exempted: 0 });

    // Entered from the card, admitted in another province in 2000, arrived here in 2020.
    const a = await aMember({ admissionDate: '2000-04-01', admissionDecisionDate: '2000-03-20', fullMemberDate: '2001-04-01' });
    await mustRec([a.id], 'TRANSFER_IN_PROVINCE', '2020-05-01', { orgToId: cell3, decisionBody: 'Tỉnh ủy Tuyên Quang' });
    const events = (await t.must('event:list', { memberId: a.id })).events;
    expect(events[0]).toMatchObject({ typeCode: 'ADMIT', outside: true, orgToId: null, fromCard: true });
    expect(cache(a.id)).toMatchObject({ organisation_id: cell3, on_list: 1, membership: 'full', party_age_anchor: '2000-03-20' });
    expectCacheDerived(a.id);
    expect(await status(otherCommune, '2019-12-31')).toMatchObject({ onList: 0 });
    expect(await status(otherCommune, '2020-05-01')).toMatchObject({ onList: 1, full: 1 });
    // The first member (in the province 2000-2010 and again from 2015) and the arrival.
    expect(await status(null, '2012-01-01')).toMatchObject({ onList: 0 });
    expect(await status(null, '2019-12-31')).toMatchObject({ onList: 1 });
    expect(await status(null, '2021-01-01')).toMatchObject({ onList: 2, full: 2 });
    const audit = raw.sqlite.prepare("SELECT old_values, new_values FROM audit_log WHERE action = 'event.admittedElsewhere'").get() as { old_values: string; new_values: string };
    expect(JSON.parse(audit.old_values)).toEqual({ memberId: a.id, orgToId: tree.cell });
    expect(JSON.parse(audit.new_values)).toEqual({ memberId: a.id, orgToId: null });

    // Cancelling that arrival makes the admission ours again.
    const arrival = events.find((e) => e.typeCode === 'TRANSFER_IN_PROVINCE')!;
    await t.must('event:cancel', { eventId: arrival.id, reason: 'Ghi nhầm đảng viên' });
    expect((await t.must('event:list', { memberId: a.id })).events[0]).toMatchObject({ outside: false, orgToId: cell3 });
    expect(cache(a.id)).toMatchObject({ on_list: 1 });
    expectCacheDerived(a.id);
  });
});

describe('corrections', () => {
  it('corrects date, decision and note with the audit entry old → new, and recomputes the cache', async () => {
    const m = await aMember();
    const { eventIds } = await mustRec([m.id], 'EXEMPT', '2020-01-01', { decisionNo: '1-QĐ' });
    const corrected = await t.must('event:correct', {
      eventId: eventIds[0]!,
      eventDate: '2019-06-01',
      decisionNo: '2-QĐ/ĐU',
      decisionDate: '2019-05-20',
      decisionBody: 'Đảng ủy xã Thanh Sơn',
      decisionSigner: 'Lê Văn Ký',
      note: 'Sửa theo quyết định gốc',
    });
    expect(corrected).toMatchObject({ eventDate: '2019-06-01', decisionNo: '2-QĐ/ĐU', decisionSigner: 'Lê Văn Ký', cancelled: false });
    expect(corrected.updatedAt).not.toBeNull();
    const audit = raw.sqlite.prepare("SELECT entity, entity_id, old_values, new_values FROM audit_log WHERE action = 'event.correct'").get() as { entity: string; entity_id: number; old_values: string; new_values: string };
    expect(audit).toMatchObject({ entity: 'member_event', entity_id: eventIds[0] });
    expect(JSON.parse(audit.old_values)).toEqual({ memberId: m.id, typeCode: 'EXEMPT', eventDate: '2020-01-01', decisionNo: '1-QĐ', decisionDate: null, decisionBody: null, decisionSigner: null, note: null });
    expect(JSON.parse(audit.new_values)).toEqual({ memberId: m.id, typeCode: 'EXEMPT', eventDate: '2019-06-01', decisionNo: '2-QĐ/ĐU', decisionDate: '2019-05-20', decisionBody: 'Đảng ủy xã Thanh Sơn', decisionSigner: 'Lê Văn Ký', note: 'Sửa theo quyết định gốc' });
    expectCacheDerived(m.id);
  });

  it('keeps the card in step: the admission and full-membership events change the card dates and the party age', async () => {
    const m = await aMember({ admissionDate: '1990-05-19', admissionDecisionDate: '1990-05-10', fullMemberDate: '1991-05-19' });
    const [admit, full] = (await t.must('event:list', { memberId: m.id })).events;
    await t.must('event:correct', { eventId: admit!.id, eventDate: '1990-04-19', decisionDate: '1990-04-01' });
    expect(cache(m.id)).toMatchObject({ admission_date: '1990-04-19', admission_decision_date: '1990-04-01', party_age_anchor: '1990-04-01' });
    await t.must('event:correct', { eventId: full!.id, eventDate: '1991-04-19' });
    expect(cache(m.id).full_member_date).toBe('1991-04-19');
    const got = await t.must('member:get', { id: m.id });
    expect(got).toMatchObject({ admissionDate: '1990-04-19', fullMemberDate: '1991-04-19' });
    // The card form still saves, and keeps its events in step.
    await t.must('member:update', { ...memberInput(tree.cell, { citizenId: m.citizenId, admissionDate: '1990-04-19', admissionDecisionDate: '1990-04-01', fullMemberDate: '1991-04-20' }), id: m.id });
    const after = (await t.must('event:list', { memberId: m.id })).events;
    expect(after.map((e) => [e.typeCode, e.eventDate, e.cancelled])).toEqual([
      ['ADMIT', '1990-04-19', false],
      ['FULL', '1991-04-20', false],
    ]);
    await refusedUnchanged(() => t.call('event:correct', { eventId: full!.id, eventDate: '1991-01-01' }), /Chưa đủ 12 tháng dự bị/);
  });

  it('corrects both halves of a transfer within the province, and refuses a date that reorders the moves', async () => {
    const m = await aMember();
    const first = await mustRec([m.id], 'TRANSFER_OUT_LOCAL', '2015-01-01', { orgToId: cell2 });
    await mustRec([m.id], 'TRANSFER_OUT_LOCAL', '2020-01-01', { orgToId: cell3 });
    await t.must('event:correct', { eventId: first.eventIds[1]!, eventDate: '2015-02-01', decisionNo: '7-QĐ' });
    const pair = raw.sqlite.prepare('SELECT type_code, event_date, decision_no FROM member_event WHERE id IN (?, ?) ORDER BY id').all(...first.eventIds);
    expect(pair).toEqual([
      { type_code: 'TRANSFER_OUT_LOCAL', event_date: '2015-02-01', decision_no: '7-QĐ' },
      { type_code: 'TRANSFER_IN_LOCAL', event_date: '2015-02-01', decision_no: '7-QĐ' },
    ]);
    await refusedUnchanged(() => t.call('event:correct', { eventId: first.eventIds[0]!, eventDate: '2021-01-01' }), /thứ tự các lần kết nạp, chuyển sinh hoạt/);
  });

  it('refuses to correct a cancelled event or to make a later event impossible', async () => {
    const m = await aMember();
    const ex = await mustRec([m.id], 'EXEMPT', '2020-01-01');
    const death = await mustRec([m.id], 'DEATH', '2021-01-01');
    await refusedUnchanged(() => t.call('event:correct', { eventId: death.eventIds[0]!, eventDate: '2019-01-01' }), /Không sửa được: sự kiện “Miễn công tác và sinh hoạt đảng” ngày 01\/01\/2020 sẽ không còn hợp lệ/);
    await t.must('event:cancel', { eventId: ex.eventIds[0]!, reason: 'Nhầm' });
    await refusedUnchanged(() => t.call('event:correct', { eventId: ex.eventIds[0]!, eventDate: '2020-01-01' }), /đã bị hủy: không sửa được/);
  });
});

describe('cancellations', () => {
  it('cancels with a reason, keeps the row, audits it and recomputes the status', async () => {
    const m = await aMember();
    const death = await mustRec([m.id], 'DEATH', '2024-01-01');
    expect(cache(m.id).on_list).toBe(0);
    const cancelled = await t.must('event:cancel', { eventId: death.eventIds[0]!, reason: 'Ghi nhầm người' });
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: 'Ghi nhầm người', typeCode: 'DEATH' });
    expect(cache(m.id).on_list).toBe(1);
    expectCacheDerived(m.id);
    const audit = raw.sqlite.prepare("SELECT old_values, new_values FROM audit_log WHERE action = 'event.cancel'").get() as { old_values: string; new_values: string };
    expect(JSON.parse(audit.old_values)).toMatchObject({ typeCode: 'DEATH', eventDate: '2024-01-01', cancelled: false, cancelReason: null });
    expect(JSON.parse(audit.new_values)).toEqual({ memberId: m.id, typeCode: 'DEATH', cancelled: true, cancelReason: 'Ghi nhầm người' });
    await refusedUnchanged(() => t.call('event:cancel', { eventId: death.eventIds[0]!, reason: 'Lần nữa' }), /đã bị hủy trước đó/);
    const e = await refusal(t.call('event:cancel', { eventId: death.eventIds[0]!, reason: '  ' }));
    expect(e.code).toBe('BAD_INPUT');
  });

  it('cancels both halves of a transfer within the province and puts the member back in the old cell', async () => {
    const m = await aMember();
    const tr = await mustRec([m.id], 'TRANSFER_OUT_LOCAL', '2020-01-01', { orgToId: cell2 });
    await t.must('event:cancel', { eventId: tr.eventIds[0]!, reason: 'Quyết định bị thu hồi' });
    expect(raw.sqlite.prepare('SELECT cancelled, cancel_reason FROM member_event WHERE id IN (?, ?)').all(...tr.eventIds)).toEqual([
      { cancelled: 1, cancel_reason: 'Quyết định bị thu hồi' },
      { cancelled: 1, cancel_reason: 'Quyết định bị thu hồi' },
    ]);
    expect(cache(m.id)).toMatchObject({ organisation_id: tree.cell, on_list: 1 });
    expect(await status(cell2, '2021-01-01')).toMatchObject({ onList: 0 });
    expect(await status(tree.cell, '2021-01-01')).toMatchObject({ onList: 1 });
  });

  it('refuses to cancel a move that was followed by another, the card admission, a full membership with a card, or an event later ones depend on', async () => {
    const m = await aMember({ cardNo: '123456789012' });
    const first = await mustRec([m.id], 'TRANSFER_OUT_LOCAL', '2015-01-01', { orgToId: cell2 });
    await mustRec([m.id], 'TRANSFER_OUT_LOCAL', '2020-01-01', { orgToId: cell3 });
    await refusedUnchanged(() => t.call('event:cancel', { eventId: first.eventIds[1]!, reason: 'x' }), /ngày 01\/01\/2020 đảng viên còn được chuyển đến trong tỉnh: hãy hủy sự kiện đó trước/);
    const [admit, full] = (await t.must('event:list', { memberId: m.id })).events;
    await refusedUnchanged(() => t.call('event:cancel', { eventId: admit!.id, reason: 'x' }), /Không hủy được sự kiện kết nạp của phiếu đảng viên/);
    await refusedUnchanged(() => t.call('event:cancel', { eventId: full!.id, reason: 'x' }), /có số thẻ đảng viên 123456789012/);
    const out = await mustRec([m.id], 'TRANSFER_OUT_PROVINCE', '2022-01-01');
    await mustRec([m.id], 'TRANSFER_IN_PROVINCE', '2023-01-01', { orgToId: cell2 });
    await refusedUnchanged(() => t.call('event:cancel', { eventId: out.eventIds[0]!, reason: 'x' }), /Không hủy được: sự kiện “Chuyển đến từ tỉnh khác” ngày 01\/01\/2023 sẽ không còn hợp lệ/);
  });

  it('cancelling the full membership makes the member probationary again and clears the card date', async () => {
    const m = await aMember({ admissionDate: '2024-01-10', admissionDecisionDate: '2024-01-02', fullMemberDate: '2025-01-10' });
    const full = (await t.must('event:list', { memberId: m.id })).events[1]!;
    await t.must('event:cancel', { eventId: full.id, reason: 'Chưa có quyết định công nhận' });
    expect(cache(m.id)).toMatchObject({ membership: 'probationary', full_member_date: null });
    expectCacheDerived(m.id);
  });

  it('refuses to move a member back into a cell that no longer exists', async () => {
    const m = await aMember();
    const tr = await mustRec([m.id], 'TRANSFER_OUT_LOCAL', '2020-01-01', { orgToId: cell2 });
    await t.must('organisation:dissolve', { id: tree.cell, effectiveDate: '2026-01-01' });
    await refusedUnchanged(() => t.call('event:cancel', { eventId: tr.eventIds[0]!, reason: 'x' }), /chi bộ trước khi chuyển \(Chi bộ thôn Đồng Xuân\) đã thôi hoạt động/);
  });
});

describe('many members at once', () => {
  it('records one decision for many members', async () => {
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push((await aMember({ admissionDate: '2025-09-02', admissionDecisionDate: '2025-08-20', fullMemberDate: null })).id);
    const r = await mustRec(ids, 'FULL', '2026-09-02', { decisionNo: '88-QĐ/ĐU', decisionDate: '2026-09-10', decisionBody: 'Đảng ủy xã Thanh Sơn' });
    expect(r).toMatchObject({ recorded: 12 });
    expect(r.eventIds).toHaveLength(12);
    for (const id of ids) expect(cache(id)).toMatchObject({ membership: 'full', full_member_date: '2026-09-02' });
    const moved = await mustRec(ids.slice(0, 3), 'TRANSFER_OUT_LOCAL', '2026-10-01', { orgToId: cell2 });
    expect(moved).toMatchObject({ recorded: 3 });
    expect(moved.eventIds).toHaveLength(6);
    expect(await status(cell2, '2026-10-01')).toMatchObject({ onList: 3, full: 3 });
  });

  it('is all or nothing: one refused member refuses the whole decision, naming that member', async () => {
    const a = await aMember({ givenName: 'An', admissionDate: '2025-09-02', admissionDecisionDate: '2025-08-20', fullMemberDate: null });
    const b = await aMember({ givenName: 'Bình', admissionDate: '2026-02-02', admissionDecisionDate: '2026-01-20', fullMemberDate: null });
    const c = await aMember({ givenName: 'Cúc', admissionDate: '2025-09-02', admissionDecisionDate: '2025-08-20', fullMemberDate: null });
    const error = await refusedUnchanged(
      () => rec([a.id, b.id, c.id], 'FULL', '2026-09-02'),
      /^Không ghi được cho đảng viên Nguyễn Văn Bình \(sinh 12\/03\/1965, Chi bộ thôn Đồng Xuân\): Chưa đủ 12 tháng dự bị.*Chưa ghi sự kiện cho đảng viên nào\.$/,
    );
    expect(error.fields).toEqual({ 'memberIds.1': expect.stringMatching(/^Nguyễn Văn Bình: Chưa đủ 12 tháng/) });
    const d = await aMember({ givenName: 'Dung' });
    await refusedUnchanged(() => rec([a.id, d.id, b.id], 'FULL', '2026-09-02'), /Nguyễn Văn Dung.*đã là đảng viên chính thức.*\(và 1 đảng viên khác cũng không ghi được\)/);
  });

  it('refuses duplicates, unknown members and more than 500 members', async () => {
    const m = await aMember();
    expect(await refusal(rec([m.id, m.id], 'EXEMPT', '2020-01-01'))).toMatchObject({ code: 'BAD_INPUT', message: /bị chọn hai lần/ });
    expect(await refusal(rec([m.id, 99999], 'EXEMPT', '2020-01-01'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(rec(Array.from({ length: 501 }, (_, i) => i + 1), 'EXEMPT', '2020-01-01'))).toMatchObject({ code: 'BAD_INPUT', message: /tối đa 500/ });
    expect(await refusal(rec([], 'EXEMPT', '2020-01-01'))).toMatchObject({ code: 'BAD_INPUT' });
  });

  it('only lets a clerk write and a viewer read', async () => {
    const m = await aMember();
    const viewer = { user: { id: 1, username: 'admin', role: 'viewer' as const }, via: 'ipc' as const };
    expect(await t.call('event:record', { memberIds: [m.id], typeCode: 'EXEMPT', eventDate: '2020-01-01' }, viewer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.call('event:list', { memberId: m.id }, viewer)).toMatchObject({ ok: true });
  });
});

describe('reminders', () => {
  it('lists probationary members due within N days and overdue, and temporary transfers older than a year, in the subtree', async () => {
    // Today is 20/11/2026.
    const overdue = await aMember({ givenName: 'Quá', admissionDate: '2025-10-31', admissionDecisionDate: '2025-10-20', fullMemberDate: null });
    const soon = await aMember({ givenName: 'Sắp', admissionDate: '2025-11-30', admissionDecisionDate: '2025-11-20', fullMemberDate: null });
    await aMember({ givenName: 'Xa', admissionDate: '2026-01-30', admissionDecisionDate: '2026-01-20', fullMemberDate: null });
    await aMember({ givenName: 'Khác', admissionDate: '2025-11-25', admissionDecisionDate: '2025-11-20', fullMemberDate: null }, cell3);
    const away = await aMember({ givenName: 'Lâu' });
    await mustRec([away.id], 'TEMP_OUT', '2025-06-01', { orgToId: cell2, note: 'Đi làm ăn xa' });
    const recent = await aMember({ givenName: 'Mới' });
    await mustRec([recent.id], 'TEMP_OUT', '2026-03-01');
    const back = await aMember({ givenName: 'Về' });
    await mustRec([back.id], 'TEMP_OUT', '2024-01-01');
    await mustRec([back.id], 'TEMP_IN', '2025-01-01');

    const r = await t.must('event:reminders', { organisationId: tree.commune });
    expect(r).toMatchObject({ asOf: '2026-11-20', withinDays: 30 });
    expect(r.probation.total).toBe(2);
    expect(r.probation.rows).toEqual([
      expect.objectContaining({ memberId: overdue.id, fullName: 'Nguyễn Văn Quá', admissionDate: '2025-10-31', probationEnds: '2026-10-31', daysLeft: -20, organisationName: 'Chi bộ thôn Đồng Xuân' }),
      expect.objectContaining({ memberId: soon.id, admissionDate: '2025-11-30', probationEnds: '2026-11-30', daysLeft: 10 }),
    ]);
    expect(r.temporary).toEqual({ total: 1, offset: 0, rows: [expect.objectContaining({ memberId: away.id, since: '2025-06-01', months: 17, hostName: 'Chi bộ thôn Đồng Lạc' })] });

    const province = await t.must('event:reminders', { organisationId: null, withinDays: 90 });
    expect(province.probation.total).toBe(4);
    const none = await t.must('event:reminders', { organisationId: tree.commune, withinDays: 0 });
    expect(none.probation.rows.map((x) => x.memberId)).toEqual([overdue.id]);
    // Recognised: no longer due.
    await mustRec([overdue.id], 'FULL', '2026-10-31');
    expect((await t.must('event:reminders', { organisationId: tree.commune })).probation.total).toBe(1);
  });

  it('reads the reminders through their small partial indexes (the plans of what event:reminders runs)', async () => {
    await aMember();
    const plans = await t.plans(() => t.must('event:reminders', { organisationId: tree.commune }));
    expect(planMatching(plans, /membership.*probationary/).text).toMatch(/member_list_probationary/);
    expect(planMatching(plans, /temporarily_away/).text).toMatch(/member_list_away/);
    expectNoFullScan(t.sqlite, plans);
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('event:reminders', { organisationId: null, withinDays: 90 })));
  });

  it('counts the status as of a date without a full scan of members or events, for the province and a subtree', async () => {
    const m = await aMember();
    await mustRec([m.id], 'TEMP_OUT', '2024-01-01');
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('event:statusAsOf', { organisationId: tree.commune, asOf: '2025-01-01' })));
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('event:statusAsOf', { organisationId: null, asOf: '2025-01-01' })));
  });
});

describe('party age', () => {
  it('shows party age on the record, as a list column and as a list filter', async () => {
    const old = await aMember({ givenName: 'Già', admissionDate: '1966-05-19', admissionDecisionDate: '1966-05-10', fullMemberDate: '1967-05-19' });
    const mid = await aMember({ givenName: 'Vừa', admissionDate: '1996-11-25', admissionDecisionDate: '1996-11-20', fullMemberDate: '1997-11-25' });
    const young = await aMember({ givenName: 'Trẻ', admissionDate: '2025-01-10', admissionDecisionDate: '2025-01-02', fullMemberDate: null });
    expect((await t.must('member:get', { id: old.id })).partyAge).toEqual({ months: 726, years: 60, approximate: false, running: true, anchor: '1966-05-10' });
    // 20/11/1996 → 20/11/2026: exactly 30 years today.
    expect((await t.must('member:get', { id: mid.id })).partyAge).toMatchObject({ months: 360, years: 30 });

    const list = await t.must('member:list', {});
    expect(Object.fromEntries(list.rows.map((r) => [r.givenName, r.partyAgeMonths]))).toEqual({ 'Già': 726, 'Vừa': 360, 'Trẻ': 22 });
    const names = async (input: Input<'member:list'>) => (await t.must('member:list', input)).rows.map((r) => r.givenName).sort();
    expect(await names({ minPartyAgeYears: 30 })).toEqual(['Già', 'Vừa']);
    expect(await names({ minPartyAgeYears: 31 })).toEqual(['Già']);
    expect(await names({ maxPartyAgeYears: 29 })).toEqual(['Trẻ']);
    expect(await names({ minPartyAgeYears: 30, maxPartyAgeYears: 30 })).toEqual(['Vừa']);
    expect(await names({ minPartyAgeYears: 0, maxPartyAgeYears: 1 })).toEqual(['Trẻ']);
    expect(await names({ minPartyAgeYears: 30, q: 'nguyen gia' })).toEqual(['Già']);
    expect(await names({ minPartyAgeYears: 30, organisationId: tree.commune })).toEqual(['Già', 'Vừa']);
    // The day before the anniversary: 29 years.
    expect(await names({ minPartyAgeYears: 30, asOf: '2026-11-19' })).toEqual(['Già']);
    expect((await t.must('member:list', { minPartyAgeYears: 30, asOf: '2026-11-19' })).total).toBe(1);
    expect(await refusal(t.call('member:list', { minPartyAgeYears: 40, maxPartyAgeYears: 30 }))).toMatchObject({ code: 'BAD_INPUT', fields: { maxPartyAgeYears: expect.any(String) } });
    expect(young.membership).toBe('probationary');
  });

  it('subtracts the gap between leaving and re-admission; restoration counts continuously; members off the list keep their anchor', async () => {
    const m = await aMember({ admissionDate: '1990-01-15', admissionDecisionDate: '1990-01-01', fullMemberDate: '1991-01-15' });
    await mustRec([m.id], 'REMOVE', '2000-01-01');
    expect(cache(m.id)).toMatchObject({ on_list: 0, party_age_anchor: '1990-01-01' });
    await mustRec([m.id], 'READMIT', '2003-07-15', { decisionDate: '2003-07-01' });
    expect(cache(m.id).party_age_anchor).toBe('1993-07-01');
    expect((await t.must('member:get', { id: m.id })).partyAge).toMatchObject({ months: 12 * 33 + 4, running: true });
    const x = await aMember({ admissionDate: '1980-03-10', admissionDecisionDate: '1980-03-01', fullMemberDate: '1981-03-10' });
    const expel = await mustRec([x.id], 'EXPEL', '1990-03-01');
    expect((await t.must('member:get', { id: x.id })).partyAge).toMatchObject({ months: 120, running: false });
    await mustRec([x.id], 'RESTORE', '1995-03-01');
    expect(cache(x.id)).toMatchObject({ on_list: 1, party_age_anchor: '1980-03-01' });
    await refusedUnchanged(() => t.call('event:cancel', { eventId: expel.eventIds[0]!, reason: 'x' }), /Phục hồi đảng tịch/);
    expectCacheDerived(m.id);
    expectCacheDerived(x.id);
  });

  it('filters on the anchor through its index, for the count and for a page of a long party-age range (the plans of member:list)', async () => {
    await aMember();
    const plans = await t.plans(() => t.must('member:list', { minPartyAgeYears: 30 }));
    expect(planMatching(plans, /count\(\*\) AS n FROM member m WHERE/).text).toMatch(/member_list_party_age/);
    const page = planMatching(plans, /ORDER BY/).text;
    expect(page).toMatch(/SEARCH m USING INDEX member_list_party_age \(party_age_anchor<\?\)/);
    expectNoFullScan(t.sqlite, plans);
  });
});
