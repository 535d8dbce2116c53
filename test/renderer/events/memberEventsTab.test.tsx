import { Modal } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/contract/index.ts';
import { MemberEventsTab } from '../../../renderer/src/screens/events/MemberEventsTab.tsx';
import { dirtySections, useMemberFileStore } from '../../../renderer/src/screens/memberFile/store.ts';
import { orgNode } from '../fixtures.ts';
import { renderWith } from '../render.tsx';
import { eventList, eventsApi, memberEvent } from './support.ts';

const ADMIT = memberEvent(1, {
  typeCode: 'ADMIT',
  typeName: 'Kết nạp',
  effect: 'add',
  eventDate: '1996-07-19',
  decisionDate: '1996-07-10',
  decisionNo: '15-QĐ/HU',
  decisionBody: 'Huyện ủy Lâm Thao',
  orgFromId: null,
  orgFromName: null,
  fromCard: true,
});
const TRANSFER = memberEvent(2, {
  typeCode: 'TRANSFER_OUT_LOCAL',
  typeName: 'Chuyển đi trong tỉnh',
  effect: 'remove',
  eventDate: '2018-05-10',
  orgToId: 9,
  orgToName: 'Chi bộ thôn Đồng Lạc',
});
const WRONG = memberEvent(3, { typeCode: 'DEATH', typeName: 'Từ trần', effect: 'remove', eventDate: '2024-01-01', cancelled: true, cancelReason: 'Ghi nhầm người', orgToId: null, orgToName: null });
const EXEMPT = memberEvent(4, { eventDate: '2022-01-10', note: 'Tuổi cao, sức yếu', orgFromId: 9, orgFromName: 'Chi bộ thôn Đồng Lạc', orgToId: 9, orgToName: 'Chi bộ thôn Đồng Lạc' });

function tabApi(over: Parameters<typeof eventsApi>[0] = {}) {
  return eventsApi({ 'event:list': async () => ok(eventList([ADMIT, TRANSFER, WRONG, EXEMPT])), ...over });
}

