import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import { BulkEventModal } from '../../../renderer/src/screens/events/BulkEventModal.tsx';
import { MemberEventsTab } from '../../../renderer/src/screens/events/MemberEventsTab.tsx';
import { orgNode } from '../fixtures.ts';
import { renderWith } from '../render.tsx';
import { eventList, eventsApi, memberEvent } from './support.ts';

const LATE_OUT = 'Chuyển sinh hoạt sau 61 ngày làm việc kể từ quyết định (quy định: trong 60 ngày làm việc).';
const LATE_LETTER = 'Nộp giấy giới thiệu sau 137 ngày làm việc (quy định: trong 30 ngày làm việc).';
const GAP_LABEL = 'Thời gian từ ngày giấy giới thiệu đến ngày nộp là gián đoạn sinh hoạt đảng (trừ vào tuổi Đảng)';

const TRANSFER_IN = memberEvent(5, {
  typeCode: 'TRANSFER_IN_PROVINCE',
  typeName: 'Chuyển đến từ tỉnh khác',
  effect: 'add',
  eventDate: '2012-09-10',
  decisionDate: '2012-03-01',
  orgFromId: null,
  orgFromName: null,
  interruptsPartyAge: true,
  warnings: [LATE_LETTER],
});
const EXEMPT = memberEvent(4);

function tabApi(over: Parameters<typeof eventsApi>[0] = {}) {
  return eventsApi({ 'event:list': async () => ok(eventList([TRANSFER_IN, EXEMPT])), ...over });
}

async function pick(user: ReturnType<typeof renderWith>['user'], label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function typeDate(user: ReturnType<typeof renderWith>['user'], form: HTMLElement, label: string, text: string) {
  const box = within(form).getByRole('textbox', { name: label });
  await user.clear(box);
  await user.type(box, text);
}

describe('transfer deadlines and the transfer gap in the events tab', () => {
  it('warns while the dates are typed that a transfer is late, and shows the warnings returned after saving', async () => {
    const api = tabApi({ 'event:record': async () => ok({ recorded: 1, eventIds: [10], warnings: [LATE_OUT] }) });
    const { user } = renderWith(api, <MemberEventsTab memberId={7} />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Ghi sự kiện' }));
    const form = screen.getByRole('form', { name: 'Ghi sự kiện mới' });
    await pick(user, 'Loại sự kiện', 'Chuyển đi tỉnh khác');
    await typeDate(user, form, 'Ngày quyết định', '01/01/2024');
    await typeDate(user, form, 'Ngày', '25/03/2024');
    // 60 working days: on time.
    expect(within(form).queryByRole('note')).toBeNull();
    await typeDate(user, form, 'Ngày', '26/03/2024');
    expect(within(form).getByRole('note', { name: 'Lưu ý thời hạn' })).toHaveTextContent(LATE_OUT);
    // A warning, not a refusal: it saves.
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api['event:record']).toHaveBeenCalledTimes(1));
    expect(api['event:record']).toHaveBeenCalledWith(expect.not.objectContaining({ interruptsPartyAge: expect.anything() }));
    expect(await screen.findByRole('status', { name: 'Đã ghi, lưu ý thời hạn:' })).toHaveTextContent(LATE_OUT);
    expect(screen.getByText('Đã ghi sự kiện “Chuyển đi tỉnh khác”.')).toBeInTheDocument();
  });

  it('offers the transfer-gap mark only for a transfer in from another province, and sends it', async () => {
    const api = tabApi({
      'event:record': async () => ok({ recorded: 1, eventIds: [10], warnings: [LATE_LETTER] }),
      'organisation:search': async () => ok([{ ...orgNode(12, 'Chi bộ thôn Hạ', { typeCode: 'CELL' }), pathNames: ['Đảng bộ tỉnh', 'Đảng bộ xã Yên Lập'] }]),
    });
    const { user } = renderWith(api, <MemberEventsTab memberId={7} />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Ghi sự kiện' }));
    const form = screen.getByRole('form', { name: 'Ghi sự kiện mới' });
    await pick(user, 'Loại sự kiện', 'Miễn công tác và sinh hoạt đảng');
    expect(within(form).queryByRole('checkbox')).toBeNull();
    await pick(user, 'Loại sự kiện', 'Chuyển đi tỉnh khác');
    expect(within(form).queryByRole('checkbox')).toBeNull();
    await pick(user, 'Loại sự kiện', 'Chuyển đến từ tỉnh khác');
    const mark = within(form).getByRole('checkbox', { name: GAP_LABEL });
    expect(mark).not.toBeChecked();
    await user.click(mark);
    // Marked without the letter's date: asked for it before calling the core.
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText('Nhập ngày của giấy giới thiệu')).toBeInTheDocument();
    expect(api['event:record']).not.toHaveBeenCalled();

    await typeDate(user, form, 'Ngày', '10/09/2012');
    await typeDate(user, form, 'Ngày quyết định', '01/03/2012');
    expect(within(form).getByRole('note', { name: 'Lưu ý thời hạn' })).toHaveTextContent(LATE_LETTER);
    await user.type(within(form).getByRole('combobox', { name: 'Chi bộ chuyển đến' }), 'thon ha');
    await user.click(await screen.findByRole('option', { name: /Chi bộ thôn Hạ/ }));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api['event:record']).toHaveBeenCalledTimes(1));
    expect(api['event:record']).toHaveBeenCalledWith(
      expect.objectContaining({ typeCode: 'TRANSFER_IN_PROVINCE', eventDate: '2012-09-10', decisionDate: '2012-03-01', orgToId: 12, interruptsPartyAge: true }),
    );
    expect(await screen.findByRole('status', { name: 'Đã ghi, lưu ý thời hạn:' })).toHaveTextContent(LATE_LETTER);
  });

  it('marks the gap in the table and corrects the mark off from the form filled with it', async () => {
    const api = tabApi({ 'event:correct': async (input) => ok({ ...TRANSFER_IN, interruptsPartyAge: input.interruptsPartyAge ?? false }) });
    const { user } = renderWith(api, <MemberEventsTab memberId={7} />);
    const table = await screen.findByRole('table', { name: 'Các sự kiện của đảng viên' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Chuyển đến từ tỉnh khác (gián đoạn)');
    expect(rows[1]).toHaveTextContent(LATE_LETTER);
    expect(rows[2]).not.toHaveTextContent('gián đoạn');

    await user.click(screen.getByRole('button', { name: 'Sửa sự kiện Chuyển đến từ tỉnh khác ngày 10/09/2012' }));
    const form = screen.getByRole('form', { name: 'Sửa sự kiện “Chuyển đến từ tỉnh khác”' });
    const mark = within(form).getByRole('checkbox', { name: GAP_LABEL });
    expect(mark).toBeChecked();
    await user.click(mark);
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api['event:correct']).toHaveBeenCalledTimes(1));
    expect(api['event:correct']).toHaveBeenCalledWith(expect.objectContaining({ eventId: 5, eventDate: '2012-09-10', decisionDate: '2012-03-01', interruptsPartyAge: false }));

    // Another event's correction form has no mark.
    await user.click(await screen.findByRole('button', { name: 'Sửa sự kiện Miễn công tác và sinh hoạt đảng ngày 10/01/2022' }));
    expect(within(screen.getByRole('form', { name: 'Sửa sự kiện “Miễn công tác và sinh hoạt đảng”' })).queryByRole('checkbox')).toBeNull();
  });
});

