import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from './fakeApi.ts';
import { renderApp } from './render.tsx';

const TAB_NAMES = ['Tổng quan', 'Tổ chức đảng', 'Đảng viên', 'Cán bộ', 'Khen thưởng', 'Thống kê', 'Hệ thống'];

describe('main window tabs', () => {
  it('shows the seven tabs in order with Tổng quan open', async () => {
    renderApp(fakeApi());
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(TAB_NAMES);
    expect(screen.getByRole('tab', { name: 'Tổng quan' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('12.345')).toBeInTheDocument();
  });

  it('switches tab on click and mounts only the active screen', async () => {
    const { user } = renderApp(fakeApi());
    await user.click(screen.getByRole('tab', { name: 'Đảng viên' }));
    expect(screen.getByRole('tab', { name: 'Đảng viên' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText('Tìm đảng viên')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sao lưu ngay' })).not.toBeInTheDocument();
  });

  it('switches tab with Ctrl+1 … Ctrl+7', async () => {
    const api = fakeApi();
    const { user } = renderApp(api);
    await user.keyboard('{Control>}3{/Control}');
    expect(screen.getByRole('tab', { name: 'Đảng viên' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Control>}2{/Control}');
    expect(screen.getByRole('tab', { name: 'Tổ chức đảng' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText('Tìm tổ chức')).toBeInTheDocument();
    await user.keyboard('{Control>}7{/Control}');
    expect(screen.getByRole('tab', { name: 'Hệ thống' })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(api['system:auditList']).toHaveBeenCalled());
    await user.keyboard('{Control>}1{/Control}');
    expect(screen.getByRole('tab', { name: 'Tổng quan' })).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps the tab while a form dialog has the focus', async () => {
    const { user } = renderApp(fakeApi());
    await user.keyboard('{Control>}3{/Control}');
    await user.click(screen.getByRole('button', { name: 'Thêm đảng viên' }));
    const familyName = await screen.findByLabelText('Họ');
    await user.click(familyName);
    await user.keyboard('{Control>}1{/Control}');
    expect(screen.getByRole('tab', { name: 'Đảng viên' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('the Đảng viên tab switches between the member list and the rating grid', async () => {
    const { user } = renderApp(fakeApi());
    await user.click(screen.getByRole('tab', { name: 'Đảng viên' }));
    expect(await screen.findByLabelText('Tìm đảng viên')).toBeInTheDocument();
    await user.click(screen.getByText('Đánh giá, xếp loại'));
    await waitFor(() => expect(screen.queryByLabelText('Tìm đảng viên')).not.toBeInTheDocument());
    expect(screen.getByRole('radio', { name: 'Đánh giá, xếp loại' })).toBeChecked();
  });

  it('the overview shows the reminders once the province has organisations', async () => {
    renderApp(fakeApi());
    expect(await screen.findByText('Nhắc việc')).toBeInTheDocument();
  });

  it('the Khen thưởng tab holds the Huy hiệu Đảng rounds', async () => {
    const { user } = renderApp(fakeApi());
    await user.click(screen.getByRole('tab', { name: 'Khen thưởng' }));
    expect(await screen.findByText('Huy hiệu Đảng')).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).not.toHaveTextContent('Chức năng này sẽ có trong phiên bản sau.');
  });

  it('the Cán bộ tab (Ctrl+4) opens on the cadre list, with the cursor in its search box', async () => {
    const { user } = renderApp(fakeApi());
    await user.keyboard('{Control>}4{/Control}');
    expect(screen.getByRole('tab', { name: 'Cán bộ' })).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(screen.getByLabelText('Tìm cán bộ')).toHaveFocus());
    expect(screen.getByRole('radio', { name: 'Hồ sơ cán bộ' })).toBeChecked();
    expect(screen.getByRole('tabpanel')).not.toHaveTextContent('Chức năng này sẽ có trong phiên bản sau.');
  });

  it.each(['Thống kê'])('the unfinished tab %s says so in one line', async (name) => {
    const { user } = renderApp(fakeApi());
    await user.click(screen.getByRole('tab', { name }));
    const panel = screen.getByRole('tabpanel');
    expect(panel).toHaveTextContent(/^Chức năng này sẽ có trong phiên bản sau\.$/);
    expect(panel.querySelectorAll('p, div, table, button, input')).toHaveLength(1);
  });
});
