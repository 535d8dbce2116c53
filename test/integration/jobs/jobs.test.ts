/**
 * Jobs (ARCHITECTURE.md, "How a job flows"), through the core worker as the doors use it: a write
 * job (the demo province) reports progress and commits all or nothing; a cancelled one leaves an
 * empty database; a read job (an Excel export, the rating summary) runs on its own connection and its
 * export is audited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCoreInWorker } from '../../../electron/core/remote.ts';
import type { CallContext, Core } from '../../../electron/core/types.ts';
import type { JobEvent, JobGetResult, JobInfo } from '../../../shared/jobs/schemas.ts';

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function open(): Promise<Core> {
  const dir = mkdtempSync(join(tmpdir(), 'stc-jobs-'));
  dirs.push(dir);
  const core = await openCoreInWorker({ dataDir: dir, dailyBackupDelay: null, nowIso: '2026-06-15T03:00:00.000Z' });
  cores.push(core);
  return core;
}

async function must<T>(core: Core, method: string, input: unknown, ctx: CallContext = core.defaultContext('cli')): Promise<T> {
  const r = await core.dispatch(method, input, ctx);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** Resolves with the job's last event once it has ended. */
function ended(core: Core, id: string, seen: JobEvent[] = []): Promise<JobInfo> {
  return new Promise((resolve) => {
    const off = core.onJobEvent((event) => {
      if (event.job.id !== id) return;
      seen.push(event);
      if (!['queued', 'running'].includes(event.job.state)) {
        off();
        resolve(event.job);
      }
    });
  });
}

async function count(core: Core): Promise<{ organisations: number; members: number }> {
  return (await must<{ counts: { organisations: number; members: number } }>(core, 'system:info', {})).counts;
}

