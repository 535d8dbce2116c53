/**
 * The job runner (ARCHITECTURE.md, "How a job flows"): long work as jobs, each in a worker thread of
 * its own (job.worker.ts) with its own connection: read-only for reads, so calls keep being answered;
 * its own write transaction for writes, all or nothing. Progress reaches the doors as events; a
 * cancel is cooperative (the job's ctx.progress throws), with a forced stop after a grace period for
 * reads. Lives in the thread that owns the core.
 *
 * At most `maxRunning` jobs run at once (one core fewer than the machine has, at least one): on the
 * clerks' two-core PCs one core stays free for the calls of the window; later jobs wait in line.
 * While a job is inside one long SQLite statement (building an index, the commit of a large
 * transaction) it cannot report; the runner then repeats its last line with the seconds spent on it,
 * so the screen shows life at least once a second.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { contract, isMethodName } from '../../../shared/contract/methods.ts';
import type { JobEvent, JobGetResult, JobInfo } from '../../../shared/jobs/schemas.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { kernelProblems, renderProblem } from '../../../shared/kernel/problems.ts';
import { jobProblems as P } from '../../../shared/jobs/problems.ts';
import { roleAllows } from '../../../shared/kernel/roles.ts';
import type { AuditChange } from '../../services/context.ts';
import type { JobControl } from '../../services/jobs/control.ts';
import { workerUrl } from '../../workers/workerUrl.ts';
import type { CallContext } from '../types.ts';
import type { JobWorkerData, JobWorkerMessage } from './messages.ts';

export interface JobRunnerDeps {
  dbFile: string;
  dataDir: string;
  appVersion: string;
  now: () => Date;
  /** Writes the audit entries a read job recorded (an export), on the core's connection. */
  recordAudit(userId: number, nowIso: string, changes: AuditChange[]): Promise<void>;
  /** A write job committed (the core schedules its WAL checkpoint). */
  afterWrite?: () => void;
  onEvent(event: JobEvent): void;
  /** The job worker's entry (tests may pass another). */
  url?: URL;
  /** How long a cancelled read job may take to stop by itself before it is stopped (ms). */
  graceMs?: number;
  /** Jobs running at once; default: one fewer than the machine's cores, at least one. */
  maxRunning?: number;
}

interface JobRecord {
  info: JobInfo;
  userId: number;
  access: 'read' | 'write';
  cancel: Int32Array;
  /** What the worker is handed when the job's turn comes. */
  data: JobWorkerData;
  value?: unknown;
  worker: Worker | null;
  ended: Promise<void>;
}

/** The longest the screen goes without hearing from a running job: then the runner repeats its line. */
const HEARTBEAT_MS = 700;

/** Finished jobs kept for job:list and to fetch their result. */
const KEEP_FINISHED = 20;

const isOpen = (info: JobInfo) => info.state === 'queued' || info.state === 'running';

export class JobRunner implements JobControl {
  private readonly jobs = new Map<string, JobRecord>();
  private closed = false;
  private readonly deps: JobRunnerDeps;

  constructor(deps: JobRunnerDeps) {
    this.deps = deps;
  }

  start(kind: string, input: unknown, call: CallContext): string {
    if (this.closed) throw new AppFailure('INTERNAL', P.closing());
    if (!isMethodName(kind) || contract[kind].job === undefined) throw new AppFailure('BAD_INPUT', P.unknownKind({ kind: kind.slice(0, 60) }));
    const def = contract[kind];
    const access = def.job ?? 'read';
    if (!roleAllows(call.user.role, def.role)) throw new AppFailure('FORBIDDEN', kernelProblems.forbidden());
    // The input is checked again by the job's own dispatch; here a wrong one is refused before a worker starts.
    if (!def.input.safeParse(input ?? {}).success) throw new AppFailure('BAD_INPUT', P.badInput());
    if (access === 'write' && [...this.jobs.values()].some((j) => j.access === 'write' && isOpen(j.info))) {
      throw new AppFailure('CONFLICT', P.writeRunning());
    }
    const id = randomUUID();
    const nowIso = this.deps.now().toISOString();
    const cancel = new SharedArrayBuffer(4);
    const info: JobInfo = { id, kind, state: 'queued', share: 0, line: def.summary, startedAt: nowIso, endedAt: null, error: null };
    const data: JobWorkerData = { dbFile: this.deps.dbFile, dataDir: this.deps.dataDir, appVersion: this.deps.appVersion, nowIso, kind, input: input ?? {}, call, access, cancel };
    const record: JobRecord = { info, userId: call.user.id, access, cancel: new Int32Array(cancel), data, worker: null, ended: Promise.resolve() };
    this.jobs.set(id, record);
    this.forget();
    this.emit(record);
    this.pump();
    return id;
  }

  /** Starts queued jobs, oldest first, while fewer than maxRunning run. */
  private pump(): void {
    const limit = this.deps.maxRunning ?? Math.max(1, availableParallelism() - 1);
    for (const record of this.jobs.values()) {
      const running = [...this.jobs.values()].filter((j) => j.info.state === 'running').length;
      if (running >= limit) return;
      if (record.info.state !== 'queued') continue;
      record.info.state = 'running';
      const worker = new Worker(this.deps.url ?? workerUrl('job.worker'), { workerData: record.data });
      record.worker = worker;
      record.ended = this.follow(record, worker, record.data.nowIso).finally(() => this.pump());
      this.emit(record);
    }
  }

  get(id: string, call: CallContext): JobGetResult {
    const record = this.record(id, call);
    return record.info.state === 'done' ? { job: { ...record.info }, value: record.value } : { job: { ...record.info } };
  }

