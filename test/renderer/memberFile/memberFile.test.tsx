import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/contract/index.ts';
import { useMemberListStore } from '../../../renderer/src/screens/members/store.ts';
import { fileApi, memberFile, openFile, openTab } from './support.ts';

// The other areas' tabs are their engineers' screens: stand-ins here show what the file hands them.
vi.mock('../../../renderer/src/screens/badges/MemberBadgesTab.tsx', () => ({ MemberBadgesTab: ({ memberId }: { memberId: number }) => <p data-member-id={memberId}>badges</p> }));
vi.mock('../../../renderer/src/screens/events/MemberEventsTab.tsx', () => ({ MemberEventsTab: ({ memberId }: { memberId: number }) => <p data-member-id={memberId}>events</p> }));
vi.mock('../../../renderer/src/screens/ratings/MemberRatingsTab.tsx', () => ({ MemberRatingsTab: ({ memberId }: { memberId: number }) => <p data-member-id={memberId}>ratings</p> }));

const TAB_NAMES = [
  'Sơ yếu lý lịch',
  'Đảng',
  'Quá trình công tác',
  'Đào tạo, bồi dưỡng',
  'Gia đình',
  'Khen thưởng',
  'Kỷ luật',
  'Huy hiệu Đảng',
  'Sự kiện',
  'Xếp loại',
  'Lịch sử thay đổi',
];

