import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../../../shared/contract/index.ts';
import { deferred, fakeApi } from '../fakeApi.ts';
import { systemInfo } from '../fixtures.ts';
import { renderApp } from '../render.tsx';

const empty = systemInfo({ organisations: 0, members: 0 });

/** "Tạo tỉnh mẫu", then the confirmation that the province is sample data. */
async function startDemo(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Tạo tỉnh mẫu' }));
  const dialog = await screen.findByRole('dialog', { name: 'Tạo tỉnh mẫu?' });
  await user.click(within(dialog).getByRole('button', { name: 'Tạo dữ liệu mẫu' }));
}

describe('first run', () => {
  it('offers a sample province or empty data when there is no organisation', async () => {
    const api = fakeApi({ 'system:info': async () => ok(empty) });
    renderApp(api);
    expect(await screen.findByRole('heading', { name: 'Chào mừng đến với Sổ Tổ Chức' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tạo tỉnh mẫu' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' })).toBeEnabled();
    expect(api['system:info']).toHaveBeenCalledWith({});
  });

  it('does not show the welcome panel once organisations exist', async () => {
    renderApp(fakeApi());
    expect(await screen.findByText('12.345')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tạo tỉnh mẫu' })).not.toBeInTheDocument();
  });

  it('creates the sample province with a loader, then shows the new counts', async () => {
    const demo = deferred<Result<{ organisations: number; members: number }>>();
    let created = false;
    const api = fakeApi({
      'system:info': async () => ok(created ? systemInfo({ organisations: 412, members: 2000 }) : empty),
      'system:demo': () => demo.promise,
    });
    const { user } = renderApp(api);
    await startDemo(user);

    expect(api['system:demo']).toHaveBeenCalledWith({ members: 2000 });
    expect(screen.getByRole('status')).toHaveTextContent('Đang tạo tỉnh mẫu, vui lòng chờ…');
    expect(screen.getByRole('button', { name: 'Tạo tỉnh mẫu' })).toBeDisabled();

    created = true;
    demo.resolve(ok({ organisations: 412, members: 2000 }));
    expect(await screen.findByText('Đã tạo tỉnh mẫu: 412 tổ chức, 2.000 đảng viên.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Chào mừng đến với Sổ Tổ Chức' })).not.toBeInTheDocument();
    expect(screen.getByText('2.000')).toBeInTheDocument();
  });

  it('shows the build as a job: its progress line and share, and "Dừng" cancels it without an error', async () => {
    const demo = deferred<Result<{ organisations: number; members: number }>>();
    let share = 0.3;
    const api = fakeApi({
      'system:info': async () => ok(empty),
      'system:demo': () => demo.promise,
      'job:get': async ({ id }) =>
        ok({ job: { id, kind: 'system:demo', state: share < 0 ? 'cancelled' : 'running', share: Math.max(share, 0), line: 'Đã tạo 600 / 2.000 đảng viên', startedAt: '', endedAt: null, error: share < 0 ? { code: 'CANCELLED', message: 'Đã dừng theo yêu cầu.' } : null } }),
      'job:cancel': async ({ id }) => {
        share = -1;
        return ok({ id, kind: 'system:demo', state: 'running', share: 0.3, line: 'Đang dừng…', startedAt: '', endedAt: null, error: null });
      },
    });
    const { user } = renderApp(api);
    await startDemo(user);
    expect(api['job:start']).toHaveBeenCalledWith({ kind: 'system:demo', input: { members: 2000 } });
    expect(await screen.findByText('Đã tạo 600 / 2.000 đảng viên')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Tiến độ: 30 %' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dừng' }));
    expect(api['job:cancel']).toHaveBeenCalledWith({ id: 'job-1' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Tạo tỉnh mẫu' })).toBeEnabled(), { timeout: 3000 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows the core message when the sample cannot be created', async () => {
    const api = fakeApi({
      'system:info': async () => ok(empty),
      'system:demo': async () => fail('RULE', 'Chỉ tạo được tỉnh mẫu khi cơ sở dữ liệu trống.'),
    });
    const { user } = renderApp(api);
    await startDemo(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Chỉ tạo được tỉnh mẫu khi cơ sở dữ liệu trống.');
    expect(screen.getByRole('button', { name: 'Tạo tỉnh mẫu' })).toBeEnabled();
  });

  it('asks before building the sample province, saying it is sample data; "Hủy" builds nothing', async () => {
    const api = fakeApi({ 'system:info': async () => ok(empty) });
    const { user } = renderApp(api);
    await user.click(await screen.findByRole('button', { name: 'Tạo tỉnh mẫu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo tỉnh mẫu?' });
    expect(dialog).toHaveTextContent('dữ liệu mẫu');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api['job:start']).not.toHaveBeenCalled();
  });

  it('marks a sample province in the header ("Dữ liệu mẫu"), and real data not', async () => {
    renderApp(fakeApi({ 'system:info': async () => ok({ ...systemInfo(), demo: '2026-11-20' }) }));
    const header = await screen.findByRole('banner');
    expect(await within(header).findByText('Dữ liệu mẫu')).toBeInTheDocument();
  });

  it('shows no sample mark for real data', async () => {
    renderApp(fakeApi());
    expect(await screen.findByText('12.345')).toBeInTheDocument();
    expect(screen.queryByText('Dữ liệu mẫu')).not.toBeInTheDocument();
  });

  it('"Bắt đầu với dữ liệu trống" leads to the organisation tab to create the root', async () => {
    const api = fakeApi({ 'system:info': async () => ok(empty) });
    const { user } = renderApp(api);
    await user.click(await screen.findByRole('button', { name: 'Bắt đầu với dữ liệu trống' }));
    expect(screen.getByRole('tab', { name: 'Tổ chức đảng' })).toHaveAttribute('aria-selected', 'true');
    await user.click(await screen.findByRole('button', { name: 'Tạo tổ chức gốc' }));
    expect(await screen.findByRole('dialog', { name: 'Tạo tổ chức gốc' })).toBeInTheDocument();
    expect(screen.getByLabelText('Tên tổ chức')).toHaveFocus();
  });

  it('shows an error with a retry when system:info fails', async () => {
    let calls = 0;
    const api = fakeApi({
      'system:info': async () => (++calls === 1 ? fail('INTERNAL', 'Không mở được cơ sở dữ liệu.') : ok(systemInfo())),
    });
    const { user } = renderApp(api);
    expect(await screen.findByRole('alert')).toHaveTextContent('Không mở được cơ sở dữ liệu.');
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByText('12.345')).toBeInTheDocument();
  });
});
