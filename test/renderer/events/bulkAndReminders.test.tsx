import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok, type MemberListInput } from '../../../shared/contract/index.ts';
import type { RemindersResult } from '../../../shared/events/schemas.ts';
import { BulkEventModal } from '../../../renderer/src/screens/events/BulkEventModal.tsx';
import { RemindersPanel } from '../../../renderer/src/screens/events/RemindersPanel.tsx';
import { memberRow } from '../fixtures.ts';
import { renderApp, renderWith } from '../render.tsx';
import { eventsApi } from './support.ts';

async function pick(user: ReturnType<typeof renderWith>['user'], label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('one event for many members', () => {
  it('records one decision for every member chosen', async () => {
    const api = eventsApi({ 'event:record': async (input) => ok({ recorded: input.memberIds.length, eventIds: [21, 22, 23], warnings: [] }) });
    const onDone = vi.fn();
    const { user } = renderWith(api, <BulkEventModal memberIds={[4, 5, 6]} opened onClose={() => {}} onDone={onDone} />);
    expect(screen.getByRole('dialog', { name: 'Ghi sự kiện cho 3 đảng viên' })).toBeInTheDocument();
    await pick(user, 'Loại sự kiện', 'Công nhận đảng viên chính thức');
    const date = screen.getByRole('textbox', { name: 'Ngày' });
    await user.clear(date);
    await user.type(date, '02/09/2026');
    await user.type(screen.getByRole('textbox', { name: 'Số quyết định' }), '88-QĐ/ĐU');
    await user.type(screen.getByRole('textbox', { name: 'Cơ quan ra quyết định' }), 'Đảng ủy xã Thanh Sơn');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ recorded: 3, eventIds: [21, 22, 23], warnings: [] }));
    expect(api['event:record']).toHaveBeenCalledWith({
      memberIds: [4, 5, 6],
      typeCode: 'FULL',
      eventDate: '2026-09-02',
      orgToId: null,
      decisionNo: '88-QĐ/ĐU',
      decisionDate: null,
      decisionBody: 'Đảng ủy xã Thanh Sơn',
      decisionSigner: null,
      note: null,
    });
  });

  it('shows the refusal naming the member, and records nothing', async () => {
    const message =
      'Không ghi được cho đảng viên Nguyễn Văn Bình (sinh 12/03/1965, Chi bộ thôn Đồng Xuân): Chưa đủ 12 tháng dự bị: kết nạp ngày 02/02/2026, sớm nhất được công nhận chính thức từ ngày 02/02/2027. Chưa ghi sự kiện cho đảng viên nào.';
    const api = eventsApi({ 'event:record': async () => fail('RULE', message, { 'memberIds.1': 'Nguyễn Văn Bình: Chưa đủ 12 tháng dự bị' }) });
    const onDone = vi.fn();
    const { user } = renderWith(api, <BulkEventModal memberIds={[4, 5, 6]} opened onClose={() => {}} onDone={onDone} />);
    await pick(user, 'Loại sự kiện', 'Công nhận đảng viên chính thức');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('checks the form before calling the core', async () => {
    const api = eventsApi();
    const { user } = renderWith(api, <BulkEventModal memberIds={[4]} opened onClose={() => {}} onDone={() => {}} />);
    const date = screen.getByRole('textbox', { name: 'Ngày' });
    await user.clear(date);
    await user.type(date, '31/02/2026');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findAllByText('Không được để trống')).toHaveLength(1);
    expect(screen.getByText('Ngày không hợp lệ')).toBeInTheDocument();
    expect(api['event:record']).not.toHaveBeenCalled();
  });
});

const reminders: RemindersResult = {
  asOf: '2026-11-20',
  withinDays: 30,
  probation: {
    total: 2,
    offset: 0,
    rows: [
      { memberId: 1, fullName: 'Nguyễn Văn Quá', birthDate: '1990-01-01', organisationId: 3, organisationName: 'Chi bộ thôn Đồng Xuân', admissionDate: '2025-10-31', probationEnds: '2026-10-31', daysLeft: -20 },
      { memberId: 2, fullName: 'Trần Thị Sắp', birthDate: '1995-01-01', organisationId: 3, organisationName: 'Chi bộ thôn Đồng Xuân', admissionDate: '2025-11-30', probationEnds: '2026-11-30', daysLeft: 10 },
    ],
  },
  temporary: {
    total: 1,
    offset: 0,
    rows: [{ memberId: 5, fullName: 'Lê Văn Lâu', birthDate: '1970-01-01', organisationId: 3, organisationName: 'Chi bộ thôn Đồng Xuân', since: '2025-06-01', months: 17, hostName: null }],
  },
};

