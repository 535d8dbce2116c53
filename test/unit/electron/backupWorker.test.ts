import BetterSqlite3 from 'better-sqlite3';
import { builtinModules } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listBackups, PARTIAL_SUFFIX } from '../../../db/backup.ts';
import { BackupError, runBackupInWorker } from '../../../electron/workers/runBackup.ts';
import { workerUrl } from '../../../electron/workers/workerUrl.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const builtMainDir = path.join(projectRoot, 'out', 'main');
const builtWorker = path.join(builtMainDir, 'backup.worker.js');

/** `npm test` builds before it tests; run `npm run build` first when running these alone. */
function requireBuild(): void {
  if (!existsSync(builtMainDir)) throw new Error('out/main is missing: run `npm run build` before these tests');
}

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function tempDir(): string {
  const made = mkdtempSync(path.join(tmpdir(), 'sotochuc-bkworker-'));
  dir = made;
  return made;
}

/** A small WAL database whose rows are still in the WAL, held open by a writer as the app's connection is. */
function smallDatabase(): { root: string; file: string; writer: BetterSqlite3.Database } {
  const root = tempDir();
  const file = path.join(root, 'so-to-chuc.db');
  const writer = new BetterSqlite3(file);
  writer.pragma('journal_mode = WAL');
  writer.pragma('wal_autocheckpoint = 0');
  writer.exec("CREATE TABLE member (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO member (name) VALUES ('Nguyễn Văn Nên'), ('Lê Thị Hoa'), ('Trần Đức');");
  return { root, file, writer };
}

describe('workerUrl', () => {
  it('finds the .ts beside the source and the .js beside the bundle', () => {
    expect(workerUrl('backup.worker', 'file:///p/electron/workers/runBackup.ts').href).toBe('file:///p/electron/workers/backup.worker.ts');
    expect(workerUrl('backup.worker', 'file:///r/app.asar/out/main/index.js').href).toBe('file:///r/app.asar/out/main/backup.worker.js');
    expect(workerUrl('backup.worker', 'file:///r/out/main/backup-Ab12.js?x=1').href).toBe('file:///r/out/main/backup.worker.js');
  });

  it('from the sources (as here) points at electron/workers/backup.worker.ts, which exists', () => {
    const url = workerUrl('backup.worker');
    expect(url.pathname.endsWith('/electron/workers/backup.worker.ts')).toBe(true);
    expect(existsSync(url)).toBe(true);
  });
});

describe('built backup worker (out/main/backup.worker.js, after npm run build)', () => {
  beforeAll(requireBuild);

  it('lands next to index.js, with every chunk in out/main itself, so the bundle finds it beside itself', () => {
    expect(existsSync(builtWorker), 'electron.vite.config.ts must build electron/workers/backup.worker.ts as a second main entry').toBe(true);
    const nested = readdirSync(builtMainDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js') && name.includes(path.sep));
    expect(nested).toEqual([]);
    expect(workerUrl('backup.worker', pathToFileURL(path.join(builtMainDir, 'index.js')).href).href).toBe(pathToFileURL(builtWorker).href);
  });

  it('imports only Node built-ins, better-sqlite3 and chunks beside it: never electron', () => {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(/^\s*(?:import|export)\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm)) {
        const id = match[1]!;
        if (id.startsWith('.')) visit(path.resolve(path.dirname(file), id));
        else if (!builtins.has(id)) external.add(id);
      }
      expect(code).not.toMatch(/\brequire\(\s*["']electron["']\s*\)/);
    };
    visit(builtWorker);
    expect([...external]).toEqual(['better-sqlite3']);
    expect(seen.size).toBeGreaterThan(1); // the shared backup chunk
  });

  it('runs under plain Node: copies a WAL database read by its own connection, verified, under its final name', async () => {
    const { root, file, writer } = smallDatabase();
    try {
      const backups = path.join(root, 'backups');
      const info = await runBackupInWorker({ dbFile: file, dir: backups, kind: 'manual', now: new Date('2026-11-20T03:00:00Z'), keep: 3 }, pathToFileURL(builtWorker));
      expect(info.file).toBe(path.join(backups, 'so-to-chuc-20261120-030000-manual.db'));
      expect(info.bytes).toBeGreaterThan(0);
      const copy = new BetterSqlite3(info.file, { readonly: true, fileMustExist: true });
      try {
        expect(copy.prepare('SELECT name FROM member ORDER BY id').pluck().all()).toEqual(['Nguyễn Văn Nên', 'Lê Thị Hoa', 'Trần Đức']);
      } finally {
        copy.close();
      }
      expect(readdirSync(backups)).toEqual(['so-to-chuc-20261120-030000-manual.db']);
    } finally {
      writer.close();
    }
  });

  it('rotates to the newest `keep` of the kind', async () => {
    const { root, file, writer } = smallDatabase();
    try {
      const backups = path.join(root, 'backups');
      for (const hour of [1, 2, 3]) {
        await runBackupInWorker({ dbFile: file, dir: backups, kind: 'hang-ngay', now: new Date(`2026-11-20T0${hour}:00:00Z`), keep: 2 }, pathToFileURL(builtWorker));
      }
      expect(listBackups(backups, 'hang-ngay').map((f) => path.basename(f))).toEqual(['so-to-chuc-20261120-030000-hang-ngay.db', 'so-to-chuc-20261120-020000-hang-ngay.db']);
    } finally {
      writer.close();
    }
  });

  it('rejects in Vietnamese when the database is missing, and leaves nothing behind', async () => {
    const root = tempDir();
    const backups = path.join(root, 'backups');
    const error = await runBackupInWorker({ dbFile: path.join(root, 'missing.db'), dir: backups, kind: 'manual', now: new Date(), keep: 3 }, pathToFileURL(builtWorker)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({ reason: 'failed', step: 'open', code: 'SQLITE_CANTOPEN' });
    expect((error as Error).message).toContain('không mở được tệp dữ liệu');
    expect(existsSync(backups) ? readdirSync(backups).filter((n) => n.endsWith('.db') || n.endsWith(PARTIAL_SUFFIX)) : []).toEqual([]);
  });

  it('gives up after the time limit: the worker is stopped, nothing is left, the error says so', async () => {
    const { root, file, writer } = smallDatabase();
    try {
      const backups = path.join(root, 'backups');
      const error = await runBackupInWorker({ dbFile: file, dir: backups, kind: 'manual', now: new Date(), keep: 3, timeoutMs: 1 }, pathToFileURL(builtWorker)).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'BackupError', reason: 'timeout' });
      expect((error as Error).message).toContain('chưa xong nên đã dừng');
      expect(existsSync(backups) ? readdirSync(backups) : []).toEqual([]);
    } finally {
      writer.close();
    }
  });
});
