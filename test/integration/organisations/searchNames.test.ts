import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTree } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

/** The organisation picker reads its paths as the tree names them ("Đảng bộ tỉnh …"), not by short names ("Tỉnh ủy …"). */
let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

describe('organisation:search paths', () => {
  it('name the ancestors by their names, as the tree shows them, even when they have short names', async () => {
    const tree = await makeTree(t);
    await t.must('organisation:update', { id: tree.province, shortName: 'Tỉnh ủy Phú Thọ', code: null, typeCode: 'PROVINCE', unitTypeCode: null, displayOrder: 1 });
    await t.must('organisation:update', { id: tree.commune, shortName: 'Xã Thanh Sơn', code: null, typeCode: 'COMMUNE', unitTypeCode: 'XA', displayOrder: 1 });
    const [hit] = await t.must('organisation:search', { q: 'dong xuan' });
    expect(hit?.id).toBe(tree.cell);
    expect(hit?.pathNames).toEqual(['Đảng bộ tỉnh Phú Thọ', 'Đảng bộ xã Thanh Sơn']);
  });
});
