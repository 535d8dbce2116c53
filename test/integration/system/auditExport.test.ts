/**
 * "Xuất Excel" of the audit log (system:auditExport): every entry (newest first) across pages, the
 * screen's columns, codes in the words the screen sends, a method's summary otherwise; for
 * administrators only; the export itself audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract/methods.ts';
import { AUDIT_EXPORT_PAGE } from '../../../electron/services/system/auditExport.ts';
import { makeTree } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { readXlsx } from '../../support/xlsx.ts';

let t: TestCore;

beforeEach(async () => {
  t = await openTestCore();
  await makeTree(t);
});
afterEach(() => t.close());

const columns: Input<'system:auditExport'>['columns'] = [
  { key: 'id', header: 'Số' },
  { key: 'user', header: 'Người thực hiện' },
  { key: 'action', header: 'Thao tác', labels: { 'organisation.create': 'Thành lập tổ chức' } },
  { key: 'entity', header: 'Đối tượng', labels: { organisation: 'Tổ chức đảng' } },
];

describe('system:auditExport', () => {
  it('writes every entry newest first with the labels given, and records the export', async () => {
    const entries = await t.must('system:auditList', { limit: 500 });
    expect(entries.length).toBeLessThan(AUDIT_EXPORT_PAGE);
    const r = await t.must('system:auditExport', { columns, title: 'Nhật ký thay đổi' });
    expect(r.rows).toBe(entries.length);
    const x = await readXlsx(r.base64);
    const head = x.headerRow('Số');
    expect(x.texts(head)).toEqual(['Số', 'Người thực hiện', 'Thao tác', 'Đối tượng']);
    expect(x.texts(2)[0]).toBe('Lọc: không');
    expect(x.values(head + 1)[0]).toBe(entries[0]!.id);
    const last = x.values(x.ws.rowCount);
    expect(last[0]).toBe(entries.at(-1)!.id);
    const created = entries.find((e) => e.action === 'organisation.create')!;
    const row = Array.from({ length: entries.length }, (_, i) => x.values(head + 1 + i)).find((v) => v[0] === created.id)!;
    expect(row[2]).toBe('Thành lập tổ chức');
    expect(row[3]).toBe(`Tổ chức đảng: ${created.subject}`);
    expect((await t.must('system:auditList', { limit: 1 }))[0]).toMatchObject({ action: 'system.auditExport' });
  });

  it('writes what changed with the field labels sent, organisations by name, yes / no in words', async () => {
    const words = { name: 'Tên tổ chức', parentId: 'Trực thuộc', '=yes': 'Có', '=no': 'Không', '=none': 'Không có' };
    const r = await t.must('system:auditExport', { columns: [...columns, { key: 'changes', header: 'Nội dung thay đổi', labels: words }] });
    const x = await readXlsx(r.base64);
    const head = x.headerRow('Số');
    expect(x.texts(head).at(-1)).toBe('Nội dung thay đổi');
    const entries = await t.must('system:auditList', { limit: 500 });
    const cell = entries.find((e) => e.action === 'organisation.create' && e.subject === 'Chi bộ thôn Đồng Xuân')!;
    const row = Array.from({ length: r.rows }, (_, i) => x.values(head + 1 + i)).find((v) => v[0] === cell.id)!;
    const changes = String(row.at(-1));
    expect(changes).toContain('Tên tổ chức: Chi bộ thôn Đồng Xuân');
    expect(changes).toContain('Trực thuộc: Đảng bộ xã Thanh Sơn');
    expect(changes).not.toMatch(/\bid:/);
  });

  it('is for administrators only', async () => {
    const viewer = { user: { id: 1, username: 'admin', role: 'viewer' as const }, via: 'ipc' as const };
    expect(await t.call('system:auditExport', { columns }, viewer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
