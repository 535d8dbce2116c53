/**
 * "Xuất Excel" of a round's candidates (badge:candidateExport): the same lists as badge:candidates,
 * one sheet per table on screen with that table's columns and headers, audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMember, makeTree } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { readXlsx } from '../../support/xlsx.ts';

let t: TestCore;
let tree: Awaited<ReturnType<typeof makeTree>>;
const ROUND = '2026-02-03';

beforeEach(async () => {
  t = await openTestCore();
  tree = await makeTree(t);
});
afterEach(() => t.close());

const regularColumns = [
  { key: 'no' as const, header: 'STT' },
  { key: 'name' as const, header: 'Họ và tên' },
  { key: 'milestoneDate' as const, header: 'Ngày đủ tuổi Đảng' },
  { key: 'partyAge' as const, header: 'Tuổi Đảng' },
];

describe('badge:candidateExport', () => {
  it('writes one sheet per table with its columns, in the order of badge:candidates, and audits the export', async () => {
    await makeMember(t, tree.cell, { familyName: 'Trần', middleName: 'Văn', givenName: 'Bình', partyAgeFrom: '1996-02-03' });
    await makeMember(t, tree.cell, { familyName: 'Lê', middleName: 'Thị', givenName: 'An', partyAgeFrom: '1995-11-08' });
    await makeMember(t, tree.cell, { familyName: 'Phạm', middleName: 'Văn', givenName: 'Cường', partyAgeFrom: '1986-01-10' });
    const c = await t.must('badge:candidates', { organisationId: null, roundDate: ROUND });
    expect(c.regular.map((g) => g.milestone)).toEqual([30, 40]);

    const r = await t.must('badge:candidateExport', {
      organisationId: null,
      roundDate: ROUND,
      title: 'Danh sách xét tặng',
      filters: 'Toàn tỉnh; Đợt 03/02/2026',
      sheets: [
        { group: 'regular', milestone: 30, title: 'Huy hiệu 30 năm tuổi Đảng: 2 đồng chí', columns: regularColumns },
        { group: 'regular', milestone: 40, title: 'Huy hiệu 40 năm tuổi Đảng: 1 đồng chí', columns: regularColumns },
        { group: 'early', title: 'Tặng sớm (0)', columns: [...regularColumns, { key: 'milestone', header: 'Huy hiệu' }] },
      ],
    });
    expect(r.rows).toBe(3);
    const thirty = await readXlsx(r.base64, 0);
    const head = thirty.headerRow('STT');
    expect(thirty.texts(1)[0]).toBe('Danh sách xét tặng — Huy hiệu 30 năm tuổi Đảng: 2 đồng chí');
    expect(thirty.texts(2)[0]).toBe('Lọc: Toàn tỉnh; Đợt 03/02/2026');
    expect(thirty.texts(head)).toEqual(['STT', 'Họ và tên', 'Ngày đủ tuổi Đảng', 'Tuổi Đảng']);
    expect(thirty.values(head + 1)).toEqual([1, 'Lê Thị An', '08/11/2025', '30 năm 2 tháng']);
    expect(thirty.texts(head + 2)[1]).toBe('Trần Văn Bình');
    expect(thirty.ws.rowCount - head).toBe(2);
    const forty = await readXlsx(r.base64, 1);
    expect(forty.texts(forty.headerRow('STT') + 1)[1]).toBe('Phạm Văn Cường');
    const early = await readXlsx(r.base64, 2);
    expect(early.texts(early.headerRow('STT'))).toEqual(['STT', 'Họ và tên', 'Ngày đủ tuổi Đảng', 'Tuổi Đảng', 'Huy hiệu']);
    expect(early.ws.rowCount).toBe(early.headerRow('STT'));
    const audit = await t.must('system:auditList', { limit: 3 });
    expect(audit[0]).toMatchObject({ action: 'badge.candidateExport' });
  });
});
