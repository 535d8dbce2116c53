import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../shared/contract/index.ts';
import { catalogues } from '../fixtures.ts';
import { fakeApi } from '../fakeApi.ts';
import { renderApp } from '../render.tsx';

async function onSystemTab(api: ReturnType<typeof fakeApi>) {
  const view = renderApp(api);
  await view.user.click(screen.getByRole('tab', { name: 'Hệ thống' }));
  return view;
}

describe('Hệ thống → Danh mục', () => {
  it('adds a board action type from the keyboard and reloads the catalogues', async () => {
    const added = { code: 'ACTING', name: 'Giao quyền', kind: 'assign', termMonths: 12, effect: 'assign', active: true };
    let all = catalogues;
    const api = fakeApi({
      'catalogue:all': async () => ok(all),
      'catalogue:holidays': async ({ year }) => ok({ year: year, rows: [] }),
      'catalogue:saveActionType': async () => {
        all = { ...catalogues, actionTypes: [...catalogues.actionTypes, added] };
        return ok(added);
      },
    });
    const { user } = await onSystemTab(api);
    await user.click(await screen.findByRole('button', { name: 'Thêm loại' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm loại hành động' });
    await user.type(within(dialog).getByLabelText('Mã'), 'acting{Enter}');
    expect(within(dialog).getByLabelText('Tên')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Tên'), 'Giao quyền{Enter}');
    await user.type(within(dialog).getByLabelText('Thời hạn (tháng)'), '12');
    await user.keyboard('{Control>}s{/Control}');
    expect(api['catalogue:saveActionType']).toHaveBeenCalledWith({ code: 'acting', name: 'Giao quyền', termMonths: 12, effect: 'assign', active: true });
    const table = await screen.findByRole('table', { name: 'Loại hành động nhân sự' });
    expect(await within(table).findByRole('row', { name: /ACTING Giao quyền 12/ })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Thêm loại hành động' })).not.toBeInTheDocument();
  });

  it('does not let a built-in type change its effect', async () => {
    const api = fakeApi({ 'catalogue:holidays': async ({ year }) => ok({ year: year, rows: [] }) });
    const { user } = await onSystemTab(api);
    await user.click(await screen.findByRole('button', { name: 'Sửa Bổ nhiệm' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa loại hành động' });
    expect(within(dialog).getByLabelText('Tác động đến hồ sơ')).toBeDisabled();
    expect(within(dialog).getByLabelText('Mã')).toBeDisabled();
  });

  it('edits a year of holidays: typed dates go as ISO, a refused date is shown under its box and the rows stay', async () => {
    const api = fakeApi({
      'catalogue:holidays': async ({ year }) => ok({ year: year, rows: [{ date: `${year}-01-01`, name: 'Tết Dương lịch' }] }),
      'catalogue:saveHolidays': async () => fail('BAD_INPUT', 'Ngày 2027-09-02 không thuộc năm 2026', { 'rows.1.date': 'Ngày 2027-09-02 không thuộc năm 2026' }),
    });
    const { user } = await onSystemTab(api);
    expect(await screen.findByDisplayValue('01/01/2026')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thêm ngày' }));
    await user.type(screen.getByLabelText('Ngày 2'), '02/09/2027');
    await user.type(screen.getByLabelText('Tên ngày lễ 2'), 'Quốc khánh');
    await user.keyboard('{Control>}s{/Control}');
    expect(api['catalogue:saveHolidays']).toHaveBeenCalledWith({
      year: 2026,
      rows: [
        { date: '2026-01-01', name: 'Tết Dương lịch' },
        { date: '2027-09-02', name: 'Quốc khánh' },
      ],
    });
    expect((await screen.findAllByText('Ngày 2027-09-02 không thuộc năm 2026')).length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Tên ngày lễ 2')).toHaveValue('Quốc khánh');
  });
});
