import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import { cadreApi, cadreFile, renderCadres } from './support.ts';

const emptyTables = { workHistory: [], family: [], salary: [], awards: [], discipline: [], assessments: [], assetDeclarations: [], documents: [] };

async function openFile(api: ReturnType<typeof cadreApi>) {
  const view = await renderCadres(api);
  await view.user.dblClick(screen.getByRole('row', { name: 'Mở hồ sơ Nguyễn Văn An' }));
  const dialog = await screen.findByRole('dialog', { name: 'Hồ sơ cán bộ: Nguyễn Văn An' });
  await within(dialog).findByRole('tab', { name: 'Lương' });
  return { ...view, dialog };
}

describe('cadre file', () => {
  it('saves a table whole with cadre:saveTable on Ctrl+S, numbers and dates read as the contract wants', async () => {
    const api = cadreApi({
      'cadre:saveTable': async () => ok({ ...emptyTables, salary: [{ id: 9, since: '2020-07', rankCode: '01.002', step: 4, coefficient: 5.42 }] }),
    });
    const { user, dialog } = await openFile(api);
    // Ctrl+5: the fifth tab of the file, Lương.
    await user.keyboard('{Control>}5{/Control}');
    const panel = await within(dialog).findByRole('tabpanel', { name: 'Lương' });
    await user.click(within(panel).getByRole('button', { name: 'Thêm dòng' }));
    await user.type(within(panel).getByRole('textbox', { name: 'Tháng/năm, dòng 1' }), '7/2020');
    await user.type(within(panel).getByRole('textbox', { name: 'Mã ngạch, dòng 1' }), '01.002');
    await user.type(within(panel).getByRole('textbox', { name: 'Bậc, dòng 1' }), '4');
    await user.type(within(panel).getByRole('textbox', { name: 'Hệ số, dòng 1' }), '5,42');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() =>
      expect(api['cadre:saveTable']).toHaveBeenCalledWith({ cadreId: 1, table: 'salary', rows: [{ since: '2020-07', rankCode: '01.002', step: 4, coefficient: 5.42 }] }),
    );
    expect(await within(panel).findByText('Đã lưu Diễn biến lương.')).toBeInTheDocument();
  });

  it('asks before Esc drops unsaved edits, stays on "Ở lại để lưu", closes on "Bỏ thay đổi"', async () => {
    const api = cadreApi();
    const { user, dialog } = await openFile(api);
    await user.click(within(dialog).getByRole('tab', { name: 'Gia đình' }));
    const panel = await within(dialog).findByRole('tabpanel', { name: 'Gia đình' });
    await user.click(within(panel).getByRole('button', { name: 'Thêm dòng' }));
    await user.type(within(panel).getByRole('textbox', { name: 'Quan hệ, dòng 1' }), 'Bố');

    await user.keyboard('{Escape}');
    const question = await screen.findByRole('alertdialog', { name: 'Có thay đổi chưa lưu' });
    expect(question).toHaveTextContent('Thay đổi ở Quan hệ gia đình chưa được lưu');
    await user.click(within(question).getByRole('button', { name: 'Ở lại để lưu' }));
    expect(screen.getByRole('dialog', { name: 'Hồ sơ cán bộ: Nguyễn Văn An' })).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: 'Quan hệ, dòng 1' })).toHaveValue('Bố');

    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Bỏ thay đổi' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Hồ sơ cán bộ: Nguyễn Văn An' })).not.toBeInTheDocument());
  });

  it('closes with Esc at once when nothing is typed, and shows the posts history from the decisions read-only', async () => {
    const api = cadreApi();
    const { user, dialog } = await openFile(api);
    await user.click(within(dialog).getByRole('tab', { name: 'Chức vụ, quá trình công tác' }));
    const derived = await within(dialog).findByRole('table', { name: 'Quá trình công tác theo các quyết định (tự động, chỉ xem)' });
    const row = within(derived).getAllByRole('row')[1];
    expect(row).toHaveTextContent('01/03/2022');
    expect(row).toHaveTextContent('Bổ nhiệm');
    expect(row).toHaveTextContent('123-QĐ/TU');
    expect(within(derived).queryByRole('textbox')).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('saves the CV tab with cadre:update: the personal fields, the own fields and the CV fields', async () => {
    const api = cadreApi({ 'cadre:update': async (input) => ok(cadreFile(1, 'Nguyễn Văn An', { cv: { heightCm: 168 }, managementTier: input.managementTier ?? 'provincial' })) });
    const { user, dialog } = await openFile(api);
    // By label: the CV form holds some sixty boxes, and role queries walk every one of them.
    const form = within(dialog).getByLabelText('Sơ yếu lý lịch', { selector: 'form' });
    await user.type(within(form).getByLabelText('Chiều cao (cm)'), '168');
    await user.type(within(form).getByLabelText('Ngày nhập ngũ'), '2/1986');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() =>
      expect(api['cadre:update']).toHaveBeenCalledWith(
        expect.objectContaining({
          id: 1,
          personal: expect.objectContaining({ familyName: 'Nguyễn', givenName: 'An', birthDate: '1968', homeTown: 'Xã Yên Lạc' }),
          managementTier: 'provincial',
          politicalTheoryCode: 'ADVANCED',
          cv: expect.objectContaining({ heightCm: 168, armyEnlistedOn: '1986-02', bloodGroup: null }),
        }),
      ),
    );
    expect(await within(form).findByText('Đã lưu sơ yếu lý lịch.')).toBeInTheDocument();
    // The CV tab draws some sixty boxes: about 11 s in jsdom on a loaded machine.
  }, 40_000);

  it('logs a borrowing of the dossier with cadre:logPerusal and lists it', async () => {
    const api = cadreApi({
      'cadre:logPerusal': async (input) => ok({ id: 3, kind: input.kind ?? 'borrow', onDate: input.onDate, person: input.person, purpose: input.purpose ?? null, dueDate: input.dueDate ?? null, source: 'entered' as const }),
    });
    const { user, dialog } = await openFile(api);
    await user.keyboard('{Control>}8{/Control}');
    const panel = await within(dialog).findByRole('tabpanel', { name: 'Tài liệu, khai thác' });
    const form = within(panel).getByRole('form', { name: 'Ghi mượn, trả hồ sơ' });
    await user.type(within(form).getByRole('textbox', { name: 'Người mượn, xem' }), 'Đoàn kiểm tra');
    await user.click(within(form).getByRole('button', { name: 'Ghi vào sổ' }));
    await waitFor(() => expect(api['cadre:logPerusal']).toHaveBeenCalledWith({ cadreId: 1, kind: 'borrow', onDate: '2026-11-20', person: 'Đoàn kiểm tra', purpose: null, dueDate: null }));
    const log = within(panel).getByRole('table', { name: 'Sổ theo dõi khai thác hồ sơ' });
    expect(await within(log).findByText('Đoàn kiểm tra')).toBeInTheDocument();
  });

  it('records a training of the cadre by hand with training:create (no decision, one person) and lists it', async () => {
    const record = { id: 8, cadreId: 1, fullName: 'Nguyễn Văn An', decisionId: null, decisionNo: null, kind: 'politicalTheory' as const, levelCode: 'ADVANCED', mode: 'partTime' as const, institution: 'Học viện Chính trị khu vực I', subject: null, fromDate: '2015-09', toDate: '2017-06', status: 'graduated' as const, qualification: null };
    const api = cadreApi({
      'training:create': async () => ok({ decisionId: null, ids: [8] }),
      'training:list': async () => ok({ rows: [record], total: 1 }),
    });
    const { user, dialog } = await openFile(api);
    await user.keyboard('{Control>}3{/Control}');
    const panel = await within(dialog).findByRole('tabpanel', { name: 'Đào tạo' });
    const form = within(panel).getByRole('form', { name: 'Ghi một lượt đào tạo (không theo quyết định cử đi học)' });
    await user.type(within(form).getByRole('textbox', { name: 'Cơ sở đào tạo' }), 'Học viện Chính trị khu vực I');
    await user.type(within(form).getByRole('textbox', { name: 'Từ' }), '9/2015');
    await user.type(within(form).getByRole('textbox', { name: 'Đến' }), '6/2017');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() =>
      expect(api['training:create']).toHaveBeenCalledWith({
        decision: null,
        cadreIds: [1],
        course: { kind: 'politicalTheory', levelCode: null, mode: 'partTime', institution: 'Học viện Chính trị khu vực I', subject: null, fromDate: '2015-09', toDate: '2017-06', status: 'graduated', qualification: null },
      }),
    );
    expect(api['training:list']).toHaveBeenCalledWith({ cadreId: 1, limit: 500 });
    const list = within(panel).getByRole('table', { name: 'Quá trình đào tạo, bồi dưỡng' });
    expect(await within(list).findByText('Học viện Chính trị khu vực I')).toBeInTheDocument();
  });
});
