import { describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract/methods.ts';
import { makeCadre, makeMember } from '../../support/builders/index.ts';
import type { TestCore } from '../../support/core.ts';
import { expectNoFullScan } from '../../support/queryPlan.ts';
import { eachTestWithTree, type Tree } from '../../support/treeCore.ts';

let t: TestCore;
let tree: Tree;
eachTestWithTree((env) => {
  ({ t, tree } = env);
});

let seq = 0;
async function decide(actions: Input<'decision:create'>['actions'], effectiveOn = '2024-03-01') {
  seq += 1;
  return t.must('decision:create', { decision: { number: `${seq}-QĐ/TU`, issuedOn: effectiveOn, effectiveOn, issuingBody: 'Ban Thường vụ Tỉnh ủy' }, actions });
}

/** Today is 2026-11-20 (PINNED_NOW). */
async function province() {
  const member = await makeMember(t, tree.cell, { familyName: 'Lê', middleName: 'Thị', givenName: 'Hồng', sex: 'F', birthDate: '1985-05-05', partyAgeFrom: '2010-05-19' });
  const hong = (await makeCadre(t, { memberId: member.id, politicalTheoryCode: 'ADVANCED' })).id;
  const an = (await makeCadre(t, { personal: { familyName: 'Phạm', middleName: 'Văn', givenName: 'An', birthDate: '1965-01-10' }, managementTier: 'central' })).id;
  const binh = (await makeCadre(t, { personal: { givenName: 'Bình', birthDate: '1975-08-08' }, politicalTheoryCode: 'INTERMEDIATE' })).id;
  const cuong = (await makeCadre(t, { personal: { givenName: 'Cường', birthDate: '1960-02-02' }, status: 'retired' })).id;
  await decide([
    { typeCode: 'APPOINT', cadreId: an, postAfter: 'Giám đốc Sở Nội vụ', unitAfter: 'Sở Nội vụ' },
    { typeCode: 'APPOINT', cadreId: binh, postAfter: 'Phó Giám đốc', unitAfter: 'Sở Tài chính' },
  ]);
  await decide([{ typeCode: 'PLAN_ADD', cadreId: hong, postAfter: 'Phó Chủ tịch UBND tỉnh', planningCycle: 'P2025' }], '2026-01-10');
  return { hong, an, binh, cuong, member };
}

const names = (r: { rows: { fullName: string }[] }) => r.rows.map((x) => x.fullName);

describe('cadre:list', () => {
  it('lists working cadres in the official order (given name first) with their post, retirement and planning', async () => {
    const p = await province();
    const all = await t.must('cadre:list', {});
    expect(names(all)).toEqual(['Phạm Văn An', 'Trần Văn Bình', 'Lê Thị Hồng']);
    expect(all.total).toBe(3);
    expect(all.rows[0]).toMatchObject({ id: p.an, mainPost: 'Giám đốc Sở Nội vụ', mainUnit: 'Sở Nội vụ', managementTier: 'central', retirementDate: '2026-07-31', planned: false });
    expect(all.rows[2]).toMatchObject({ id: p.hong, memberId: p.member.id, sex: 'F', politicalTheoryCode: 'ADVANCED', planned: true });
    expect(names(await t.must('cadre:list', { status: 'all' }))).toEqual(['Phạm Văn An', 'Trần Văn Bình', 'Trần Văn Cường', 'Lê Thị Hồng']);
    const paged = await t.must('cadre:list', { offset: 1, limit: 1 });
    expect([names(paged), paged.total]).toEqual([['Trần Văn Bình'], 3]);
  });

  it('searches name words folded (a linked file by the member’s name) and a citizen ID', async () => {
    const p = await province();
    expect(names(await t.must('cadre:list', { query: 'hong' }))).toEqual(['Lê Thị Hồng']);
    expect(names(await t.must('cadre:list', { query: 'tran b' }))).toEqual(['Trần Văn Bình']);
    expect(names(await t.must('cadre:list', { query: 'van' }))).toEqual(['Phạm Văn An', 'Trần Văn Bình']);
    expect((await t.must('cadre:list', { query: p.member.citizenId! })).rows.map((r) => r.id)).toEqual([p.hong]);
    // A member's new name shows at once (no copy on the file).
    const card = await t.must('member:get', { id: p.member.id });
    await t.must('member:update', { ...card, givenName: 'Hạnh' } as Input<'member:update'>);
    expect(names(await t.must('cadre:list', { query: 'hanh' }))).toEqual(['Lê Thị Hạnh']);
  });

  it('filters by tier, sex, age band, political theory held, planning, retirement window and post words', async () => {
    const p = await province();
    const ids = async (input: Input<'cadre:list'>) => (await t.must('cadre:list', input)).rows.map((r) => r.id);
    expect(await ids({ tier: 'central' })).toEqual([p.an]);
    expect(await ids({ sex: 'F' })).toEqual([p.hong]);
    expect(await ids({ ageFrom: 40, ageTo: 55 })).toEqual([p.binh, p.hong]);
    expect(await ids({ ageFrom: 60 })).toEqual([p.an]);
    expect(await ids({ politicalTheoryCode: 'INTERMEDIATE' })).toEqual([p.binh]);
    await t.must('training:update', { id: (await t.must('training:create', { course: { kind: 'politicalTheory', levelCode: 'ADVANCED', mode: 'partTime', institution: 'Học viện Chính trị khu vực I', fromDate: '2022-09' }, cadreIds: [p.binh] })).ids[0]!, status: 'graduated', toDate: '2024-06' });
    expect(await ids({ politicalTheoryCode: 'INTERMEDIATE' })).toEqual([]);
    expect(await ids({ politicalTheoryCode: 'ADVANCED' })).toEqual([p.binh, p.hong]);
    expect(await ids({ planning: 'planned' })).toEqual([p.hong]);
    expect(await ids({ planning: 'notPlanned' })).toEqual([p.an, p.binh]);
    // Phạm Văn An (born 01/1965) retires at the end of 07/2026: past, still working (overdue); Cường is retired.
    expect(await ids({ retiringWithinMonths: 6 })).toEqual([p.an]);
    expect(await ids({ retiringWithinMonths: 6, status: 'all' })).toEqual([p.an]);
    expect(await ids({ post: 'giam doc' })).toEqual([p.an, p.binh]);
    expect(await ids({ post: 'tai chinh' })).toEqual([p.binh]);
    expect((await t.must('cadre:list', { post: 'pho giam doc', query: 'binh' })).total).toBe(1);
  });

  it('reads members by their key only, and the other tables by their indexes', async () => {
    await province();
    for (let i = 0; i < 30; i += 1) await makeMember(t, tree.cell, { givenName: `Thành${i}` });
    const inputs: Input<'cadre:list'>[] = [
      {},
      { query: 'hong' },
      { query: 'tran van', sex: 'M' },
      { planning: 'planned', ageFrom: 30 },
      { post: 'giam doc' },
      { politicalTheoryCode: 'ADVANCED' },
      { retiringWithinMonths: 12, status: 'all' },
    ];
    for (const input of inputs) {
      const plans = await t.plans(() => t.must('cadre:list', input));
      // The cadre table (a few thousand files) is read whole on purpose.
      expectNoFullScan(t.sqlite, plans, { allow: ['cadre'] });
    }
  });
});

describe('cadre:get with decisions', () => {
  it('shows the current posts with term end, notice date and extension advice, and the history with cancelled actions', async () => {
    const p = await province();
    const file = await t.must('cadre:get', { id: p.an });
    expect(file.posts).toHaveLength(1);
    expect(file.posts[0]).toMatchObject({ postKind: 'main', title: 'Giám đốc Sở Nội vụ', since: '2024-03-01', termEnd: expect.any(String), noticeOn: expect.any(String), decisionNo: expect.stringContaining('-QĐ/TU') });
    // Retiring (07/2026) before the term ends (2029): nothing to extend; 25 years left (Bình): nothing either.
    expect(file.posts[0]!.extensionAdvised).toBe(false);
    expect((await t.must('cadre:get', { id: p.binh })).posts[0]!.extensionAdvised).toBe(false);
    // A man born 04/1968 retires at 62 (end of 04/2030), 14 months after the term's end: extension advised.
    const dung = (await makeCadre(t, { personal: { givenName: 'Dũng', birthDate: '1968-04-04' } })).id;
    await decide([{ typeCode: 'APPOINT', cadreId: dung, postAfter: 'Chánh Văn phòng', unitAfter: 'Văn phòng UBND tỉnh' }]);
    const dungFile = await t.must('cadre:get', { id: dung });
    expect(dungFile.retirement.date).toBe('2030-04-30');
    expect(dungFile.posts[0]).toMatchObject({ termEnd: '2029-02-28', extensionAdvised: true });
    const d = await decide([{ typeCode: 'TRANSFER', cadreId: p.an, postAfter: 'Phó Chánh Văn phòng', unitAfter: 'Văn phòng Tỉnh ủy' }], '2025-01-02');
    await t.must('action:cancel', { id: d.actionIds[0]!, reason: 'Nhập nhầm người' });
    const again = await t.must('cadre:get', { id: p.an });
    expect(again.history.map((h) => [h.effectiveOn, h.typeCode, h.status])).toEqual([
      ['2024-03-01', 'APPOINT', 'active'],
      ['2025-01-02', 'TRANSFER', 'cancelled'],
    ]);
    expect(again.posts.map((x) => x.title)).toEqual(['Giám đốc Sở Nội vụ']);
  });

  it('opens a file by indexed queries only', async () => {
    const p = await province();
    const plans = await t.plans(() => t.must('cadre:get', { id: p.hong }));
    expectNoFullScan(t.sqlite, plans);
    expect(plans.length).toBeLessThanOrEqual(14);
  });
});
