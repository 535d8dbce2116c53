/**
 * The backup worker (a worker thread): copies, verifies and rotates with a read-only connection of its
 * own, so the main thread keeps answering calls during the copy. Started by runBackup.ts; built as
 * out/main/backup.worker.js next to the main bundle. It posts one message and ends: the copy's
 * `{ file, bytes }` or the failure's name, step and code (never its message: it may quote paths).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { backupDatabaseFile, BackupStepError } from '../../db/backup.ts';
import type { BackupWorkerReply, BackupWorkerRequest } from './backupMessages.ts';

function reply(message: BackupWorkerReply): void {
  parentPort?.postMessage(message);
}

const request = workerData as BackupWorkerRequest;
try {
  reply({ ok: true, info: backupDatabaseFile(request.dbFile, request.target, request.keep) });
} catch (error) {
  const step = error instanceof BackupStepError ? error.step : null;
  const code = error instanceof BackupStepError ? error.code : null;
  reply({ ok: false, error: { name: error instanceof Error ? error.name : typeof error, step, code } });
}
