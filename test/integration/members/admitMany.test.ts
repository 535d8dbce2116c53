import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../db/connection.ts';
import type { Input } from '../../../shared/contract/methods.ts';
import type { AdmissionPersonInput } from '../../../shared/members/admissionSchemas.ts';
import { memberInput } from '../../support/builders/index.ts';
import type { TestCore } from '../../support/core.ts';
import { eachTestWithTree, type Tree } from '../../support/treeCore.ts';

let t: TestCore;
let raw: Connection;
let tree: Tree;
eachTestWithTree((env) => {
  ({ t, raw, tree } = env);
});

type AdmitInput = Input<'member:admitMany'>;

const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Đào', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nga', 'Phúc'];

/** Row `i` of a decision: a distinct person with a distinct citizen ID. */
function person(i: number, over: Partial<AdmissionPersonInput> = {}): AdmissionPersonInput {
  return {
    familyName: 'Nguyễn',
    middleName: i % 2 === 0 ? 'Văn' : 'Thị',
    givenName: GIVEN[i % GIVEN.length] as string,
    sex: i % 2 === 0 ? 'M' : 'F',
    birthDate: `${1990 + i}-04-1${i % 10}`,
    citizenId: `0250990${String(i).padStart(5, '0')}`,
    ethnicCode: '1',
    religionCode: 'NONE',
    homeTown: 'Xã Thanh Sơn, tỉnh Phú Thọ',
    residence: 'Thôn Đồng Xuân, xã Thanh Sơn',
    ...over,
  };
}

function admission(people: AdmissionPersonInput[], over: Partial<AdmitInput> = {}): AdmitInput {
  return {
    organisationId: tree.cell,
    admissionDate: '2026-09-02',
    decision: { number: '125-QĐ/ĐU', date: '2026-08-25', body: 'Đảng ủy xã Thanh Sơn', signer: 'Lê Văn Ký' },
    people,
    ...over,
  };
}

const twelve = () => Array.from({ length: 12 }, (_, i) => person(i));

const count = (sql: string) => (raw.sqlite.prepare(sql).get() as { n: number }).n;
/** What a refused call must leave as it was. */
const snapshot = () => ({
  members: count('SELECT count(*) AS n FROM member'),
  events: count('SELECT count(*) AS n FROM member_event'),
  audit: count('SELECT count(*) AS n FROM audit_log'),
});