async function pick(user: ReturnType<typeof renderWith>['user'], label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('the member file\'s events tab', () => {
  it('shows the timeline with decisions, cells, and a cancelled event struck through with its reason', async () => {
    const api = tabApi();
    renderWith(api, <MemberEventsTab memberId={7} />);
    const table = await screen.findByRole('table', { name: 'Các sự kiện của đảng viên' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toHaveTextContent('19/07/1996');
    expect(rows[1]).toHaveTextContent('Kết nạp (ngày ghi trên phiếu)');
    expect(rows[1]).toHaveTextContent('Số 15-QĐ/HU, ngày 10/07/1996, Huyện ủy Lâm Thao');
    expect(rows[2]).toHaveTextContent('Chi bộ thôn Đồng Xuân → Chi bộ thôn Đồng Lạc');
    expect(rows[3]).toHaveTextContent('Đã hủy: Ghi nhầm người');
    expect(within(rows[3]!).getByText('Từ trần')).toHaveStyle({ textDecoration: 'line-through' });
    expect(within(rows[3]!).queryByRole('button')).toBeNull();
    expect(rows[4]).toHaveTextContent('Tuổi cao, sức yếu');
    expect(screen.getByRole('status', { name: 'Quá trình sinh hoạt đảng' })).toHaveTextContent('Chính thức');
    expect(screen.getByText(/Tuổi Đảng: 30 năm 4 tháng, tính từ 10\/07\/1996/)).toBeInTheDocument();
    expect(api['event:list']).toHaveBeenCalledWith({ memberId: 7 });
  });

  it('records an event from the keyboard: type, date typed dd/mm/yyyy, decision; Ctrl+S saves and the list reloads', async () => {
    const api = tabApi({ 'event:record': async () => ok({ recorded: 1, eventIds: [10], warnings: [] }) });
    const onChanged = vi.fn();
    const { user } = renderWith(api, <MemberEventsTab memberId={7} onChanged={onChanged} />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Ghi sự kiện' }));
    const form = screen.getByRole('form', { name: 'Ghi sự kiện mới' });
    // The record card's admission and the "in" half of a transfer are not offered.
    await user.click(within(form).getByRole('combobox', { name: 'Loại sự kiện' }));
    expect(screen.queryByRole('option', { name: 'Kết nạp' })).toBeNull();
    expect(screen.queryByRole('option', { name: 'Chuyển đến trong tỉnh' })).toBeNull();
    await user.click(await screen.findByRole('option', { name: 'Miễn công tác và sinh hoạt đảng' }));
    const date = within(form).getByRole('textbox', { name: 'Ngày' });
    await user.clear(date);
    await user.type(date, '1/2/2024');
    await user.type(within(form).getByRole('textbox', { name: 'Số quyết định' }), '12-QĐ/ĐU');
    await user.type(within(form).getByRole('textbox', { name: 'Ngày quyết định' }), '25/01/2024');
    await user.type(within(form).getByRole('textbox', { name: 'Người ký' }), 'Nguyễn Văn Bí');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api['event:record']).toHaveBeenCalledTimes(1));
    expect(api['event:record']).toHaveBeenCalledWith({
      memberIds: [7],
      typeCode: 'EXEMPT',
      eventDate: '2024-02-01',
      orgToId: null,
      decisionNo: '12-QĐ/ĐU',
      decisionDate: '2024-01-25',
      decisionBody: null,
      decisionSigner: 'Nguyễn Văn Bí',
      note: null,
    });
    expect(await screen.findByText('Đã ghi sự kiện “Miễn công tác và sinh hoạt đảng”.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
    expect(api['event:list']).toHaveBeenCalledTimes(2);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('asks for the destination cell of a transfer within the province and sends it', async () => {
    const api = tabApi({
      'event:record': async () => ok({ recorded: 1, eventIds: [10, 11], warnings: [] }),
      'organisation:search': async () => ok([{ ...orgNode(12, 'Chi bộ thôn Hạ', { typeCode: 'CELL' }), pathNames: ['Đảng bộ tỉnh', 'Đảng bộ xã Yên Lập'] }]),
    });
    const { user } = renderWith(api, <MemberEventsTab memberId={7} />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Ghi sự kiện' }));
    await pick(user, 'Loại sự kiện', 'Chuyển đi trong tỉnh');
    expect(screen.getByText(/Ghi cùng lúc “Chuyển đi trong tỉnh”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Chọn tổ chức đảng')).toBeInTheDocument();
    expect(api['event:record']).not.toHaveBeenCalled();
    await user.type(screen.getByRole('combobox', { name: 'Chi bộ chuyển đến' }), 'thon ha');
    await user.click(await screen.findByRole('option', { name: /Chi bộ thôn Hạ/ }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api['event:record']).toHaveBeenCalledWith(expect.objectContaining({ typeCode: 'TRANSFER_OUT_LOCAL', orgToId: 12, memberIds: [7] })));
  });

  it('shows the core\'s refusal and keeps the form open', async () => {
    const message = 'Ngày 01/02/2024 đảng viên đã từ trần (ngày 01/01/2024): không ghi được sự kiện “Miễn công tác và sinh hoạt đảng”.';
    const api = tabApi({ 'event:record': async () => fail('RULE', message) });
    const { user } = renderWith(api, <MemberEventsTab memberId={7} />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Ghi sự kiện' }));
    await pick(user, 'Loại sự kiện', 'Miễn công tác và sinh hoạt đảng');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('form', { name: 'Ghi sự kiện mới' })).toBeInTheDocument();
    expect(api['event:list']).toHaveBeenCalledTimes(1);
  });

  it('corrects the date and decision of an event, the form filled from it', async () => {
    const api = tabApi({ 'event:correct': async (input) => ok(memberEvent(4, { eventDate: input.eventDate, decisionNo: input.decisionNo ?? null })) });
    const { user } = renderWith(api, <MemberEventsTab memberId={7} />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Sửa sự kiện Miễn công tác và sinh hoạt đảng ngày 10/01/2022' }));
    const form = screen.getByRole('form', { name: 'Sửa sự kiện “Miễn công tác và sinh hoạt đảng”' });
    expect(within(form).queryByRole('combobox', { name: 'Loại sự kiện' })).toBeNull();
    const date = within(form).getByRole('textbox', { name: 'Ngày' });
    expect(date).toHaveValue('10/01/2022');
    expect(date).toHaveFocus();
    expect(within(form).getByRole('textbox', { name: 'Ghi chú' })).toHaveValue('Tuổi cao, sức yếu');
    await user.clear(date);
    await user.type(date, '2021');
    await user.type(within(form).getByRole('textbox', { name: 'Số quyết định' }), '3-QĐ');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api['event:correct']).toHaveBeenCalledTimes(1));
    expect(api['event:correct']).toHaveBeenCalledWith({ eventId: 4, eventDate: '2021', decisionNo: '3-QĐ', decisionDate: null, decisionBody: null, decisionSigner: null, note: 'Tuổi cao, sức yếu' });
    expect(await screen.findByText('Đã sửa sự kiện “Miễn công tác và sinh hoạt đảng” ngày 2021.')).toBeInTheDocument();
  });

  it('cancels an event only with a reason and a confirmation; Esc goes back without cancelling', async () => {
    const api = tabApi({ 'event:cancel': async () => ok(memberEvent(4, { cancelled: true, cancelReason: 'Nhầm' })) });
    const { user } = renderWith(api, <MemberEventsTab memberId={7} />);
    await screen.findByRole('table');
    const cancel = screen.getByRole('button', { name: 'Hủy sự kiện Miễn công tác và sinh hoạt đảng ngày 10/01/2022' });
    await user.click(cancel);
    expect(screen.getByRole('form', { name: 'Hủy sự kiện “Miễn công tác và sinh hoạt đảng” ngày 10/01/2022?' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Lý do hủy' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(api['event:cancel']).not.toHaveBeenCalled();

    await user.click(cancel);
    await user.click(screen.getByRole('button', { name: 'Xác nhận hủy' }));
    expect(await screen.findByText('Không được để trống')).toBeInTheDocument();
    expect(api['event:cancel']).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Lý do hủy' }), 'Quyết định bị thu hồi');
    await user.click(screen.getByRole('button', { name: 'Xác nhận hủy' }));
    await waitFor(() => expect(api['event:cancel']).toHaveBeenCalledWith({ eventId: 4, reason: 'Quyết định bị thu hồi' }));
    expect(await screen.findByText('Đã hủy sự kiện “Miễn công tác và sinh hoạt đảng” ngày 10/01/2022.')).toBeInTheDocument();
  });

  it('inside the member file, Esc in a form closes the form and leaves the file open', async () => {
    const api = tabApi();
    const onClose = vi.fn();
    const { user } = renderWith(
      api,
      <Modal opened onClose={onClose} title="Hồ sơ đảng viên">
        <MemberEventsTab memberId={7} />
      </Modal>,
    );
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Ghi sự kiện' }));
    await user.click(screen.getByRole('textbox', { name: 'Số quyết định' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Hồ sơ đảng viên' })).toBeInTheDocument();
  });
});

describe('an event being typed in the member file', () => {
  it('is unsaved work of the file (closing or moving on asks first) until the form is saved or closed', async () => {
    const { user } = renderWith(tabApi(), <MemberEventsTab memberId={7} />);
    const dirty = () => Boolean(useMemberFileStore.getState().dirty.events);
    await user.click(await screen.findByRole('button', { name: 'Ghi sự kiện' }));
    const form = await screen.findByRole('form', { name: 'Ghi sự kiện mới' });
    expect(dirty()).toBe(false);
    await user.type(within(form).getByRole('textbox', { name: 'Ghi chú' }), 'Theo đề nghị của chi bộ');
    expect(dirty()).toBe(true);
    expect(dirtySections(useMemberFileStore.getState().dirty)).toEqual(['events']);
    // Esc on typed data asks first (issue 8); Esc on the question stays, with the text kept.
    await user.type(within(form).getByRole('textbox', { name: 'Ghi chú' }), '{Escape}');
    const question = await screen.findByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' });
    expect(within(question).getByRole('button', { name: 'Ở lại' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within(form).getByRole('textbox', { name: 'Ghi chú' })).toHaveValue('Theo đề nghị của chi bộ');
    expect(dirty()).toBe(true);
    // Hủy asks too; "Bỏ những gì đã nhập" closes the form and the file has nothing unsaved left.
    await user.click(within(form).getByRole('button', { name: 'Hủy' }));
    await user.click(await screen.findByRole('button', { name: 'Bỏ những gì đã nhập' }));
    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
    expect(dirty()).toBe(false);
  });
  it('closes at once on Esc when nothing was typed', async () => {
    const { user } = renderWith(tabApi(), <MemberEventsTab memberId={7} />);
    await user.click(await screen.findByRole('button', { name: 'Ghi sự kiện' }));
    const form = await screen.findByRole('form', { name: 'Ghi sự kiện mới' });
    await user.type(within(form).getByRole('textbox', { name: 'Ghi chú' }), '{Escape}');
    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
