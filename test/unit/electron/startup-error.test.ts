import { describe, expect, it } from 'vitest';
import { coreOpenErrorKinds, type CoreOpenErrorKind } from '../../../electron/core/openErrorKinds.ts';
import { asCoreOpenFailure, backupFolder, startupErrorDialog } from '../../../electron/main/startup-error.ts';

class FakeCoreOpenError extends Error {
  readonly kind: CoreOpenErrorKind;
  readonly latestBackup: string | null;
  constructor(kind: CoreOpenErrorKind, message: string, latestBackup: string | null) {
    super(message);
    this.kind = kind;
    this.latestBackup = latestBackup;
  }
}

describe('startupErrorDialog', () => {
  it('offers to open the latest backup folder when there is one', () => {
    const failure = asCoreOpenFailure(new FakeCoreOpenError('CORRUPT', 'Tệp dữ liệu bị hỏng.', '/data/backups/2025-01-01.db'));
    const dialog = startupErrorDialog(failure, '/data');
    expect(dialog.options.type).toBe('error');
    expect(dialog.options.buttons).toEqual(['Mở thư mục sao lưu', 'Thoát']);
    expect(dialog.openBackupButton).toBe(0);
    expect(dialog.options.cancelId).toBe(1);
    expect(dialog.backupFile).toBe('/data/backups/2025-01-01.db');
    expect(dialog.options.detail).toContain('Tệp dữ liệu bị hỏng.');
    expect(dialog.options.detail).toContain('/data/backups/2025-01-01.db');
    expect(dialog.options.detail).toContain('Thư mục dữ liệu: /data');
    expect(backupFolder('/data/backups/2025-01-01.db')).toBe('/data/backups');
  });

  it('only offers to quit when there is no backup', () => {
    const dialog = startupErrorDialog({ kind: 'NEWER_VERSION', message: 'Dữ liệu mới hơn ứng dụng.', latestBackup: null }, '/data');
    expect(dialog.options.buttons).toEqual(['Thoát']);
    expect(dialog.openBackupButton).toBeNull();
    expect(dialog.options.message).toBe('Dữ liệu được tạo bởi phiên bản mới hơn');
    expect(dialog.options.detail).toContain('Dữ liệu mới hơn ứng dụng.');
    expect(dialog.options.detail).toContain('Hãy cài phiên bản mới nhất');
  });

  it('has a Vietnamese title for each kind and a generic dialog for other errors', () => {
    const titles = coreOpenErrorKinds.map((kind) => startupErrorDialog({ kind, message: 'm', latestBackup: null }, '/d').options.message);
    expect(new Set(titles).size).toBe(coreOpenErrorKinds.length);
    const generic = startupErrorDialog(null, '/d');
    expect(generic.options.message).toBe('Không khởi động được ứng dụng');
    expect(generic.openBackupButton).toBeNull();
  });

  it('never sends the clerk to a backup when nothing is damaged (no permission, full disk, held by another program)', () => {
    for (const kind of ['READ_ONLY', 'DISK_FULL', 'LOCKED'] as const) {
      const dialog = startupErrorDialog({ kind, message: 'Không có quyền ghi.', latestBackup: '/data/backups/x.db' }, '/data');
      expect(dialog.options.buttons).toEqual(['Thoát']);
      expect(dialog.openBackupButton).toBeNull();
      expect(dialog.options.detail).not.toMatch(/Bản sao lưu gần nhất|khôi phục từ bản sao lưu/);
    }
    expect(startupErrorDialog({ kind: 'READ_ONLY', message: 'm', latestBackup: null }, '/d').options.detail).toMatch(/không cần khôi phục bản sao lưu/);
  });

  it('offers the backup for an empty or foreign file', () => {
    for (const kind of ['EMPTY', 'FOREIGN'] as const) {
      const dialog = startupErrorDialog({ kind, message: 'm', latestBackup: '/data/backups/x.db' }, '/data');
      expect(dialog.openBackupButton).toBe(0);
    }
    expect(asCoreOpenFailure(new FakeCoreOpenError('LOCKED', 'Đang mở ở nơi khác.', null))).toEqual({ kind: 'LOCKED', message: 'Đang mở ở nơi khác.', latestBackup: null });
  });

  it('recognises CoreOpenError by its fields, not other errors', () => {
    expect(asCoreOpenFailure(new Error('x'))).toBeNull();
    expect(asCoreOpenFailure('CORRUPT')).toBeNull();
    expect(asCoreOpenFailure(Object.assign(new Error('x'), { kind: 'OTHER' }))).toBeNull();
    expect(asCoreOpenFailure(new FakeCoreOpenError('UNREADABLE', 'Không đọc được.', null))).toEqual({ kind: 'UNREADABLE', message: 'Không đọc được.', latestBackup: null });
  });
});
