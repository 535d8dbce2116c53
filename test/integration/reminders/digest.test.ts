/**
 * reminder:digest, the Tổng quan desk: reappointment notices due within N days (overdue ones while the
 * term runs), the retirement ladder (12 / 6 / 3 months), probationary members and badge candidates
 * from their own domains' rules, asset declarations missing for the year. Today is pinned
 * (20/11/2026 unless a test pins another day). Cadre rows are written by ./cadreRows.ts (see why there).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeCadre } from '../../support/builders/cadres.ts';
import { makeMember, makeTree } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { expectNoFullScan } from '../../support/queryPlan.ts';
import { insertCadre, insertDeclaration, insertPost } from './cadreRows.ts';

let t: TestCore;
afterEach(() => t.close());

const at = (iso: string) => new Date(`${iso}T03:00:00.000Z`);

describe('reappointments', () => {
  it('lists a notice due within the window and an overdue one whose term still runs, not one outside the window or after the term', async () => {
    t = await openTestCore();
    const due = insertCadre(t, { fullName: 'Lê Văn Đến', sex: 'M', birthDate: '1967-01-05' });
    insertPost(t, due, { title: 'Giám đốc', unit: 'Sở Tài chính', since: '2022-07-01', termEnd: '2027-06-30', noticeOn: '2027-01-29' });
    const overdue = insertCadre(t, { fullName: 'Phạm Thị Quá', sex: 'F', birthDate: '1980-04-02' });
    insertPost(t, overdue, { since: '2022-02-02', termEnd: '2027-02-01', noticeOn: '2026-09-15' });
    const later = insertCadre(t, { fullName: 'Hoàng Văn Xa', sex: 'M', birthDate: '1975-01-01' });
    insertPost(t, later, { since: '2022-11-01', termEnd: '2027-10-31', noticeOn: '2027-06-10' });
    const ended = insertCadre(t, { fullName: 'Vũ Văn Hết', sex: 'M', birthDate: '1975-01-01' });
    insertPost(t, ended, { since: '2021-11-01', termEnd: '2026-10-31', noticeOn: '2026-06-10' });
    const retired = insertCadre(t, { fullName: 'Đỗ Văn Hưu', sex: 'M', birthDate: '1975-01-01', status: 'retired' });
    insertPost(t, retired, { since: '2022-07-01', termEnd: '2027-06-30', noticeOn: '2027-01-29' });

    const d = await t.must('reminder:digest', { withinDays: 90 });
    expect(d.today).toBe('2026-11-20');
    expect(d.reappointments.total).toBe(2);
    expect(d.reappointments.rows.map((r) => r.cadreId)).toEqual([overdue, due]); // by notice date
    expect(d.reappointments.rows[1]).toMatchObject({ fullName: 'Lê Văn Đến', post: 'Giám đốc', unit: 'Sở Tài chính', termEnd: '2027-06-30', noticeOn: '2027-01-29', extensionAdvised: true });
    // A woman born 04/1980 retires in 2035, long after the term: no extension.
    expect(d.reappointments.rows[0]?.extensionAdvised).toBe(false);

    // The window: 10 days leaves only the overdue one; 250 days reaches the later one.
    expect((await t.must('reminder:digest', { withinDays: 10 })).reappointments.rows.map((r) => r.cadreId)).toEqual([overdue]);
    expect((await t.must('reminder:digest', { withinDays: 250 })).reappointments.total).toBe(3);
  });

  it('reads the name and birth date of a cadre linked to a member from the member row', async () => {
    t = await openTestCore();
    const tree = await makeTree(t);
    const m = await makeMember(t, tree.cell, { familyName: 'Ngô', middleName: 'Văn', givenName: 'Liên', sex: 'M', birthDate: '1966-08-10' });
    const c = insertCadre(t, { memberId: m.id });
    insertPost(t, c, { since: '2022-03-01', termEnd: '2027-02-28', noticeOn: '2026-10-09' });
    const d = await t.must('reminder:digest', {});
    // Born 08/1966: 62 years, end of 08/2028, less than two years after the term: extension advised.
    expect(d.reappointments.rows).toEqual([expect.objectContaining({ cadreId: c, fullName: 'Ngô Văn Liên', extensionAdvised: true })]);
    expect(d.retirements.total).toBe(0);
  });
});

describe('reappointments from a recorded decision', () => {
  it('lists the post an appointment decision gave, with the term end and notice date the cadre file shows', async () => {
    t = await openTestCore();
    const { id } = await makeCadre(t, { personal: { familyName: 'Đặng', middleName: 'Văn', givenName: 'Bổ', sex: 'M', birthDate: '1967-01-05' } });
    await t.must('decision:create', {
      decision: { number: '15-QĐ/TU', issuedOn: '2022-02-20', effectiveOn: '2022-03-01', issuingBody: 'Ban Thường vụ Tỉnh ủy' },
      actions: [{ typeCode: 'APPOINT', cadreId: id, postAfter: 'Giám đốc', unitAfter: 'Sở Xây dựng' }],
    });
    const file = await t.must('cadre:get', { id });
    const post = file.posts.find((p) => p.title === 'Giám đốc');
    expect(post?.termEnd).toBeTruthy();
    const d = await t.must('reminder:digest', { withinDays: 90 });
    expect(d.reappointments.rows).toEqual([
      expect.objectContaining({ cadreId: id, fullName: 'Đặng Văn Bổ', post: 'Giám đốc', unit: 'Sở Xây dựng', termEnd: post?.termEnd, noticeOn: post?.noticeOn, extensionAdvised: true }),
    ]);
  });
});

describe('retirements', () => {
  /** A man born 01/1965 retires at the end of 07/2026 (cadres.md); who is listed, at which step, on three days. */
  async function stageOn(today: string) {
    t = await openTestCore({ now: at(today) });
    const man = insertCadre(t, { fullName: 'Trịnh Văn Hưu', sex: 'M', birthDate: '1965-01-14' });
    insertCadre(t, { fullName: 'Trịnh Văn Trẻ', sex: 'M', birthDate: '1980-01-14' });
    insertCadre(t, { fullName: 'Trịnh Văn Đã', sex: 'M', birthDate: '1965-01-14', status: 'retired' });
    const d = await t.must('reminder:digest', {});
    t.close();
    return { man, list: d.retirements };
  }

  it('puts a man born 01/1965 at plan 12 months ahead, written notice 6, decision 3', async () => {
    const plan = await stageOn('2025-09-15');
    expect(plan.list.total).toBe(1);
    expect(plan.list.rows[0]).toMatchObject({ cadreId: plan.man, sex: 'M', birthDate: '1965-01-14', retirementDate: '2026-07-31', estimated: false, stage: 'plan' });
    expect((await stageOn('2026-03-15')).list.rows[0]?.stage).toBe('notice');
    expect((await stageOn('2026-05-15')).list.rows[0]?.stage).toBe('decision');
    // More than 12 months ahead: not yet listed.
    expect((await stageOn('2025-07-15')).list.total).toBe(0);
    t = await openTestCore();
  });

  it('takes sex and birth date from the member row, and marks a birth year alone as estimated', async () => {
    t = await openTestCore({ now: at('2026-03-01') });
    const tree = await makeTree(t);
    const m = await makeMember(t, tree.cell, { familyName: 'Bùi', middleName: 'Văn', givenName: 'Hòa', sex: 'M', birthDate: '1965-01-20' });
    const linked = insertCadre(t, { memberId: m.id });
    // A woman born in 1970 (month unknown: 1 January assumed) retires at 57y4m, end of 05/2027: not within 12 months on 01/03/2026…
    insertCadre(t, { fullName: 'Lý Thị Năm', sex: 'F', birthDate: '1970' });
    const d = await t.must('reminder:digest', {});
    expect(d.retirements.rows).toEqual([expect.objectContaining({ cadreId: linked, fullName: 'Bùi Văn Hòa', retirementDate: '2026-07-31', stage: 'notice' })]);
    t.close();
    // … but on 01/09/2026 she is, as estimated.
    t = await openTestCore({ now: at('2026-09-01') });
    const woman = insertCadre(t, { fullName: 'Lý Thị Năm', sex: 'F', birthDate: '1970' });
    const later = await t.must('reminder:digest', {});
    expect(later.retirements.rows).toEqual([expect.objectContaining({ cadreId: woman, retirementDate: '2027-05-31', estimated: true, stage: 'plan' })]);
  });
});

