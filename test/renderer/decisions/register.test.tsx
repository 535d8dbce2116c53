import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, type Output } from '../../../shared/contract/index.ts';
import { DecisionsView } from '../../../renderer/src/screens/decisions/DecisionsView.tsx';
import { fakeApi } from '../fakeApi.ts';
import { cadreList } from './cadres.ts';
import { cadreFile } from '../cadres/support.ts';
import { renderWith } from '../render.tsx';

const fields = { issuedOn: '2026-03-02', effectiveOn: '2026-03-15', receivedOn: null, issuingBody: 'Ban Thường vụ Tỉnh ủy', signer: 'Hoàng Văn Ký', summary: 'Bổ nhiệm cán bộ' };
const row = { id: 7, number: '123-QĐ/TU', ...fields, year: 2026, kind: 'personnel' as const, actionCount: 2, typeCodes: ['APPOINT'] };

const action = (id: number, seq: number, fullName: string, status: 'active' | 'cancelled' = 'active') => ({
  id,
  decisionId: 7,
  seq,
  typeCode: 'APPOINT',
  cadreId: 10 + id,
  fullName,
  effectiveOn: '2026-03-15',
  postKind: 'main' as const,
  postBefore: 'Phó Giám đốc',
  unitBefore: 'Sở Tài chính',
  postAfter: 'Giám đốc',
  unitAfter: 'Sở Tài chính',
  orgAfterId: null,
  termMonths: 60,
  termEnd: '2031-03-14',
  planningCycle: null,
  note: null,
  status,
  cancelReason: status === 'cancelled' ? 'Nhầm người' : null,
});

const record: Output<'decision:get'> = { id: 7, number: '123-QĐ/TU', ...fields, year: 2026, kind: 'personnel', createdAt: '2026-03-02T08:00:00Z', scan: null, actions: [action(1, 1, 'Nguyễn Văn An'), action(2, 2, 'Trần Thị Bình')] };

