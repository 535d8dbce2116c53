import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { i18n } from '../../../renderer/src/i18n/index.ts';
import { cadreViewScreens } from '../../../renderer/src/screens/cadres/CadresScreen.tsx';
import { describe, expect, it } from 'vitest';
import { cadreApi, renderCadres } from './support.ts';

/** The list of the Cán bộ tab: what its filters send to cadre:list, and opening a file from the keyboard. */
describe('cadre list', () => {
  it('asks for the working cadres first, and shows the columns of the list', async () => {
    const api = cadreApi();
    await renderCadres(api);
    expect(api['cadre:list']).toHaveBeenCalledWith(expect.objectContaining({ query: '', status: 'working', tier: null, sex: null, planning: 'any', offset: 0, limit: 500 }));
    const table = screen.getByRole('table', { name: 'Danh sách cán bộ' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ chính', 'Đơn vị', 'Lý luận chính trị', 'Ngày nghỉ hưu', 'Quy hoạch']);
    const row = screen.getByRole('row', { name: 'Mở hồ sơ Nguyễn Văn An' });
    expect(within(row).getByText('10/05/1968')).toBeInTheDocument();
    expect(within(row).getByText('Cao cấp')).toBeInTheDocument();
    expect(within(row).getByText('31/08/2030')).toBeInTheDocument();
    expect(screen.getByText('3 cán bộ')).toBeInTheDocument();
  });

  it('sends each filter as cadre:list input: words of the post, sex, ages, tier, planning, retiring within N months, search', async () => {
    const api = cadreApi();
    const { user } = await renderCadres(api);
    const last = () => api['cadre:list'].mock.calls.at(-1)?.[0];

    await user.type(screen.getByLabelText('Chức vụ hiện tại'), 'giám đốc');
    await waitFor(() => expect(last()).toEqual(expect.objectContaining({ post: 'giám đốc', offset: 0 })));

    await user.click(screen.getByRole('combobox', { name: 'Giới tính' }));
    await user.click(await screen.findByRole('option', { name: 'Nữ' }));
    await waitFor(() => expect(last()).toEqual(expect.objectContaining({ sex: 'F', post: 'giám đốc' })));

    fireEvent.change(screen.getByLabelText('Tuổi từ'), { target: { value: '40' } });
    fireEvent.change(screen.getByLabelText('Tuổi đến'), { target: { value: '55' } });
    await waitFor(() => expect(last()).toEqual(expect.objectContaining({ ageFrom: 40, ageTo: 55 })));

    await user.click(screen.getByRole('combobox', { name: 'Diện quản lý' }));
    await user.click(await screen.findByRole('option', { name: 'Tỉnh ủy quản lý' }));
    await user.click(screen.getByRole('combobox', { name: 'Quy hoạch' }));
    await user.click(await screen.findByRole('option', { name: 'Có trong quy hoạch' }));
    fireEvent.change(screen.getByLabelText('Nghỉ hưu trong (tháng)'), { target: { value: '12' } });
    await waitFor(() => expect(last()).toEqual(expect.objectContaining({ tier: 'provincial', planning: 'planned', retiringWithinMonths: 12 })));

    await user.type(screen.getByLabelText('Tìm cán bộ'), 'nguyen');
    await waitFor(() =>
      expect(last()).toEqual({
        query: 'nguyen',
        post: 'giám đốc',
        tier: 'provincial',
        status: 'working',
        sex: 'F',
        ageFrom: 40,
        ageTo: 55,
        politicalTheoryCode: null,
        planning: 'planned',
        retiringWithinMonths: 12,
        offset: 0,
        limit: 500,
      }),
    );
  });

  it('opens the file of the row that has the focus with Enter (the search box hands the focus down with ↓)', async () => {
    const api = cadreApi();
    const { user } = await renderCadres(api);
    await user.click(screen.getByLabelText('Tìm cán bộ'));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('row', { name: 'Mở hồ sơ Nguyễn Văn An' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('row', { name: 'Mở hồ sơ Trần Thị Bình' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Hồ sơ cán bộ: Trần Thị Bình' });
    expect(api['cadre:get']).toHaveBeenCalledWith({ id: 2 });
    // The head of the file: the post with its term end and notice date, the estimated retirement date.
    expect(await within(dialog).findByText('Giám đốc, Sở Tài chính')).toBeInTheDocument();
    expect(within(dialog).getByText(/hết nhiệm kỳ 01\/03\/2027; thông báo trước 16\/10\/2026/)).toBeInTheDocument();
    expect(within(dialog).getByText('31/01/2030')).toBeInTheDocument();
    expect(within(dialog).getByText('ước tính')).toBeInTheDocument();
    // Only the planning entries still in force; the highest political theory level derived by the core.
    expect(within(dialog).getByText('Phó Chủ tịch UBND tỉnh (P2025)')).toBeInTheDocument();
    expect(within(dialog).queryByText(/Bí thư Huyện ủy/)).not.toBeInTheDocument();
  });

  it('puts the focus on a clicked row, and opens its file on a double click', async () => {
    const api = cadreApi();
    const { user } = await renderCadres(api);
    const row = screen.getByRole('row', { name: 'Mở hồ sơ Lê Văn Cường' });
    await user.click(row);
    expect(row).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.dblClick(row);
    expect(await screen.findByRole('dialog', { name: 'Hồ sơ cán bộ: Lê Văn Cường' })).toBeInTheDocument();
    expect(api['cadre:get']).toHaveBeenCalledWith({ id: 3 });
  });

  it('reaches the other parts of the tab with Alt+number (their screens, or a line saying they are not in this build)', async () => {
    const api = cadreApi();
    const { user } = await renderCadres(api);
    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Quyết định' })).toBeChecked());
    expect(screen.queryByRole('table', { name: 'Danh sách cán bộ' })).not.toBeInTheDocument();
    if (cadreViewScreens.decisions === null) expect(screen.getByText('Phần “Quyết định” chưa có trong bản này.')).toBeInTheDocument();
    await user.keyboard('{Alt>}1{/Alt}');
    expect(await screen.findByRole('table', { name: 'Danh sách cán bộ' })).toBeInTheDocument();
  });
});

describe('cadre list in English', () => {
  it('heads the columns and writes the coded values in English', async () => {
    const api = cadreApi();
    await renderCadres(api);
    await act(() => i18n.changeLanguage('en'));
    const table = await screen.findByRole('table', { name: 'Cadre list' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Full name', 'Date of birth', 'Sex', 'Main post', 'Unit', 'Political theory', 'Retirement date', 'Planned']);
    expect(within(screen.getByRole('row', { name: 'Open the file of Trần Thị Bình' })).getByText('Yes')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Cadre files' })).toBeChecked();
    await act(() => i18n.changeLanguage('vi'));
  });
});