describe('jobs', () => {
  it('builds the demo province as a write job with progress, then exports a badge form as a read job, audited', async () => {
    const core = await open();
    const events: JobEvent[] = [];
    const { id } = await must<{ id: string }>(core, 'job:start', { kind: 'system:demo', input: { members: 3000, seed: 5 } });
    const last = await ended(core, id, events);
    expect(last.state).toBe('done');
    expect(events.length).toBeGreaterThan(2);
    const shares = events.map((e) => e.job.share);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(events.some((e) => /đảng viên/.test(e.job.line))).toBe(true);
    const got = await must<JobGetResult>(core, 'job:get', { id });
    expect(got.value).toMatchObject({ members: 3000 });
    expect((await count(core)).members).toBeGreaterThan(2500);
    const audit = await must<{ action: string }[]>(core, 'system:auditList', {});
    expect(audit.map((a) => a.action)).toContain('system.demo');

    // A round of 2026 with candidates (the demo's 30-year members), one proposed, then its 4-HHĐ list as an Excel file.
    const rounds = await must<{ rounds: { date: string }[] }>(core, 'badge:rounds', { year: 2026 });
    let round: string | undefined;
    let first: { memberId: number; milestone: number } | undefined;
    for (const r of rounds.rounds) {
      const cands = await must<{ regular: { rows: { memberId: number; milestone: number; eligibleFrom: string | null }[] }[] }>(core, 'badge:candidates', { organisationId: null, roundDate: r.date });
      first = cands.regular.flatMap((g) => g.rows).find((row) => row.eligibleFrom === null);
      if (first) {
        round = r.date;
        break;
      }
    }
    expect(first).toBeDefined();
    await must(core, 'badge:propose', { roundDate: round, items: [{ memberId: first?.memberId, milestone: first?.milestone, kind: 'REGULAR' }] });
    const exportJob = await must<{ id: string }>(core, 'job:start', { kind: 'badge:export', input: { form: '4', roundDate: round } });
    const done = await ended(core, exportJob.id);
    expect(done.state).toBe('done');
    const file = (await must<JobGetResult>(core, 'job:get', { id: exportJob.id })).value as { fileName: string; base64: string; rows: number };
    expect(file.rows).toBe(1);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const after = await must<{ action: string }[]>(core, 'system:auditList', {});
    expect(after.filter((a) => a.action === 'badge.export')).toHaveLength(1);
    const list = await must<JobInfo[]>(core, 'job:list', {});
    expect(list.map((j) => j.id)).toEqual([exportJob.id, id]);
  }, 120_000);

  it('cancels the demo province and leaves an empty database', async () => {
    const core = await open();
    const { id } = await must<{ id: string }>(core, 'job:start', { kind: 'system:demo', input: { members: 60_000, seed: 2 } });
    const events: JobEvent[] = [];
    const finished = ended(core, id, events);
    // Cancel once the members are being written.
    await new Promise<void>((resolve) => {
      const off = core.onJobEvent((e) => {
        if (e.job.id === id && e.job.share > 0.05) {
          off();
          resolve();
        }
      });
    });
    const cancelled = await must<JobInfo>(core, 'job:cancel', { id });
    expect(cancelled.line).toBe('Đang dừng…');
    const last = await finished;
    expect(last.state).toBe('cancelled');
    expect(await count(core)).toEqual({ organisations: 0, members: 0 });
    // Nothing of it in the audit log either; and a new job can start.
    const audit = await must<{ action: string }[]>(core, 'system:auditList', {});
    expect(audit.map((a) => a.action)).not.toContain('system.demo');
    const again = await must<{ id: string }>(core, 'job:start', { kind: 'system:demo', input: { members: 500, seed: 2 } });
    expect((await ended(core, again.id)).state).toBe('done');
  }, 120_000);

  it('refuses an unknown kind, a method that is not a job, a bad input and a caller without the role', async () => {
    const core = await open();
    const ctx = core.defaultContext('cli');
    const viewer: CallContext = { ...ctx, user: { ...ctx.user, role: 'viewer' } };
    const codeOf = async (input: unknown, who = ctx) => {
      const r = await core.dispatch('job:start', input, who);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await codeOf({ kind: 'nope:nothing' })).toBe('BAD_INPUT');
    expect(await codeOf({ kind: 'member:list', input: {} })).toBe('BAD_INPUT');
    expect(await codeOf({ kind: 'system:demo', input: { members: -1 } })).toBe('BAD_INPUT');
    expect(await codeOf({ kind: 'system:demo', input: { members: 10 } }, viewer)).toBe('FORBIDDEN');
    const missing = await core.dispatch('job:get', { id: 'no-such-job' }, ctx);
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    // Another user's job is not theirs to see or stop; an administrator sees every job.
    const { id } = await must<{ id: string }>(core, 'job:start', { kind: 'system:backup', input: {} });
    const clerk: CallContext = { ...ctx, user: { id: 2, username: 'cv', role: 'clerk' } };
    const foreign = await core.dispatch('job:cancel', { id }, clerk);
    expect(!foreign.ok && foreign.error.code).toBe('NOT_FOUND');
    expect(await must<JobInfo[]>(core, 'job:list', {}, clerk)).toEqual([]);
    expect((await must<JobInfo[]>(core, 'job:list', {})).map((j) => j.id)).toEqual([id]);
    // Let the backup finish before the folder goes.
    await expect.poll(async () => (await must<JobGetResult>(core, 'job:get', { id })).job.state, { timeout: 60_000 }).toBe('done');
  });

  it('runs one fewer job than the machine has cores at once (at least one); the others wait in line and may be cancelled there', async () => {
    const core = await open();
    const demo = await must<{ id: string }>(core, 'job:start', { kind: 'system:demo', input: { members: 2000, seed: 3 } });
    expect((await ended(core, demo.id)).state).toBe('done');
    const limit = Math.max(1, availableParallelism() - 1);
    const ids: string[] = [];
    for (let i = 0; i <= limit; i++) ids.push((await must<{ id: string }>(core, 'job:start', { kind: 'rating:summary', input: { organisationId: null, year: 2025 } })).id);
    const states = async () => (await must<JobInfo[]>(core, 'job:list', {})).filter((j) => ids.includes(j.id)).map((j) => j.state);
    const now = await states();
    expect(now.filter((s) => s === 'running').length).toBeLessThanOrEqual(limit);
    const last = ids.at(-1) as string;
    const waiting = (await must<JobGetResult>(core, 'job:get', { id: last })).job;
    if (waiting.state === 'queued') {
      expect((await must<JobInfo>(core, 'job:cancel', { id: last })).state).toBe('cancelled');
    }
    await expect.poll(async () => (await states()).every((s) => s === 'done' || s === 'cancelled'), { timeout: 60_000 }).toBe(true);
    expect((await states()).filter((s) => s === 'done').length).toBeGreaterThanOrEqual(limit);
  }, 120_000);

  it('runs the province rating summary as a read job while calls keep being answered', async () => {
    const core = await open();
    const demo = await must<{ id: string }>(core, 'job:start', { kind: 'system:demo', input: { members: 4000, seed: 9 } });
    expect((await ended(core, demo.id)).state).toBe('done');
    const { id } = await must<{ id: string }>(core, 'job:start', { kind: 'rating:summary', input: { organisationId: null, year: 2025 } });
    const list = await core.dispatch('member:list', { limit: 10 }, core.defaultContext('cli'));
    expect(list.ok).toBe(true);
    expect((await ended(core, id)).state).toBe('done');
    const direct = await must<unknown>(core, 'rating:summary', { organisationId: null, year: 2025 });
    expect((await must<JobGetResult>(core, 'job:get', { id })).value).toEqual(direct);
  }, 120_000);
});
