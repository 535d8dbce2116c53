import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/contract/index.ts';
import type { DisciplineRecord, HistoryEntry } from '../../../shared/memberFile/schemas.ts';
import { member, systemInfo } from '../fixtures.ts';
import { fileApi, memberFile, nameOf, openFile, openTab } from './support.ts';

vi.mock('../../../renderer/src/screens/badges/MemberBadgesTab.tsx', () => ({ MemberBadgesTab: () => null }));
vi.mock('../../../renderer/src/screens/events/MemberEventsTab.tsx', () => ({ MemberEventsTab: () => null }));
vi.mock('../../../renderer/src/screens/ratings/MemberRatingsTab.tsx', () => ({ MemberRatingsTab: () => null }));

function record(over: Partial<DisciplineRecord> = {}): DisciplineRecord {
  return {
    id: 4,
    levelCode: 'REPRIMAND',
    levelName: 'Khiển trách',
    decidedOn: '2024-01-05',
    decisionNo: '1-QĐ/ĐU',
    decisionBody: 'Đảng ủy xã',
    reason: null,
    cancelled: false,
    cancelReason: null,
    createdAt: '2024-01-06T00:00:00Z',
    updatedAt: '2024-01-06T00:00:00Z',
    ...over,
  };
}

describe('member file tabs', () => {
  it('"Đảng" shows the membership dates and saves the sponsors of each admission', async () => {
    const api = fileApi({
      'memberfile:get': async ({ memberId }) => ok(memberFile(memberId, { sponsors: [{ id: 1, admission: 1, fullName: 'Lê Văn Tám', position: 'Bí thư', unit: null }] })),
      'memberfile:saveSponsors': async ({ rows }) => ok((rows ?? []).map((r, i) => ({ id: i + 1, admission: r.admission ?? 1, fullName: r.fullName, position: r.position ?? null, unit: r.unit ?? null }))),
    });
    const { user } = await openFile(api, 'Nguyễn Văn An');
    const panel = await openTab(user, 'Đảng');
    expect(within(panel).getByText('05/1990')).toBeInTheDocument();
    expect(within(panel).getByLabelText('Họ và tên, dòng 1')).toHaveValue('Lê Văn Tám');

    await user.click(within(panel).getByRole('button', { name: 'Thêm dòng' }));
    await user.selectOptions(within(panel).getByLabelText('Lần kết nạp, dòng 2'), 'Kết nạp lại');
    await user.type(within(panel).getByLabelText('Họ và tên, dòng 2'), 'Phạm Thị Hoa');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() => expect(api['memberfile:saveSponsors']).toHaveBeenCalledTimes(1));
    expect(api['memberfile:saveSponsors']).toHaveBeenCalledWith({
      memberId: 1,
      rows: [
        { admission: 1, fullName: 'Lê Văn Tám', position: 'Bí thư', unit: null },
        { admission: 2, fullName: 'Phạm Thị Hoa', position: null, unit: null },
      ],
    });
  });

  it('"Kỷ luật" records a decision with its date parsed, and shows the core\'s refusal under the level', async () => {
    const rule = 'Ngày 05/01/2024 đồng chí Nguyễn Văn An là đảng viên dự bị: đảng viên dự bị chỉ có thể bị kỷ luật bằng hình thức khiển trách hoặc cảnh cáo.';
    const api = fileApi({
      'member:get': async ({ id }) => ok(member(id, { fullName: nameOf(id), membership: 'probationary' })),
      'memberfile:addDiscipline': vi
        .fn()
        .mockResolvedValueOnce(fail('RULE', rule, { levelCode: 'Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo' }))
        .mockResolvedValueOnce(ok(record({ id: 7, levelCode: 'WARNING', levelName: 'Cảnh cáo' }))),
    });
    const { user } = await openFile(api, 'Nguyễn Văn An');
    const panel = await openTab(user, 'Kỷ luật');
    expect(within(panel).getByText('Đảng viên dự bị chỉ có thể bị kỷ luật bằng hình thức khiển trách hoặc cảnh cáo.')).toBeInTheDocument();
    expect(within(panel).getByText('Chưa có quyết định kỷ luật nào.')).toBeInTheDocument();

    await user.click(within(panel).getByRole('combobox', { name: 'Hình thức kỷ luật' }));
    await user.click(await screen.findByRole('option', { name: 'Khai trừ' }));
    expect(within(panel).getByRole('note')).toHaveTextContent('hãy ghi sự kiện "Khai trừ" ở thẻ Sự kiện');

    await user.click(within(panel).getByRole('combobox', { name: 'Hình thức kỷ luật' }));
    await user.click(await screen.findByRole('option', { name: 'Cách chức' }));
    await user.type(within(panel).getByLabelText('Ngày quyết định'), '5/1/2024');
    await user.type(within(panel).getByLabelText('Số quyết định'), '05-QĐ/ĐU');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() => expect(api['memberfile:addDiscipline']).toHaveBeenCalledTimes(1));
    expect(api['memberfile:addDiscipline']).toHaveBeenCalledWith({
      memberId: 1,
      levelCode: 'REMOVAL_FROM_POST',
      decidedOn: '2024-01-05',
      decisionNo: '05-QĐ/ĐU',
      decisionBody: null,
      reason: null,
    });
    const level = within(panel).getByRole('combobox', { name: 'Hình thức kỷ luật' });
    await waitFor(() => expect(level).toHaveAccessibleDescription('Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo'));
    expect(within(panel).getByRole('alert')).toHaveTextContent(rule);
    expect(within(panel).getByLabelText('Số quyết định')).toHaveValue('05-QĐ/ĐU');

    await user.click(level);
    await user.click(await screen.findByRole('option', { name: 'Cảnh cáo' }));
    await user.click(within(panel).getByRole('button', { name: 'Ghi kỷ luật' }));
    await waitFor(() => expect(api['memberfile:addDiscipline']).toHaveBeenCalledTimes(2));
    expect(api['memberfile:addDiscipline']).toHaveBeenLastCalledWith(expect.objectContaining({ levelCode: 'WARNING' }));
    const table = within(panel).getByRole('table', { name: 'Các quyết định kỷ luật' });
    expect(await within(table).findByRole('row', { name: /05\/01\/2024 Cảnh cáo/ })).toBeInTheDocument();
    expect(within(panel).getByLabelText('Số quyết định')).toHaveValue('');
  });

  it('"Kỷ luật" cancels a decision with a reason, and corrects one', async () => {
    const api = fileApi({
      'memberfile:get': async ({ memberId }) => ok(memberFile(memberId, { discipline: [record()] })),
      'memberfile:cancelDiscipline': async ({ reason }) => ok(record({ cancelled: true, cancelReason: reason })),
      'memberfile:updateDiscipline': async (input) => ok(record({ decisionNo: input.decisionNo ?? null })),
    });
    const { user } = await openFile(api, 'Nguyễn Văn An');
    const panel = await openTab(user, 'Kỷ luật');

    await user.click(within(panel).getByRole('button', { name: 'Sửa quyết định ngày 05/01/2024' }));
    const no = within(panel).getByLabelText('Số quyết định');
    expect(no).toHaveValue('1-QĐ/ĐU');
    await user.clear(no);
    await user.type(no, '2-QĐ/ĐU');
    await user.click(within(panel).getByRole('button', { name: 'Lưu sửa đổi' }));
    await waitFor(() => expect(api['memberfile:updateDiscipline']).toHaveBeenCalledWith(expect.objectContaining({ memberId: 1, id: 4, levelCode: 'REPRIMAND', decidedOn: '2024-01-05', decisionNo: '2-QĐ/ĐU' })));
    expect(await within(panel).findByText('Đã sửa quyết định kỷ luật.')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Hủy quyết định ngày 05/01/2024' }));
    await user.click(within(panel).getByRole('button', { name: 'Xác nhận hủy' }));
    expect(api['memberfile:cancelDiscipline']).not.toHaveBeenCalled();
    expect(within(panel).getByLabelText('Lý do hủy quyết định')).toHaveAccessibleDescription('Không được để trống');
    await user.type(within(panel).getByLabelText('Lý do hủy quyết định'), 'Cấp trên hủy quyết định{Enter}');
    await waitFor(() => expect(api['memberfile:cancelDiscipline']).toHaveBeenCalledWith({ memberId: 1, id: 4, reason: 'Cấp trên hủy quyết định' }));
    expect(await within(panel).findByText('Đã hủy: Cấp trên hủy quyết định')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Hủy quyết định ngày 05/01/2024' })).not.toBeInTheDocument();
  });

  it('"Lịch sử thay đổi" reads the audit entries in Vietnamese, and reloads after a save', async () => {
    const entries: HistoryEntry[] = [
      {
        id: 30,
        at: '2026-11-20T04:00:00.000Z',
        username: 'lan',
        userDisplayName: 'Lê Thị Lan',
        action: 'member.family.save',
        oldValues: { rows: [{ relation: 'Cha', fullName: 'Nguyễn Văn Cả', birthYear: '1935' }] },
        newValues: {
          rows: [
            { relation: 'Cha', fullName: 'Nguyễn Văn Cả', birthYear: '1935' },
            { relation: 'Mẹ', fullName: 'Lê Thị Tư', birthYear: '1940-03' },
          ],
        },
        orgNames: {},
      },
      { id: 29, at: '2026-11-20T03:00:00.000Z', username: 'lan', userDisplayName: 'Lê Thị Lan', action: 'member.workHistory.save', oldValues: { rows: [{ fromDate: '1990', toDate: null, description: 'A' }] }, newValues: { rows: [{ fromDate: '1990-04', toDate: null, description: 'A' }] }, orgNames: {} },
      { id: 28, at: '2026-11-19T03:00:00.000Z', username: 'admin', userDisplayName: 'Quản trị viên', action: 'member.update', oldValues: { homeTown: 'Xã A', ethnicCode: '1', sex: 'M' }, newValues: { homeTown: 'Xã B', ethnicCode: '2', sex: 'F' }, orgNames: {} },
      { id: 27, at: '2026-11-18T03:00:00.000Z', username: 'admin', userDisplayName: 'Quản trị viên', action: 'member.gravelyIll.set', oldValues: { gravelyIll: false }, newValues: { gravelyIll: true }, orgNames: {} },
    ];
    const api = fileApi({
      'memberfile:history': async () => ok({ entries, hasMore: false }),
      'memberfile:saveAwards': async () => ok([{ id: 1, awardedOn: '2020', title: 'Bằng khen', decisionNo: null, decidingBody: null, note: null }]),
    });
    const { user } = await openFile(api, 'Nguyễn Văn An');
    const panel = await openTab(user, 'Lịch sử thay đổi');
    const family = await within(panel).findByRole('row', { name: /Sửa quan hệ gia đình/ });
    expect(family).toHaveTextContent('Lê Thị Lan');
    expect(family).toHaveTextContent('Thêm: Mẹ · Lê Thị Tư · 03/1940');
    expect(within(panel).getByRole('row', { name: /Sửa quá trình công tác/ })).toHaveTextContent('Dòng 1: Từ tháng/năm: 1990 → 04/1990');
    const card = within(panel).getByRole('row', { name: /Sửa phiếu đảng viên/ });
    expect(card).toHaveTextContent('Quê quán: Xã A → Xã B');
    expect(card).toHaveTextContent('Dân tộc: Kinh → Tày');
    expect(card).toHaveTextContent('Giới tính: Nam → Nữ');
    expect(within(panel).getByRole('row', { name: /Đánh dấu ốm nặng/ })).toHaveTextContent('Đang ốm nặng: Không → Có');
    expect(api['memberfile:history']).toHaveBeenCalledTimes(1);

    const awards = await openTab(user, 'Khen thưởng');
    await user.click(within(awards).getByRole('button', { name: 'Thêm dòng' }));
    await user.keyboard('2020{Tab}Bằng khen{Control>}s{/Control}');
    await waitFor(() => expect(api['memberfile:saveAwards']).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(api['memberfile:history']).toHaveBeenCalledTimes(2));
  });

  it('shows the photo, takes a new PNG as base64, and refuses a file over 2 MB without calling the core', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const api = fileApi({
      'memberfile:get': async ({ memberId }) => ok(memberFile(memberId, { hasPhoto: true })),
      'memberfile:getPhoto': async () => ok({ mime: 'image/jpeg', bytes: 3, updatedAt: 'x', base64: '/9j/' }),
      'memberfile:setPhoto': async () => ok({ mime: 'image/png', bytes: png.length, updatedAt: 'y' }),
    });
    const { user, dialog } = await openFile(api, 'Nguyễn Văn An');
    const photo = await within(dialog).findByRole('img', { name: 'Ảnh 3×4 của Nguyễn Văn An' });
    expect(photo).toHaveAttribute('src', 'data:image/jpeg;base64,/9j/');
    // The title shows it too, without changing the dialog's name.
    expect(dialog).toHaveAccessibleName('Hồ sơ đảng viên: Nguyễn Văn An');

    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'big.jpg', { type: 'image/jpeg' }));
    expect(await within(dialog).findByText(/Ảnh quá lớn \(2 MB\): tối đa 2 MB\./)).toBeInTheDocument();
    expect(api['memberfile:setPhoto']).not.toHaveBeenCalled();

    await user.upload(input, new File([png], 'anh.png', { type: 'image/png' }));
    await waitFor(() => expect(api['memberfile:setPhoto']).toHaveBeenCalledWith({ memberId: 1, mime: 'image/png', base64: btoa(String.fromCharCode(...png)) }));
    await waitFor(() => expect(within(dialog).getByRole('img', { name: 'Ảnh 3×4 của Nguyễn Văn An' })).toHaveAttribute('src', `data:image/png;base64,${btoa(String.fromCharCode(...png))}`));
  });

  it('sets the gravely-ill flag from the file', async () => {
    const api = fileApi({ 'memberfile:setGravelyIll': async ({ gravelyIll }) => ok({ gravelyIll }) });
    const { user, dialog } = await openFile(api, 'Nguyễn Văn An');
    const box = await within(dialog).findByRole('checkbox', { name: 'Đang ốm nặng' });
    await waitFor(() => expect(box).toBeEnabled());
    await user.click(box);
    await waitFor(() => expect(api['memberfile:setGravelyIll']).toHaveBeenCalledWith({ memberId: 1, gravelyIll: true }));
    await waitFor(() => expect(box).toBeChecked());
  });

  it('keeps the file open after saving the card, and Ctrl+Enter still starts a new record', async () => {
    const api = fileApi({ 'member:update': async (input) => ok(member(1, { homeTown: input.homeTown ?? null })) });
    const { user } = await openFile(api, 'Nguyễn Văn An');
    const homeTown = screen.getByLabelText('Quê quán');
    await user.clear(homeTown);
    await user.type(homeTown, 'Xã Tam Hồng');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api['member:update']).toHaveBeenCalledWith(expect.objectContaining({ id: 1, homeTown: 'Xã Tam Hồng' })));
    expect(await screen.findByText('Đã lưu phiếu đảng viên Nguyễn Văn An.')).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Hồ sơ đảng viên: Nguyễn Văn An' })).toBeInTheDocument();
    expect(screen.getByLabelText('Quê quán')).toHaveValue('Xã Tam Hồng');

    await user.click(screen.getByLabelText('Quê quán'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Phiếu đảng viên mới' })).toBeInTheDocument();
  });

  it('shows the tables read-only to a viewer', async () => {
    const info = systemInfo();
    const api = fileApi({
      'system:info': async () => ok({ ...info, user: { ...info.user, role: 'viewer' } }),
      'memberfile:get': async ({ memberId }) => ok(memberFile(memberId, { training: [{ id: 1, school: 'Trường Chính trị tỉnh', subject: null, fromDate: null, toDate: null, mode: null, qualification: null }] })),
    });
    const { user, dialog } = await openFile(api, 'Nguyễn Văn An');
    const panel = await openTab(user, 'Đào tạo, bồi dưỡng');
    expect(within(panel).getByLabelText('Tên trường, dòng 1')).toHaveAttribute('readonly');
    expect(within(panel).queryByRole('button', { name: 'Thêm dòng' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Chọn ảnh…' })).not.toBeInTheDocument();
  });
});
