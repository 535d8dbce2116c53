/**
 * The member list a clerk acts on (issue 8): "Xuất Excel" sends the list's query with the grid's
 * columns and the filters in words, and an organisation's "Xem đảng viên" opens the list scoped to it.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ok, type MemberListInput } from '../../../shared/contract/index.ts';
import { fakeApi } from '../fakeApi.ts';
import { memberRow, orgDetail, orgNode } from '../fixtures.ts';
import { renderApp } from '../render.tsx';

const province = orgNode(1, 'Đảng bộ tỉnh Mẫu', { childCount: 0, memberCount: 3 });

function api() {
  return fakeApi({
    'member:list': async (input: MemberListInput) => ok({ rows: [memberRow(1, 'Nguyễn Thị Hoa', { sex: 'F' })], total: input.sex === 'F' ? 1 : 3, totalIsLowerBound: false }),
    'member:export': async () => ok({ fileName: 'dang-vien_2026-11-20.xlsx', base64: 'UEsDBA==', rows: 1 }),
    'organisation:children': async ({ parentId }) => ok(parentId === null ? [province] : []),
    'organisation:get': async () => ok(orgDetail(province)),
  });
}

describe('the member list, acted on', () => {
  it('exports the list with its filters and the grid\'s columns, in the grid\'s order', async () => {
    const fake = api();
    const { user } = renderApp(fake);
    await user.click(screen.getByRole('tab', { name: 'Đảng viên' }));
    await user.click(screen.getByRole('combobox', { name: 'Lọc nam/nữ' }));
    await user.click(await screen.findByRole('option', { name: 'Nữ' }));
    await user.type(screen.getByRole('textbox', { name: 'Tuổi Đảng từ (năm)' }), '40');
    await screen.findByText('Tổng: 1 đảng viên');
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: vi.fn(() => 'blob:test/1') });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    const saved = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã xuất dang-vien_2026-11-20.xlsx (1 dòng).')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼]/g, '').trim());
    expect(fake['member:export']).toHaveBeenCalledWith(
      expect.objectContaining({
        organisationId: null,
        sex: 'F',
        minPartyAgeYears: 40,
        title: 'Danh sách đảng viên',
        filters: 'Nữ; tuổi Đảng ≥ 40',
        columns: expect.arrayContaining([{ key: 'sex', header: 'Giới tính', labels: { M: 'Nam', F: 'Nữ' } }]),
      }),
    );
    const sent = fake['member:export']!.mock.calls[0]![0] as { columns: { header: string }[]; offset?: number };
    expect(sent.columns.map((c) => c.header)).toEqual(headers);
    expect(sent.offset).toBeUndefined();
  });

  it('opens the member list scoped to an organisation from its details ("Xem đảng viên")', async () => {
    const fake = api();
    const { user } = renderApp(fake);
    await user.click(screen.getByRole('tab', { name: 'Tổ chức đảng' }));
    await user.click(await screen.findByText('Đảng bộ tỉnh Mẫu'));
    await user.click(await screen.findByRole('button', { name: 'Xem đảng viên' }));
    expect(screen.getByRole('tab', { name: 'Đảng viên' })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(fake['member:list']).toHaveBeenLastCalledWith(expect.objectContaining({ organisationId: 1, offset: 0 })));
    expect(screen.getByRole('combobox', { name: 'Phạm vi tổ chức' })).toHaveValue('Đảng bộ tỉnh Mẫu');
  });
});
