import BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Sqlite } from './connection.ts';

export const BACKUP_PREFIX = 'so-to-chuc-';
/** A copy being written ends in this; only a verified copy is renamed to its `.db` name. */
export const PARTIAL_SUFFIX = '.partial';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupInfo {
  file: string;
  bytes: number;
}

/** Where one backup goes: written to `partial`, renamed to `file` once verified. */
export interface BackupTarget {
  dir: string;
  kind: string;
  file: string;
  partial: string;
}

/** The step a backup failed at, so the caller can say what went wrong without quoting the cause. */
export type BackupStep = 'open' | 'folder' | 'copy' | 'verify' | 'finish';

export class BackupStepError extends Error {
  readonly step: BackupStep;
  /** The cause's SQLite or file-system code (SQLITE_FULL, ENOSPC, EACCES…), when it has one. */
  readonly code: string | null;
  constructor(step: BackupStep, cause: unknown) {
    super(`backup failed at step ${step}`, { cause });
    this.name = 'BackupStepError';
    this.step = step;
    this.code = typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : null;
  }
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** The names of a new backup of `kind` made at `now`; the partial name is unique, so two copies never share it. */
export function backupTarget(dir: string, kind: string, now: Date): BackupTarget {
  const file = join(dir, `${BACKUP_PREFIX}${stamp(now)}-${kind}.db`);
  return { dir, kind, file, partial: `${file}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}` };
}

/** True when the file opens as SQLite and passes quick_check. */
export function verifyDatabaseFile(file: string): boolean {
  let copy: BetterSqlite3.Database | null = null;
  try {
    copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const rows = copy.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]?.quick_check === 'ok';
  } catch {
    return false;
  } finally {
    copy?.close();
  }
}

function step<T>(name: BackupStep, work: () => T): T {
  try {
    return work();
  } catch (cause) {
    throw new BackupStepError(name, cause);
  }
}

/**
 * Writes a consistent copy of `sqlite` with VACUUM INTO to the target's partial name, verifies it,
 * renames it to its `.db` name and keeps the newest `keep` backups of this kind. A failed or
 * unverifiable copy is removed and reported by throwing a BackupStepError; a copy cut off half-way
 * (the thread or process stopped) stays a `.partial` file, which no list of backups shows.
 */
export function writeBackup(sqlite: Sqlite, target: BackupTarget, keep: number): BackupInfo {
  step('folder', () => mkdirSync(target.dir, { recursive: true }));
  try {
    step('copy', () => sqlite.prepare('VACUUM INTO ?').run(target.partial));
    if (!verifyDatabaseFile(target.partial)) throw new BackupStepError('verify', new Error('quick_check failed on the copy'));
    step('finish', () => renameSync(target.partial, target.file));
  } catch (error) {
    rmSync(target.partial, { force: true });
    throw error;
  }
  rotateBackups(target.dir, target.kind, keep);
  return { file: target.file, bytes: statSync(target.file).size };
}

/** A backup through the caller's connection (before migrations, when nothing else runs yet). */
export function backupDatabase(sqlite: Sqlite, dir: string, kind: string, now: Date, keep = 10): BackupInfo {
  return writeBackup(sqlite, backupTarget(dir, kind, now), keep);
}

/**
 * A backup through a read-only connection of its own to `dbFile` (what the backup worker runs):
 * in WAL mode it reads the last committed state while the app's connection goes on writing.
 */
export function backupDatabaseFile(dbFile: string, target: BackupTarget, keep: number): BackupInfo {
  const sqlite = step('open', () => {
    const db = new BetterSqlite3(dbFile, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  });
  try {
    return writeBackup(sqlite, target, keep);
  } finally {
    sqlite.close();
  }
}

/** Backups in `dir`, newest first. */
export function listBackups(dir: string, kind?: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(BACKUP_PREFIX) && n.endsWith(kind === undefined ? '.db' : `-${kind}.db`))
    .sort()
    .reverse()
    .map((n) => join(dir, n));
}

/** Keeps the newest `keep` backups of `kind`; removes partial copies left a day ago or more by a stopped process. */
function rotateBackups(dir: string, kind: string, keep: number): void {
  for (const old of listBackups(dir, kind).slice(keep)) rmSync(old, { force: true });
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(BACKUP_PREFIX) || !name.endsWith(PARTIAL_SUFFIX)) continue;
    const file = join(dir, name);
    try {
      if (Date.now() - statSync(file).mtimeMs >= DAY_MS) rmSync(file, { force: true });
    } catch {
      // gone meanwhile
    }
  }
}
