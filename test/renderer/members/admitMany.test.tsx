import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok, type Input } from '../../../shared/contract/index.ts';
import { AdmitManyModal } from '../../../renderer/src/screens/members/AdmitManyModal.tsx';
import { parseTsv, pasteInto, emptyRow } from '../../../renderer/src/screens/members/admitManyDraft.ts';
import { fakeApi } from '../fakeApi.ts';
import { orgNode } from '../fixtures.ts';
import { renderApp, renderWith } from '../render.tsx';

type User = ReturnType<typeof renderWith>['user'];
const CELL = { id: 7, name: 'Chi bộ thôn Đồng Xuân' };

const api = (over: Parameters<typeof fakeApi>[0] = {}) =>
  fakeApi({
    'organisation:search': async () => ok([{ ...orgNode(CELL.id, CELL.name, { typeCode: 'CELL' }), pathNames: ['Đảng bộ tỉnh Phú Thọ', 'Đảng bộ xã Thanh Sơn'] }]),
    ...over,
  });

const cell = (column: string, row: number) => screen.getByLabelText(`${column}, dòng ${row}`);

/** The decision's boxes, by keyboard from the ceremony date on: Enter moves on to the table. */
async function fillHeader(user: User) {
  await user.type(screen.getByRole('combobox', { name: 'Chi bộ' }), 'dong xuan');
  await user.click(await screen.findByRole('option', { name: /Chi bộ thôn Đồng Xuân/ }));
  await user.click(screen.getByRole('textbox', { name: 'Ngày vào Đảng (lễ kết nạp)' }));
  await user.keyboard('02/09/2026{Enter}125-QĐ/ĐU{Enter}25/8/2026{Enter}Đảng ủy xã Thanh Sơn{Enter}Lê Văn Ký{Enter}');
}

const TSV = [
  'Trần\tThị\tBình\t05/06/1998\tNữ\t001198000003\tTày\tKhông\tXã Yên Lập\tThôn Đồng Xuân',
  'Lê\t\tCường\t1997\tnam\t001097000004\tKinh\t\t\t',
  'Phạm\tVăn\tDũng\t"07/08/1996"\tNam\t001096000005\t\t\tXã Thanh Sơn\tThôn Hạ',
].join('\r\n');

const header = {
  organisationId: 7,
  admissionDate: '2026-09-02',
  decision: { number: '125-QĐ/ĐU', date: '2026-08-25', body: 'Đảng ủy xã Thanh Sơn', signer: 'Lê Văn Ký' },
};

const person = (over: Partial<Input<'member:admitMany'>['people'][number]>) => ({
  middleName: '',
  otherNames: null,
  birthPlace: null,
  homeTown: null,
  residence: null,
  temporaryResidence: null,
  ethnicCode: null,
  religionCode: null,
  recordNo: null,
  generalEducation: null,
  professionalCode: null,
  politicalTheoryCode: null,
  occupationCode: null,
  phone: null,
  notes: null,
  ...over,
});

