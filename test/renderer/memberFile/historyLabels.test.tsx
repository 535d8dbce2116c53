import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import type { HistoryEntry } from '../../../shared/memberFile/schemas.ts';
import { fileApi, openFile, openTab } from './support.ts';

vi.mock('../../../renderer/src/screens/badges/MemberBadgesTab.tsx', () => ({ MemberBadgesTab: () => null }));
vi.mock('../../../renderer/src/screens/events/MemberEventsTab.tsx', () => ({ MemberEventsTab: () => null }));
vi.mock('../../../renderer/src/screens/ratings/MemberRatingsTab.tsx', () => ({ MemberRatingsTab: () => null }));

const at = '2026-11-20T04:00:00.000Z';
const by = { username: 'lan', userDisplayName: 'Lê Thị Lan' };

describe('member file history: actions of every area in words', () => {
  it('labels the changes an event made to the card, not only the member.* actions', async () => {
    const entries: HistoryEntry[] = [
      { id: 31, at, ...by, action: 'member.byEvent', oldValues: { fullMemberDate: null }, newValues: { fullMemberDate: '2026-11-01' }, orgNames: {} },
      { id: 30, at, ...by, action: 'member.photo.remove', oldValues: { mime: 'image/jpeg', bytes: 2048 }, newValues: null, orgNames: {} },
      { id: 29, at, ...by, action: 'later.action', oldValues: null, newValues: null, orgNames: {} },
    ];
    const { user } = await openFile(fileApi({ 'memberfile:history': async () => ok({ entries, hasMore: false }) }), 'Nguyễn Văn An');
    const panel = await openTab(user, 'Lịch sử thay đổi');
    const byEvent = await within(panel).findByRole('row', { name: /Cập nhật theo sự kiện/ });
    expect(byEvent).toHaveTextContent('Ngày chính thức: — → 01/11/2026');
    expect(byEvent).not.toHaveTextContent('member.byEvent');
    expect(within(panel).getByRole('row', { name: /Xóa ảnh/ })).toBeInTheDocument();
    expect(within(panel).getByRole('row', { name: /later\.action/ })).toBeInTheDocument();
  });

  it('names the cells of a move, not their database numbers, and labels the derived flags in Vietnamese', async () => {
    const entries: HistoryEntry[] = [
      { id: 33, at, ...by, action: 'member.byEvent', oldValues: { organisationId: 135 }, newValues: { organisationId: 161 }, orgNames: { '135': 'Chi bộ thôn Đồng Tâm', '161': 'Chi bộ thôn Bình Dân' } },
      {
        id: 32,
        at,
        ...by,
        action: 'member.update',
        oldValues: { exempted: false, temporarilyAway: false, suspended: false, admissionDecision: null },
        newValues: { exempted: true, temporarilyAway: true, suspended: true, admissionDecision: { number: '12-QĐ/ĐU', body: 'Đảng ủy xã', signer: null } },
        orgNames: {},
      },
    ];
    const { user } = await openFile(fileApi({ 'memberfile:history': async () => ok({ entries, hasMore: false }) }), 'Nguyễn Văn An');
    const panel = await openTab(user, 'Lịch sử thay đổi');
    const moved = await within(panel).findByRole('row', { name: /Cập nhật theo sự kiện/ });
    expect(moved).toHaveTextContent('Tổ chức đảng: Chi bộ thôn Đồng Tâm → Chi bộ thôn Bình Dân');
    expect(moved).not.toHaveTextContent('135');
    const edited = within(panel).getByRole('row', { name: /Sửa phiếu đảng viên/ });
    expect(edited).toHaveTextContent('Miễn công tác và sinh hoạt đảng: Không → Có');
    expect(edited).toHaveTextContent('Sinh hoạt tạm thời nơi khác: Không → Có');
    expect(edited).toHaveTextContent('Đình chỉ sinh hoạt đảng: Không → Có');
    expect(edited).toHaveTextContent('Quyết định kết nạp: — → 12-QĐ/ĐU, Đảng ủy xã');
    expect(edited).not.toHaveTextContent(/exempted|temporarilyAway|suspended|admissionDecision/);
  });

  it('closes the file with its × button, named "Đóng"', async () => {
    const { user, dialog } = await openFile(fileApi(), 'Nguyễn Văn An');
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
