import { asErrorCode, contract, type Input, type MethodName, type Output, type Result } from '../../../shared/contract/index.ts';
import type { JobGetResult, JobInfo } from '../../../shared/jobs/schemas.ts';
import { call, dataChanged } from './client.ts';
import { localised } from './problems.ts';

/**
 * Long work as a job (ARCHITECTURE.md, "How a job flows"): started with job:start, followed until it
 * ends — through the events Electron pushes (window.sotochuc.onJobEvent) and by polling job:get,
 * which also serves the browser host — then its value fetched. The window never waits on it.
 */

const POLL_MS = 400;
/** With pushed events the poll is only a safety net. */
const POLL_WITH_EVENTS_MS = 2000;

export interface RunningJob {
  /** The job's id once it started (to cancel it). */
  id: string | null;
}

function isJobEvent(value: unknown): value is { job: JobInfo } {
  return typeof value === 'object' && value !== null && 'job' in value && typeof value.job === 'object' && value.job !== null && 'id' in value.job;
}

const ended = (job: JobInfo) => job.state !== 'queued' && job.state !== 'running';

/** Follows job `id` until it ends; `onUpdate` sees every state it passes through. */
export function followJob(id: string, onUpdate: (job: JobInfo) => void, win: Window = window): Promise<JobGetResult | Result<never>> {
  return new Promise((resolve) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const bridge = win.sotochuc;
    const finish = (value: JobGetResult | Result<never>) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      off();
      resolve(value);
    };
    const poll = async () => {
      timer = null;
      const r = await call('job:get', { id });
      if (done) return;
      if (!r.ok) return finish(r);
      onUpdate(r.value.job);
      if (ended(r.value.job)) return finish(r.value);
      timer = setTimeout(() => void poll(), bridge ? POLL_WITH_EVENTS_MS : POLL_MS);
    };
    const off = bridge?.onJobEvent
      ? bridge.onJobEvent((event) => {
          if (done || !isJobEvent(event) || event.job.id !== id) return;
          onUpdate(event.job);
          // The value comes with job:get: ask at once.
          if (ended(event.job)) {
            if (timer) clearTimeout(timer);
            void poll();
          }
        })
      : () => undefined;
    void poll();
  });
}

/**
 * Runs `kind` (a contract method marked as a job) with `input`, reporting progress; resolves with the
 * method's output or the job's failure (CANCELLED when stopped).
 */
export async function runJob<K extends MethodName>(kind: K, input: Input<K>, onUpdate: (job: JobInfo) => void = () => undefined, handle: RunningJob = { id: null }): Promise<Result<Output<K>>> {
  const started = await call('job:start', { kind, input });
  if (!started.ok) return started;
  handle.id = started.value.id;
  const end = await followJob(started.value.id, onUpdate);
  // A writing job may have changed data even when it failed part-way (kept screens load again).
  if (contract[kind].writes) dataChanged();
  if ('ok' in end) return end;
  if (end.job.state !== 'done') {
    const error = end.job.error;
    return { ok: false, error: localised({ code: asErrorCode(error?.code), message: error?.message ?? '', ...(error?.problem ? { problem: error.problem } : {}) }) };
  }
  // The core produced the value from this method of the same contract.
  return { ok: true, value: end.value as Output<K> };
}

/** Asks the core to stop a running job (its writes roll back). */
export async function cancelJob(handle: RunningJob): Promise<void> {
  if (handle.id !== null) await call('job:cancel', { id: handle.id });
}
