import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok, type Api } from '../../../shared/contract/index.ts';
import { DecisionEntryModal } from '../../../renderer/src/screens/decisions/DecisionEntryModal.tsx';
import { fakeApi } from '../fakeApi.ts';
import { renderWith } from '../render.tsx';
import { cadreList } from './cadres.ts';

type User = ReturnType<typeof renderWith>['user'];

/** The box of a cell (a dropdown's list is named like its box: the box is the input). */
const cell = (column: string, row: number) => {
  const box = screen.getAllByLabelText(`${column}, dòng ${row}`).find((el) => el instanceof HTMLInputElement && el.type !== 'hidden');
  if (!box) throw new Error(`No box ${column}, dòng ${row}`);
  return box;
};

/** decision:check as the core answers: the post held before, and a warning for cadre 13 (60-month rule). */
const check: Api['decision:check'] = async (input) =>
  ok({
    rows: input.actions.map((a) => ({
      postBefore: a.cadreId === 11 ? 'Phó Giám đốc' : 'Trưởng phòng',
      unitBefore: a.cadreId === 11 ? 'Sở Tài chính' : 'Sở Nội vụ',
      termMonths: a.termMonths ?? (a.typeCode === 'APPOINT' ? 60 : null),
      termEnd: a.typeCode === 'APPOINT' ? '2031-12-14' : null,
      warnings: a.cadreId === 13 ? [{ code: 'kernel.badInput', params: { detail: 'Còn dưới 60 tháng công tác' } }] : [],
    })),
  });

const api = (over: Partial<Api> = {}) => fakeApi({ 'cadre:list': cadreList, 'decision:check': check, ...over });

async function fillHeader(user: User) {
  await user.click(screen.getByRole('textbox', { name: 'Số quyết định' }));
  await user.keyboard('123-QĐ/TU{Enter}10/12/2026{Enter}15/12/2026{Enter}{Enter}Ban Thường vụ Tỉnh ủy{Enter}Hoàng Văn Ký{Enter}');
}

function render(over: Partial<Api> = {}) {
  const fake = api(over);
  const onDone = vi.fn();
  const view = renderWith(fake, <DecisionEntryModal onClose={() => {}} onDone={onDone} />);
  return { fake, onDone, ...view };
}

const action = (over: Record<string, unknown>) => ({
  postKind: 'main',
  postBefore: null,
  unitBefore: null,
  postAfter: null,
  unitAfter: null,
  orgAfterId: null,
  termMonths: null,
  effectiveOn: null,
  planningCycle: null,
  note: null,
  ...over,
});

