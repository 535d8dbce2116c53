import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listBackups, PARTIAL_SUFFIX, verifyDatabaseFile } from '../../../db/backup.ts';
import { DB_FILE, openCore } from '../../../electron/core/compose.ts';
import type { Core } from '../../../electron/core/types.ts';
import { backupsSettled, runningBackups } from '../../../electron/workers/runBackup.ts';
import { contract, type Input, type MethodName, type Output } from '../../../shared/contract/methods.ts';
import type { Result } from '../../../shared/kernel/result.ts';
import { makeTree, memberInput } from '../../support/builders/index.ts';
import { openTestCore, PINNED_NOW } from '../../support/core.ts';

/** Big enough that the copy takes a measurable time (about 37 MB: a few hundred ms here). */
const BIG_MEMBERS = 20_000;
const MANUAL_NAME = 'so-to-chuc-20261120-030000-manual.db';

const dirs: string[] = [];
let template = '';
let core: Core | null = null;
const reported: { method: string; name: string }[] = [];

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sotochuc-backup-'));
  dirs.push(dir);
  return dir;
}

async function open(dataDir: string, options: { dailyBackupDelay?: number | null } = {}): Promise<{ core: Core; call: <K extends MethodName>(m: K, i: Input<K>) => Promise<Result<Output<K>>> }> {
  const opened = await openCore({
    dataDir,
    now: () => PINNED_NOW,
    dailyBackupDelay: options.dailyBackupDelay ?? null,
    report: (method, error) => reported.push({ method, name: error instanceof Error ? error.name : typeof error }),
  });
  core = opened;
  const call = async <K extends MethodName>(method: K, input: Input<K>) => (await opened.dispatch(method, input, opened.defaultContext('cli'))) as Result<Output<K>>;
  return { core: opened, call };
}

/** A data folder holding a copy of the 20,000-member province. */
function bigDataDir(): string {
  const dir = freshDir();
  copyFileSync(template, join(dir, DB_FILE));
  return dir;
}

function countMembers(file: string): number {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM member').pluck().get() as number;
  } finally {
    db.close();
  }
}

function partials(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(PARTIAL_SUFFIX)) : [];
}

beforeAll(async () => {
  const dir = freshDir();
  const { core: maker, call } = await open(dir);
  const demo = await call('system:demo', { members: BIG_MEMBERS, seed: 11 });
  expect(demo.ok).toBe(true);
  maker.close();
  core = null;
  template = join(dir, DB_FILE);
}, 60_000);

