import BetterSqlite3 from 'better-sqlite3';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseFileError, openConnection } from '../../../db/connection.ts';
import { CoreOpenError, DB_FILE, openCore } from '../../../electron/core/compose.ts';
import { environmentFailure } from '../../../electron/core/openErrors.ts';
import { canMount, mountSmallDisk, type SmallDisk } from '../../support/smallDisk.ts';

/**
 * A data folder or file the app may not write to. The tests run as root, where chmod stops nothing,
 * so the read-only folder is a real tmpfs remounted read-only and the read-only file a read-only bind
 * mount over the file: SQLite and the file system answer exactly as for a folder without permission
 * (SQLITE_READONLY*, SQLITE_CANTOPEN, EROFS instead of EACCES).
 */
let disk: SmallDisk | null = null;
afterEach(() => {
  disk?.unmount();
  disk = null;
});

async function folderWithData(): Promise<{ dir: string; file: string }> {
  disk = mountSmallDisk(24 * 1024 * 1024);
  if (!disk) throw new Error('mount failed');
  const core = await openCore({ dataDir: disk.dir, dailyBackupDelay: null });
  const backup = await core.dispatch('system:backup', {}, core.defaultContext('cli'));
  expect(backup.ok).toBe(true);
  core.close();
  return { dir: disk.dir, file: join(disk.dir, DB_FILE) };
}

function expectNoPermission(error: unknown): void {
  expect(error).toBeInstanceOf(CoreOpenError);
  const e = error as CoreOpenError;
  expect(e.kind).toBe('READ_ONLY');
  expect(e.message).toMatch(/Không có quyền ghi/);
  expect(e.message).toMatch(/không bị hỏng/);
  expect(e.message).not.toMatch(/Bản sao lưu gần nhất/);
  expect(e.latestBackup).toBeNull();
}

describe('a data folder or file without permission to write', () => {
  it('SQLite refusing a write on a read-only connection is taken for "no permission", not damage', () => {
    // Runs everywhere: the very error code a read-only file gives, from a read-only connection.
    const file = join(tmpdir(), `sotochuc-ro-${process.pid}.db`);
    const writer = new BetterSqlite3(file);
    writer.exec('CREATE TABLE IF NOT EXISTS t (v TEXT)');
    writer.close();
    const reader = new BetterSqlite3(file, { readonly: true });
    let error: unknown = null;
    try {
      reader.prepare(`INSERT INTO t (v) VALUES ('x')`).run();
    } catch (e) {
      error = e;
    } finally {
      reader.close();
      rmSync(file, { force: true });
    }
    expect(error).toMatchObject({ code: 'SQLITE_READONLY' });
    expect(environmentFailure(error, tmpdir())).toBe('READ_ONLY');
  });

  const mounted = canMount();
  it.runIf(mounted)('a read-only data folder: refused as "no permission to write", no backup offered, the file untouched', async () => {
    const { dir, file } = await folderWithData();
    const before = readFileSync(file);
    disk?.setReadOnly(true);
    const error = await openCore({ dataDir: dir, dailyBackupDelay: null }).catch((e: unknown) => e);
    expectNoPermission(error);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it.runIf(mounted)('a read-only data file in a writable folder: refused as "no permission to write", not as a damaged file', async () => {
    const { dir, file } = await folderWithData();
    const before = readFileSync(file);
    disk?.freezeFile(file);
    const error = await openCore({ dataDir: dir, dailyBackupDelay: null }).catch((e: unknown) => e);
    expectNoPermission(error);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it.runIf(mounted)('journal_mode=WAL failing in a read-only folder (SQLITE_READONLY_DIRECTORY or CANTOPEN) is "no permission", not "damaged"', async () => {
    const { file } = await folderWithData();
    // A file in rollback-journal mode (as a copied-in backup is): switching it to WAL needs to create files.
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    disk?.setReadOnly(true);
    let error: unknown = null;
    try {
      openConnection(file).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseFileError);
    expect((error as DatabaseFileError).kind).toBe('READ_ONLY');
    expect((error as DatabaseFileError & { cause: { code: string } }).cause.code).toMatch(/^SQLITE_(READONLY|CANTOPEN)/);
  });
});
