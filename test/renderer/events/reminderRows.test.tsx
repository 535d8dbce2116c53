/**
 * Nhắc việc acted on (issue 8): a row opens the member's file, each list is paged by the core
 * ("x–y / total" with previous and next), and "Xuất Excel" runs the list's export as a job with the
 * columns on screen.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import type { ProbationReminder, RemindersInput, RemindersResult } from '../../../shared/events/schemas.ts';
import { RemindersPanel } from '../../../renderer/src/screens/events/RemindersPanel.tsx';
import { member } from '../fixtures.ts';
import { memberFile } from '../memberFile/support.ts';
import { renderApp, renderWith } from '../render.tsx';
import { fakeApi } from '../fakeApi.ts';
import { call } from '../../../renderer/src/api/client.ts';
import { eventsApi } from './support.ts';

const due = (i: number): ProbationReminder => ({
  memberId: 100 + i,
  fullName: `Nguyễn Văn Số ${i + 1}`,
  birthDate: '1990-01-01',
  organisationId: 3,
  organisationName: 'Chi bộ thôn Đồng Xuân',
  admissionDate: '2025-11-25',
  probationEnds: '2026-11-25',
  daysLeft: 5,
});

/** 120 due members, served a page at a time as the core does. */
async function paged(input: RemindersInput): Promise<ReturnType<typeof ok<RemindersResult>>> {
  const offset = input.probationOffset ?? 0;
  const limit = input.limit ?? 200;
  const all = Array.from({ length: 120 }, (_, i) => due(i));
  return ok({ asOf: '2026-11-20', withinDays: input.withinDays ?? 30, probation: { total: 120, offset, rows: all.slice(offset, offset + limit) }, temporary: { total: 0, offset: 0, rows: [] } });
}

function api() {
  return eventsApi({
    'event:reminders': paged,
    'member:get': async ({ id }) => ok(member(id, { fullName: `Nguyễn Văn Số ${id - 99}` })),
    'memberfile:get': async ({ memberId }) => ok(memberFile(memberId)),
    'memberfile:history': async () => ok({ entries: [], hasMore: false }),
    'event:reminderExport': async () => ok({ fileName: 'nhac-viec_du-bi_2026-11-20.xlsx', base64: 'UEsDBA==', rows: 120 }),
  });
}

describe('reminders a clerk can act on', () => {
  it('opens the member file from a row (click or Enter), and closes back to the list', async () => {
    const fake = api();
    const { user } = renderWith(fake, <RemindersPanel />);
    const table = await screen.findByRole('table', { name: /^Đảng viên dự bị đến hạn/ });
    await user.click(within(table).getByRole('row', { name: 'Nguyễn Văn Số 2' }));
    expect(await screen.findByRole('dialog', { name: 'Hồ sơ đảng viên: Nguyễn Văn Số 2' })).toBeInTheDocument();
    expect(fake['member:get']).toHaveBeenCalledWith({ id: 101 });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    within(table).getByRole('row', { name: 'Nguyễn Văn Số 3' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Hồ sơ đảng viên: Nguyễn Văn Số 3' })).toBeInTheDocument();
  });

  it('pages the list through the core: 1–50 / 120, next, last, previous', async () => {
    const fake = api();
    const { user } = renderWith(fake, <RemindersPanel />);
    const section = await screen.findByRole('region', { name: /^Đảng viên dự bị đến hạn/ });
    expect(await within(section).findByText('1–50 / 120')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Trang trước' })).toBeDisabled();
    await user.click(within(section).getByRole('button', { name: 'Trang sau' }));
    expect(await within(section).findByText('51–100 / 120')).toBeInTheDocument();
    expect(fake['event:reminders']).toHaveBeenLastCalledWith({ organisationId: null, withinDays: 30, probationOffset: 50, temporaryOffset: 0, limit: 50 });
    await user.click(within(section).getByRole('button', { name: 'Trang sau' }));
    expect(await within(section).findByText('101–120 / 120')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Trang sau' })).toBeDisabled();
    expect(within(section).getByRole('row', { name: 'Nguyễn Văn Số 120' })).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Trang trước' }));
    expect(await within(section).findByText('51–100 / 120')).toBeInTheDocument();
  });

  it('exports the whole list as a job with the columns on screen and the window in words', async () => {
    const fake = api();
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: vi.fn(() => 'blob:test/1') });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderWith(fake, <RemindersPanel />);
    const section = await screen.findByRole('region', { name: /^Đảng viên dự bị đến hạn/ });
    await within(section).findByText('1–50 / 120');
    await user.click(within(section).getByRole('button', { name: 'Xuất Excel' }));
    expect(await within(section).findByText('Đã xuất nhac-viec_du-bi_2026-11-20.xlsx (120 dòng).')).toBeInTheDocument();
    expect(clicked.map((a) => a.download)).toEqual(['nhac-viec_du-bi_2026-11-20.xlsx']);
    expect(fake['event:reminderExport']).toHaveBeenCalledWith({
      organisationId: null,
      withinDays: 30,
      list: 'probation',
      title: 'Đảng viên dự bị đến hạn xét công nhận chính thức',
      filters: 'Toàn tỉnh; dự bị đến hạn trong 30 ngày (kể cả quá hạn)',
      columns: [
        { key: 'name', header: 'Họ và tên' },
        { key: 'organisation', header: 'Chi bộ' },
        { key: 'admission', header: 'Ngày vào Đảng' },
        { key: 'ends', header: 'Hết dự bị' },
        { key: 'daysLeft', header: 'Còn lại' },
      ],
    });
  });
});

describe('Tổng quan shown again', () => {
  it('keeps the reminders it read until a write (issue 8: every switch to the tab read them again, 300 ms at 500,000)', async () => {
    const api = fakeApi({ 'event:reminders': paged, 'badge:withdraw': async () => ok({ withdrawn: 0 }) });
    const { user } = renderApp(api);
    const list = () => screen.findByText(/1–50 \/ 120/);
    await list();
    expect(api['event:reminders']).toHaveBeenCalledTimes(1);
    await user.keyboard('{Control>}2{/Control}');
    await waitFor(() => expect(screen.queryByText(/1–50 \/ 120/)).toBeNull());
    await user.keyboard('{Control>}1{/Control}');
    await list();
    expect(api['event:reminders']).toHaveBeenCalledTimes(1);
    // A write anywhere in the app: the next visit reads them again.
    await call('badge:withdraw', { badgeIds: [1] });
    await user.keyboard('{Control>}2{/Control}');
    await user.keyboard('{Control>}1{/Control}');
    await waitFor(() => expect(api['event:reminders']).toHaveBeenCalledTimes(2));
  });
});
