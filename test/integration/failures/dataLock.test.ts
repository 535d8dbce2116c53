import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CoreOpenError, openCore } from '../../../electron/core/compose.ts';
import { LOCK_FILE } from '../../../electron/core/dataLock.ts';

const child = join(import.meta.dirname, '..', '..', 'support', 'openCoreChild.ts');
const dirs: string[] = [];
const children: ChildProcess[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'sotochuc-lock-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Starts a second process holding the core open on `dir`; resolves once it says OPEN. */
function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  const proc = spawn(process.execPath, [child, dir, 'hold'], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(proc);
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('OPEN')) resolve(proc);
    });
    proc.on('exit', (code) => reject(new Error(`child exited ${String(code)}: ${out}`)));
  });
}

function tryInAnotherProcess(dir: string): { status: number | null; result: { ok: boolean; kind?: string; message?: string } } {
  const run = spawnSync(process.execPath, [child, dir, 'try'], { encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, result: JSON.parse(run.stdout.trim() || '{}') as { ok: boolean; kind?: string; message?: string } };
}

const exited = (proc: ChildProcess) => new Promise<void>((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve() : proc.once('exit', () => resolve())));

describe('one process at a time on a data folder', () => {
  it('a second process is refused with who holds the folder, and opens once the first has closed', async () => {
    const dir = tempDir();
    const core = await openCore({ dataDir: dir, dailyBackupDelay: null });
    const lock = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number; host: string };
    expect(lock).toMatchObject({ pid: process.pid, host: hostname() });

    const refused = tryInAnotherProcess(dir);
    expect(refused.status).toBe(2);
    expect(refused.result).toMatchObject({ ok: false, kind: 'LOCKED' });
    expect(refused.result.message).toContain(`tiến trình số ${process.pid}`);
    expect(refused.result.message).toMatch(/đang được một chương trình Sổ Tổ Chức khác sử dụng/);
    expect(refused.result.message).toMatch(/mở từ \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/);

    core.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(tryInAnotherProcess(dir).result).toEqual({ ok: true });
  });

  it('this process is refused while another process holds the folder; a lock left by a killed process is taken over', async () => {
    const dir = tempDir();
    const other = await holdInAnotherProcess(dir);
    const error = await openCore({ dataDir: dir, dailyBackupDelay: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreOpenError);
    expect((error as CoreOpenError).kind).toBe('LOCKED');
    expect((error as CoreOpenError).message).toContain(`tiến trình số ${String(other.pid)}`);
    expect((error as CoreOpenError).latestBackup).toBeNull();

    other.kill('SIGKILL'); // no close: its lock file stays behind, naming a pid that no longer runs
    await exited(other);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const core = await openCore({ dataDir: dir, dailyBackupDelay: null });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    const list = await core.dispatch('member:list', { organisationId: null }, core.defaultContext('cli'));
    expect(list.ok).toBe(true);
    core.close();
  });

  it('a stale lock file naming a dead pid is taken over; one naming a live process of this machine is not', async () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), since: new Date().toISOString(), token: 'old' }));
    const core = await openCore({ dataDir: dir, dailyBackupDelay: null });
    core.close();

    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    children.push(alive);
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: alive.pid, host: hostname(), since: new Date().toISOString(), token: 'live' }));
    const error = await openCore({ dataDir: dir, dailyBackupDelay: null }).catch((e: unknown) => e);
    expect((error as CoreOpenError).kind).toBe('LOCKED');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ token: 'live' });
  });

  it('two cores of this one process on one folder: the second is refused too', async () => {
    const dir = tempDir();
    const core = await openCore({ dataDir: dir, dailyBackupDelay: null });
    const error = await openCore({ dataDir: dir, dailyBackupDelay: null }).catch((e: unknown) => e);
    expect((error as CoreOpenError).kind).toBe('LOCKED');
    core.close();
    (await openCore({ dataDir: dir, dailyBackupDelay: null })).close();
  });
});