describe('retirement adjustments', () => {
  it('applies a special group\'s adjustment (5 years earlier), also to who is read from the database', async () => {
    t = await openTestCore({ now: at('2026-03-01') });
    // A woman born 10/06/1974 retires at the end of 10/2033 normally; 60 months earlier (shared/cadres/retirement.ts), end of 06/2026.
    const early = insertCadre(t, { fullName: 'Hà Thị Sớm', sex: 'F', birthDate: '1974-06-10' });
    t.sqlite.prepare('UPDATE cadre SET retirement_adjust_months = -60 WHERE id = ?').run(early);
    insertCadre(t, { fullName: 'Hà Thị Thường', sex: 'F', birthDate: '1974-06-10' });
    const d = await t.must('reminder:digest', {});
    expect(d.retirements.rows).toEqual([expect.objectContaining({ cadreId: early, retirementDate: '2026-06-30', stage: 'notice' })]);
  });
});

describe('asset declarations', () => {
  it('lists working cadres with no submitted declaration for the current year', async () => {
    t = await openTestCore();
    const none = insertCadre(t, { fullName: 'An Văn Chưa' });
    const unsubmitted = insertCadre(t, { fullName: 'Bế Thị Nộp' });
    insertDeclaration(t, unsubmitted, 2026, null);
    const done = insertCadre(t, { fullName: 'Cao Văn Đủ' });
    insertDeclaration(t, done, 2026, '2026-10-02');
    const lastYear = insertCadre(t, { fullName: 'Dương Văn Cũ' });
    insertDeclaration(t, lastYear, 2025, '2025-11-30');
    insertCadre(t, { fullName: 'Đinh Văn Nghỉ', status: 'retired' });

    const d = await t.must('reminder:digest', { limit: 2 });
    expect(d.assetDeclarations.year).toBe(2026);
    expect(d.assetDeclarations.total).toBe(3);
    expect(d.assetDeclarations.rows.map((r) => r.cadreId)).toEqual([none, lastYear]); // name order (Chưa, Cũ, Nộp), first `limit`
    expect(d.assetDeclarations.rows[0]).toEqual({ cadreId: none, fullName: 'An Văn Chưa', mainPost: 'Giám đốc', mainUnit: 'Sở Nội vụ' });
    expect((await t.must('reminder:digest', {})).assetDeclarations.rows.map((r) => r.cadreId)).toEqual([none, lastYear, unsubmitted]);
  });
});

