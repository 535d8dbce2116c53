/**
 * The core in a worker thread (electron/core/remote.ts + electron/workers/core.worker.ts): calls and
 * batches are relayed, open failures come back as CoreOpenError, close releases the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CoreOpenError, DB_FILE, openCore } from '../../../electron/core/compose.ts';
import { openCoreInWorker } from '../../../electron/core/remote.ts';
import type { Core } from '../../../electron/core/types.ts';

const dirs: string[] = [];
const cores: Core[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stc-worker-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function open(dataDir: string, nowIso?: string): Promise<Core> {
  const core = await openCoreInWorker({ dataDir, dailyBackupDelay: null, ...(nowIso ? { nowIso } : {}) });
  cores.push(core);
  return core;
}

describe('the core in a worker thread', () => {
  it('answers calls with the envelope, writes and reads included', async () => {
    const core = await open(tempDir());
    const ctx = core.defaultContext('cli');
    const created = await core.dispatch('organisation:create', { name: 'Đảng bộ tỉnh Thử', typeCode: 'PROVINCE', parentId: null, effectiveFrom: '2025-07-01' }, ctx);
    expect(created.ok).toBe(true);
    const info = await core.dispatch('system:info', {}, ctx);
    expect(info.ok && (info.value as { counts: { organisations: number } }).counts.organisations).toBe(1);
    const bad = await core.dispatch('member:list', { limit: 'x' }, ctx);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('BAD_INPUT');
    const unknown = await core.dispatch('nope:nothing', {}, ctx);
    expect(!unknown.ok && unknown.error.code).toBe('UNKNOWN_METHOD');
  });

  it('refuses a payload that cannot cross to the worker instead of throwing', async () => {
    const core = await open(tempDir());
    const result = await core.dispatch('member:list', { q: () => 1 }, core.defaultContext('cli'));
    expect(!result.ok && result.error.code).toBe('BAD_INPUT');
  });

  it('follows a pinned clock (--now) from the pinned instant on', async () => {
    const dir = tempDir();
    const core = await open(dir, '2026-03-02T08:00:00.000Z');
    await core.dispatch('organisation:create', { name: 'Đảng bộ tỉnh Thử', typeCode: 'PROVINCE', parentId: null, effectiveFrom: '2025-07-01' }, core.defaultContext('cli'));
    const audit = await core.dispatch('system:auditList', {}, core.defaultContext('cli'));
    expect(audit.ok).toBe(true);
    const at = audit.ok ? (audit.value as { at: string }[])[0]?.at : '';
    expect(at?.slice(0, 10)).toBe('2026-03-02');
  });

  it('reports a file it cannot open as CoreOpenError with the core message, and releases the file on close', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, DB_FILE), 'this is not a database, just some text that is long enough to be read as a header….');
    await expect(openCoreInWorker({ dataDir: dir, dailyBackupDelay: null })).rejects.toBeInstanceOf(CoreOpenError);

    const ok = tempDir();
    const core = await openCoreInWorker({ dataDir: ok, dailyBackupDelay: null });
    await core.close();
    // Closed cleanly: the next in-thread open finds a clean session and opens.
    const again = await openCore({ dataDir: ok, dailyBackupDelay: null });
    await again.close();
    const after = await core.dispatch('system:info', {}, core.defaultContext('cli'));
    expect(!after.ok && after.error.code).toBe('INTERNAL');
  });

  it('runs a batch call by call, or all or nothing with atomic', async () => {
    const core = await open(tempDir());
    const ctx = core.defaultContext('cli');
    const root = { method: 'organisation:create', input: { name: 'Đảng bộ tỉnh A', typeCode: 'PROVINCE', parentId: null, effectiveFrom: '2025-07-01' } };
    const bad = { method: 'organisation:create', input: { name: '' } };
    const loose = await core.batch([root, bad], ctx, { atomic: false });
    expect(loose.map((r) => r.ok)).toEqual([true, false]);
    const count = async () => {
      const info = await core.dispatch('system:info', {}, ctx);
      return info.ok ? (info.value as { counts: { organisations: number } }).counts.organisations : -1;
    };
    expect(await count()).toBe(1);
    const rootId = loose[0]?.ok ? (loose[0].value as { id: number }).id : 0;
    const second = { method: 'organisation:create', input: { parentId: rootId, name: 'Đảng bộ phường B', typeCode: 'COMMUNE', effectiveFrom: '2025-07-01' } };
    const atomic = await core.batch([second, bad, second], ctx, { atomic: true });
    expect(atomic.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['CANCELLED', 'BAD_INPUT', 'CANCELLED']);
    expect(await count()).toBe(1);
    const good = await core.batch([second], ctx, { atomic: true });
    expect(good[0]?.ok).toBe(true);
    expect(await count()).toBe(2);
  });
});