describe('reminders on the overview', () => {
  it('lists probationary members due (overdue first) and long temporary transfers, with counts and names', async () => {
    const api = eventsApi({ 'event:reminders': async () => ok(reminders) });
    renderWith(api, <RemindersPanel />);
    const probation = await screen.findByRole('table', { name: 'Đảng viên dự bị đến hạn xét công nhận chính thức (2)' });
    const rows = within(probation).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Nguyễn Văn Quá');
    expect(rows[1]).toHaveTextContent('31/10/2026');
    expect(rows[1]).toHaveTextContent('quá hạn 20 ngày');
    expect(rows[2]).toHaveTextContent('còn 10 ngày');
    const temporary = screen.getByRole('table', { name: 'Sinh hoạt tạm thời quá một năm (1)' });
    expect(temporary).toHaveTextContent('Lê Văn Lâu');
    expect(temporary).toHaveTextContent('01/06/2025');
    expect(temporary).toHaveTextContent('Ngoài tỉnh');
    expect(temporary).toHaveTextContent('17 tháng');
    expect(api['event:reminders']).toHaveBeenCalledWith({ organisationId: null, withinDays: 30, probationOffset: 0, temporaryOffset: 0, limit: 50 });
  });

  it('asks again for another window', async () => {
    const api = eventsApi({ 'event:reminders': async () => ok(reminders) });
    const { user } = renderWith(api, <RemindersPanel />);
    await screen.findByRole('table', { name: /dự bị/ });
    const box = screen.getByRole('textbox', { name: 'Đến hạn trong (ngày)' });
    await user.clear(box);
    await user.type(box, '60');
    await waitFor(() => expect(api['event:reminders']).toHaveBeenLastCalledWith({ organisationId: null, withinDays: 60, probationOffset: 0, temporaryOffset: 0, limit: 50 }));
  });

  it('says so when nothing is due', async () => {
    const api = eventsApi({ 'event:reminders': async () => ok({ ...reminders, probation: { total: 0, offset: 0, rows: [] }, temporary: { total: 0, offset: 0, rows: [] } }) });
    renderWith(api, <RemindersPanel />);
    expect(await screen.findByText('Không có đảng viên dự bị nào đến hạn.')).toBeInTheDocument();
    expect(screen.getByText('Không có đảng viên nào sinh hoạt tạm thời quá một năm.')).toBeInTheDocument();
  });

  it('shows the core\'s error', async () => {
    const failing = eventsApi({ 'event:reminders': async () => fail('INTERNAL', 'Không đọc được nhắc việc.') });
    renderWith(failing, <RemindersPanel />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Không đọc được nhắc việc.');
  });
});

describe('party age in the member list', () => {
  it('shows a "Tuổi Đảng" column and filters on "Tuổi Đảng từ (năm)"', async () => {
    const list = async (input: MemberListInput) =>
      ok({ rows: [memberRow(1, 'Nguyễn Văn An', { partyAgeMonths: input.minPartyAgeYears ? 12 * 45 + 3 : 12 * 30 + 11 })], total: 1, totalIsLowerBound: false });
    const api = eventsApi({ 'member:list': list });
    const { user } = renderApp(api);
    await user.click(screen.getByRole('tab', { name: 'Đảng viên' }));
    expect(await screen.findByRole('columnheader', { name: 'Tuổi Đảng' })).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Danh sách đảng viên' })).toHaveAttribute('aria-colcount', '10');
    const row = await screen.findByRole('row', { name: /Nguyễn Văn An/ });
    expect(within(row).getAllByRole('gridcell').at(-1)).toHaveTextContent('30');
    await user.type(screen.getByRole('textbox', { name: 'Tuổi Đảng từ (năm)' }), '40');
    await waitFor(() => expect(api['member:list']).toHaveBeenLastCalledWith(expect.objectContaining({ minPartyAgeYears: 40, maxPartyAgeYears: null, offset: 0 })));
    await waitFor(() => expect(within(screen.getByRole('row', { name: /Nguyễn Văn An/ })).getAllByRole('gridcell').at(-1)).toHaveTextContent('45'));
    await user.type(screen.getByRole('textbox', { name: 'Tuổi Đảng đến (năm)' }), '50');
    await waitFor(() => expect(api['member:list']).toHaveBeenLastCalledWith(expect.objectContaining({ minPartyAgeYears: 40, maxPartyAgeYears: 50 })));
  });
});
