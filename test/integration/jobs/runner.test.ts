/**
 * The job runner's own behaviour with a stand-in job worker (a script that stays inside one long
 * synchronous step, as an index build does): the heartbeat keeps the screen hearing from the job at
 * least once a second, and jobs beyond maxRunning wait in line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../../electron/core/jobs/runner.ts';
import type { CallContext } from '../../../electron/core/types.ts';
import type { JobEvent, JobInfo } from '../../../shared/jobs/schemas.ts';

const dir = mkdtempSync(join(tmpdir(), 'stc-runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A job worker that reports once, then blocks its thread for `ms`, then answers 42. */
function standIn(ms: number): URL {
  const file = join(dir, `long-step-${ms}.mjs`);
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
parentPort.postMessage({ type: 'progress', share: 0.5, line: 'Bước dài' });
const end = Date.now() + ${ms};
while (Date.now() < end) {}
parentPort.postMessage({ type: 'done', result: { ok: true, value: 42 }, readAudit: [] });
`,
  );
  return pathToFileURL(file);
}

const admin: CallContext = { user: { id: 1, username: 'admin', role: 'admin' }, via: 'cli' };
const kind = 'rating:summary';
const input = { organisationId: null, year: 2025 };

function runner(url: URL, events: { at: number; job: JobInfo }[], maxRunning = 1): JobRunner {
  return new JobRunner({
    dbFile: join(dir, 'none.db'),
    dataDir: dir,
    appVersion: 'test',
    now: () => new Date(),
    recordAudit: async () => undefined,
    onEvent: (e: JobEvent) => void events.push({ at: performance.now(), job: e.job }),
    url,
    maxRunning,
  });
}

function until(events: { job: JobInfo }[], id: string, state: JobInfo['state']): Promise<void> {
  return expect.poll(() => events.some((e) => e.job.id === id && e.job.state === state), { timeout: 20_000, interval: 50 }).toBe(true);
}

describe('the job runner', () => {
  it('repeats the line of a job stuck in one long step with its quiet seconds, never leaving a second of silence', async () => {
    const events: { at: number; job: JobInfo }[] = [];
    const jobs = runner(standIn(2600), events);
    const id = jobs.start(kind, input, admin);
    await until(events, id, 'done');
    const mine = events.filter((e) => e.job.id === id);
    const reported = mine.findIndex((e) => e.job.line === 'Bước dài');
    expect(reported).toBeGreaterThanOrEqual(0);
    const after = mine.slice(reported);
    const gaps = after.slice(1).map((e, i) => e.at - (after[i]?.at ?? e.at));
    expect(Math.max(...gaps)).toBeLessThan(1000);
    expect(after.some((e) => /^Bước dài \(\d giây\)$/.test(e.job.line) && (e.job.quietMs ?? 0) >= 700)).toBe(true);
    expect(jobs.get(id, admin)).toMatchObject({ job: { state: 'done', share: 1 }, value: 42 });
    expect(jobs.get(id, admin).job.quietMs).toBeUndefined();
  });

  it('runs at most maxRunning jobs; the next waits as queued, starts when one ends, and a waiting one can be cancelled', async () => {
    const events: { at: number; job: JobInfo }[] = [];
    const jobs = runner(standIn(600), events, 1);
    const first = jobs.start(kind, input, admin);
    const second = jobs.start(kind, input, admin);
    const third = jobs.start(kind, input, admin);
    expect(jobs.list(admin).map((j) => j.state)).toEqual(['queued', 'queued', 'running']);
    expect(jobs.cancel(third, admin).state).toBe('cancelled');
    await until(events, second, 'done');
    const startOfSecond = events.find((e) => e.job.id === second && e.job.state === 'running')?.at ?? 0;
    const endOfFirst = events.find((e) => e.job.id === first && e.job.state === 'done')?.at ?? Infinity;
    expect(startOfSecond).toBeGreaterThanOrEqual(endOfFirst);
    expect(jobs.close()).toBeNull();
  });
});
