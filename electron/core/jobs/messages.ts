import type { Result } from '../../../shared/kernel/result.ts';
import type { AuditChange } from '../../services/context.ts';
import type { CallContext } from '../types.ts';

/** What the job runner hands a job worker (structured-cloned as workerData). */
export interface JobWorkerData {
  dbFile: string;
  dataDir: string;
  appVersion: string;
  /** The job's clock: one instant, as for any call. */
  nowIso: string;
  kind: string;
  input: unknown;
  call: CallContext;
  access: 'read' | 'write';
  /** Int32Array over it: [0] becomes 1 when the job is cancelled. */
  cancel: SharedArrayBuffer;
}

/** A job worker's messages: progress lines, then one `done`. */
export type JobWorkerMessage =
  | { type: 'progress'; share: number; line: string }
  | { type: 'done'; result: Result<unknown>; readAudit: AuditChange[] };
