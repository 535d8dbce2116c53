import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection } from '../../../db/connection.ts';
import { migrate, pendingMigrations } from '../../../db/migrate.ts';
import { migrations } from '../../../db/migrations/registry.ts';
import { CoreOpenError, DB_FILE, openCore } from '../../../electron/core/compose.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'sotochuc-mig-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('migrations', () => {
  it('build an empty file up to the latest schema, with catalogues seeded and the admin account', async () => {
    const conn = openConnection(':memory:');
    const applied = await migrate(conn.db);
    expect(applied).toEqual(Object.keys(migrations));
    expect(await pendingMigrations(conn.db)).toEqual([]);
    const ethnic = conn.sqlite.prepare('SELECT count(*) AS n FROM cat_ethnic_groups').get() as { n: number };
    expect(ethnic.n).toBe(56);
    const kinh = conn.sqlite.prepare("SELECT name, minority FROM cat_ethnic_groups WHERE code = '1'").get();
    expect(kinh).toEqual({ name: 'Kinh', minority: 0 });
    const admin = conn.sqlite.prepare('SELECT username, role FROM app_user WHERE id = 1').get();
    expect(admin).toEqual({ username: 'admin', role: 'admin' });
    conn.close();
  });

  it('apply step by step: rows written at one step survive the next', async () => {
    const conn = openConnection(':memory:');
    const names = Object.keys(migrations);
    await migrate(conn.db, names[0]);
    expect(await pendingMigrations(conn.db)).toEqual(names.slice(1));
    conn.sqlite.prepare("INSERT INTO cat_religions (code, name, english) VALUES ('TEST', 'Thử', 'test')").run();
    await migrate(conn.db);
    expect(conn.sqlite.prepare("SELECT name FROM cat_religions WHERE code = 'TEST'").get()).toEqual({ name: 'Thử' });
    conn.close();
  });

  it('re-assert synchronous=FULL, WAL and foreign keys on every open', async () => {
    const dir = tempDir();
    const core = await openCore({ dataDir: dir, dailyBackupDelay: null });
    core.close();
    const conn = openConnection(join(dir, DB_FILE));
    expect(conn.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(conn.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(conn.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(conn.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    expect(conn.sqlite.pragma('mmap_size', { simple: true })).toBeGreaterThan(1_000_000_000);
    conn.close();
  });

  it('refuse a database written by a newer version, and leave it untouched', async () => {
    const dir = tempDir();
    (await openCore({ dataDir: dir, dailyBackupDelay: null })).close();
    const conn = openConnection(join(dir, DB_FILE));
    conn.sqlite.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_future', '2030-01-01')").run();
    conn.close();
    const before = readFileSync(join(dir, DB_FILE));
    const error = await openCore({ dataDir: dir, dailyBackupDelay: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreOpenError);
    expect((error as CoreOpenError).kind).toBe('NEWER_VERSION');
    expect((error as CoreOpenError).message).toMatch(/phiên bản Sổ Tổ Chức mới hơn/);
    expect(readFileSync(join(dir, DB_FILE)).equals(before)).toBe(true);
  });

  it('refuse a file that is not a database with a Vietnamese message, keeping the file', async () => {
    const dir = tempDir();
    const garbage = Buffer.from('Đây không phải là cơ sở dữ liệu SQLite. '.repeat(200));
    writeFileSync(join(dir, DB_FILE), garbage);
    const error = await openCore({ dataDir: dir, dailyBackupDelay: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreOpenError);
    expect((error as CoreOpenError).message).toMatch(/Tệp (cơ sở )?dữ liệu/);
    expect((error as CoreOpenError).message).toMatch(/sao lưu/);
    expect(readFileSync(join(dir, DB_FILE)).equals(garbage)).toBe(true);
  });

  /** A core on `dir` opened at `at`, with a backup made and closed cleanly. */
  async function cleanSession(dir: string, at: Date): Promise<void> {
    const core = await openCore({ dataDir: dir, dailyBackupDelay: null, now: () => at });
    const backup = await core.dispatch('system:backup', {}, core.defaultContext('cli'));
    expect(backup.ok).toBe(true);
    core.close();
  }

  /** Overwrites pages in the middle of the file: the header stays valid, the pages do not. */
  function damage(dir: string): void {
    const file = join(dir, DB_FILE);
    const bytes = readFileSync(file);
    bytes.fill(0xab, 4096, Math.min(bytes.length, 4096 * 6));
    writeFileSync(file, bytes);
    rmSync(`${file}-wal`, { force: true });
  }

  const day0 = new Date('2026-11-20T08:00:00Z');
  const nextDay = new Date('2026-11-21T09:00:00Z');

  it('offer the latest backup when the file is corrupt (full check due: a day since the last one)', async () => {
    const dir = tempDir();
    await cleanSession(dir, day0);
    damage(dir);
    const error = await openCore({ dataDir: dir, dailyBackupDelay: null, now: () => nextDay }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreOpenError);
    expect((error as CoreOpenError).kind).toBe('CORRUPT');
    const latest = (error as CoreOpenError).latestBackup;
    expect(latest).not.toBeNull();
    expect(existsSync(latest ?? '')).toBe(true);
    expect((error as CoreOpenError).message).toContain(latest ?? '?');
  });

  it('runs the full check after a session that did not end cleanly', async () => {
    const dir = tempDir();
    await cleanSession(dir, day0);
    const raw = openConnection(join(dir, DB_FILE));
    raw.sqlite.prepare("UPDATE app_setting SET value = '1' WHERE key = 'session.open'").run();
    raw.close();
    damage(dir);
    const error = await openCore({ dataDir: dir, dailyBackupDelay: null, now: () => new Date(day0.getTime() + 60_000) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreOpenError);
    expect((error as CoreOpenError).kind).toBe('CORRUPT');
  });

  it('after a clean session the same day, starts without the full check; a day later, runs it again', async () => {
    const dir = tempDir();
    await cleanSession(dir, day0);
    const lastOk = () => {
      const raw = openConnection(join(dir, DB_FILE));
      const row = raw.sqlite.prepare("SELECT value FROM app_setting WHERE key = 'integrity.lastOk'").get() as { value: string };
      raw.close();
      return row.value;
    };
    expect(lastOk()).toBe(day0.toISOString());
    (await openCore({ dataDir: dir, dailyBackupDelay: null, now: () => new Date(day0.getTime() + 3_600_000) })).close();
    expect(lastOk()).toBe(day0.toISOString());
    (await openCore({ dataDir: dir, dailyBackupDelay: null, now: () => nextDay })).close();
    expect(lastOk()).toBe(nextDay.toISOString());
  });

  it('back up an existing database before migrating it', async () => {
    const dir = tempDir();
    const conn = openConnection(join(dir, DB_FILE));
    await migrate(conn.db, Object.keys(migrations)[0]);
    conn.close();
    (await openCore({ dataDir: dir, dailyBackupDelay: null })).close();
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups.some((n) => n.endsWith('-truoc-nang-cap.db'))).toBe(true);
  });
});
