import { describe, expect, it } from 'vitest';
import { makeMember } from '../../support/builders/index.ts';
import type { TestCore } from '../../support/core.ts';
import { expectNoFullScan } from '../../support/queryPlan.ts';
import { eachTestWithTree, type Tree } from '../../support/treeCore.ts';

let t: TestCore;
let tree: Tree;
eachTestWithTree((env) => {
  ({ t, tree } = env);
});

/** Nguyễn Thị Hà called Hoa, Nguyễn Thị Hoài, Nguyễn Thị Hoa (the official order puts Hà first), and Trần Thị Hoa. */
async function hoas() {
  const ha = await makeMember(t, tree.cell, { middleName: 'Thị', givenName: 'Hà', otherNames: 'Hoa', sex: 'F', birthDate: '1970-01-01' });
  const hoai = await makeMember(t, tree.cell, { middleName: 'Thị', givenName: 'Hoài', sex: 'F', birthDate: '1980-01-01' });
  const hoa = await makeMember(t, tree.cell, { middleName: 'Thị', givenName: 'Hoa', sex: 'F', birthDate: '1975-01-01' });
  await makeMember(t, tree.cell, { familyName: 'Trần', middleName: 'Thị', givenName: 'Hoa', sex: 'F' });
  return { ha, hoai, hoa };
}

const shown = (r: { rows: { fullName: string; matchedBy?: string | null; otherNames?: string | null }[] }) => r.rows.map((row) => [row.fullName, row.matchedBy, row.otherNames ?? null]);

describe('member search ranking (issue 8)', () => {
  it('lists the exact full name first, then name matches, then matches through other names, and says which', async () => {
    await hoas();
    const r = await t.must('member:list', { q: 'nguyen thi hoa' });
    expect(shown(r)).toEqual([
      ['Nguyễn Thị Hoa', 'fullName', null],
      ['Nguyễn Thị Hoài', 'name', null],
      ['Nguyễn Thị Hà', 'otherNames', 'Hoa'],
    ]);
    expect(r).toMatchObject({ total: 3, totalIsLowerBound: false });
    // Paged: the second page goes on in the same order.
    expect((await t.must('member:list', { q: 'nguyen thi hoa', offset: 2, limit: 2 })).rows.map((row) => row.fullName)).toEqual(['Nguyễn Thị Hà']);
  });

  it('ranks the same within a subtree, and keeps the chosen order inside each rank', async () => {
    await hoas();
    expect(shown(await t.must('member:list', { q: 'Nguyễn Thị Hoa', organisationId: tree.commune }))[0]).toEqual(['Nguyễn Thị Hoa', 'fullName', null]);
    // Name matches of "hoa" by birth date, newest first: Hoài (1980), Hoa (1975), Trần Thị Hoa (1965); Hà (other name) last.
    const byBirth = await t.must('member:list', { q: 'hoa', sort: 'birthDate', descending: true });
    expect(shown(byBirth)).toEqual([
      ['Nguyễn Thị Hoài', 'name', null],
      ['Nguyễn Thị Hoa', 'name', null],
      ['Trần Thị Hoa', 'name', null],
      ['Nguyễn Thị Hà', 'otherNames', 'Hoa'],
    ]);
  });

  it('says which identifier a number matched, and marks nothing without a search', async () => {
    const { hoa } = await hoas();
    const byId = await t.must('member:list', { q: hoa.citizenId!.slice(0, 9) });
    expect(byId.rows.find((row) => row.id === hoa.id)?.matchedBy).toBe('citizenId');
    const plain = await t.must('member:list', {});
    expect(plain.rows.every((row) => row.matchedBy === null)).toBe(true);
  });

  it('reads a ranked search through its indexes', async () => {
    await hoas();
    const plans = await t.plans(() => t.must('member:list', { q: 'nguyen thi hoa' }));
    expectNoFullScan(t.sqlite, plans);
    const inSubtree = await t.plans(() => t.must('member:list', { q: 'nguyen thi hoa', organisationId: tree.commune }));
    expectNoFullScan(t.sqlite, inSubtree);
  });
});
