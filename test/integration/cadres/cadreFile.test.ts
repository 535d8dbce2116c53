import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../db/connection.ts';
import { cadrePersonal, makeCadre, makeMember } from '../../support/builders/index.ts';
import type { TestCore } from '../../support/core.ts';
import { eachTestWithTree, type Tree } from '../../support/treeCore.ts';

let t: TestCore;
let raw: Connection;
let tree: Tree;
eachTestWithTree((env) => {
  ({ t, raw, tree } = env);
});

const audits = (cadreId: number): { action: string; old_values: string | null; new_values: string | null }[] =>
  raw.sqlite.prepare("SELECT action, old_values, new_values FROM audit_log WHERE entity = 'cadre' AND entity_id = ? ORDER BY id").all(cadreId) as never;
const count = (table: string): number => (raw.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('cadre:create', () => {
  it('creates a file for a non-member: NFC personal columns, full name, folded words, sort key, audit with the new values', async () => {
    const { id } = await t.must('cadre:create', {
      personal: cadrePersonal({ familyName: 'Nguyễn'.normalize('NFD'), middleName: ' Thị  ', givenName: 'Hoà', sex: 'F', birthDate: '1972-04' }),
      managementTier: 'provincial',
      cv: { mobile: ' 0912 345 678 ', strengths: 'Tổng hợp' },
    });
    const row = raw.sqlite.prepare('SELECT * FROM cadre WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row).toMatchObject({ member_id: null, family_name: 'Nguyễn', middle_name: 'Thị', full_name: 'Nguyễn Thị Hoà', sex: 'F', birth_date: '1972-04' });
    expect(String(row.search_text).split(' ')).toEqual(expect.arrayContaining(['hoa', 'nguyen', 'thi']));
    expect(typeof row.sort_key).toBe('string');
    const file = await t.must('cadre:get', { id });
    expect(file).toMatchObject({ id, memberId: null, fullName: 'Nguyễn Thị Hoà', status: 'working', cv: { mobile: '0912 345 678', strengths: 'Tổng hợp' } });
    const created = audits(id).find((a) => a.action === 'cadre.create');
    expect(JSON.parse(created?.new_values ?? '{}')).toMatchObject({ familyName: 'Nguyễn', givenName: 'Hoà', managementTier: 'provincial' });
  });

  it('takes the personal fields flat, under member:create\'s names, as scripts write them, and answers them flat too', async () => {
    const { id } = await t.must('cadre:create', { familyName: 'Phạm', middleName: 'Thị', givenName: 'Lan', sex: 'F', birthDate: '1975', citizenId: '038175009876' });
    const file = await t.must('cadre:get', { id });
    expect(file).toMatchObject({ fullName: 'Phạm Thị Lan', familyName: 'Phạm', givenName: 'Lan', sex: 'F', birthDate: '1975', retirement: { estimated: true } });
    expect(file.personal.citizenId).toBe('038175009876');
    const updated = await t.must('cadre:update', { id, familyName: 'Phạm', middleName: 'Thị', givenName: 'Lan', sex: 'F', birthDate: '1975-03', citizenId: '038175009876' });
    expect(updated.birthDate).toBe('1975-03');
    const bad = await t.call('cadre:create', { familyName: 'Phạm', givenName: 'Lan', sex: 'F', birthDate: '31/02/1975' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.error.fields ?? {})).toContain('personal.birthDate');
  });

  it('links a member: no copy of the personal data, read from the member row', async () => {
    const member = await makeMember(t, tree.cell, { familyName: 'Lê', middleName: 'Văn', givenName: 'Tám', birthDate: '1968-02-03' });
    const { id } = await makeCadre(t, { memberId: member.id, politicalTheoryCode: 'ADVANCED' });
    const row = raw.sqlite.prepare('SELECT family_name, full_name, birth_date, citizen_id FROM cadre WHERE id = ?').get(id);
    expect(row).toEqual({ family_name: null, full_name: null, birth_date: null, citizen_id: null });
    const file = await t.must('cadre:get', { id });
    expect(file).toMatchObject({ memberId: member.id, fullName: 'Lê Văn Tám', personal: { givenName: 'Tám', birthDate: '1968-02-03', citizenId: member.citizenId } });
    // The member file knows the cadre file (one person, two files).
    expect((await t.must('memberfile:get', { memberId: member.id })).cadreId).toBe(id);
    const other = await makeMember(t, tree.cell);
    expect((await t.must('memberfile:get', { memberId: other.id })).cadreId).toBeNull();
  });

  it('refuses a second file for a member, an unknown member, a citizen ID twice, and a member citizen ID on a non-member', async () => {
    const member = await makeMember(t, tree.cell);
    await makeCadre(t, { memberId: member.id });
    const twice = await t.call('cadre:create', { memberId: member.id });
    expect(twice.ok ? null : twice.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('đã có hồ sơ cán bộ') });
    const unknown = await t.call('cadre:create', { memberId: 99999 });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');

    const first = cadrePersonal();
    await t.must('cadre:create', { personal: first });
    const again = await t.call('cadre:create', { personal: { ...first, givenName: 'Khác' } });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'CONFLICT', fields: { 'personal.citizenId': expect.stringContaining('Trần Văn Bình') } });

    const memberId = await t.call('cadre:create', { personal: cadrePersonal({ citizenId: member.citizenId }) });
    expect(memberId.ok ? null : memberId.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('liên kết với đảng viên') });
    expect(count('cadre')).toBe(2);
  });

  it('refuses a birth date in the future', async () => {
    const r = await t.call('cadre:create', { personal: cadrePersonal({ birthDate: '2027-01' }) });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'BAD_INPUT', fields: { 'personal.birthDate': expect.any(String) } });
  });

  it('refuses a level that is not in the education catalogue', async () => {
    const r = await t.call('cadre:create', { personal: cadrePersonal(), politicalTheoryCode: 'NOPE' });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'BAD_INPUT', fields: { politicalTheoryCode: expect.any(String) } });
  });
});