describe('member file', () => {
  it('shows the file tabs for an existing member, titled with the name, and only the card for a new one', async () => {
    const api = fileApi();
    const { user, dialog } = await openFile(api, 'Trần Thị Bình');
    expect(dialog).toHaveAccessibleName('Hồ sơ đảng viên: Trần Thị Bình');
    expect(within(dialog).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(TAB_NAMES);
    expect(api['memberfile:get']).toHaveBeenCalledWith({ memberId: 2 });
    // The card tab is the record form as before.
    expect(within(dialog).getByLabelText('Họ')).toHaveValue('Nguyễn');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Thêm đảng viên' }));
    const fresh = await screen.findByRole('dialog', { name: 'Phiếu đảng viên mới' });
    expect(within(fresh).queryByRole('tab')).not.toBeInTheDocument();
    expect(within(fresh).getByLabelText('Họ')).toHaveValue('');
  });

  it('renders the other areas’ tabs with the member id', async () => {
    const { user } = await openFile(fileApi(), 'Lê Văn Cường');
    for (const name of ['Huy hiệu Đảng', 'Sự kiện', 'Xếp loại']) {
      const panel = await openTab(user, name);
      expect(panel.querySelector('[data-member-id="3"]')).not.toBeNull();
    }
  });

  it('edits the work history from the keyboard and saves it with Ctrl+S, dates parsed to partial ISO', async () => {
    const api = fileApi({
      'memberfile:get': async ({ memberId }) => ok(memberFile(memberId, { workHistory: [{ id: 9, fromDate: '1983-09', toDate: '1990-03', description: 'Giáo viên' }] })),
      'memberfile:saveWorkHistory': async ({ rows }) => ok((rows ?? []).map((r, i) => ({ id: 20 + i, fromDate: r.fromDate, toDate: r.toDate ?? null, description: r.description }))),
    });
    const { user } = await openFile(api, 'Nguyễn Văn An');
    const panel = await openTab(user, 'Quá trình công tác');
    expect(within(panel).getByLabelText('Từ tháng/năm, dòng 1')).toHaveValue('09/1983');

    await user.click(within(panel).getByRole('button', { name: 'Thêm dòng' }));
    expect(within(panel).getByLabelText('Từ tháng/năm, dòng 2')).toHaveFocus();
    await user.keyboard('4/1990{Enter}');
    expect(within(panel).getByLabelText('Đến tháng/năm, dòng 2')).toHaveFocus();
    await user.keyboard('{Enter}Cán bộ văn phòng Đảng ủy xã{Enter}');
    // Enter in the last cell adds a row; a row left empty is not sent.
    expect(within(panel).getByLabelText('Từ tháng/năm, dòng 3')).toHaveFocus();
    expect(within(panel).getByLabelText('Từ tháng/năm, dòng 2')).toHaveValue('04/1990');
    expect(screen.getByRole('tab', { name: 'Quá trình công tác' })).toBeInTheDocument();

    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api['memberfile:saveWorkHistory']).toHaveBeenCalledTimes(1));
    expect(api['memberfile:saveWorkHistory']).toHaveBeenCalledWith({
      memberId: 1,
      rows: [
        { fromDate: '1983-09', toDate: '1990-03', description: 'Giáo viên' },
        { fromDate: '1990-04', toDate: null, description: 'Cán bộ văn phòng Đảng ủy xã' },
      ],
    });
    expect(await within(panel).findByText('Đã lưu Quá trình công tác.')).toBeInTheDocument();
    expect(within(panel).queryByLabelText('Từ tháng/năm, dòng 3')).not.toBeInTheDocument();
  });

  it('checks the rows before calling the core, and keeps every row when the core refuses', async () => {
    const message = 'Thời điểm kết thúc trước thời điểm bắt đầu';
    const api = fileApi({ 'memberfile:saveFamily': async () => fail('BAD_INPUT', `Dữ liệu chưa hợp lệ: Ngày ở tương lai.`, { 'rows.1.birthYear': 'Ngày ở tương lai' }) });
    const { user } = await openFile(api, 'Nguyễn Văn An');
    const panel = await openTab(user, 'Gia đình');
    const add = within(panel).getByRole('button', { name: 'Thêm dòng' });

    await user.click(add);
    await user.keyboard('Cha{Tab}{Tab}31/02/1935');
    await user.keyboard('{Control>}s{/Control}');
    expect(api['memberfile:saveFamily']).not.toHaveBeenCalled();
    expect(within(panel).getByLabelText('Họ và tên, dòng 1')).toHaveAccessibleDescription('Không được để trống');
    expect(within(panel).getByLabelText('Năm sinh, dòng 1')).toHaveAccessibleDescription('Ngày không hợp lệ');

    const birth = within(panel).getByLabelText('Năm sinh, dòng 1');
    await user.clear(birth);
    await user.type(birth, '1935');
    await user.type(within(panel).getByLabelText('Họ và tên, dòng 1'), 'Nguyễn Văn Cả');
    await user.click(add);
    await user.keyboard('Con{Tab}Nguyễn Văn Út{Tab}2031');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() => expect(api['memberfile:saveFamily']).toHaveBeenCalledTimes(1));
    expect(api['memberfile:saveFamily']).toHaveBeenCalledWith({
      memberId: 1,
      rows: [
        expect.objectContaining({ relation: 'Cha', fullName: 'Nguyễn Văn Cả', birthYear: '1935', homeTown: null }),
        expect.objectContaining({ relation: 'Con', fullName: 'Nguyễn Văn Út', birthYear: '2031' }),
      ],
    });
    const second = within(panel).getByLabelText('Năm sinh, dòng 2');
    await waitFor(() => expect(second).toHaveAccessibleDescription('Ngày ở tương lai'));
    expect(second).toHaveValue('2031');
    expect(within(panel).getByLabelText('Họ và tên, dòng 1')).toHaveValue('Nguyễn Văn Cả');
    expect(within(panel).getByLabelText('Quan hệ, dòng 2')).toHaveValue('Con');
    expect(within(panel).getByRole('alert')).toHaveTextContent('Ngày ở tương lai');
    expect(screen.queryByText(message)).not.toBeInTheDocument();
  });

  it('deletes the current row with Ctrl+Delete and adds one with Alt+N', async () => {
    const api = fileApi({
      'memberfile:get': async ({ memberId }) =>
        ok(
          memberFile(memberId, {
            awards: [
              { id: 1, awardedOn: '2015-05', title: 'Giấy khen', decisionNo: null, decidingBody: null, note: null },
              { id: 2, awardedOn: '2020', title: 'Bằng khen', decisionNo: null, decidingBody: null, note: null },
            ],
          }),
        ),
      'memberfile:saveAwards': async () => ok([{ id: 3, awardedOn: '2020', title: 'Bằng khen', decisionNo: null, decidingBody: null, note: null }]),
    });
    const { user } = await openFile(api, 'Nguyễn Văn An');
    const panel = await openTab(user, 'Khen thưởng');
    await user.click(within(panel).getByLabelText('Hình thức khen thưởng, dòng 1'));
    await user.keyboard('{Control>}{Delete}{/Control}');
    expect(within(panel).getByLabelText('Hình thức khen thưởng, dòng 1')).toHaveValue('Bằng khen');
    expect(within(panel).queryByLabelText('Hình thức khen thưởng, dòng 2')).not.toBeInTheDocument();
    // Alt+N adds a row and puts the cursor in it; left empty, it is not sent.
    await user.keyboard('{Alt>}n{/Alt}');
    expect(within(panel).getByLabelText('Tháng/năm, dòng 2')).toHaveFocus();
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api['memberfile:saveAwards']).toHaveBeenCalledWith({ memberId: 1, rows: [expect.objectContaining({ awardedOn: '2020', title: 'Bằng khen' })] }));
  });

  it('opens the previous and next member of the list without leaving the file', async () => {
    const api = fileApi();
    const { user, dialog } = await openFile(api, 'Trần Thị Bình');
    expect(within(dialog).getByText('2 / 3')).toBeInTheDocument();

    // With the cursor on the last of the file's tabs, Alt+→ goes to the next member, not round the tabs.
    await openTab(user, 'Lịch sử thay đổi');
    expect(within(dialog).getByRole('tab', { name: 'Lịch sử thay đổi' })).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAccessibleName('Hồ sơ đảng viên: Lê Văn Cường'));
    expect(api['member:get']).toHaveBeenLastCalledWith({ id: 3 });
    expect(api['memberfile:get']).toHaveBeenLastCalledWith({ memberId: 3 });
    expect(screen.getByText('3 / 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đảng viên sau' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Đảng viên trước' }));
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAccessibleName('Hồ sơ đảng viên: Trần Thị Bình'));
    await openTab(user, 'Kỷ luật');
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAccessibleName('Hồ sơ đảng viên: Nguyễn Văn An'));
    expect(screen.getByRole('button', { name: 'Đảng viên trước' })).toBeDisabled();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('fetches the neighbouring page when it is no longer loaded', async () => {
    const api = fileApi({}, 120);
    const { user } = await openFile(api, /^1 Nguyễn Văn An/);
    expect(screen.getByText('1 / 120')).toBeInTheDocument();
    // The grid keeps only a few pages and a save empties them: the file asks for the page itself.
    useMemberListStore.setState({ pages: {}, pending: {} });
    api['member:list'].mockClear();

    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAccessibleName('Hồ sơ đảng viên: Trần Thị Bình'));
    expect(api['member:list']).toHaveBeenCalledWith(expect.objectContaining({ offset: 0, limit: 50 }));
    expect(screen.getByText('2 / 120')).toBeInTheDocument();
  });

  it('asks before leaving unsaved edits, and leaves them only when told to', async () => {
    const api = fileApi();
    const { user } = await openFile(api, 'Trần Thị Bình');
    const panel = await openTab(user, 'Đào tạo, bồi dưỡng');
    await user.click(within(panel).getByRole('button', { name: 'Thêm dòng' }));
    await user.keyboard('Trường Chính trị tỉnh');

    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    const warning = await screen.findByRole('alertdialog', { name: 'Có thay đổi chưa lưu' });
    expect(warning).toHaveTextContent('Đào tạo, bồi dưỡng');
    expect(api['member:get']).not.toHaveBeenCalledWith({ id: 3 });
    await user.click(within(warning).getByRole('button', { name: 'Ở lại để lưu' }));
    expect(within(panel).getByLabelText('Tên trường, dòng 1')).toHaveValue('Trường Chính trị tỉnh');

    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Bỏ thay đổi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
