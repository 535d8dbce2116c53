import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree, memberInput } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

/**
 * Issue 3's "done means", end to end through the contract on real SQLite: admit a member, recognise
 * her as full a year later, transfer her to another cell, rate her each year within the quota, find
 * her on the right badge round decades later, with every step in the audit log.
 */
let t: TestCore;
let tree: Awaited<ReturnType<typeof makeTree>>;
let otherCell: number;
let memberId: number;

beforeAll(async () => {
  t = await openTestCore();
  tree = await makeTree(t);
  const grassroots = await t.must('organisation:create', { parentId: tree.commune, name: 'Chi bộ Trường Tiểu học Thanh Sơn', typeCode: 'GRASSROOTS_CELL', effectiveFrom: '1990-01-01' });
  otherCell = grassroots.id;
});
afterAll(() => t.close());

describe('a member’s life in the records', () => {
  it('admits her on probation', async () => {
    const m = await t.must(
      'member:create',
      memberInput(tree.cell, { familyName: 'Trần', middleName: 'Thị', givenName: 'Hoa', sex: 'F', birthDate: '1968-04-02', admissionDate: '1994-05-19', admissionDecisionDate: '1994-05-10', fullMemberDate: null }),
    );
    memberId = m.id;
    expect(m).toMatchObject({ membership: 'probationary', onList: true });
  });

  it('recognises her as a full member a year later', async () => {
    const early = await t.call('event:record', { memberIds: [memberId], typeCode: 'FULL', eventDate: '1995-01-19' });
    expect(early.ok).toBe(false);
    await t.must('event:record', { memberIds: [memberId], typeCode: 'FULL', eventDate: '1995-05-19', decisionNo: '12-QĐ/ĐU' });
    expect((await t.must('member:get', { id: memberId })).membership).toBe('full');
  });

  it('transfers her to another cell of the province', async () => {
    await t.must('event:record', { memberIds: [memberId], typeCode: 'TRANSFER_OUT_LOCAL', eventDate: '2010-09-01', orgToId: otherCell });
    const m = await t.must('member:get', { id: memberId });
    expect(m.organisationId).toBe(otherCell);
    const list = await t.must('member:list', { organisationId: otherCell });
    expect(list.rows.map((r) => r.id)).toEqual([memberId]);
    const status = await t.must('event:statusAsOf', { organisationId: null, asOf: '2000-01-01' });
    expect(status).toMatchObject({ onList: 1, full: 1, probationary: 0 });
  });

  it('rates her each year within the quota', async () => {
    for (const year of [2023, 2024]) await t.must('rating:save', { memberId, year, categoryCode: 'HTTNV' });
    // Excellent with no "good" member in her grassroots organisation breaks the 20 % quota: asked to confirm.
    const breach = await t.call('rating:save', { memberId, year: 2025, categoryCode: 'HTXSNV', score: 92 });
    expect(breach).toMatchObject({ ok: false, error: { code: 'RULE' } });
    await t.must('rating:save', { memberId, year: 2025, categoryCode: 'HTTNV', score: 80 });
    const ratings = await t.must('rating:member', { memberId });
    expect(JSON.stringify(ratings)).toContain('HTTNV');
  });

  it('finds her on the badge round of her 30 years of party age', async () => {
    // Party age counts from the admission decision (10/05/1994): 30 years on 10/05/2024, round 19/5/2024.
    const round = await t.must('badge:candidates', { organisationId: null, roundDate: '2024-05-19' });
    const thirty = round.regular.find((g) => g.milestone === 30);
    expect(thirty?.rows.map((r) => r.memberId)).toEqual([memberId]);
    const before = await t.must('badge:candidates', { organisationId: null, roundDate: '2024-02-03' });
    expect(before.regular.flatMap((g) => g.rows)).toEqual([]);
  });

  it('has every step in the audit log, and the chain verifies', async () => {
    const audit = await t.must('system:auditList', { limit: 200 });
    const actions = audit.map((e) => e.action);
    expect(actions).toContain('member.create');
    expect(actions.filter((a) => a.startsWith('event.') || a.startsWith('member.event')).length).toBeGreaterThanOrEqual(2);
    expect(actions.filter((a) => a.startsWith('rating.')).length).toBeGreaterThanOrEqual(3);
    expect(await t.must('system:auditVerify', {})).toMatchObject({ ok: true });
  });
});
