import { statfsSync } from 'node:fs';
import { DatabaseFileError, errorCode } from '../../db/connection.ts';

export type { CoreOpenErrorKind } from './openErrorKinds.ts';

export const openMessages = {
  DISK_FULL:
    'Ổ đĩa chứa thư mục dữ liệu đã đầy nên chưa mở được dữ liệu. Tệp dữ liệu không bị hỏng và không bị thay đổi. ' +
    'Hãy giải phóng dung lượng trên ổ đĩa đó (xóa hoặc chuyển bớt tệp không cần) rồi mở lại ứng dụng.',
  READ_ONLY:
    'Không có quyền ghi vào thư mục dữ liệu hoặc tệp dữ liệu (thư mục, tệp hoặc ổ đĩa đang ở chế độ chỉ đọc). ' +
    'Dữ liệu không bị hỏng, không cần khôi phục bản sao lưu. Hãy cấp quyền ghi cho thư mục dữ liệu (hoặc nhờ người quản lý máy tính) rồi mở lại ứng dụng.',
  EMPTY:
    'Tệp dữ liệu so-to-chuc.db trống (0 byte): dữ liệu trong tệp đã mất, có thể do máy tắt đột ngột hoặc tệp bị chép đè. ' +
    'Ứng dụng không tạo dữ liệu mới đè lên tệp này. Hãy khôi phục từ bản sao lưu gần nhất (chép bản sao lưu vào thư mục dữ liệu với tên so-to-chuc.db); ' +
    'nếu muốn bắt đầu lại từ đầu, hãy xóa tệp trống rồi mở lại.',
  FOREIGN:
    'Tệp so-to-chuc.db là một cơ sở dữ liệu SQLite nhưng không phải của Sổ Tổ Chức, nên ứng dụng không mở và không sửa gì trong tệp. ' +
    'Hãy chuyển tệp này ra khỏi thư mục dữ liệu, rồi chép bản sao lưu của Sổ Tổ Chức vào với tên so-to-chuc.db, hoặc mở lại để bắt đầu với dữ liệu mới.',
} as const;

/** Less than this free on the data folder's disk, an I/O error while opening is taken for a full disk. */
const NEARLY_FULL_BYTES = 1024 * 1024;

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth += 1) {
    const code = errorCode(current);
    if (code) codes.push(code);
    current = current instanceof Error ? current.cause : undefined;
  }
  return codes;
}

function freeBytes(dir: string): number | null {
  try {
    const stats = statfsSync(dir);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null;
  }
}

/**
 * A failure to open that is about the disk or the permissions, not the file: a full disk (SQLITE_FULL,
 * ENOSPC, or an I/O error such as SQLITE_IOERR_SHMSIZE when the disk has no room left) or no right to
 * write (read-only folder, file or disk). Null when the failure says nothing of the kind.
 */
export function environmentFailure(error: unknown, dataDir: string): 'DISK_FULL' | 'READ_ONLY' | null {
  if (error instanceof DatabaseFileError && (error.kind === 'DISK_FULL' || error.kind === 'READ_ONLY')) return error.kind;
  const codes = codesOf(error);
  if (codes.some((c) => c === 'SQLITE_FULL' || c === 'ENOSPC')) return 'DISK_FULL';
  if (codes.some((c) => c.startsWith('SQLITE_READONLY') || c === 'SQLITE_PERM' || c === 'EROFS' || c === 'EACCES' || c === 'EPERM')) return 'READ_ONLY';
  if (codes.some((c) => c.startsWith('SQLITE_IOERR') || c === 'SQLITE_CANTOPEN')) {
    const free = freeBytes(dataDir);
    if (free !== null && free < NEARLY_FULL_BYTES) return 'DISK_FULL';
  }
  return null;
}
