import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Sqlite } from './connection.ts';

export const BACKUP_PREFIX = 'so-to-chuc-';

export interface BackupInfo {
  file: string;
  bytes: number;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
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

/**
 * Writes a consistent copy with VACUUM INTO, verifies it, and keeps the newest `keep` backups of
 * this kind. A failed or unverifiable copy is removed and reported by throwing.
 */
export function backupDatabase(sqlite: Sqlite, dir: string, kind: string, now: Date, keep = 10): BackupInfo {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${BACKUP_PREFIX}${stamp(now)}-${kind}.db`);
  rmSync(file, { force: true });
  try {
    sqlite.prepare('VACUUM INTO ?').run(file);
  } catch (cause) {
    rmSync(file, { force: true });
    throw cause;
  }
  if (!verifyDatabaseFile(file)) {
    rmSync(file, { force: true });
    throw new Error('backup copy failed verification');
  }
  rotateBackups(dir, kind, keep);
  return { file, bytes: statSync(file).size };
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

function rotateBackups(dir: string, kind: string, keep: number): void {
  for (const old of listBackups(dir, kind).slice(keep)) rmSync(old, { force: true });
}
