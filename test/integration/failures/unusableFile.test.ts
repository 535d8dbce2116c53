import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CoreOpenError, DB_FILE, openCore } from '../../../electron/core/compose.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'sotochuc-unusable-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A data folder that had a clean session with a backup, whose data file is then replaced by `bytes`. */
async function folderWhoseFileBecomes(bytes: Buffer | null): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const core = await openCore({ dataDir: dir, dailyBackupDelay: null });
  expect((await core.dispatch('system:backup', {}, core.defaultContext('cli'))).ok).toBe(true);
  core.close();
  const file = join(dir, DB_FILE);
  rmSync(file);
  if (bytes) writeFileSync(file, bytes);
  return { dir, file };
}

function foreignDatabase(): Buffer {
  const scratch = join(tempDir(), 'other.db');
  const db = new BetterSqlite3(scratch);
  db.exec(`CREATE TABLE invoice (id INTEGER PRIMARY KEY, customer TEXT, total REAL); INSERT INTO invoice (customer, total) VALUES ('Công ty A', 1500000)`);
  db.close();
  return readFileSync(scratch);
}

function expectRefused(error: unknown, kind: string, pattern: RegExp): void {
  expect(error).toBeInstanceOf(CoreOpenError);
  const e = error as CoreOpenError;
  expect(e.kind).toBe(kind);
  expect(e.message).toMatch(pattern);
  expect(e.latestBackup).not.toBeNull();
  expect(existsSync(e.latestBackup ?? '')).toBe(true);
  expect(e.message).toContain(e.latestBackup ?? '?');
}

describe('a data file that is not a usable database of this app', () => {
  it('an empty (0-byte) file is refused, not replaced by a new empty database, and stays 0 bytes', async () => {
    const { dir, file } = await folderWhoseFileBecomes(Buffer.alloc(0));
    const error = await openCore({ dataDir: dir, dailyBackupDelay: null }).catch((e: unknown) => e);
    expectRefused(error, 'EMPTY', /trống \(0 byte\)/);
    expect(readFileSync(file).length).toBe(0);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('a foreign SQLite database is refused before anything is written: byte for byte untouched, no migration, no new backup', async () => {
    const foreign = foreignDatabase();
    const { dir, file } = await folderWhoseFileBecomes(foreign);
    const backupsBefore = readdirSync(join(dir, 'backups')).sort();
    const error = await openCore({ dataDir: dir, dailyBackupDelay: null }).catch((e: unknown) => e);
    expectRefused(error, 'FOREIGN', /không phải của Sổ Tổ Chức/);
    expect(readFileSync(file).equals(foreign)).toBe(true);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(backupsBefore);
    const check = new BetterSqlite3(file, { readonly: true });
    expect(check.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all()).toEqual(['invoice']);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('a new folder, and a file with no tables yet (a first start cut off before migrating), still open as new', async () => {
    const fresh = tempDir();
    (await openCore({ dataDir: join(fresh, 'moi'), dailyBackupDelay: null })).close();
    const dir = tempDir();
    const bare = new BetterSqlite3(join(dir, DB_FILE));
    bare.pragma('journal_mode = WAL');
    bare.close();
    const core = await openCore({ dataDir: dir, dailyBackupDelay: null });
    const list = await core.dispatch('member:list', { organisationId: null }, core.defaultContext('cli'));
    expect(list.ok).toBe(true);
    core.close();
  });
});
