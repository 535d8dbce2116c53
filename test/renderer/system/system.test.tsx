import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok, type AuditEntry } from '../../../shared/contract/index.ts';
import { fakeApi } from '../fakeApi.ts';
import { renderApp } from '../render.tsx';

const entry: AuditEntry = {
  id: 17,
  at: '2025-07-01T08:30:00',
  username: 'admin',
  userDisplayName: 'Quản trị viên',
  action: 'member:create',
  entity: 'member',
  entityId: 41,
  subject: 'Nguyễn Văn An (1965)',
  oldValues: null,
  newValues: { fullName: 'Nguyễn Văn An' },
  orgNames: {},
};

async function onSystemTab(api: ReturnType<typeof fakeApi>) {
  const view = renderApp(api);
  await view.user.click(screen.getByRole('tab', { name: 'Hệ thống' }));
  return view;
}

describe('Hệ thống', () => {
  it('shows the user, versions and data folder, and the recent audit entries', async () => {
    const api = fakeApi({ 'system:auditList': async () => ok([entry]) });
    await onSystemTab(api);
    expect(await screen.findByText('Quản trị viên (admin)')).toBeInTheDocument();
    expect(screen.getByText('Quản trị viên', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('0.1.0')).toBeInTheDocument();
    expect(screen.getByText('C:\\SoToChuc\\data')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Nhật ký thay đổi gần đây' });
    // Who by display name (login on hover); a write audited under its method name reads as the
    // contract's summary of the method; the record in words, its code and id on hover.
    const row = within(table).getByRole('row', { name: '17 08:30 01/07/2025 Quản trị viên Thêm đảng viên Đảng viên: Nguyễn Văn An (1965) Họ và tên: Nguyễn Văn An' });
    expect(within(row).getByRole('cell', { name: 'Quản trị viên' })).toHaveAttribute('title', 'admin');
    expect(within(row).getByRole('cell', { name: 'Đảng viên: Nguyễn Văn An (1965)' })).toHaveAttribute('title', 'member #41');
    expect(within(row).getAllByRole('cell')[3]).toHaveAttribute('title', 'member:create');
    expect(row).not.toHaveTextContent('admin');
    expect(api['system:auditList']).toHaveBeenCalledWith({ offset: 0, limit: 50 });
  });

  it('shows the actions and entities of the audit log in the clerk\'s words, unknown codes as recorded', async () => {
    const api = fakeApi({
      'system:auditList': async () =>
        ok([
          { ...entry, id: 20, action: 'event.record', entity: 'member_event', entityId: 88, subject: 'Nguyễn Văn An — Chuyển đi trong tỉnh 15/03/2024' },
          { ...entry, id: 19, action: 'member.byEvent', entity: 'member', entityId: 41, newValues: null },
          { ...entry, id: 18, action: 'rating.delete', entity: 'member_rating', entityId: 7, subject: null, newValues: null },
          { ...entry, id: 16, action: 'future.thing', entity: 'future_table', entityId: null, subject: null, newValues: null },
        ]),
    });
    await onSystemTab(api);
    const table = await screen.findByRole('table', { name: 'Nhật ký thay đổi gần đây' });
    const recorded = within(table).getByRole('row', { name: /^20 / });
    expect(within(recorded).getByRole('cell', { name: 'Ghi sự kiện' })).toBeInTheDocument();
    expect(within(recorded).getByRole('cell', { name: 'Sự kiện của đảng viên: Nguyễn Văn An — Chuyển đi trong tỉnh 15/03/2024' })).toHaveAttribute('title', 'member_event #88');
    expect(recorded).not.toHaveTextContent('event.record');
    expect(within(recorded).getByRole('cell', { name: 'Ghi sự kiện' })).toHaveAttribute('title', 'event.record');
    expect(within(table).getByRole('row', { name: /^19 .*Cập nhật theo sự kiện Đảng viên: Nguyễn Văn An \(1965\)$/ })).toBeInTheDocument();
    // A record no longer there (a rating removed) shows its id instead of words.
    expect(within(table).getByRole('row', { name: /^18 .*Xóa xếp loại chất lượng Xếp loại đảng viên \(mã 7\)$/ })).toBeInTheDocument();
    const unknown = within(table).getByRole('row', { name: /^16 .*future\.thing future_table$/ });
    expect(within(unknown).getByRole('cell', { name: 'future_table' })).toHaveAttribute('title', 'future_table');
  });

  it('reads what changed: organisations by name, event types and fields in words, never database numbers', async () => {
    const api = fakeApi({
      'system:auditList': async () =>
        ok<AuditEntry[]>([
          {
            ...entry,
            id: 30,
            action: 'event.record',
            entity: 'member_event',
            entityId: 88,
            subject: 'Nguyễn Văn An — Chuyển đi trong tỉnh 15/03/2024',
            newValues: { memberId: 41, typeCode: 'TRANSFER_OUT_LOCAL', eventDate: '2024-03-15', orgFromId: 135, orgToId: 161, interruptsPartyAge: false },
            orgNames: { '135': 'Chi bộ thôn Đồng Tâm', '161': 'Chi bộ thôn Bình Dân' },
          },
          {
            ...entry,
            id: 29,
            action: 'organisation.move',
            entity: 'organisation',
            entityId: 161,
            subject: 'Chi bộ thôn Bình Dân',
            oldValues: { parentId: 12, name: 'Chi bộ thôn Bình Dân' },
            newValues: { parentId: 13, name: 'Chi bộ thôn Bình Dân' },
            orgNames: { '12': 'Đảng bộ xã Thanh Sơn', '13': 'Đảng bộ xã Hòa Bình' },
          },
        ]),
    });
    await onSystemTab(api);
    const table = await screen.findByRole('table', { name: 'Nhật ký thay đổi gần đây' });
    const event = within(table).getByRole('row', { name: /^30 / });
    expect(event).toHaveTextContent('Loại sự kiện: Chuyển đi trong tỉnh');
    expect(event).toHaveTextContent('Từ tổ chức đảng: Chi bộ thôn Đồng Tâm');
    expect(event).toHaveTextContent('Đến tổ chức đảng: Chi bộ thôn Bình Dân');
    expect(event).not.toHaveTextContent(/135|161|TRANSFER_OUT_LOCAL|memberId|41/);
    const moved = within(table).getByRole('row', { name: /^29 / });
    expect(moved).toHaveTextContent('Tên tổ chức: Chi bộ thôn Bình Dân; Cấp trên: Đảng bộ xã Thanh Sơn → Đảng bộ xã Hòa Bình');
  });

  it('verifies the audit log: intact, or the first altered entry', async () => {
    let intact = true;
    const api = fakeApi({
      'system:auditVerify': async () => ok(intact ? { ok: true, entries: 1520, firstBadId: null } : { ok: false, entries: 1520, firstBadId: 733 }),
    });
    const { user } = await onSystemTab(api);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra nhật ký' }));
    expect(await screen.findByText('Nhật ký toàn vẹn (1.520 mục).')).toBeInTheDocument();
    intact = false;
    await user.click(screen.getByRole('button', { name: 'Kiểm tra nhật ký' }));
    expect(await screen.findByText('Nhật ký đã bị thay đổi, bắt đầu từ mục số 733 (trên tổng 1.520 mục).')).toBeInTheDocument();
  });

  it('backs up and reports the file, or the core error', async () => {
    let full = false;
    const api = fakeApi({
      'system:backup': async () => (full ? fail('DISK_FULL', 'Ổ đĩa đã đầy, không sao lưu được.') : ok({ file: 'D:\\backup\\sotochuc-2025.db', bytes: 3_145_728 })),
    });
    const { user } = await onSystemTab(api);
    await user.click(screen.getByRole('button', { name: 'Sao lưu' }));
    expect(await screen.findByText('Đã sao lưu vào D:\\backup\\sotochuc-2025.db (3 MB).')).toBeInTheDocument();
    expect(api['system:info']).toHaveBeenCalledTimes(2);
    full = true;
    await user.click(screen.getByRole('button', { name: 'Sao lưu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ổ đĩa đã đầy, không sao lưu được.');
  });

  it('shows the core message when the audit list is refused', async () => {
    const api = fakeApi({ 'system:auditList': async () => fail('FORBIDDEN', 'Bạn không có quyền xem nhật ký.') });
    await onSystemTab(api);
    expect(await screen.findByRole('alert')).toHaveTextContent('Bạn không có quyền xem nhật ký.');
  });

  it('switches the interface language', async () => {
    const { user } = await onSystemTab(fakeApi());
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('tab', { name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Verify the audit log' })).toBeInTheDocument();
    expect(localStorage.getItem('sotochuc.language')).toBe('en');
    await user.click(screen.getByRole('radio', { name: 'Tiếng Việt' }));
    expect(await screen.findByRole('tab', { name: 'Tổng quan' })).toBeInTheDocument();
  });
});