describe('cadre:update', () => {
  it('writes a linked file’s personal changes to the member record (member:get shows them) with the member’s audit', async () => {
    const member = await makeMember(t, tree.cell, { givenName: 'Tám' });
    const { id } = await makeCadre(t, { memberId: member.id });
    const file = await t.must('cadre:get', { id });
    const updated = await t.must('cadre:update', { ...file, id, personal: { ...file.personal, givenName: 'Tâm', homeTown: 'Xã Thanh Sơn' }, status: 'working', stateManagementCode: 'PRINCIPAL' });
    expect(updated).toMatchObject({ fullName: 'Nguyễn Văn Tâm', stateManagementCode: 'PRINCIPAL', personal: { homeTown: 'Xã Thanh Sơn' } });
    const card = await t.must('member:get', { id: member.id });
    expect(card).toMatchObject({ givenName: 'Tâm', fullName: 'Nguyễn Văn Tâm', homeTown: 'Xã Thanh Sơn' });
    const memberAudit = raw.sqlite.prepare("SELECT new_values FROM audit_log WHERE entity = 'member' AND entity_id = ? AND action = 'member.update'").get(member.id) as { new_values: string };
    expect(JSON.parse(memberAudit.new_values)).toMatchObject({ givenName: 'Tâm' });
    expect(raw.sqlite.prepare('SELECT given_name FROM cadre WHERE id = ?').get(id)).toEqual({ given_name: null });
    const own = audits(id).find((a) => a.action === 'cadre.update');
    expect(JSON.parse(own?.new_values ?? '{}')).toEqual({ stateManagementCode: 'PRINCIPAL' });
  });

  it('refuses a linked file’s change the member rules refuse, under the personal box, and changes nothing', async () => {
    const member = await makeMember(t, tree.cell);
    const other = await makeMember(t, tree.cell, { givenName: 'Khác' });
    const { id } = await makeCadre(t, { memberId: member.id });
    const file = await t.call('cadre:get', { id });
    if (!file.ok) throw new Error('no file');
    const taken = await t.call('cadre:update', { ...file.value, id, personal: { ...file.value.personal, citizenId: other.citizenId } });
    expect(taken.ok ? null : taken.error).toMatchObject({ code: 'CONFLICT', fields: { 'personal.citizenId': expect.any(String) } });
    const young = await t.call('cadre:update', { ...file.value, id, personal: { ...file.value.personal, birthDate: '1980-01-01' }, status: 'retired' });
    expect(young.ok ? null : young.error).toMatchObject({ code: 'BAD_INPUT', fields: { 'personal.admissionDate': expect.any(String) } });
    expect((await t.must('member:get', { id: member.id })).birthDate).toBe(member.birthDate);
    expect((await t.must('cadre:get', { id })).status).toBe('working');
  });

  it('updates a non-member’s own columns, the sort key with them, and audits only what changed', async () => {
    const { id } = await makeCadre(t, { personal: { givenName: 'An' } });
    const before = raw.sqlite.prepare('SELECT sort_key FROM cadre WHERE id = ?').get(id) as { sort_key: string };
    const file = await t.must('cadre:get', { id });
    await t.must('cadre:update', { ...file, id, personal: { ...file.personal, givenName: 'Yến' }, retirementAdjustMonths: 12 });
    const after = raw.sqlite.prepare('SELECT sort_key, full_name FROM cadre WHERE id = ?').get(id) as { sort_key: string; full_name: string };
    expect(after.full_name).toBe('Trần Văn Yến');
    expect(after.sort_key > before.sort_key).toBe(true);
    const change = audits(id).find((a) => a.action === 'cadre.update');
    expect(JSON.parse(change?.old_values ?? '{}')).toEqual({ givenName: 'An', retirementAdjustMonths: 0 });
    // A CV field set, then cleared: only it is recorded.
    await t.must('cadre:update', { ...file, id, personal: { ...file.personal, givenName: 'Yến' }, retirementAdjustMonths: 12, cv: { ...file.cv, mobile: '0987 654 321' } });
    await t.must('cadre:update', { ...file, id, personal: { ...file.personal, givenName: 'Yến' }, retirementAdjustMonths: 12, cv: { ...file.cv, mobile: null } });
    const cvChanges = audits(id).filter((a) => a.action === 'cadre.update').slice(1).map((a) => [JSON.parse(a.old_values!), JSON.parse(a.new_values!)]);
    expect(cvChanges).toEqual([
      [{ mobile: null }, { mobile: '0987 654 321' }],
      [{ mobile: '0987 654 321' }, { mobile: null }],
    ]);
  });
});

