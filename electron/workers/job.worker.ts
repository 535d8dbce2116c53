/**
 * A job worker (ARCHITECTURE.md, "How a job flows"): runs one job — a contract method marked `job` —
 * through a dispatch of its own over a connection of its own: read-only for a read job, its own write
 * transaction for a write job (all or nothing: a cancel or a failure rolls it back). Posts progress
 * lines at most every 100 ms, then one `done` with the envelope. Built as out/main/job.worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkpoint, openConnection, type Connection } from '../../db/connection.ts';
import { openReader } from '../../db/reader.ts';
import { AppFailure, fail, type Result } from '../../shared/kernel/result.ts';
import { jobProblems as P } from '../../shared/jobs/problems.ts';
import { createDispatch } from '../core/dispatch.ts';
import { handlers } from '../core/handlers.ts';
import type { JobWorkerData, JobWorkerMessage } from '../core/jobs/messages.ts';
import type { AuditChange } from '../services/context.ts';
import type { JobControl } from '../services/jobs/control.ts';

const data = workerData as JobWorkerData;
const cancelled = new Int32Array(data.cancel);
const post = (message: JobWorkerMessage) => parentPort?.postMessage(message);

/** A job does not start other jobs. */
const noJobs: JobControl = {
  start: () => {
    throw new AppFailure('RULE', P.noNestedJobs());
  },
  get: () => {
    throw new AppFailure('NOT_FOUND', P.notFound());
  },
  cancel: () => {
    throw new AppFailure('NOT_FOUND', P.notFound());
  },
  list: () => [],
};

let lastPost = 0;
function progress(share: number, line: string): void {
  if (Atomics.load(cancelled, 0) === 1) throw new AppFailure('CANCELLED', P.cancelled());
  const now = performance.now();
  if (now - lastPost < 100 && share < 1) return;
  lastPost = now;
  post({ type: 'progress', share, line });
}

async function run(): Promise<void> {
  const readAudit: AuditChange[] = [];
  let connection: Connection;
  try {
    connection = data.access === 'read' ? openReader(data.dbFile) : openConnection(data.dbFile);
  } catch {
    post({ type: 'done', result: fail('INTERNAL', P.cannotOpen()), readAudit });
    return;
  }
  let result: Result<unknown>;
  try {
    const dispatch = createDispatch({
      connection,
      handlers,
      dataDir: data.dataDir,
      appVersion: data.appVersion,
      now: () => new Date(data.nowIso),
      jobs: noJobs,
      progress,
      ...(data.access === 'read' ? { handOverReadAudit: (changes: AuditChange[]) => void readAudit.push(...changes) } : {}),
      report: (method, error) => {
        const code = typeof error === 'object' && error !== null && 'code' in error ? ` ${String(error.code)}` : '';
        process.stderr.write(`[job] ${method}: ${error instanceof Error ? error.name : typeof error}${code}\n`);
      },
    });
    result = await dispatch(data.kind, data.input, data.call);
    if (result.ok && data.access === 'write') {
      post({ type: 'progress', share: 1, line: 'Đang ghi dữ liệu vào tệp…' });
      // The app's connection checkpoints only after its own writes: this job's pages go now.
      checkpoint(connection.sqlite);
    }
  } finally {
    connection.close();
  }
  post({ type: 'done', result, readAudit });
}

void run();