describe('decision entry', () => {
  it('takes three rows by keyboard (Enter moves cell to cell) and Ctrl+S sends them in one decision:create', async () => {
    const { user, fake, onDone } = render({ 'decision:create': async (input) => ok({ id: 5, actionIds: input.actions.map((_, i) => 100 + i), warnings: input.actions.map(() => []) }) });
    await screen.findByRole('dialog', { name: 'Nhập quyết định nhân sự' });
    await fillHeader(user);

    await user.click(cell('Loại', 1));
    await user.keyboard('bo nhiem{Enter}');
    expect(cell('Người', 1)).toHaveFocus();
    await user.keyboard('Nguyễn Văn An{Enter}');
    await waitFor(() => expect(cell('Loại chức vụ', 1)).toHaveFocus());
    expect(cell('Người', 1)).toHaveValue('Nguyễn Văn An');
    await user.keyboard('{Enter}');
    expect(cell('Chức vụ trước', 1)).toHaveFocus();
    await waitFor(() => expect(cell('Chức vụ trước', 1)).toHaveValue('Phó Giám đốc'));
    expect(cell('Đơn vị trước', 1)).toHaveValue('Sở Tài chính');
    await user.keyboard('{Enter}{Enter}Giám đốc{Enter}Sở Tài chính{Enter}');
    expect(cell('Tháng', 1)).toHaveValue('60');
    await user.keyboard('{Enter}');
    // The planning cycle is skipped for a type that is not PLAN_*.
    expect(cell('Ghi chú', 1)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(cell('Loại', 2)).toHaveFocus();
    expect(within(screen.getByLabelText('Kiểm tra dòng 1')).getByText('Hết nhiệm kỳ: 14/12/2031')).toBeInTheDocument();

    await user.keyboard('dieu dong{Enter}tran thi binh{Enter}');
    await waitFor(() => expect(cell('Loại chức vụ', 2)).toHaveFocus());
    await user.keyboard('{Enter}{Enter}{Enter}Giám đốc{Enter}Sở Nội vụ{Enter}{Enter}');
    expect(cell('Ghi chú', 2)).toHaveFocus();
    await user.keyboard('Theo đề nghị của Sở{Enter}');
    expect(cell('Loại', 3)).toHaveFocus();
    await user.keyboard('bo nhiem{Enter}le van cuong{Enter}');
    await waitFor(() => expect(cell('Loại chức vụ', 3)).toHaveFocus());
    await waitFor(() => expect(screen.getByLabelText('Kiểm tra dòng 3')).toHaveTextContent('Còn dưới 60 tháng công tác'));

    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ id: 5, number: '123-QĐ/TU', count: 3 }));
    expect(fake['decision:create']).toHaveBeenCalledTimes(1);
    expect(fake['decision:create']).toHaveBeenCalledWith({
      decision: { number: '123-QĐ/TU', issuedOn: '2026-12-10', effectiveOn: '2026-12-15', receivedOn: null, issuingBody: 'Ban Thường vụ Tỉnh ủy', signer: 'Hoàng Văn Ký', summary: null },
      actions: [
        action({ typeCode: 'APPOINT', cadreId: 11, postBefore: 'Phó Giám đốc', unitBefore: 'Sở Tài chính', postAfter: 'Giám đốc', unitAfter: 'Sở Tài chính', termMonths: 60 }),
        action({ typeCode: 'TRANSFER', cadreId: 12, postBefore: 'Trưởng phòng', unitBefore: 'Sở Nội vụ', postAfter: 'Giám đốc', unitAfter: 'Sở Nội vụ', note: 'Theo đề nghị của Sở' }),
        action({ typeCode: 'APPOINT', cadreId: 13, postBefore: 'Trưởng phòng', unitBefore: 'Sở Nội vụ', termMonths: 60 }),
      ],
    });
  }, 90_000);

  it('Enter in the last box of the last row adds a row; Ctrl+Enter too', async () => {
    const { user } = render();
    await screen.findByRole('dialog');
    const rows = () => within(screen.getByRole('table', { name: 'Danh sách người trong quyết định' })).getAllByRole('row').length - 1;
    expect(rows()).toBe(3);
    await user.click(cell('Ghi chú', 3));
    await user.keyboard('x{Enter}');
    expect(rows()).toBe(4);
    await waitFor(() => expect(cell('Loại', 4)).toHaveFocus());
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(rows()).toBe(5);
    await waitFor(() => expect(cell('Loại', 5)).toHaveFocus());
  });

  it('fills rows from three tab-separated lines pasted from Excel, resolving names and leaving namesakes to pick', async () => {
    const { user } = render();
    await screen.findByRole('dialog');
    await user.click(cell('Người', 1));
    await user.paste(['Nguyễn Văn An\tBổ nhiệm\tGiám đốc\tSở Tài chính\tThay ông B', '001080000012\tTRANSFER\tChánh Văn phòng\tVăn phòng UBND tỉnh\t', 'Phạm Minh Đức\tBổ nhiệm lại\t\t\t'].join('\r\n'));
    await waitFor(() => expect(cell('Người', 3)).toHaveValue('Phạm Minh Đức'));
    expect(cell('Người', 1)).toHaveValue('Nguyễn Văn An');
    expect(cell('Loại', 1)).toHaveValue('Bổ nhiệm');
    expect(cell('Chức vụ mới', 1)).toHaveValue('Giám đốc');
    expect(cell('Đơn vị mới', 1)).toHaveValue('Sở Tài chính');
    expect(cell('Ghi chú', 1)).toHaveValue('Thay ông B');
    expect(cell('Tháng', 1)).toHaveValue('60');
    expect(cell('Người', 2)).toHaveValue('Trần Thị Bình');
    expect(cell('Loại', 2)).toHaveValue('Điều động');
    expect(cell('Loại', 3)).toHaveValue('Bổ nhiệm lại');
    // Two cadres are named Phạm Minh Đức: the row says so and the clerk picks one with the arrows and Enter.
    expect(cell('Người', 3)).toHaveAccessibleDescription('Nhiều người trùng tên: chọn một người');
    await waitFor(() => expect(cell('Người', 3)).toHaveFocus());
    const options = within(screen.getByRole('listbox', { name: 'Cán bộ khớp tên' })).getAllByRole('option');
    expect(options).toHaveLength(2);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(cell('Người', 3)).not.toHaveAccessibleDescription('Nhiều người trùng tên: chọn một người');
    expect(cell('Loại chức vụ', 3)).toHaveFocus();
  }, 60_000);

  it('keeps every row when the core refuses, and marks the row and box it names', async () => {
    const message = 'Dòng 2: Trần Thị Bình đã có quyết định này.';
    const { user, onDone } = render({ 'decision:create': async () => fail('CONFLICT', message, { 'actions.1.cadreId': 'Đã có hành động trùng' }) });
    await screen.findByRole('dialog');
    await fillHeader(user);
    await user.click(cell('Người', 1));
    await user.paste(['Nguyễn Văn An\tBổ nhiệm\tGiám đốc\tSở Tài chính', 'Trần Thị Bình\tĐiều động\tGiám đốc\tSở Nội vụ'].join('\n'));
    await waitFor(() => expect(cell('Người', 2)).toHaveValue('Trần Thị Bình'));
    await user.keyboard('{Control>}s{/Control}');

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(onDone).not.toHaveBeenCalled();
    const wrong = cell('Người', 2);
    expect(wrong).toHaveAttribute('aria-invalid', 'true');
    expect(wrong).toHaveAccessibleDescription('Đã có hành động trùng');
    expect(wrong.closest('tr')).toHaveAttribute('aria-invalid', 'true');
    expect(cell('Người', 1).closest('tr')).not.toHaveAttribute('aria-invalid');
    expect(cell('Chức vụ mới', 2)).toHaveValue('Giám đốc');
    expect(cell('Người', 1)).toHaveValue('Nguyễn Văn An');
    expect(screen.getByRole('textbox', { name: 'Số quyết định' })).toHaveValue('123-QĐ/TU');
  }, 60_000);

  it('never takes one of two namesakes on a quick Enter: the list opens and the arrows choose', async () => {
    const { user } = render();
    await screen.findByRole('dialog');
    await user.click(cell('Người', 1));
    await user.keyboard('Phạm Minh Đức{Enter}');
    await waitFor(() => expect(cell('Người', 1)).toHaveAccessibleDescription('Nhiều người trùng tên: chọn một người'));
    expect(cell('Người', 1)).toHaveFocus();
    expect(within(screen.getByRole('listbox', { name: 'Cán bộ khớp tên' })).getAllByRole('option')).toHaveLength(2);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(cell('Loại chức vụ', 1)).toHaveFocus();
    expect(cell('Người', 1)).not.toHaveAccessibleDescription('Nhiều người trùng tên: chọn một người');
  });

  it('asks before closing over typed rows, and keeps them when the clerk stays', async () => {
    const onClose = vi.fn();
    const { user } = renderWith(api(), <DecisionEntryModal onClose={onClose} onDone={() => {}} />);
    await screen.findByRole('dialog');
    await user.type(cell('Ghi chú', 1), 'x');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('alertdialog', { name: 'Bỏ quyết định đang nhập?' });
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(ask).getByRole('button', { name: 'Ở lại nhập tiếp' }));
    expect(cell('Ghi chú', 1)).toHaveValue('x');
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    await user.click(await screen.findByRole('button', { name: 'Bỏ quyết định' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('checks the boxes before calling the core', async () => {
    const { user, fake } = render();
    await screen.findByRole('dialog');
    await user.click(cell('Người', 1));
    await user.paste('Ai Đó Không Có\tBổ nhiệm\n');
    await waitFor(() => expect(cell('Người', 1)).toHaveAccessibleDescription('Không tìm thấy cán bộ “Ai Đó Không Có”'));
    await user.keyboard('{Control>}s{/Control}');
    expect(fake['decision:create']).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Số quyết định' })).toHaveAccessibleDescription('Không được để trống');
    expect(screen.getByRole('alert')).toHaveTextContent('ô chưa đúng');
  });
});
