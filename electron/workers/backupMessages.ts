import type { BackupInfo, BackupStep, BackupTarget } from '../../db/backup.ts';

/** What the main thread hands the backup worker (structured-cloned as workerData). */
export interface BackupWorkerRequest {
  dbFile: string;
  target: BackupTarget;
  keep: number;
}

/** The worker's one message back. A failure carries no message text: only what names the step and cause. */
export type BackupWorkerReply =
  | { ok: true; info: BackupInfo }
  | { ok: false; error: { name: string; step: BackupStep | null; code: string | null } };
