import { describe, expect, it } from 'vitest';
import { asCoreOpenFailure, backupFolder, startupErrorDialog } from '../../../electron/main/startup-error.ts';

class FakeCoreOpenError extends Error {
  readonly kind: 'CORRUPT' | 'NEWER_VERSION' | 'UNREADABLE';
  readonly latestBackup: string | null;
  constructor(kind: 'CORRUPT' | 'NEWER_VERSION' | 'UNREADABLE', message: string, latestBackup: string | null) {
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
    const kinds = ['CORRUPT', 'NEWER_VERSION', 'UNREADABLE'] as const;
    const titles = kinds.map((kind) => startupErrorDialog({ kind, message: 'm', latestBackup: null }, '/d').options.message);
    expect(new Set(titles).size).toBe(3);
    const generic = startupErrorDialog(null, '/d');
    expect(generic.options.message).toBe('Không khởi động được ứng dụng');
    expect(generic.openBackupButton).toBeNull();
  });

  it('recognises CoreOpenError by its fields, not other errors', () => {
    expect(asCoreOpenFailure(new Error('x'))).toBeNull();
    expect(asCoreOpenFailure('CORRUPT')).toBeNull();
    expect(asCoreOpenFailure(Object.assign(new Error('x'), { kind: 'OTHER' }))).toBeNull();
    expect(asCoreOpenFailure(new FakeCoreOpenError('UNREADABLE', 'Không đọc được.', null))).toEqual({ kind: 'UNREADABLE', message: 'Không đọc được.', latestBackup: null });
  });
});
