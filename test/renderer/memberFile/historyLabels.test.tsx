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
      { id: 31, at, ...by, action: 'member.byEvent', oldValues: { fullMemberDate: null }, newValues: { fullMemberDate: '2026-11-01' } },
      { id: 30, at, ...by, action: 'member.photo.remove', oldValues: { mime: 'image/jpeg', bytes: 2048 }, newValues: null },
      { id: 29, at, ...by, action: 'later.action', oldValues: null, newValues: null },
    ];
    const { user } = await openFile(fileApi({ 'memberfile:history': async () => ok({ entries, hasMore: false }) }), 'Nguyễn Văn An');
    const panel = await openTab(user, 'Lịch sử thay đổi');
    const byEvent = await within(panel).findByRole('row', { name: /Cập nhật theo sự kiện/ });
    expect(byEvent).toHaveTextContent('Ngày chính thức: — → 01/11/2026');
    expect(byEvent).not.toHaveTextContent('member.byEvent');
    expect(within(panel).getByRole('row', { name: /Xóa ảnh/ })).toBeInTheDocument();
    expect(within(panel).getByRole('row', { name: /later\.action/ })).toBeInTheDocument();
  });

  it('closes the file with its × button, named "Đóng"', async () => {
    const { user, dialog } = await openFile(fileApi(), 'Nguyễn Văn An');
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