describe('transfer deadlines for many members at once', () => {
  it('keeps the dialog open on the warnings (each naming its member) until the clerk closes it', async () => {
    const warnings = [`Nguyễn Văn An: ${LATE_OUT}`, `Trần Văn Bình: ${LATE_OUT}`];
    const api = eventsApi({ 'event:record': async () => ok({ recorded: 2, eventIds: [21, 22], warnings }) });
    const onDone = vi.fn();
    const { user } = renderWith(api, <BulkEventModal memberIds={[4, 5]} opened onClose={() => {}} onDone={onDone} />);
    const dialog = screen.getByRole('dialog', { name: 'Ghi sự kiện cho 2 đảng viên' });
    await pick(user, 'Loại sự kiện', 'Chuyển đi tỉnh khác');
    await typeDate(user, dialog, 'Ngày quyết định', '01/01/2024');
    await typeDate(user, dialog, 'Ngày', '26/03/2024');
    expect(within(dialog).getByRole('note', { name: 'Lưu ý thời hạn' })).toHaveTextContent(LATE_OUT);
    await user.keyboard('{Control>}s{/Control}');
    const notice = await screen.findByRole('status', { name: 'Đã ghi, lưu ý thời hạn:' });
    expect(notice).toHaveTextContent(warnings[0]!);
    expect(notice).toHaveTextContent(warnings[1]!);
    expect(onDone).not.toHaveBeenCalled();
    // Its own button (the dialog's ✕ closes the same way).
    await user.click(within(notice.parentElement as HTMLElement).getByRole('button', { name: 'Đóng' }));
    expect(onDone).toHaveBeenCalledWith({ recorded: 2, eventIds: [21, 22], warnings });
  });
});
