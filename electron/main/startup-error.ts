import path from 'node:path';
import type { MessageBoxOptions } from 'electron';
import { isCoreOpenErrorKind, nothingDamaged, type CoreOpenErrorKind } from '../core/openErrorKinds.ts';
import { PRODUCT_NAME } from '../core/paths.ts';

/** What index.ts knows about a failure to open the database (the fields of compose.ts's CoreOpenError). */
export interface CoreOpenFailure {
  kind: CoreOpenErrorKind;
  /** Vietnamese, from the core. */
  message: string;
  latestBackup: string | null;
}

export interface StartupDialog {
  options: MessageBoxOptions;
  /** Index of the button that opens the backup folder, or null when there is no backup. */
  openBackupButton: number | null;
  /** The file to reveal in the file manager when that button is chosen. */
  backupFile: string | null;
}

const titles: Record<CoreOpenFailure['kind'], string> = {
  CORRUPT: 'Tệp dữ liệu bị hỏng',
  NEWER_VERSION: 'Dữ liệu được tạo bởi phiên bản mới hơn',
  UNREADABLE: 'Không đọc được tệp dữ liệu',
  DISK_FULL: 'Ổ đĩa đã đầy',
  READ_ONLY: 'Không có quyền ghi vào thư mục dữ liệu',
  EMPTY: 'Tệp dữ liệu trống',
  FOREIGN: 'Tệp dữ liệu không phải của Sổ Tổ Chức',
  LOCKED: 'Dữ liệu đang được mở ở nơi khác',
};

const advice: Record<CoreOpenFailure['kind'], string> = {
  CORRUPT: 'Hãy liên hệ quản trị viên để khôi phục từ bản sao lưu gần nhất.',
  NEWER_VERSION: 'Hãy cài phiên bản mới nhất của ứng dụng rồi mở lại.',
  UNREADABLE: 'Hãy kiểm tra quyền truy cập thư mục dữ liệu và dung lượng ổ đĩa, rồi mở lại.',
  DISK_FULL: 'Dữ liệu không bị hỏng: chỉ cần giải phóng dung lượng ổ đĩa rồi mở lại.',
  READ_ONLY: 'Dữ liệu không bị hỏng, không cần khôi phục bản sao lưu: chỉ cần cấp quyền ghi cho thư mục dữ liệu rồi mở lại.',
  EMPTY: 'Hãy liên hệ quản trị viên để khôi phục từ bản sao lưu gần nhất.',
  FOREIGN: 'Hãy liên hệ quản trị viên để khôi phục từ bản sao lưu gần nhất, hoặc chuyển tệp đó đi để bắt đầu với dữ liệu mới.',
  LOCKED: 'Hãy đóng chương trình đang mở dữ liệu này rồi mở lại.',
};

/**
 * The native dialog shown when the core cannot open the database (failure != null) or when starting
 * failed unexpectedly (failure == null). In Vietnamese; offers to open the latest backup's folder when
 * there is one.
 */
export function startupErrorDialog(failure: CoreOpenFailure | null, dataDir: string): StartupDialog {
  if (failure === null) {
    return {
      options: {
        type: 'error',
        title: PRODUCT_NAME,
        message: 'Không khởi động được ứng dụng',
        detail: `Đã xảy ra lỗi không mong đợi khi mở dữ liệu.\nThư mục dữ liệu: ${dataDir}`,
        buttons: ['Thoát'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      },
      openBackupButton: null,
      backupFile: null,
    };
  }
  const lines = [failure.message, '', advice[failure.kind], '', `Thư mục dữ liệu: ${dataDir}`];
  // Nothing is damaged for these: never send the clerk to a backup.
  if (failure.latestBackup !== null && !nothingDamaged.has(failure.kind)) {
    lines.push(`Bản sao lưu gần nhất: ${failure.latestBackup}`);
    return {
      options: {
        type: 'error',
        title: PRODUCT_NAME,
        message: titles[failure.kind],
        detail: lines.join('\n'),
        buttons: ['Mở thư mục sao lưu', 'Thoát'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      },
      openBackupButton: 0,
      backupFile: failure.latestBackup,
    };
  }
  return {
    options: {
      type: 'error',
      title: PRODUCT_NAME,
      message: titles[failure.kind],
      detail: lines.join('\n'),
      buttons: ['Thoát'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    },
    openBackupButton: null,
    backupFile: null,
  };
}

/** Reads CoreOpenError's fields without importing compose.ts (keeps this module testable on its own). */
export function asCoreOpenFailure(error: unknown): CoreOpenFailure | null {
  if (!(error instanceof Error)) return null;
  const kind = 'kind' in error ? error.kind : undefined;
  if (!isCoreOpenErrorKind(kind)) return null;
  const backup = 'latestBackup' in error ? error.latestBackup : null;
  const latestBackup = typeof backup === 'string' ? backup : null;
  return { kind, message: error.message, latestBackup };
}

/** The folder to open for a backup file (shell.showItemInFolder selects the file inside it). */
export function backupFolder(backupFile: string): string {
  return path.dirname(backupFile);
}
