import type { JobEvent } from '../../shared/jobs/schemas.ts';
import type { Result } from '../../shared/kernel/result.ts';
import type { BatchCall, CallContext } from './types.ts';

/** What the main thread hands the core worker (structured-cloned as workerData). */
export interface CoreWorkerData {
  dataDir: string;
  appVersion?: string;
  /** A pinned clock for tests (`--now`): the core's time starts there and runs on. */
  nowIso?: string;
  dailyBackupDelay?: number | null;
  checkpointDelay?: number;
}

/** Main thread → core worker. */
export type CoreRequest =
  | { type: 'call'; id: number; method: string; input: unknown; ctx: CallContext }
  | { type: 'batch'; id: number; calls: readonly BatchCall[]; ctx: CallContext; atomic: boolean }
  | { type: 'close' };

/** Why the core could not open, as compose.ts's CoreOpenError says it (Vietnamese message). */
export interface OpenFailure {
  kind: string;
  message: string;
  latestBackup: string | null;
}

/** Core worker → main thread. */
export type CoreReply =
  | { type: 'ready' }
  | { type: 'openFailed'; failure: OpenFailure }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'batchResult'; id: number; results: Result<unknown>[] }
  | { type: 'jobEvent'; event: JobEvent }
  | { type: 'closed' };