describe('admission of many under one decision', () => {
  it('admits a cell’s twelve people: probationary, in the cell, each ADMIT event carrying the decision, one audit entry each', async () => {
    const auditBefore = count("SELECT count(*) AS n FROM audit_log WHERE action = 'member.create'");
    const result = await t.must('member:admitMany', admission(twelve()));
    expect(result.count).toBe(12);
    expect(result.members.map((m) => m.fullName)).toEqual(twelve().map((p) => `Nguyễn ${p.middleName} ${p.givenName}`));

    const ids = result.members.map((m) => m.id);
    const members = raw.sqlite.prepare(`SELECT id, organisation_id, membership, on_list, admission_date, admission_decision_date, full_member_date, card_no, party_age_anchor FROM member WHERE id IN (${ids.join(',')})`).all();
    expect(members).toHaveLength(12);
    for (const m of members) {
      expect(m).toMatchObject({
        organisation_id: tree.cell,
        membership: 'probationary',
        on_list: 1,
        admission_date: '2026-09-02',
        admission_decision_date: '2026-08-25',
        full_member_date: null,
        card_no: null,
        party_age_anchor: '2026-08-25',
      });
    }

    const events = raw.sqlite.prepare('SELECT member_id, type_code, event_date, decision_no, decision_date, decision_body, decision_signer, org_to_id FROM member_event ORDER BY member_id').all();
    expect(events).toEqual(
      ids.map((id) => ({
        member_id: id,
        type_code: 'ADMIT',
        event_date: '2026-09-02',
        decision_no: '125-QĐ/ĐU',
        decision_date: '2026-08-25',
        decision_body: 'Đảng ủy xã Thanh Sơn',
        decision_signer: 'Lê Văn Ký',
        org_to_id: tree.cell,
      })),
    );

    const audit = raw.sqlite.prepare("SELECT entity_id, new_values FROM audit_log WHERE action = 'member.create' ORDER BY id").all() as { entity_id: number; new_values: string }[];
    expect(audit).toHaveLength(auditBefore + 12);
    expect(audit.map((a) => a.entity_id)).toEqual(ids);
    expect(JSON.parse((audit[6] as { new_values: string }).new_values)).toMatchObject({
      fullName: 'Nguyễn Văn Hà',
      citizenId: '025099000006',
      admissionDecision: { number: '125-QĐ/ĐU', body: 'Đảng ủy xã Thanh Sơn', signer: 'Lê Văn Ký' },
    });
    expect(await t.must('system:auditVerify', {})).toMatchObject({ ok: true });

    const event = (await t.must('event:list', { memberId: ids[0] as number })).events[0];
    expect(event).toMatchObject({ typeCode: 'ADMIT', decisionNo: '125-QĐ/ĐU', fromCard: true });
  });

  it('keeps member:create as it was: the card’s ADMIT event without decision number, body or signer', async () => {
    const m = await t.must('member:create', memberInput(tree.cell));
    const admit = raw.sqlite.prepare("SELECT decision_no, decision_body, decision_signer FROM member_event WHERE member_id = ? AND type_code = 'ADMIT'").get(m.id);
    expect(admit).toEqual({ decision_no: null, decision_body: null, decision_signer: null });
    const audit = raw.sqlite.prepare("SELECT new_values FROM audit_log WHERE action = 'member.create'").get() as { new_values: string };
    expect(JSON.parse(audit.new_values)).not.toHaveProperty('admissionDecision');
  });

  it('refuses the whole decision when row 7’s citizen ID belongs to an existing member, naming the row', async () => {
    const existing = await t.must('member:create', memberInput(tree.cell, { familyName: 'Trần', middleName: 'Văn', givenName: 'Cũ', citizenId: '001085012345' }));
    const before = snapshot();
    const people = twelve();
    people[6] = person(6, { citizenId: '001 085 012 345' });
    const r = await t.call('member:admitMany', admission(people));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CONFLICT');
    expect(r.error.message).toMatch(/^Dòng 7 \(Nguyễn Văn Hà\): Số CCCD 001085012345 đã thuộc về đảng viên Trần Văn Cũ/);
    expect(r.error.message).toContain('Chưa kết nạp người nào.');
    expect(r.error.fields?.['people.6.citizenId']).toBe(`Đã thuộc về đảng viên ${existing.fullName}`);
    expect(Object.keys(r.error.fields ?? {})).toEqual(['people.6.citizenId']);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a citizen ID given twice in the batch, naming both rows, and writes nothing', async () => {
    const before = snapshot();
    const people = twelve();
    people[6] = person(6, { citizenId: people[2]?.citizenId ?? '' });
    const r = await t.call('member:admitMany', admission(people));
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { 'people.6.citizenId': 'Trùng với dòng 3' } } });
    if (r.ok) return;
    expect(r.error.message).toBe('Dòng 7 (Nguyễn Văn Hà): Số CCCD 025099000002 trùng với dòng 3 (Nguyễn Văn Chi). Chưa kết nạp người nào.');
    expect(snapshot()).toEqual(before);
  });

  it('marks every refused row in the fields and counts the others in the message', async () => {
    const people = twelve();
    people[1] = person(1, { birthDate: '2026-10-01' });
    people[9] = person(9, { ethnicCode: '999' });
    const r = await t.call('member:admitMany', admission(people));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.fields).toEqual({ 'people.1.birthDate': 'Phải trước ngày vào Đảng', 'people.9.ethnicCode': 'Không có trong danh mục' });
    expect(r.error.message).toBe('Dòng 2 (Nguyễn Thị Bình): Ngày sinh 01/10/2026 không trước ngày vào Đảng 02/09/2026. Còn 1 dòng khác cũng có lỗi. Chưa kết nạp người nào.');
    expect(snapshot().members).toBe(0);
  });

  it('refuses someone certainly under eighteen on the ceremony day (Điều lệ Đảng), and admits an eighteenth birthday that day', async () => {
    const young = [person(0, { birthDate: '2008-09-03' }), person(1, { birthDate: '2009' })];
    const r = await t.call('member:admitMany', admission(young));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.fields).toEqual({ 'people.0.birthDate': 'Chưa đủ 18 tuổi vào ngày kết nạp', 'people.1.birthDate': 'Chưa đủ 18 tuổi vào ngày kết nạp' });
    expect(r.error.message).toContain('Dòng 1 (Nguyễn Văn An): Sinh 03/09/2008: chưa đủ 18 tuổi vào ngày kết nạp 02/09/2026');
    expect(snapshot().members).toBe(0);
    // Eighteen on the day itself, and a birth year alone that may be old enough: admitted.
    const done = await t.must('member:admitMany', admission([person(0, { birthDate: '2008-09-02' }), person(1, { birthDate: '2008' })]));
    expect(done.count).toBe(2);
  });

  it('refuses a decision dated after the ceremony', async () => {
    const r = await t.call('member:admitMany', admission([person(0)], { decision: { number: '125-QĐ/ĐU', date: '2026-09-03', body: null, signer: null } }));
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { 'decision.date': 'Không được sau ngày vào Đảng' } } });
    if (!r.ok) expect(r.error.message).toBe('Ngày quyết định kết nạp (03/09/2026) không được sau ngày vào Đảng (02/09/2026).');
    expect(snapshot().members).toBe(0);
  });

  it('accepts a decision signed on the ceremony day, and refuses a ceremony in the future', async () => {
    expect((await t.must('member:admitMany', admission([person(0)], { admissionDate: '2026-08-25' }))).count).toBe(1);
    const r = await t.call('member:admitMany', admission([person(1)], { admissionDate: '2026-11-21' }));
    expect(r).toMatchObject({ ok: false, error: { fields: { admissionDate: 'Ngày ở tương lai' } } });
  });

  it('refuses an organisation that is not a cell', async () => {
    const r = await t.call('member:admitMany', admission(twelve(), { organisationId: tree.commune }));
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE', fields: { organisationId: 'Chọn một chi bộ' } } });
    if (!r.ok) expect(r.error.message).toContain('không phải là chi bộ');
    expect(snapshot().members).toBe(0);
  });

  it.each([
    ['no people', () => admission([]), 'people'],
    ['more than 100 people', () => admission(Array.from({ length: 101 }, (_, i) => person(i))), 'people'],
    ['a decision without a number', () => admission([person(0)], { decision: { number: ' ', date: '2026-08-25' } }), 'decision.number'],
    ['a decision date of a month only', () => admission([person(0)], { decision: { number: '1', date: '2026-08' } }), 'decision.date'],
    ['a ceremony date of a year only', () => admission([person(0)], { admissionDate: '2026' }), 'admissionDate'],
    ['a citizen ID of 11 digits in row 2', () => admission([person(0), person(1, { citizenId: '12345678901' })]), 'people.1.citizenId'],
    ['a row without a citizen ID', () => admission([person(0, { citizenId: '' })]), 'people.0.citizenId'],
    ['a row with a null citizen ID', () => admission([{ ...person(0), citizenId: null } as unknown as AdmissionPersonInput]), 'people.0.citizenId'],
    ['a row without a given name', () => admission([person(0, { givenName: '' })]), 'people.0.givenName'],
    ['no decision', () => ({ organisationId: tree.cell, admissionDate: '2026-09-02', people: [person(0)] }) as unknown as AdmitInput, 'decision'],
  ])('refuses %s by the schema', async (_label, build, field) => {
    const r = await t.call('member:admitMany', build());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BAD_INPUT');
    expect(Object.keys(r.error.fields ?? {})).toContain(field);
    expect(snapshot().members).toBe(0);
  });

  it('is refused to a viewer', async () => {
    const viewer = { user: { id: 1, username: 'admin', role: 'viewer' as const }, via: 'ipc' as const };
    const r = await t.call('member:admitMany', admission([person(0)]), viewer);
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