describe('cadre:get', () => {
  it('answers the retirement date by the schedule (a man born 01/1965 retires at the end of 07/2026) and logs the viewing', async () => {
    const { id } = await makeCadre(t, { personal: { birthDate: '1965-01-10', sex: 'M' } });
    const file = await t.must('cadre:get', { id });
    expect(file.retirement).toEqual({ date: '2026-07-31', estimated: false, age: { years: 61, months: 6 } });
    expect(audits(id).map((a) => a.action)).toEqual(['cadre.create', 'cadre:view']);
    const yearOnly = await makeCadre(t, { personal: { birthDate: '1965', sex: 'M' } });
    expect((await t.must('cadre:get', { id: yearOnly.id })).retirement).toMatchObject({ date: '2026-07-31', estimated: true });
  });

  it('derives the highest political theory from the field and the graduated courses', async () => {
    const { id } = await makeCadre(t, { politicalTheoryCode: 'INTERMEDIATE' });
    const course = { kind: 'politicalTheory', levelCode: 'ADVANCED', mode: 'partTime', institution: 'Học viện Chính trị khu vực I', fromDate: '2023-09' } as const;
    const sent = await t.must('training:create', { course, cadreIds: [id] });
    expect((await t.must('cadre:get', { id })).highestPoliticalTheoryCode).toBe('INTERMEDIATE');
    await t.must('training:update', { id: sent.ids[0]!, status: 'graduated', toDate: '2025-06' });
    const file = await t.must('cadre:get', { id });
    expect(file.highestPoliticalTheoryCode).toBe('ADVANCED');
    expect(file.training).toMatchObject([{ status: 'graduated', levelCode: 'ADVANCED', toDate: '2025-06', institution: 'Học viện Chính trị khu vực I' }]);
  });

  it('answers NOT_FOUND for an unknown file', async () => {
    const r = await t.call('cadre:get', { id: 4242 });
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
  });
});
