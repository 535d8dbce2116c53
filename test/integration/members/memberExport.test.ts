/**
 * "Xuất Excel" of the member list (member:export): the same query as member:list with the screen's
 * filters and sort, every row across pages, the grid's columns and headers, coded values in the
 * screen's words, the filters in the heading, audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract/methods.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { EXPORT_PAGE } from '../../../electron/services/members/memberExport.ts';
import { makeMember, makeTree } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { readXlsx } from '../../support/xlsx.ts';

let t: TestCore;
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeEach(async () => {
  t = await openTestCore();
  tree = await makeTree(t);
});
afterEach(() => t.close());

const columns: Input<'member:export'>['columns'] = [
  { key: 'index', header: 'STT' },
  { key: 'fullName', header: 'Họ và tên' },
  { key: 'birthDate', header: 'Ngày sinh' },
  { key: 'sex', header: 'Giới tính', labels: { M: 'Nam', F: 'Nữ' } },
  { key: 'membership', header: 'Dự bị/Chính thức', labels: { probationary: 'Dự bị', full: 'Chính thức' } },
  { key: 'partyAge', header: 'Tuổi Đảng' },
];

describe('member:export', () => {
  it('writes every member the filters hold, in the list order, with the columns, labels and filters given', async () => {
    await makeMember(t, tree.cell, { givenName: 'An', sex: 'F', familyName: 'Lê', middleName: 'Thị', partyAgeFrom: '1980-02-03' });
    await makeMember(t, tree.cell, { givenName: 'Bình', sex: 'F', familyName: 'Trần', middleName: 'Thị', partyAgeFrom: '1990-05-06' });
    await makeMember(t, tree.cell, { givenName: 'Cường', sex: 'M', partyAgeFrom: '1975-01-01' });
    await makeMember(t, tree.cell, { givenName: 'Dung', sex: 'F', familyName: 'Phạm', middleName: 'Thị', partyAgeFrom: '2010-01-01' });

    const filters = { sex: 'F' as const, minPartyAgeYears: 30 };
    const list = await t.must('member:list', { ...filters, limit: 50 });
    expect(list.total).toBe(2);
    const r = await t.must('member:export', { ...filters, columns, title: 'Danh sách đảng viên', filters: 'Nữ; tuổi Đảng ≥ 30' });
    expect(r.rows).toBe(2);
    const x = await readXlsx(r.base64);
    const head = x.headerRow('STT');
    expect(x.texts(1)[0]).toBe('Danh sách đảng viên');
    expect(x.texts(2)[0]).toBe('Lọc: Nữ; tuổi Đảng ≥ 30');
    expect(x.texts(3)[0]).toBe('Ngày xuất: 20/11/2026 — 2 dòng');
    expect(x.texts(head)).toEqual(columns.map((c) => c.header));
    expect(x.values(head + 1)).toEqual([1, list.rows[0]!.fullName, formatVi(list.rows[0]!.birthDate), 'Nữ', 'Chính thức', 46]);
    expect(x.texts(head + 2)[1]).toBe(list.rows[1]!.fullName);
    expect(x.ws.rowCount - head).toBe(2);
    const audit = await t.must('system:auditList', { limit: 5 });
    expect(audit[0]).toMatchObject({ action: 'member.export', entity: 'member' });
  });

  it('reads past one page: every member once, in the list order across the page boundary', async () => {
    const demo = await openTestCore();
    try {
      await demo.must('system:demo', { members: EXPORT_PAGE + 400 });
      const total = (await demo.must('member:list', { limit: 1 })).total;
      expect(total).toBeGreaterThan(EXPORT_PAGE);
      const r = await demo.must('member:export', { columns: columns.slice(0, 2) });
      expect(r.rows).toBe(total);
      const x = await readXlsx(r.base64);
      const head = x.headerRow('STT');
      expect(x.ws.rowCount - head).toBe(total);
      expect(x.values(x.ws.rowCount)[0]).toBe(total);
      const around = await demo.must('member:list', { offset: EXPORT_PAGE - 1, limit: 2 });
      expect([x.texts(head + EXPORT_PAGE)[1], x.texts(head + EXPORT_PAGE + 1)[1]]).toEqual(around.rows.map((m) => m.fullName));
    } finally {
      demo.close();
    }
  });
});
