import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fail, ok } from '../../../shared/contract/index.ts';
import { useAppStore } from '../../../renderer/src/stores/appStore.ts';
import { useRatingStore } from '../../../renderer/src/screens/ratings/store.ts';
import { systemInfo } from '../fixtures.ts';
import { api, memberGrid, openGrid, QUOTA_SETTING, REGIME } from './ratingFixtures.tsx';

beforeEach(() => {
  useRatingStore.setState(useRatingStore.getInitialState(), true);
});

const as = (role: 'viewer' | 'clerk' | 'admin') => () => {
  const info = systemInfo();
  useAppStore.setState({ info: { ...info, user: { ...info.user, role } } });
};
const control = () => screen.getByRole('region', { name: 'Tỷ lệ xuất sắc' });
const quotaLine = () => screen.getByText(/^Xuất sắc: /);
const RAISED = { ...QUOTA_SETTING, pct: 25, regimes: [QUOTA_SETTING.regimes[0]!, { ...REGIME, quotaPct: 25 }] };

describe('the excellent quota setting', () => {
  it('lets an administrator raise it after confirming, and the open grid then counts with the new percentage', async () => {
    let saved = false;
    const grid = memberGrid();
    const fake = api({
      'rating:grid': async () => ok(saved ? { ...grid, regime: { ...REGIME, quotaPct: 25 }, quota: { ...grid.quota!, pct: 25 } } : grid),
      'rating:setQuotaSetting': async () => {
        saved = true;
        return ok(RAISED);
      },
    });
    const { user, grid: table } = await openGrid(fake, as('admin'));
    expect(await within(control()).findByText(/Số “Hoàn thành xuất sắc nhiệm vụ” tối đa 20% số “Hoàn thành tốt nhiệm vụ”/)).toBeInTheDocument();
    expect(control()).toHaveTextContent('(mức của quy định)');
    expect(control()).toHaveTextContent('không quá 20% số “Hoàn thành tốt nhiệm vụ”; cấp có thẩm quyền có thể cho nâng đến 25%');

    // Typed entries are kept across the reload.
    await user.click(within(table).getAllByRole('row')[1]!);
    await user.keyboard('22221');
    expect(quotaLine()).toHaveTextContent('Xuất sắc: 1 / tối đa 0 (20% của 4 Hoàn thành tốt) — vượt tỷ lệ');

    const box = within(control()).getByRole('textbox', { name: 'Tỷ lệ mới (%)' });
    await user.clear(box);
    await user.type(box, '30{Enter}');
    expect(within(control()).getByText('Tỷ lệ là số nguyên từ 20 đến 25')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.clear(box);
    await user.type(box, '25');
    await user.click(within(control()).getByRole('button', { name: 'Đổi tỷ lệ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đổi tỷ lệ xuất sắc?' });
    expect(dialog).toHaveTextContent('từ 20% thành 25% số “Hoàn thành tốt nhiệm vụ”');
    expect(fake['rating:setQuotaSetting']).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Đổi thành 25%' }));

    expect(await within(control()).findByText('Đã đổi tỷ lệ xuất sắc thành 25%.')).toBeInTheDocument();
    expect(fake['rating:setQuotaSetting']).toHaveBeenCalledWith({ pct: 25 });
    expect(control()).toHaveTextContent('tối đa 25% số “Hoàn thành tốt nhiệm vụ” (cấp có thẩm quyền cho nâng; quy định 20%)');
    await waitFor(() => expect(quotaLine()).toHaveTextContent(/^Xuất sắc: 1 \/ tối đa 1 \(25% của 4 Hoàn thành tốt\)$/));
    expect(screen.getByText('Đã xếp loại 5/10 · chưa xếp loại 5 · 5 thay đổi chưa lưu')).toBeInTheDocument();
  });

  it('shows the core refusal and changes nothing when the confirmation is declined', async () => {
    const message = 'Tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" phải từ 20% đến 25% số "Hoàn thành tốt nhiệm vụ".';
    const fake = api({ 'rating:setQuotaSetting': async () => fail('RULE', message, { pct: message }) });
    const { user } = await openGrid(fake, as('admin'));
    const box = await within(control()).findByRole('textbox', { name: 'Tỷ lệ mới (%)' });
    await user.clear(box);
    await user.type(box, '22{Enter}');
    let dialog = await screen.findByRole('dialog', { name: 'Đổi tỷ lệ xuất sắc?' });
    await user.click(within(dialog).getByRole('button', { name: 'Quay lại' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake['rating:setQuotaSetting']).not.toHaveBeenCalled();

    await user.click(within(control()).getByRole('button', { name: 'Đổi tỷ lệ' }));
    dialog = await screen.findByRole('dialog', { name: 'Đổi tỷ lệ xuất sắc?' });
    await user.click(within(dialog).getByRole('button', { name: 'Đổi thành 22%' }));
    expect(await within(control()).findByRole('alert')).toHaveTextContent(message);
    expect(fake['rating:setQuotaSetting']).toHaveBeenCalledWith({ pct: 22 });
    expect(control()).toHaveTextContent('tối đa 20%');
  });

  it('shows the percentage to others, without a box to change it', async () => {
    const fake = api({ 'rating:quotaSetting': async () => ok(RAISED) });
    await openGrid(fake, as('clerk'));
    expect(await within(control()).findByText(/tối đa 25% số “Hoàn thành tốt nhiệm vụ”/)).toBeInTheDocument();
    expect(control()).toHaveTextContent('Chỉ quản trị viên đổi được tỷ lệ này.');
    expect(within(control()).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(control()).queryByRole('button')).not.toBeInTheDocument();
  });
});