describe('admission of many under one decision', () => {
  it('takes the decision and two rows by keyboard, three rows pasted from Excel, and saves them all in one call', async () => {
    const fake = api({ 'member:admitMany': async (input) => ok({ count: input.people.length, members: [] }) });
    const onDone = vi.fn();
    const { user } = renderWith(fake, <AdmitManyModal defaultOrganisation={null} onClose={() => {}} onDone={onDone} />);
    expect(screen.getByRole('dialog', { name: 'Kết nạp đảng viên theo quyết định' })).toBeInTheDocument();
    await fillHeader(user);
    expect(cell('Họ', 1)).toHaveFocus();

    await user.keyboard('Nguyễn{Enter}Văn{Enter}An{Enter}12/3/1995{Enter}Nam{Enter}001 095 000 001{Enter}Kinh{Enter}Không{Enter}Xã Thanh Sơn{Enter}Thôn Đồng Xuân{Enter}');
    expect(cell('Họ', 2)).toHaveFocus();
    expect(cell('Ngày sinh', 1)).toHaveValue('12/03/1995');
    await user.keyboard('Hoàng{Enter}Thị{Enter}Giang{Enter}01/01/1999{Enter}nu{Enter}001199000002{Enter}kinh{Enter}');
    expect(cell('Giới tính', 2)).toHaveValue('Nữ');
    expect(cell('Dân tộc', 2)).toHaveValue('Kinh');

    await user.click(cell('Họ', 3));
    await user.paste(TSV);
    expect(cell('Tên', 3)).toHaveValue('Bình');
    expect(cell('Tên', 5)).toHaveValue('Dũng');
    expect(cell('Ngày sinh', 5)).toHaveValue('07/08/1996');
    expect(screen.getByRole('group', { name: 'Người được kết nạp (5)' })).toBeInTheDocument();

    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ count: 5, members: [] }, '125-QĐ/ĐU'));
    expect(fake['member:admitMany']).toHaveBeenCalledTimes(1);
    expect(fake['member:admitMany']).toHaveBeenCalledWith({
      ...header,
      people: [
        person({ familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', birthDate: '1995-03-12', sex: 'M', citizenId: '001095000001', ethnicCode: '1', religionCode: 'NONE', homeTown: 'Xã Thanh Sơn', residence: 'Thôn Đồng Xuân' }),
        person({ familyName: 'Hoàng', middleName: 'Thị', givenName: 'Giang', birthDate: '1999-01-01', sex: 'F', citizenId: '001199000002', ethnicCode: '1' }),
        person({ familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', birthDate: '1998-06-05', sex: 'F', citizenId: '001198000003', ethnicCode: '2', religionCode: 'NONE', homeTown: 'Xã Yên Lập', residence: 'Thôn Đồng Xuân' }),
        person({ familyName: 'Lê', givenName: 'Cường', birthDate: '1997', sex: 'M', citizenId: '001097000004', ethnicCode: '1' }),
        person({ familyName: 'Phạm', middleName: 'Văn', givenName: 'Dũng', birthDate: '1996-08-07', sex: 'M', citizenId: '001096000005', homeTown: 'Xã Thanh Sơn', residence: 'Thôn Hạ' }),
      ],
    });
  });

  it('marks the cell the core names (people.1.citizenId), shows its message and keeps everything typed', async () => {
    const message = 'Dòng 2 (Lê Cường): Số CCCD 001097000004 đã thuộc về đảng viên Lê Văn Cường (sinh 05/06/1960, Chi bộ thôn Hạ). Chưa kết nạp người nào.';
    const fake = api({ 'member:admitMany': async () => fail('CONFLICT', message, { 'people.1.citizenId': 'Đã thuộc về đảng viên Lê Văn Cường' }) });
    const onDone = vi.fn();
    const { user } = renderWith(fake, <AdmitManyModal defaultOrganisation={CELL} onClose={() => {}} onDone={onDone} />);
    await fillHeader(user);
    await user.paste(TSV);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    const wrong = cell('Số CCCD', 2);
    expect(wrong).toHaveAttribute('aria-invalid', 'true');
    expect(wrong).toHaveAccessibleDescription('Đã thuộc về đảng viên Lê Văn Cường');
    expect(wrong).toHaveFocus();
    expect(cell('Số CCCD', 1)).not.toHaveAttribute('aria-invalid', 'true');
    expect(wrong).toHaveValue('001097000004');
    expect(cell('Tên', 2)).toHaveValue('Cường');
    expect(cell('Họ', 3)).toHaveValue('Phạm');
    expect(screen.getByRole('textbox', { name: 'Số quyết định' })).toHaveValue('125-QĐ/ĐU');
    expect(onDone).not.toHaveBeenCalled();

    // Correcting the cell clears its mark.
    await user.clear(wrong);
    await user.type(wrong, '001097000009');
    expect(wrong).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('checks the boxes and cells before calling the core, in Vietnamese', async () => {
    const fake = api();
    const { user } = renderWith(fake, <AdmitManyModal defaultOrganisation={CELL} onClose={() => {}} onDone={() => {}} />);
    await user.click(screen.getByRole('textbox', { name: 'Ngày vào Đảng (lễ kết nạp)' }));
    await user.keyboard('02/09/2026{Enter}{Enter}03/09/2026{Enter}');
    await user.click(cell('Họ', 1));
    await user.keyboard('Nguyễn{Enter}{Enter}An{Enter}31/02/1990{Enter}X{Enter}00109500000{Enter}Mông Cổ{Enter}');
    await user.click(cell('Họ', 2));
    await user.keyboard('Lê{Enter}{Enter}Bình{Enter}2027{Enter}Nam{Enter}001095000007{Enter}');
    await user.click(cell('Họ', 3));
    await user.keyboard('Vũ{Enter}{Enter}Chi{Enter}1990{Enter}Nữ{Enter}001095000007{Enter}');
    await user.keyboard('{Control>}s{/Control}');

    expect(fake['member:admitMany']).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Số quyết định' })).toHaveAccessibleDescription('Không được để trống');
    expect(screen.getByRole('textbox', { name: 'Ngày quyết định' })).toHaveAccessibleDescription('Không được sau ngày vào Đảng');
    expect(cell('Ngày sinh', 1)).toHaveAccessibleDescription('Ngày không hợp lệ');
    expect(cell('Giới tính', 1)).toHaveAccessibleDescription('Nhập Nam hoặc Nữ');
    expect(cell('Số CCCD', 1)).toHaveAccessibleDescription('Số CCCD có 11 chữ số: có thể Excel đã bỏ số 0 ở đầu');
    expect(cell('Dân tộc', 1)).toHaveAccessibleDescription('Không có trong danh mục');
    expect(cell('Ngày sinh', 2)).toHaveAccessibleDescription('Phải trước ngày vào Đảng');
    expect(cell('Số CCCD', 3)).toHaveAccessibleDescription('Trùng với dòng 2');
    expect(screen.getByRole('alert')).toHaveTextContent('Còn 8 ô chưa hợp lệ');
    expect(cell('Tên', 1)).toHaveValue('An');
  });

  it('adds a row with Ctrl+Enter and removes one with its button', async () => {
    const { user } = renderWith(api(), <AdmitManyModal defaultOrganisation={CELL} onClose={() => {}} onDone={() => {}} />);
    const rows = () => within(screen.getByRole('table', { name: 'Danh sách người được kết nạp' })).getAllByRole('row').length - 1;
    expect(rows()).toBe(3);
    await user.click(cell('Tên', 3));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(rows()).toBe(4);
    expect(cell('Họ', 4)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Thêm dòng' }));
    expect(rows()).toBe(5);
    await user.type(cell('Họ', 2), 'Lê');
    await user.click(screen.getByRole('button', { name: 'Xóa dòng 1' }));
    expect(rows()).toBe(4);
    expect(cell('Họ', 1)).toHaveValue('Lê');
  });

  it('asks before closing over typed rows (Esc, ×, Hủy), and closes an untouched form at once', async () => {
    const onClose = vi.fn();
    const { user } = renderWith(api(), <AdmitManyModal defaultOrganisation={CELL} onClose={onClose} onDone={() => {}} />);
    await user.type(cell('Họ', 1), 'Trần');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('alertdialog', { name: 'Bỏ các dòng đã nhập?' });
    expect(onClose).not.toHaveBeenCalled();
    expect(within(ask).getByRole('button', { name: 'Tiếp tục nhập' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Tiếp tục nhập' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(cell('Họ', 1)).toHaveValue('Trần');
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    await user.click(await screen.findByRole('button', { name: 'Bỏ và đóng' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes an untouched form without asking', async () => {
    const onClose = vi.fn();
    const { user } = renderWith(api(), <AdmitManyModal defaultOrganisation={null} onClose={onClose} onDone={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('opens from the member list toolbar, and after saving shows the count and reloads the list', async () => {
    const fake = api({ 'member:admitMany': async () => ok({ count: 2, members: [{ id: 41, fullName: 'Trần Thị Bình', citizenId: '001198000003' }, { id: 42, fullName: 'Lê Cường', citizenId: '001097000004' }] }) });
    const { user } = renderApp(fake);
    await user.click(screen.getByRole('tab', { name: 'Đảng viên' }));
    await waitFor(() => expect(fake['member:list']).toHaveBeenCalled());
    const listCalls = fake['member:list'].mock.calls.length;
    await user.click(screen.getByRole('button', { name: 'Kết nạp theo quyết định' }));
    await fillHeader(user);
    await user.paste(TSV.split('\r\n').slice(0, 2).join('\n'));
    await user.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText('Đã kết nạp 2 đảng viên theo quyết định số 125-QĐ/ĐU.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(fake['member:list'].mock.calls.length).toBeGreaterThan(listCalls));
  });
});

describe('pasting from Excel', () => {
  it('reads quoted cells with tabs, line breaks and quotes inside', () => {
    expect(parseTsv('a\t"b\tc"\t"say ""hi"""\r\n"line\none"\t\r\n')).toEqual([
      ['a', 'b\tc', 'say "hi"'],
      ['line\none', ''],
    ]);
  });

  it('fills from the cell pasted into, adds rows, skips blank lines and ignores extra columns', () => {
    const { rows, lastRow } = pasteInto([emptyRow()], { row: 0, column: 8 }, 'Quê A\tNơi A\tthừa\n\nQuê B\tNơi B\n');
    expect(lastRow).toBe(1);
    expect(rows.map((r) => [r.homeTown, r.residence, r.familyName])).toEqual([
      ['Quê A', 'Nơi A', ''],
      ['Quê B', 'Nơi B', ''],
    ]);
  });

  it('takes one Excel cell into the box without its line break, and leaves plain text to the box', async () => {
    const { user } = renderWith(api(), <AdmitManyModal defaultOrganisation={CELL} onClose={() => {}} onDone={() => {}} />);
    await user.click(cell('Quê quán', 1));
    await user.paste('Xã Thanh Sơn\r\n');
    expect(cell('Quê quán', 1)).toHaveValue('Xã Thanh Sơn');
    expect(cell('Quê quán', 2)).toHaveValue('');
    await user.click(cell('Nơi ở', 1));
    await user.keyboard('Thôn ');
    await user.paste('Hạ');
    expect(cell('Nơi ở', 1)).toHaveValue('Thôn Hạ');
  });
});
