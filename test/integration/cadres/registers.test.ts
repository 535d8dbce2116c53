import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../db/connection.ts';
import type { Input } from '../../../shared/contract/methods.ts';
import { makeCadre } from '../../support/builders/index.ts';
import { expectNoFullScan } from '../../support/queryPlan.ts';
import type { TestCore } from '../../support/core.ts';
import { eachTestWithTree } from '../../support/treeCore.ts';

let t: TestCore;
let raw: Connection;
eachTestWithTree((env) => {
  ({ t, raw } = env);
});

const count = (table: string): number => raw.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('opinions register', () => {
  const request = (over: Partial<Input<'opinion:create'>> = {}): Input<'opinion:create'> => ({
    personName: 'Hoàng Văn Khải',
    personPost: 'Phó Vụ trưởng',
    requestingBody: 'Ban Tổ chức Trung ương',
    requestNo: '123-CV/BTCTW',
    receivedOn: '2026-03-10',
    subject: 'Đề nghị tham gia ý kiến về tiêu chuẩn chính trị',
    ...over,
  });

  it('records, answers and lists requests by year, pending and folded words', async () => {
    const { id: cadreId } = await makeCadre(t);
    const a = await t.must('opinion:create', request({ cadreId }));
    await t.must('opinion:create', request({ personName: 'Đỗ Thị Lan', receivedOn: '2025-12-01', subject: 'Quy hoạch' }));
    await t.must('opinion:create', request({ personName: 'Vũ Minh Đức', receivedOn: '2026-06-02', subject: 'Khen thưởng' }));
    expect(a).toMatchObject({ cadreId, personName: 'Hoàng Văn Khải', reply: null });

    const bad = await t.call('opinion:update', { ...request({ cadreId }), id: a.id, reply: 'Đồng ý', repliedOn: '2026-03-01' });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'BAD_INPUT', fields: { repliedOn: expect.any(String) } });
    const answered = await t.must('opinion:update', { ...request({ cadreId }), id: a.id, reply: 'Ban Thường vụ thống nhất', replyNo: '45-CV/TU', repliedOn: '2026-03-20' });
    expect(answered).toMatchObject({ reply: 'Ban Thường vụ thống nhất', repliedOn: '2026-03-20' });

    const y2026 = await t.must('opinion:list', { year: 2026 });
    expect(y2026.rows.map((r) => r.personName)).toEqual(['Vũ Minh Đức', 'Hoàng Văn Khải']);
    expect((await t.must('opinion:list', { year: 2026, pending: true })).rows.map((r) => r.personName)).toEqual(['Vũ Minh Đức']);
    expect((await t.must('opinion:list', { query: 'do lan' })).rows.map((r) => r.personName)).toEqual(['Đỗ Thị Lan']);
    expect((await t.must('opinion:list', { query: 'tieu chuan' })).total).toBe(1);
    expect((await t.must('opinion:list', {})).total).toBe(3);
    const trail = raw.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'cadre_opinion' AND entity_id = ? ORDER BY id").pluck().all(a.id);
    expect(trail).toEqual(['opinion.create', 'opinion.update']);
  });
});

describe('training', () => {
  const course = { kind: 'politicalTheory', levelCode: 'ADVANCED', mode: 'fullTime', institution: 'Học viện Chính trị quốc gia Hồ Chí Minh', fromDate: '2026-09' } as const;
  const decision = { number: '512-QĐ/TU', issuedOn: '2026-08-20', issuingBody: 'Ban Thường vụ Tỉnh ủy' };

  it('sends several cadres by one decision (kind training), one record each, and lists them', async () => {
    const a = await makeCadre(t);
    const b = await makeCadre(t, { personal: { givenName: 'Cường' } });
    const sent = await t.must('training:create', { decision, course, cadreIds: [a.id, b.id] });
    expect(sent.ids).toHaveLength(2);
    expect(raw.sqlite.prepare('SELECT kind, number, year FROM personnel_decision WHERE id = ?').get(sent.decisionId)).toEqual({ kind: 'training', number: '512-QĐ/TU', year: 2026 });
    const listed = await t.must('training:list', { year: 2026, kind: 'politicalTheory' });
    expect(listed.total).toBe(2);
    expect(listed.rows[0]).toMatchObject({ decisionNo: '512-QĐ/TU', status: 'sent', levelCode: 'ADVANCED' });
    expect((await t.must('training:list', { cadreId: b.id })).rows.map((r) => r.fullName)).toEqual(['Trần Văn Cường']);
    expect((await t.must('training:list', { year: 2025 })).total).toBe(0);
    expect((await t.must('training:list', { status: 'graduated' })).total).toBe(0);
  });

  it('writes nothing when one cadre is unknown, and refuses a decision number already used by that body that year', async () => {
    const a = await makeCadre(t);
    const unknown = await t.call('training:create', { decision, course, cadreIds: [a.id, 9999] });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('9999') });
    expect([count('cadre_training'), count('personnel_decision')]).toEqual([0, 0]);

    await t.must('training:create', { decision, course, cadreIds: [a.id] });
    // Same number and body, spelt differently: the same decision.
    const twice = await t.call('training:create', { decision: { ...decision, number: '512-qđ/tu ', issuingBody: 'ban thường vụ tỉnh ủy', issuedOn: '2026-10-01' }, course, cadreIds: [a.id] });
    expect(twice.ok ? null : twice.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('512-QĐ/TU') });
    expect([count('cadre_training'), count('personnel_decision')]).toEqual([1, 1]);
    // Another year: a new decision.
    await t.must('training:create', { decision: { ...decision, issuedOn: '2027-01-05' }, course, cadreIds: [a.id] });
    expect(count('personnel_decision')).toBe(2);
  });

  it('checks the level against the catalogue of its kind and the dates of an update', async () => {
    const a = await makeCadre(t);
    const wrong = await t.call('training:create', { course: { ...course, levelCode: 'SENIOR' }, cadreIds: [a.id] });
    expect(wrong.ok ? null : wrong.error).toMatchObject({ code: 'BAD_INPUT', fields: { 'course.levelCode': expect.any(String) } });
    const state = await t.must('training:create', { course: { ...course, kind: 'stateManagement', levelCode: 'SENIOR' }, cadreIds: [a.id] });
    const early = await t.call('training:update', { id: state.ids[0]!, status: 'graduated', toDate: '2026-01' });
    expect(early.ok ? null : early.error.code).toBe('BAD_INPUT');
    const done = await t.must('training:update', { id: state.ids[0]!, status: 'graduated', toDate: '2027-03', qualification: 'Chuyên viên cao cấp' });
    expect(done).toMatchObject({ status: 'graduated', toDate: '2027-03', qualification: 'Chuyên viên cao cấp' });
    const audit = raw.sqlite.prepare("SELECT new_values FROM audit_log WHERE action = 'training.update'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ status: 'graduated', toDate: '2027-03' });
  });
});

