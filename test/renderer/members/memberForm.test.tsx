import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../shared/contract/index.ts';
import { initialQuery, useMemberListStore } from '../../../renderer/src/screens/members/store.ts';
import { fakeApi, type FakeApi } from '../fakeApi.ts';
import { member, memberRow, orgNode } from '../fixtures.ts';
import { renderApp } from '../render.tsx';

const CELL = { id: 7, name: 'Chi bộ Thôn 1' };

/** The app on the Đảng viên tab, the list scoped to a cell (so new records start in it). */
async function onMembersTab(api: FakeApi, scoped = true) {
  const view = renderApp(api);
  if (scoped) useMemberListStore.setState({ query: { ...initialQuery, organisation: CELL } });
  await view.user.click(screen.getByRole('tab', { name: 'Đảng viên' }));
  return view;
}

async function openNewForm(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: 'Thêm đảng viên' }));
  return screen.findByRole('dialog');
}

async function chooseSex(user: ReturnType<typeof renderApp>['user'], label: string) {
  await user.click(screen.getByRole('combobox', { name: 'Giới tính' }));
  await user.click(await screen.findByRole('option', { name: label }));
}

describe('member form', () => {
  it('accepts a month/year birth date and shows the Vietnamese error for 31/02/1990', async () => {
    const { user } = await onMembersTab(fakeApi());
    await openNewForm(user);
    const birth = screen.getByLabelText('Ngày sinh');

    await user.type(birth, '3/1965');
    await user.tab();
    expect(birth).toHaveValue('03/1965');
    expect(birth).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Ngày không hợp lệ')).not.toBeInTheDocument();

    await user.clear(birth);
    await user.type(birth, '31/02/1990');
    await user.tab();
    expect(birth).toHaveAttribute('aria-invalid', 'true');
    expect(birth).toHaveAccessibleDescription('Ngày không hợp lệ');
    expect(birth).toHaveValue('31/02/1990');
  });

  it('saves with Ctrl+S, sending member:create the parsed values', async () => {
    const api = fakeApi({
      'organisation:search': async () => ok([{ ...orgNode(7, 'Chi bộ Thôn 1', { typeCode: 'GRASSROOTS_CELL' }), pathNames: ['Đảng bộ tỉnh Mẫu', 'Đảng bộ xã Yên Lạc'] }]),
      'member:create': async () => ok(member(41)),
    });
    const { user } = await onMembersTab(api, false);
    await openNewForm(user);

    await user.type(screen.getByLabelText('Họ'), 'Nguyễn');
    await user.type(screen.getByLabelText('Chữ đệm'), 'Văn');
    await user.type(screen.getByLabelText('Tên'), 'An');
    await user.type(screen.getByLabelText('Ngày sinh'), '12/3/1965');
    await chooseSex(user, 'Nam');
    await user.type(screen.getByLabelText('Số CCCD'), '001 065 012 345');
    await user.type(screen.getByRole('combobox', { name: 'Tổ chức đảng' }), 'thon');
    await user.click(await screen.findByRole('option', { name: /Chi bộ Thôn 1/ }));
    expect(api['organisation:search']).toHaveBeenLastCalledWith({ q: 'thon', limit: 30 });
    await user.type(screen.getByLabelText('Ngày vào Đảng'), '05/1990');
    await user.type(screen.getByLabelText('Giáo dục phổ thông'), '12/12');

    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() => expect(api['member:create']).toHaveBeenCalledTimes(1));
    expect(api['member:create']).toHaveBeenCalledWith(
      expect.objectContaining({
        familyName: 'Nguyễn',
        middleName: 'Văn',
        givenName: 'An',
        birthDate: '1965-03-12',
        sex: 'M',
        citizenId: '001065012345',
        organisationId: 7,
        admissionDate: '1990-05',
        admissionDecisionDate: null,
        generalEducation: '12/12',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Đã lưu phiếu đảng viên Nguyễn Văn An.')).toBeInTheDocument();
  });

  it('does not call the core while required boxes are empty, and says which', async () => {
    const api = fakeApi();
    const { user } = await onMembersTab(api);
    await openNewForm(user);
    await user.type(screen.getByLabelText('Họ'), 'Trần');
    await user.keyboard('{Control>}s{/Control}');

    expect(api['member:create']).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Tên')).toHaveAccessibleDescription('Không được để trống');
    expect(screen.getByLabelText('Ngày sinh')).toHaveAccessibleDescription('Không được để trống');
    expect(screen.getByRole('combobox', { name: 'Giới tính' })).toHaveAccessibleDescription('Chọn giới tính');
    expect(screen.getByLabelText('Họ')).toHaveValue('Trần');
    expect(screen.getByLabelText('Tên')).toHaveFocus();
  });

  it('shows a CONFLICT under the CCCD box and keeps everything typed', async () => {
    const message = 'Số CCCD 001065012345 đã thuộc về đảng viên Nguyễn Văn A (Chi bộ Thôn 2).';
    const api = fakeApi({
      'member:create': async () => fail('CONFLICT', message, { citizenId: message }),
    });
    const { user } = await onMembersTab(api);
    const dialog = await openNewForm(user);
    await user.type(screen.getByLabelText('Họ'), 'Lê');
    await user.type(screen.getByLabelText('Tên'), 'Bình');
    await user.type(screen.getByLabelText('Ngày sinh'), '1970');
    await chooseSex(user, 'Nữ');
    await user.type(screen.getByLabelText('Số CCCD'), '001065012345');
    await user.type(screen.getByLabelText('Ngày vào Đảng'), '01/02/1995');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(api['member:create']).toHaveBeenCalledTimes(1));
    const cccd = screen.getByLabelText('Số CCCD');
    await waitFor(() => expect(cccd).toHaveAccessibleDescription(message));
    expect(cccd).toHaveAttribute('aria-invalid', 'true');
    expect(cccd).toHaveValue('001065012345');
    expect(cccd).toHaveFocus();
    expect(screen.getByLabelText('Họ')).toHaveValue('Lê');
    expect(screen.getByLabelText('Ngày sinh')).toHaveValue('1970');
    expect(screen.getByRole('combobox', { name: 'Giới tính' })).toHaveValue('Nữ');
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    // Correcting the box clears its message.
    await user.clear(cccd);
    await user.type(cccd, '001065099999');
    expect(cccd).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('moves to the next box on Enter', async () => {
    const { user } = await onMembersTab(fakeApi());
    await openNewForm(user);
    const familyName = screen.getByLabelText('Họ');
    await waitFor(() => expect(familyName).toHaveFocus());
    await user.keyboard('Phạm{Enter}');
    expect(screen.getByLabelText('Chữ đệm')).toHaveFocus();
    await user.keyboard('Thị{Enter}');
    expect(screen.getByLabelText('Tên')).toHaveFocus();
    await user.keyboard('Hoa{Enter}');
    // The name order (its list opens on focus, like Giới tính): Enter keeps family first and moves on.
    const order = screen.getByRole('combobox', { name: 'Thứ tự họ tên' });
    expect(order).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(order).toHaveValue('Họ trước (Nguyễn Văn An, Ksor Ní)');
    expect(screen.getByLabelText('Tên gọi khác')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Ngày sinh')).toHaveFocus();
    await user.keyboard('1980{Enter}');
    expect(screen.getByRole('combobox', { name: 'Giới tính' })).toHaveFocus();
    expect(familyName).toHaveValue('Phạm');
  });

  it('chooses the organisation from the keyboard: type, Enter takes the first hit and moves on', async () => {
    const path = ['Đảng bộ tỉnh Mẫu', 'Đảng bộ xã Yên Lạc'];
    const api = fakeApi({
      'organisation:search': async () =>
        ok([
          { ...orgNode(9, 'Chi bộ Thôn Đình Tiến', { typeCode: 'GRASSROOTS_CELL' }), pathNames: path },
          { ...orgNode(10, 'Chi bộ Thôn Đình Trung', { typeCode: 'GRASSROOTS_CELL' }), pathNames: path },
        ]),
    });
    const { user } = await onMembersTab(api, false);
    await openNewForm(user);
    const picker = screen.getByRole('combobox', { name: 'Tổ chức đảng' });
    await user.click(picker);
    await user.keyboard('dinh');
    expect(await screen.findByRole('option', { name: /Chi bộ Thôn Đình Trung/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(picker).toHaveValue('Chi bộ Thôn Đình Tiến'));
    expect(screen.getByLabelText('Ngày vào Đảng')).toHaveFocus();
  });

  it('Ctrl+Enter saves and opens a new empty form', async () => {
    const api = fakeApi({ 'member:create': async () => ok(member(42)) });
    const { user } = await onMembersTab(api);
    await openNewForm(user);
    await user.type(screen.getByLabelText('Họ'), 'Nguyễn');
    await user.type(screen.getByLabelText('Tên'), 'An');
    await user.type(screen.getByLabelText('Ngày sinh'), '1965');
    await chooseSex(user, 'Nam');
    await user.type(screen.getByLabelText('Ngày vào Đảng'), '1990');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(api['member:create']).toHaveBeenCalledTimes(1));
    expect(api['member:create']).toHaveBeenCalledWith(expect.objectContaining({ organisationId: 7, birthDate: '1965' }));
    await waitFor(() => expect(screen.getByLabelText('Họ')).toHaveValue(''));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByLabelText('Ngày sinh')).toHaveValue('');
    expect(screen.getByText('Đã lưu phiếu đảng viên Nguyễn Văn An.')).toBeInTheDocument();
  });

  it('opens a row with Enter, loads member:get and saves with member:update', async () => {
    const api = fakeApi({
      'member:list': async () => ok({ rows: [memberRow(5, 'Nguyễn Văn An')], total: 1, totalIsLowerBound: false }),
      'member:get': async () => ok(member(5)),
      'member:update': async () => ok(member(5, { homeTown: 'Xã Tam Hồng' })),
    });
    const { user } = await onMembersTab(api, false);
    const row = await screen.findByRole('row', { name: /Nguyễn Văn An/ });
    row.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('dialog', { name: 'Hồ sơ đảng viên: Nguyễn Văn An' })).toBeInTheDocument();
    expect(api['member:get']).toHaveBeenCalledWith({ id: 5 });
    expect(screen.getByLabelText('Ngày sinh')).toHaveValue('12/03/1965');
    expect(screen.getByRole('combobox', { name: 'Tổ chức đảng' })).toHaveValue('Chi bộ Thôn 1');
    // Editing: the organisation box is for correcting a wrong entry; a move is an event.
    expect(screen.getByRole('combobox', { name: 'Tổ chức đảng' })).toHaveAccessibleDescription('Chỉ sửa khi nhập nhầm; chuyển sinh hoạt đảng ghi ở thẻ Sự kiện.');
    const homeTown = screen.getByLabelText('Quê quán');
    await user.clear(homeTown);
    await user.type(homeTown, 'Xã Tam Hồng');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() => expect(api['member:update']).toHaveBeenCalledTimes(1));
    expect(api['member:update']).toHaveBeenCalledWith(expect.objectContaining({ id: 5, homeTown: 'Xã Tam Hồng', birthDate: '1965-03-12', organisationId: 7 }));
    expect(api['member:create']).not.toHaveBeenCalled();
  });

  it('Ctrl+N opens an empty form and Esc closes it', async () => {
    const { user } = await onMembersTab(fakeApi());
    await user.keyboard('{Control>}n{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Phiếu đảng viên mới' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Tổ chức đảng' })).toHaveValue('Chi bộ Thôn 1');
    expect(screen.queryByText('Chỉ sửa khi nhập nhầm; chuyển sinh hoạt đảng ghi ở thẻ Sự kiện.')).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
