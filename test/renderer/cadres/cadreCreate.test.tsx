import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import { member, memberRow } from '../fixtures.ts';
import { memberFile } from '../memberFile/support.ts';
import { cadreApi, cadreFile, renderCadres } from './support.ts';

/** "Thêm hồ sơ": a file linked to a member found through member:list, or a person's own data; then the file opens. */
describe('new cadre file', () => {
  it('links a member found by name, creates the file with only the member id, and opens it', async () => {
    const api = cadreApi({
      'member:list': async (input) => ok({ rows: input.q === 'pham' ? [memberRow(77, 'Phạm Thị Dung', { sex: 'F', organisationName: 'Chi bộ Sở Tài chính' })] : [], total: 1, totalIsLowerBound: false }),
      'cadre:create': async () => ok({ id: 42 }),
      'cadre:get': async ({ id }) => ok(cadreFile(id, 'Phạm Thị Dung', { memberId: 77 })),
    });
    const { user } = await renderCadres(api);
    await user.keyboard('{Control>}n{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Thêm hồ sơ cán bộ' });
    expect(within(dialog).getByRole('radio', { name: 'Là đảng viên (liên kết phiếu đảng viên)' })).toBeChecked();

    await user.type(within(dialog).getByRole('combobox', { name: 'Đảng viên' }), 'pham');
    await waitFor(() => expect(api['member:list']).toHaveBeenCalledWith({ q: 'pham', limit: 20 }));
    await user.click(await screen.findByRole('option', { name: 'Phạm Thị Dung (12/03/1965, Chi bộ Sở Tài chính)' }));
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() => expect(api['cadre:create']).toHaveBeenCalledWith({ memberId: 77 }));
    const file = await screen.findByRole('dialog', { name: 'Hồ sơ cán bộ: Phạm Thị Dung' });
    expect(api['cadre:get']).toHaveBeenCalledWith({ id: 42 });
    // A linked file edits the member's personal data, and says so; the member record opens from the head.
    expect(await within(file).findByText(/sửa ở đây là sửa phiếu đảng viên/)).toBeInTheDocument();
    expect(within(file).getByRole('button', { name: 'Mở phiếu đảng viên' })).toBeInTheDocument();
    // The list is asked again, so the new file shows in it.
    expect(api['cadre:list'].mock.calls.length).toBeGreaterThan(1);
  });

  it('refuses to save a member file without a member, and a person without the required boxes, before calling the core', async () => {
    const api = cadreApi({ 'cadre:create': async () => ok({ id: 43 }) });
    const { user } = await renderCadres(api);
    await user.click(screen.getByRole('button', { name: 'Thêm hồ sơ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm hồ sơ cán bộ' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Chọn đảng viên')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'Không phải đảng viên (nhập thông tin cá nhân)' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Họ' }), 'Hoàng');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findAllByText('Không được để trống')).not.toHaveLength(0);
    expect(api['cadre:create']).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: 'Tên' }), 'Minh');
    await user.click(within(dialog).getByRole('combobox', { name: 'Giới tính' }));
    await user.click(await screen.findByRole('option', { name: 'Nam' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Ngày sinh' }), '3/1972');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(api['cadre:create']).toHaveBeenCalledWith({
        personal: expect.objectContaining({ familyName: 'Hoàng', middleName: '', givenName: 'Minh', sex: 'M', birthDate: '1972-03' }),
      }),
    );
  });
});

describe('a linked cadre file', () => {
  it('opens the member record over the cadre file; Esc closes the member record only', async () => {
    const api = cadreApi({
      'cadre:get': async ({ id }) => ok(cadreFile(id, 'Nguyễn Văn An', { memberId: 5 })),
      'member:get': async ({ id }) => ok(member(id, { fullName: 'Nguyễn Văn An' })),
      'memberfile:get': async ({ memberId }) => ok(memberFile(memberId)),
    });
    const { user } = await renderCadres(api);
    await user.dblClick(screen.getByRole('row', { name: 'Mở hồ sơ Nguyễn Văn An' }));
    const cadre = await screen.findByRole('dialog', { name: 'Hồ sơ cán bộ: Nguyễn Văn An' });
    await user.click(await within(cadre).findByRole('button', { name: 'Mở phiếu đảng viên' }));
    const record = await screen.findByRole('dialog', { name: 'Hồ sơ đảng viên: Nguyễn Văn An' });
    expect(api['member:get']).toHaveBeenCalledWith({ id: 5 });
    await within(record).findByRole('tab', { name: 'Sơ yếu lý lịch' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Hồ sơ đảng viên: Nguyễn Văn An' })).not.toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: 'Hồ sơ cán bộ: Nguyễn Văn An' })).toBeInTheDocument();
  });
});