afterEach(() => {
  core?.close();
  core = null;
  reported.length = 0;
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('system:backup in a worker thread', () => {
  it('returns a verified copy written by the worker, holding the same members, and audits it', async () => {
    const t = await openTestCore();
    dirs.push(t.dir);
    core = t.core;
    const { dir, call } = t;
    const tree = await makeTree(t);
    for (let i = 0; i < 3; i += 1) await t.must('member:create', memberInput(tree.cell));

    const pending = call('system:backup', {});
    // The copy runs in a worker thread, started before the call's first await.
    expect(runningBackups(join(dir, DB_FILE))).toBe(1);
    const result = await pending;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.file).toBe(join(dir, 'backups', MANUAL_NAME));
    expect(runningBackups(join(dir, DB_FILE))).toBe(0);
    expect(verifyDatabaseFile(result.value.file)).toBe(true);
    expect(countMembers(result.value.file)).toBe(3);
    expect(countMembers(result.value.file)).toBe(countMembers(join(dir, DB_FILE)));
    expect(partials(join(dir, 'backups'))).toEqual([]);

    const audit = await call('system:auditList', {});
    expect(audit.ok && audit.value.some((e) => e.action === 'system.backup')).toBe(true);
    const info = await call('system:info', {});
    expect(info.ok && info.value.lastBackup).toBe(result.value.file);
  });

  it('is not a write: the dispatcher holds no transaction (which would queue every other call) during the copy', () => {
    expect(contract['system:backup'].writes).toBe(false);
  });

  it('leaves the main thread free: a list and a save complete while the copy of a 20,000-member province runs', async () => {
    const dir = bigDataDir();
    const { call } = await open(dir);
    const dbFile = join(dir, DB_FILE);
    const members = countMembers(dbFile);
    const first = await call('member:list', { limit: 1 });
    if (!first.ok || !first.value.rows[0]) throw new Error('no member in the demo province');
    const cell = first.value.rows[0].organisationId;

    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 1);
    let backupDone = false;
    const backup = call('system:backup', {}).then((r) => {
      backupDone = true;
      return r;
    });
    try {
      const list = await call('member:list', { limit: 50 });
      expect(list.ok && list.value.rows.length).toBe(50);
      expect(backupDone).toBe(false);
      const created = await call('member:create', memberInput(cell));
      expect(created.ok).toBe(true);
      // Both answered while the worker still copies: no backup under its final name yet.
      expect(backupDone).toBe(false);
      expect(runningBackups(dbFile)).toBe(1);
      expect(listBackups(join(dir, 'backups'))).toEqual([]);

      const result = await backup;
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      // The event loop kept turning during the copy (a synchronous copy would have frozen it).
      expect(ticks).toBeGreaterThan(10);
      expect(verifyDatabaseFile(result.value.file)).toBe(true);
      // A consistent snapshot: before or after the save, never half of it.
      expect([members, members + 1]).toContain(countMembers(result.value.file));
      expect(countMembers(dbFile)).toBe(members + 1);
    } finally {
      clearInterval(ticker);
    }
  });

  it('fails in Vietnamese through the envelope when the backup folder cannot be written, creating nothing', async () => {
    const dir = freshDir();
    const { call } = await open(dir);
    // Tests run as root, so permissions do not stop a write: a plain file where the folder should be does.
    writeFileSync(join(dir, 'backups'), 'not a folder');
    const result = await call('system:backup', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (result.ok) return;
    expect(result.error.message).toContain('không ghi được vào thư mục sao lưu');
    expect(readdirSync(dir).filter((n) => n.startsWith('so-to-chuc-') || n.endsWith(PARTIAL_SUFFIX))).toEqual([]);
    expect(reported).toEqual([{ method: 'system:backup', name: 'AppFailure' }]);
  });

  it('fails in Vietnamese when the database file is gone, leaving no copy', async () => {
    const dir = freshDir();
    const { call } = await open(dir);
    rmSync(join(dir, DB_FILE)); // the open connection keeps working; the worker cannot open the file
    const result = await call('system:backup', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('không mở được tệp dữ liệu');
    expect(listBackups(join(dir, 'backups'))).toEqual([]);
    expect(partials(join(dir, 'backups'))).toEqual([]);
  });

  it('removes the fully written copy when it cannot take its final name', async () => {
    const dir = freshDir();
    const { call } = await open(dir);
    // A non-empty folder under the backup's name: the copy is written and verified, the rename fails.
    mkdirSync(join(dir, 'backups', MANUAL_NAME), { recursive: true });
    writeFileSync(join(dir, 'backups', MANUAL_NAME, 'x'), 'x');
    const result = await call('system:backup', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('Không sao lưu được');
    expect(readdirSync(join(dir, 'backups'))).toEqual([MANUAL_NAME]);
  });
});

describe('closing the core while a backup runs', () => {
  it('stops the daily backup without throwing and leaves no half-written file', async () => {
    const dir = bigDataDir();
    const { core: opened } = await open(dir, { dailyBackupDelay: 0 });
    const dbFile = join(dir, DB_FILE);
    const started = Date.now();
    while (runningBackups(dbFile) === 0 && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(runningBackups(dbFile)).toBe(1);

    expect(() => opened.close()).not.toThrow();
    core = null;
    await backupsSettled(dbFile);
    expect(runningBackups(dbFile)).toBe(0);
    const backups = join(dir, 'backups');
    expect(partials(backups)).toEqual([]);
    // Stopped before its verification, the copy never takes a backup's name; had it finished, it is whole.
    for (const file of listBackups(backups)) expect(verifyDatabaseFile(file), basename(file)).toBe(true);
    // A stop is not a failure to report.
    expect(reported).toEqual([]);
    // The data file is intact and opens again.
    expect(verifyDatabaseFile(dbFile)).toBe(true);
  });

  it('answers a pending system:backup with a Vietnamese failure', async () => {
    const dir = bigDataDir();
    const { core: opened, call } = await open(dir);
    const pending = call('system:backup', {});
    opened.close();
    core = null;
    const result = await pending;
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (result.ok) return;
    expect(result.error.message).toContain('ứng dụng đang đóng');
    expect(partials(join(dir, 'backups'))).toEqual([]);
    expect(listBackups(join(dir, 'backups'))).toEqual([]);
  });
});
