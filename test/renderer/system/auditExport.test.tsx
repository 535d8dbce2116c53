/** The audit log's "Xuất Excel" (issue 8): the table's columns, actions and records in the screen's words. */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import { fakeApi } from '../fakeApi.ts';
import { renderApp } from '../render.tsx';

const entry = {
  id: 17,
  at: '2025-07-01T08:30:00',
  username: 'admin',
  userDisplayName: 'Quản trị viên',
  action: 'organisation.create',
  entity: 'organisation',
  entityId: 4,
  subject: 'Chi bộ thôn Đồng Xuân',
  oldValues: null,
  newValues: null, orgNames: {},
};

describe('the audit log exported', () => {
  it('runs system:auditExport with the columns on screen and the words of the codes', async () => {
    const api = fakeApi({
      'system:auditList': async () => ok([entry]),
      'system:auditExport': async () => ok({ fileName: 'nhat-ky_2026-11-20.xlsx', base64: 'UEsDBA==', rows: 1 }),
    });
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: vi.fn(() => 'blob:test/1') });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const view = renderApp(api);
    await view.user.click(screen.getByRole('tab', { name: 'Hệ thống' }));
    const table = await screen.findByRole('table', { name: 'Nhật ký thay đổi gần đây' });
    await view.user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã xuất nhat-ky_2026-11-20.xlsx (1 dòng).')).toBeInTheDocument();
    expect(clicked).toHaveBeenCalledTimes(1);
    const input = api['system:auditExport']!.mock.calls[0]![0] as { columns: { key: string; header: string; labels?: Record<string, string> }[] };
    const headers = Array.from(table.querySelectorAll('th')).map((th) => th.textContent);
    expect(input.columns.map((c) => c.header)).toEqual(headers);
    expect(input.columns.map((c) => c.key)).toEqual(['id', 'at', 'user', 'action', 'entity', 'changes']);
    // What changed is written with the screen's words for the fields and for yes / no.
    const words = input.columns.find((c) => c.key === 'changes')!.labels!;
    expect(words['exempted']).toBe('Miễn công tác và sinh hoạt đảng');
    expect(words['=yes']).toBe('Có');
    const row = screen.getByRole('row', { name: /Chi bộ thôn Đồng Xuân/ });
    const action = input.columns.find((c) => c.key === 'action')!.labels!['organisation.create'];
    expect(row).toHaveTextContent(action!);
    expect(row).toHaveTextContent(`${input.columns.find((c) => c.key === 'entity')!.labels!['organisation']}: Chi bộ thôn Đồng Xuân`);
  });
});
