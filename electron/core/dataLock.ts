import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';

/**
 * One process at a time on a data folder. Two processes (two browser hosts, the app and the CLI)
 * writing one SQLite file fail each other's saves with "busy"; so the core holds `so-to-chuc.lock`
 * in the folder while it is open: created atomically (`wx`), holding the owner's pid, host name and
 * start time, removed on close. A lock left by a process that is gone (its pid no longer runs, or it
 * started before this machine booted) is taken over. The lock is per process: threads of one
 * process (the core worker, job workers) share it.
 */
export const LOCK_FILE = 'so-to-chuc.lock';

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /** Tells this holder's file from a later one with the same pid. */
  token: string;
}

export type LockResult = { ok: true; release(): void } | { ok: false; owner: LockOwner | null; file: string };

function readOwner(file: string): LockOwner | null {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { pid, host, since, token } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0 || typeof host !== 'string' || typeof since !== 'string') return null;
    return { pid, host, since, token: typeof token === 'string' ? token : '' };
  } catch {
    return null;
  }
}

function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

/** Locks held by this process (this thread's module instance), by file. */
const held = new Set<string>();

/** Whether the lock in `owner` still stands; an unreadable lock file counts as held (never removed blindly). */
function stands(owner: LockOwner | null, file: string, now: Date): boolean {
  if (owner === null) return true;
  if (owner.host !== hostname()) return true; // a shared folder used from another machine: cannot tell
  if (owner.pid === process.pid) return held.has(file);
  const bootedAt = now.getTime() - uptime() * 1000;
  if (Date.parse(owner.since) < bootedAt - 60_000) return false; // from before this boot: the pid is another process now
  return pidRuns(owner.pid);
}

function create(file: string, owner: LockOwner): boolean {
  try {
    writeFileSync(file, `${JSON.stringify(owner)}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST') return false;
    throw error; // EACCES, EROFS, ENOSPC…: the caller says what they mean
  }
}

/**
 * Takes the lock on `dataDir`, or reports who holds it. A stale lock is moved aside under a unique
 * name and checked again before it is deleted, so of two processes taking over the same stale lock,
 * one wins and the other sees the winner's lock.
 */
export function acquireDataLock(dataDir: string, now: Date): LockResult {
  const file = join(dataDir, LOCK_FILE);
  const mine: LockOwner = { pid: process.pid, host: hostname(), since: now.toISOString(), token: randomBytes(8).toString('hex') };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (create(file, mine)) {
      held.add(file);
      return { ok: true, release: () => release(file, mine.token) };
    }
    const owner = readOwner(file);
    if (stands(owner, file, now)) return { ok: false, owner, file };
    const aside = `${file}.${randomBytes(4).toString('hex')}.stale`;
    try {
      renameSync(file, aside);
    } catch {
      continue; // gone already: try again
    }
    const moved = readOwner(aside);
    if (moved?.token !== owner?.token || moved?.pid !== owner?.pid) {
      // Another process took the stale lock over between our read and our move: put its lock back.
      renameSync(aside, file);
      return { ok: false, owner: moved, file };
    }
    rmSync(aside, { force: true });
  }
  return { ok: false, owner: readOwner(file), file };
}

function release(file: string, token: string): void {
  if (!held.delete(file)) return;
  if (readOwner(file)?.token === token) rmSync(file, { force: true });
}

function timeText(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'không rõ lúc nào';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getHours())}:${two(at.getMinutes())} ngày ${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`;
}

/** The Vietnamese message for a refused lock: who holds the folder, and what to do. */
export function lockedMessage(owner: LockOwner | null, file: string): string {
  const who = owner
    ? `tiến trình số ${owner.pid} trên máy "${owner.host}", mở từ ${timeText(owner.since)}`
    : 'một chương trình khác (không đọc được thông tin trong tệp khóa)';
  return (
    `Thư mục dữ liệu đang được một chương trình Sổ Tổ Chức khác sử dụng (${who}). ` +
    'Hai chương trình cùng ghi một tệp dữ liệu sẽ làm hỏng việc lưu của nhau, nên ứng dụng chưa mở. ' +
    'Hãy đóng chương trình kia (cửa sổ ứng dụng, máy chủ trình duyệt hoặc lệnh dòng lệnh đang chạy) rồi mở lại. ' +
    `Nếu chắc chắn không còn chương trình nào đang chạy, hãy xóa tệp khóa ${file} rồi mở lại.`
  );
}