describe('planning', () => {
  async function plan(cadreIds: number[], post: string, number: string) {
    await t.must('decision:create', {
      decision: { number, issuedOn: '2026-02-10', effectiveOn: '2026-02-10', issuingBody: 'Ban Thường vụ Tỉnh ủy' },
      actions: cadreIds.map((cadreId) => ({ typeCode: 'PLAN_ADD', cadreId, postAfter: post, planningCycle: 'P2025' })),
    });
  }

  it('lists a cycle’s entries with the people, warns over 3 people per post and 3 posts per person, counts women and under 40', async () => {
    const people = [
      await makeCadre(t, { personal: { givenName: 'An', sex: 'F', birthDate: '1990-01-01' } }),
      await makeCadre(t, { personal: { givenName: 'Bình', birthDate: '1975-01-01' } }),
      await makeCadre(t, { personal: { givenName: 'Cường', birthDate: '1988-01-01' } }),
      await makeCadre(t, { personal: { givenName: 'Dũng', birthDate: '1978-01-01' } }),
    ].map((c) => c.id);
    await plan(people, 'Phó Chủ tịch UBND tỉnh', '10-QĐ/TU');
    const first = people[0]!;
    await plan([first], 'Giám đốc Sở Nội vụ', '11-QĐ/TU');
    await plan([first], 'Giám đốc Sở Tài chính', '12-QĐ/TU');
    await plan([first], 'Trưởng Ban Tổ chức', '13-QĐ/TU');

    const r = await t.must('planning:list', { cycleCode: 'P2025' });
    expect(r.rows).toHaveLength(7);
    expect(r.rows.find((x) => x.cadreId === first && x.post === 'Giám đốc Sở Nội vụ')).toMatchObject({ fullName: 'Trần Văn An', sex: 'F', addedOn: '2026-02-10', removedOn: null });
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        { kind: 'peoplePerPost', key: 'Phó Chủ tịch UBND tỉnh', count: 4 },
        { kind: 'postsPerPerson', key: String(first), count: 4 },
      ]),
    );
    expect(r.warnings).toHaveLength(2);
    expect(r.shares).toEqual({ people: 4, women: 1, under40: 2 });
    expect(r.cycles.map((c) => c.code)).toEqual(expect.arrayContaining(['P2025', 'S2026']));

    const filtered = await t.must('planning:list', { cycleCode: 'P2025', post: 'giam doc' });
    expect(filtered.rows.map((x) => x.post).sort()).toEqual(['Giám đốc Sở Nội vụ', 'Giám đốc Sở Tài chính']);
    expect(filtered.shares).toEqual({ people: 1, women: 1, under40: 1 });
    expect((await t.must('planning:list', { cycleCode: 'S2026' })).rows).toEqual([]);
    const none = await t.call('planning:list', { cycleCode: 'X1999' });
    expect(none.ok ? null : none.error.code).toBe('NOT_FOUND');
    // The file shows its entries too.
    expect((await t.must('cadre:get', { id: first })).planning).toHaveLength(4);
  });
});

describe('query plans of the registers', () => {
  it('reads opinions by year, training by person or year and a planning cycle through their indexes', async () => {
    const { id } = await makeCadre(t);
    await t.must('opinion:create', { personName: 'Hoàng Văn Khải', requestingBody: 'Ban Tổ chức Trung ương', receivedOn: '2026-03-10', subject: 'Tiêu chuẩn', cadreId: id });
    await t.must('training:create', { course: { kind: 'it', mode: 'partTime', institution: 'Trường Chính trị tỉnh', fromDate: '2026-03' }, cadreIds: [id] });
    // The planning cycles are a small catalogue read whole.
    const small = { allow: ['planning_cycle'] };
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('opinion:list', { year: 2026, query: 'khai' })));
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('training:list', { cadreId: id })));
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('training:list', { year: 2026, kind: 'it' })));
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('planning:list', { cycleCode: 'P2025' })), small);
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('cadre:perusals', { id })));
  });
});
