import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, type MemberListInput, type MemberRow } from '../../../shared/contract/index.ts';
import { MAX_PAGES, trimPages, useMemberListStore } from '../../../renderer/src/screens/members/store.ts';
import { fakeApi } from '../fakeApi.ts';
import { memberRow } from '../fixtures.ts';
import { renderApp } from '../render.tsx';

const TOTAL = 12345;

/** A province of 12 345 members: row i is "Đảng viên i", except the search for "nguyen". */
function listAnswer(input: MemberListInput) {
  const offset = input.offset ?? 0;
  const limit = input.limit ?? 50;
  if (input.q === 'nguyen') {
    return ok({ rows: [memberRow(1, 'Nguyễn Văn An'), memberRow(2, 'Nguyễn Thị Bình', { sex: 'F', membership: 'probationary' })], total: 2, totalIsLowerBound: false });
  }
  if (input.q === 'nguyen thi hoa') {
    return ok({
      rows: [
        memberRow(3, 'Nguyễn Thị Hoa', { sex: 'F', matchedBy: 'fullName', otherNames: null }),
        memberRow(4, 'Nguyễn Thị Hà', { sex: 'F', matchedBy: 'otherNames', otherNames: 'Hoa' }),
      ],
      total: 2,
      totalIsLowerBound: false,
    });
  }
  const rows: MemberRow[] = [];
  for (let i = offset; i < Math.min(offset + limit, TOTAL); i++) rows.push(memberRow(i + 1, `Đảng viên ${i + 1}`));
  return ok({ rows, total: TOTAL, totalIsLowerBound: false });
}

async function onMembersTab() {
  const api = fakeApi({ 'member:list': async (input) => listAnswer(input) });
  const view = renderApp(api);
  await view.user.click(screen.getByRole('tab', { name: 'Đảng viên' }));
  return { api, ...view };
}

describe('member list', () => {
  it('loads the first page of the whole province and shows the total with Vietnamese separators', async () => {
    const { api } = await onMembersTab();
    expect(await screen.findByText('Tổng: 12.345 đảng viên')).toBeInTheDocument();
    expect(api['member:list']).toHaveBeenCalledWith(expect.objectContaining({ organisationId: null, q: '', sort: 'official', offset: 0, limit: 50 }));
    const rows = screen.getAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);
    // A virtualised grid: far fewer rows drawn than the total.
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByRole('row', { name: /Đảng viên 1 12\/03\/1965 Nam/ })).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Danh sách đảng viên' })).toHaveAttribute('aria-rowcount', String(TOTAL + 1));
  });

  it('searches as you type, once, 150 ms after the last key, and shows the rows found', async () => {
    const { api, user } = await onMembersTab();
    await screen.findByText('Tổng: 12.345 đảng viên');
    api['member:list'].mockClear();

    await user.type(screen.getByLabelText('Tìm đảng viên'), 'nguyen');

    await waitFor(() => expect(api['member:list']).toHaveBeenCalledWith(expect.objectContaining({ q: 'nguyen', offset: 0 })));
    const queries = api['member:list'].mock.calls.map(([input]) => input.q);
    expect(queries).toEqual(['nguyen']);
    expect(await screen.findByRole('row', { name: /Nguyễn Văn An/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Nguyễn Thị Bình .* Nữ .* Dự bị/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Đảng viên 1\b/ })).not.toBeInTheDocument();
    expect(screen.getByText('Tổng: 2 đảng viên')).toBeInTheDocument();
  });

  it('says on the row when a search matched through the other names (Tên gọi khác)', async () => {
    const { user } = await onMembersTab();
    await screen.findByText('Tổng: 12.345 đảng viên');
    await user.type(screen.getByLabelText('Tìm đảng viên'), 'nguyen thi hoa');
    const ha = await screen.findByRole('row', { name: /Nguyễn Thị Hà/ });
    expect(ha).toHaveTextContent('khớp tên gọi khác: Hoa');
    expect(screen.getByRole('row', { name: /Nguyễn Thị Hoa/ })).not.toHaveTextContent('khớp tên gọi khác');
  });

  it('asks for the page under the scroll position by offset and keeps only a few pages', async () => {
    const { api } = await onMembersTab();
    await screen.findByText('Tổng: 12.345 đảng viên');
    const scroller = document.querySelector('[data-virtual-scroller]');
    if (!(scroller instanceof HTMLElement)) throw new Error('no scroller');

    for (const row of [600, 1200, 1800, 2400, 3000, 3600, 4200, 4800]) {
      scroller.scrollTop = row * 34;
      fireEvent.scroll(scroller);
      await waitFor(() => expect(api['member:list']).toHaveBeenCalledWith(expect.objectContaining({ offset: Math.floor(row / 50) * 50 })));
    }
    expect(await screen.findByRole('row', { name: /Đảng viên 4801\b/ })).toBeInTheDocument();
    expect(Object.keys(useMemberListStore.getState().pages).length).toBeLessThanOrEqual(MAX_PAGES);
    expect(api['member:list'].mock.calls.every(([input]) => input.limit === 50)).toBe(true);
  });

  it('drops the cached pages and starts again when the sort or a filter changes', async () => {
    const { api, user } = await onMembersTab();
    await screen.findByText('Tổng: 12.345 đảng viên');
    api['member:list'].mockClear();

    await user.click(screen.getByRole('button', { name: 'Ngày sinh' }));
    await waitFor(() => expect(api['member:list']).toHaveBeenCalledWith(expect.objectContaining({ sort: 'birthDate', descending: false, offset: 0 })));
    expect(screen.getByRole('columnheader', { name: /Ngày sinh/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: /Ngày sinh/ }));
    await waitFor(() => expect(api['member:list']).toHaveBeenCalledWith(expect.objectContaining({ sort: 'birthDate', descending: true, offset: 0 })));

    await user.click(screen.getByRole('combobox', { name: 'Lọc nam/nữ' }));
    await user.click(await screen.findByRole('option', { name: 'Nữ' }));
    await waitFor(() => expect(api['member:list']).toHaveBeenCalledWith(expect.objectContaining({ sex: 'F', sort: 'birthDate', offset: 0 })));

    await user.click(screen.getByRole('combobox', { name: 'Độ tuổi' }));
    await user.click(await screen.findByRole('option', { name: 'Trên 60' }));
    await waitFor(() => expect(api['member:list']).toHaveBeenCalledWith(expect.objectContaining({ ageBand: '61+', sex: 'F' })));
  });

  it('shows the core error when the list cannot be read', async () => {
    const api = fakeApi({
      'member:list': async () => ({ ok: false, error: { code: 'INTERNAL', message: 'Không đọc được danh sách đảng viên.' } }),
    });
    const { user } = renderApp(api);
    await user.click(screen.getByRole('tab', { name: 'Đảng viên' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không đọc được danh sách đảng viên.');
  });
});

describe('page cache', () => {
  it('keeps the pages nearest the one just loaded', () => {
    const pages: Record<number, MemberRow[]> = {};
    for (let offset = 0; offset <= 500; offset += 50) pages[offset] = [];
    const kept = Object.keys(trimPages(pages, 500)).map(Number).sort((a, b) => a - b);
    expect(kept).toEqual([250, 300, 350, 400, 450, 500]);
  });
});