  cancel(id: string, call: CallContext): JobInfo {
    const record = this.record(id, call);
    if (record.info.state === 'queued') this.end(record, 'cancelled', { code: 'CANCELLED', message: renderProblem(P.cancelled()), problem: P.cancelled() });
    else if (record.info.state === 'running') this.stop(record);
    return { ...record.info };
  }

  /** The caller's own jobs, newest first (an administrator sees everyone's). */
  list(call: CallContext): JobInfo[] {
    return [...this.jobs.values()]
      .filter((j) => this.visible(j, call))
      .map((j) => ({ ...j.info }))
      .reverse();
  }

  /**
   * Stops every job (the core is closing); resolves once their workers have ended, or returns null
   * when none was running (the caller then closes at once).
   */
  close(): Promise<void> | null {
    this.closed = true;
    for (const j of this.jobs.values()) if (j.info.state === 'queued') this.end(j, 'cancelled', { code: 'CANCELLED', message: renderProblem(P.cancelled()), problem: P.cancelled() });
    const open = [...this.jobs.values()].filter((j) => j.info.state === 'running');
    if (open.length === 0) return null;
    for (const j of open) this.stop(j, 5_000);
    return Promise.all(open.map((j) => j.ended)).then(() => undefined);
  }

  private visible(record: JobRecord, call: CallContext): boolean {
    return record.userId === call.user.id || call.user.role === 'admin';
  }

  /** A job the caller may see: their own, or any for an administrator; others' are not found. */
  private record(id: string, call: CallContext): JobRecord {
    const record = this.jobs.get(id);
    if (!record || !this.visible(record, call)) throw new AppFailure('NOT_FOUND', P.notFoundOld());
    return record;
  }

  private stop(record: JobRecord, graceMs = this.deps.graceMs ?? 30_000): void {
    Atomics.store(record.cancel, 0, 1);
    record.info.line = 'Đang dừng…';
    this.emit(record);
    // A write job always stops by itself (its transaction must roll back); a read job that does not
    // look at its cancel flag in time is stopped: its read-only connection holds nothing.
    if (record.access === 'read' || this.closed) {
      const worker = record.worker;
      setTimeout(() => void worker?.terminate(), graceMs).unref();
    }
  }

  /** A job ends: its state, why, when; its worker is let go and the doors are told. */
  private end(record: JobRecord, state: JobInfo['state'], error: JobInfo['error']): void {
    delete record.info.quietMs;
    record.info.state = state;
    record.info.error = error;
    record.info.endedAt = this.deps.now().toISOString();
    if (state === 'done') record.info.share = 1;
    record.worker = null;
    this.emit(record);
  }

  private follow(record: JobRecord, worker: Worker, nowIso: string): Promise<void> {
    return new Promise<void>((resolve) => {
      let finished = false;
      let settling: Promise<void> = Promise.resolve();
      let line = record.info.line;
      let reportedAt = Date.now();
      let shownAt = reportedAt;
      // Checked often, sent when the screen has heard nothing for HEARTBEAT_MS: a gap stays under a second.
      const heartbeat = setInterval(() => {
        const now = Date.now();
        if (now - shownAt < HEARTBEAT_MS || finished || Atomics.load(record.cancel, 0) === 1) return;
        shownAt = now;
        record.info.line = `${line} (${Math.floor((now - reportedAt) / 1000)} giây)`;
        record.info.quietMs = now - reportedAt;
        this.emit(record);
      }, 100);
      heartbeat.unref();
      const end = (state: JobInfo['state'], error: JobInfo['error']) => {
        clearInterval(heartbeat);
        this.end(record, state, error);
      };
      worker.on('message', (message: JobWorkerMessage) => {
        if (message.type === 'progress') {
          if (Atomics.load(record.cancel, 0) === 1) return;
          reportedAt = Date.now();
          shownAt = reportedAt;
          line = message.line;
          record.info.share = Math.min(1, Math.max(0, message.share));
          record.info.line = message.line;
          delete record.info.quietMs;
          this.emit(record);
          return;
        }
        finished = true;
        const { result } = message;
        if (result.ok) {
          record.value = result.value;
          const kept = message.readAudit.length > 0 ? this.deps.recordAudit(record.userId, nowIso, message.readAudit) : Promise.resolve();
          settling = kept.then(
            () => {
              if (record.access === 'write') this.deps.afterWrite?.();
              end('done', null);
            },
            () => {
              record.value = undefined;
              end('failed', { code: 'INTERNAL', message: 'Không ghi được nhật ký của công việc nên kết quả không được giao.' });
            },
          );
        } else {
          const { code, message: text, problem } = result.error;
          end(code === 'CANCELLED' ? 'cancelled' : 'failed', problem ? { code, message: text, problem } : { code, message: text });
        }
      });
      worker.on('error', () => undefined);
      worker.on('exit', () => {
        clearInterval(heartbeat);
        if (!finished) {
          if (Atomics.load(record.cancel, 0) === 1) end('cancelled', { code: 'CANCELLED', message: 'Đã dừng theo yêu cầu; không có thay đổi nào được lưu.' });
          else end('failed', { code: 'INTERNAL', message: 'Công việc dừng bất thường; không có thay đổi nào được lưu. Hãy thử lại.' });
        }
        void settling.then(resolve);
      });
    });
  }

  private emit(record: JobRecord): void {
    this.deps.onEvent({ job: { ...record.info } });
  }

  /** Keeps the newest finished jobs only (their results may be large files). */
  private forget(): void {
    const finished = [...this.jobs.values()].filter((j) => !isOpen(j.info));
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.info.id);
  }
}
