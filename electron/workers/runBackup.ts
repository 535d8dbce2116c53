/**
 * Backups off the main thread: one worker thread per backup (backup.worker.ts) with its own read-only
 * connection, a time limit, and a clean stop when the core closes. A copy that did not finish is never
 * left under a backup's name (see writeBackup); its partial file is removed here once the worker has ended.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { backupTarget, type BackupInfo, type BackupStep } from '../../db/backup.ts';
import { renderProblem, type Problem } from '../../shared/kernel/problems.ts';
import { systemProblems as P } from '../../shared/system/problems.ts';
import type { BackupWorkerReply, BackupWorkerRequest } from './backupMessages.ts';
import { workerUrl } from './workerUrl.ts';

export interface BackupJob {
  /** The database file; the worker opens it read-only. */
  dbFile: string;
  dir: string;
  kind: string;
  now: Date;
  keep: number;
  /** Give up (and stop the worker) after this long; default 15 minutes. */
  timeoutMs?: number;
}

export type BackupFailure = 'failed' | 'timeout' | 'stopped' | 'crashed';

/** A backup that did not happen. `problem` says what to do (`message` in Vietnamese); no personal data. */
export class BackupError extends Error {
  readonly reason: BackupFailure;
  readonly problem: Problem;
  readonly step: BackupStep | null;
  /** The SQLite or file-system code of the cause, when there is one. */
  readonly code: string | null;
  constructor(reason: BackupFailure, problem: Problem, detail: { step?: BackupStep | null; code?: string | null; cause?: unknown } = {}) {
    super(renderProblem(problem), detail.cause === undefined ? undefined : { cause: detail.cause });
    this.name = 'BackupError';
    this.reason = reason;
    this.problem = problem;
    this.step = detail.step ?? null;
    this.code = detail.code ?? null;
  }
}

const DEFAULT_TIMEOUT_MS = 15 * 60 * 1000;
const FULL = new Set(['SQLITE_FULL', 'ENOSPC']);

/** What a failure the worker reported says. */
export function failureMessage(step: BackupStep | null, code: string | null): Problem {
  if (code !== null && FULL.has(code)) return P.backupDiskFull();
  switch (step) {
    case 'open':
      return P.backupCannotOpen();
    case 'folder':
    case 'copy':
    case 'finish':
      return P.backupCannotWrite();
    case 'verify':
      return P.backupNotVerified();
    default:
      return P.backupUnexpected();
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Left as a .partial file, which no list of backups shows; a later backup removes it after a day.
  }
}

/** Running backup workers by database file, so closing a core stops its own. */
const running = new Map<string, Set<{ stop(): void; done: Promise<unknown> }>>();

function track(dbFile: string, entry: { stop(): void; done: Promise<unknown> }): () => void {
  const key = resolve(dbFile);
  let set = running.get(key);
  if (!set) running.set(key, (set = new Set()));
  set.add(entry);
  return () => {
    set.delete(entry);
    if (set.size === 0 && running.get(key) === set) running.delete(key);
  };
}

/** Stops every backup running on `dbFile`: each rejects with reason 'stopped' once its worker has ended. */
export function stopBackups(dbFile: string): void {
  for (const entry of running.get(resolve(dbFile)) ?? []) entry.stop();
}

/** How many backups of `dbFile` are running now. */
export function runningBackups(dbFile: string): number {
  return running.get(resolve(dbFile))?.size ?? 0;
}

/** Resolves when every backup of `dbFile` running now has ended (succeeded or not). */
export async function backupsSettled(dbFile: string): Promise<void> {
  await Promise.allSettled([...(running.get(resolve(dbFile)) ?? [])].map((entry) => entry.done));
}

/**
 * Copies `dbFile` into `dir` in a worker thread (VACUUM INTO, quick_check of the copy, rotation to the
 * newest `keep` of `kind`). Resolves with the copy, or rejects with a BackupError in Vietnamese.
 */
export function runBackupInWorker(job: BackupJob, url: URL = workerUrl('backup.worker')): Promise<BackupInfo> {
  const target = backupTarget(job.dir, job.kind, job.now);
  const request: BackupWorkerRequest = { dbFile: job.dbFile, target, keep: job.keep };
  let worker: Worker;
  try {
    worker = new Worker(url, { workerData: request });
  } catch (cause) {
    return Promise.reject(new BackupError('crashed', P.backupNoThread(), { cause }));
  }
  let stopping: BackupError | null = null;
  const stop = (why: BackupError) => {
    stopping ??= why;
    void worker.terminate();
  };
  const done = new Promise<BackupInfo>((resolveJob, rejectJob) => {
    let reply: BackupWorkerReply | null = null;
    let crash: unknown = null;
    const timer = setTimeout(() => {
      const minutes = Math.max(1, Math.round((job.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 60_000));
      stop(new BackupError('timeout', P.backupTimeout({ minutes })));
    }, job.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    timer.unref();
    worker.on('message', (message: BackupWorkerReply) => {
      reply ??= message;
    });
    worker.on('error', (error) => {
      crash ??= error;
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      // A stopped worker may have been cut off in the middle of the copy: its partial file goes.
      removeQuietly(target.partial);
      if (reply?.ok) resolveJob(reply.info);
      else if (reply) rejectJob(new BackupError('failed', failureMessage(reply.error.step, reply.error.code), { step: reply.error.step, code: reply.error.code }));
      else if (stopping) rejectJob(stopping);
      else rejectJob(new BackupError('crashed', P.backupCrashed(), { cause: crash }));
    });
  });
  const untrack = track(job.dbFile, {
    stop: () => stop(new BackupError('stopped', P.backupStopped())),
    done,
  });
  void done.then(untrack, untrack);
  return done;
}