describe('the decisions register', () => {
  it('lists decisions, searches them, opens one and cancels an action with a reason', async () => {
    const fake = fakeApi({
      'decision:list': async () => ok({ rows: [row], total: 1 }),
      'decision:get': async () => ok(record),
      'action:cancel': async ({ id, reason }) => ok({ ...action(id, 2, 'Trần Thị Bình', 'cancelled'), cancelReason: reason }),
    });
    const { user } = renderWith(fake, <DecisionsView />);
    const table = await screen.findByRole('table', { name: 'Sổ quyết định nhân sự' });
    expect(await within(table).findByText('123-QĐ/TU')).toBeInTheDocument();
    expect(within(table).getByText('Bổ nhiệm cán bộ')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Tìm số, trích yếu, cơ quan' }), '123');
    await waitFor(() => expect(fake['decision:list']).toHaveBeenLastCalledWith(expect.objectContaining({ query: '123', offset: 0 })));

    await user.click(within(table).getByRole('row', { name: '123-QĐ/TU' }));
    const dialog = await screen.findByRole('dialog', { name: 'Quyết định 123-QĐ/TU' });
    const actions = within(dialog).getByRole('table', { name: 'Các hành động của quyết định' });
    expect(within(actions).getByText('Trần Thị Bình')).toBeInTheDocument();
    expect(within(actions).getAllByText('Phó Giám đốc, Sở Tài chính')).toHaveLength(2);

    await user.click(within(actions).getByRole('button', { name: 'Hủy hành động: Trần Thị Bình' }));
    const fix = await screen.findByRole('dialog', { name: 'Hủy hành động của Trần Thị Bình' });
    await user.click(within(fix).getByRole('button', { name: 'Lưu' }));
    expect(within(fix).getByRole('textbox', { name: 'Lý do' })).toHaveAccessibleDescription('Không được để trống');
    expect(fake['action:cancel']).not.toHaveBeenCalled();
    await user.type(within(fix).getByRole('textbox', { name: 'Lý do' }), 'Nhầm người');
    await user.click(within(fix).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fake['action:cancel']).toHaveBeenCalledWith({ id: 2, reason: 'Nhầm người' }));
    expect(await screen.findByText('Đã hủy. Chức vụ hiện tại được tính lại.')).toBeInTheDocument();
    expect(fake['decision:get']).toHaveBeenCalledTimes(2);
  });

  it('opens the cadre file of an action (double click on its row)', async () => {
    const fake = fakeApi({
      'decision:list': async () => ok({ rows: [row], total: 1 }),
      'decision:get': async () => ok(record),
      'cadre:get': async ({ id }) => ok(cadreFile(id, 'Nguyễn Văn An')),
      'cadre:perusals': async () => ok([]),
    });
    const { user } = renderWith(fake, <DecisionsView />);
    const table = await screen.findByRole('table', { name: 'Sổ quyết định nhân sự' });
    await user.click(await within(table).findByRole('row', { name: '123-QĐ/TU' }));
    const dialog = await screen.findByRole('dialog', { name: 'Quyết định 123-QĐ/TU' });
    const actions = within(dialog).getByRole('table', { name: 'Các hành động của quyết định' });
    await user.dblClick(within(actions).getByText('Nguyễn Văn An'));
    expect(await screen.findByRole('dialog', { name: 'Hồ sơ cán bộ: Nguyễn Văn An' })).toBeInTheDocument();
    expect(fake['cadre:get']).toHaveBeenCalledWith({ id: 11 });
  });

  it('attaches the scan of the decision from its window, and shows it', async () => {
    const fake = fakeApi({
      'decision:list': async () => ok({ rows: [row], total: 1 }),
      'decision:get': async () => ok(record),
      'decision:setScan': async ({ fileName, mime }) => ok({ fileName, mime, bytes: 9, createdAt: '2026-11-20T08:00:00Z' }),
    });
    const { user } = renderWith(fake, <DecisionsView />);
    const table = await screen.findByRole('table', { name: 'Sổ quyết định nhân sự' });
    await user.click(await within(table).findByRole('row', { name: '123-QĐ/TU' }));
    const dialog = await screen.findByRole('dialog', { name: 'Quyết định 123-QĐ/TU' });
    expect(within(dialog).getByText('Chưa có bản quét quyết định.')).toBeInTheDocument();
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File(['%PDF-1.4'], 'QĐ 123.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(fake['decision:setScan']).toHaveBeenCalledWith({ decisionId: 7, fileName: 'QĐ 123.pdf', mime: 'application/pdf', base64: btoa('%PDF-1.4') }));
    expect(await within(dialog).findByText(/Bản quét: QĐ 123.pdf/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Mở bản quét' })).toBeInTheDocument();
  });

  it('corrects an action: the changed boxes and the reason go to action:correct', async () => {
    const fake = fakeApi({
      'decision:list': async () => ok({ rows: [row], total: 1 }),
      'decision:get': async () => ok(record),
      'action:correct': async ({ id }) => ok({ ...action(id, 1, 'Nguyễn Văn An'), postAfter: 'Giám đốc Sở' }),
    });
    const { user } = renderWith(fake, <DecisionsView />);
    await user.click(await screen.findByRole('row', { name: '123-QĐ/TU' }));
    const dialog = await screen.findByRole('dialog', { name: 'Quyết định 123-QĐ/TU' });
    await user.click(within(dialog).getByRole('button', { name: 'Sửa: Nguyễn Văn An' }));
    const fix = await screen.findByRole('dialog', { name: 'Sửa hành động của Nguyễn Văn An' });
    const post = within(fix).getByRole('textbox', { name: 'Chức vụ mới' });
    expect(post).toHaveValue('Giám đốc');
    await user.clear(post);
    await user.type(post, 'Giám đốc Sở');
    await user.clear(within(fix).getByRole('textbox', { name: 'Tháng' }));
    await user.type(within(fix).getByRole('textbox', { name: 'Tháng' }), '36');
    await user.type(within(fix).getByRole('textbox', { name: 'Lý do' }), 'Ghi sai chức danh');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() =>
      expect(fake['action:correct']).toHaveBeenCalledWith({ id: 1, reason: 'Ghi sai chức danh', changes: { postAfter: 'Giám đốc Sở', unitAfter: 'Sở Tài chính', termMonths: 36, note: null } }),
    );
    expect(await screen.findByText('Đã sửa. Chức vụ hiện tại được tính lại.')).toBeInTheDocument();
  });

  it('opens the entry screen from "Nhập quyết định", and after saving says so and reloads the register', async () => {
    const fake = fakeApi({
      'cadre:list': cadreList,
      'decision:list': async () => ok({ rows: [row], total: 1 }),
      'decision:create': async (input) => ok({ id: 8, actionIds: [1], warnings: input.actions.map(() => []) }),
    });
    const { user } = renderWith(fake, <DecisionsView />);
    await screen.findByText('123-QĐ/TU');
    await user.click(screen.getByRole('button', { name: 'Nhập quyết định' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập quyết định nhân sự' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Số quyết định' }), '124-QĐ/TU');
    await user.type(within(dialog).getByRole('textbox', { name: 'Ngày ký' }), '01/12/2026');
    await user.type(within(dialog).getByRole('textbox', { name: 'Ngày hiệu lực' }), '01/12/2026');
    await user.type(within(dialog).getByRole('textbox', { name: 'Cơ quan ban hành' }), 'Ban Thường vụ Tỉnh ủy');
    await user.click(within(dialog).getByRole('combobox', { name: 'Người, dòng 1' }));
    await user.paste('Nguyễn Văn An\tĐiều động\tGiám đốc\tSở Nội vụ');
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Người, dòng 1' })).toHaveValue('Nguyễn Văn An'));
    const listCalls = fake['decision:list'].mock.calls.length;
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu quyết định 124-QĐ/TU (1 người).')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Nhập quyết định nhân sự' })).not.toBeInTheDocument();
    await waitFor(() => expect(fake['decision:list'].mock.calls.length).toBeGreaterThan(listCalls));
  }, 60_000);
});