describe('members in the digest', () => {
  it('lists probationary members due (event:reminders) and the next badge round candidates (badge:candidates)', async () => {
    t = await openTestCore();
    const tree = await makeTree(t);
    const probationary = await t.must('member:create', {
      familyName: 'Mai', middleName: 'Thị', givenName: 'Dự', sex: 'F', birthDate: '1995-04-04', citizenId: '025095000111', organisationId: tree.cell,
      admissionDate: '2025-11-25', admissionDecisionDate: '2025-11-10', fullMemberDate: null, ethnicCode: '1', religionCode: 'NONE',
    });
    // 30 years of party age on 10/01/2027: the round of 03/02/2027 (the next one after 20/11/2026).
    const veteran = await makeMember(t, tree.cell, { familyName: 'Lò', middleName: 'Văn', givenName: 'Ba', partyAgeFrom: '1997-01-10' });
    // Probation ending in 56 days: within the desk's default 90 days, not within 30.
    await makeMember(t, tree.cell, { familyName: 'Mai', middleName: 'Văn', givenName: 'Sau', birthDate: '1996-02-02', admissionDate: '2026-01-15', admissionDecisionDate: '2026-01-05', fullMemberDate: null });
    const d = await t.must('reminder:digest', { limit: 1 });
    expect(d.probationary).toEqual({ total: 2, rows: [{ memberId: probationary.id, fullName: 'Mai Thị Dự', organisationName: 'Chi bộ thôn Đồng Xuân', dueOn: '2026-11-25' }] });
    expect((await t.must('reminder:digest', { withinDays: 30 })).probationary.total).toBe(1);
    expect(d.badges.roundDate).toBe('2027-02-03');
    expect(d.badges.total).toBe(1);
    expect(d.badges.rows).toEqual([{ memberId: veteran.id, fullName: 'Lò Văn Ba', organisationName: 'Chi bộ thôn Đồng Xuân', milestone: 30 }]);
  });
});

describe('query plans', () => {
  it('reads members, posts and declarations through their indexes; only the cadre table (a few thousand files) is read whole', async () => {
    t = await openTestCore();
    const tree = await makeTree(t);
    await makeMember(t, tree.cell, { partyAgeFrom: '1997-01-10' });
    const c = insertCadre(t, { fullName: 'Lê Văn Kế', sex: 'M', birthDate: '1967-01-05' });
    insertPost(t, c, { since: '2022-07-01', termEnd: '2027-06-30', noticeOn: '2027-01-29' });
    insertDeclaration(t, c, 2026, null);
    const plans = await t.plans(() => t.must('reminder:digest', {}));
    expectNoFullScan(t.sqlite, plans, { allow: ['cadre'] });
  });
});
