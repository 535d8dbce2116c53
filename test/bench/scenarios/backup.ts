/**
 * Backup off the main thread: a copy of the benchmark database made by the backup worker (as the daily
 * backup and system:backup make it), while the main thread answers member:list pages back to back.
 * Reports how long the copy took, how long the main thread was blocked at most (event-loop delay) and
 * the list's latencies during the copy; for contrast, how long the same copy takes on the main thread
 * (every call would wait that long). No target: a figure to watch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Core } from '../../../electron/core/types.ts';
import { backupDatabaseFile, backupTarget } from '../../../db/backup.ts';
import { runBackupInWorker } from '../../../electron/workers/runBackup.ts';
import { call } from '../core.ts';
import { summarize, timed, type Summary } from '../measure.ts';

export interface BackupResult {
  copyBytes: number;
  /** Wall time of the copy in the worker (start of the thread to its answer). */
  workerMs: number;
  /** The longest the main thread's event loop was held up while the worker copied. */
  mainThreadBlockedMaxMs: number;
  /** member:list (50 rows) answered during the copy. */
  listDuringCopy: Summary;
  /** The same copy on the main thread: the time every call would have waited before. */
  inThreadMs: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

export async function backupOffThread(core: Core, dataDir: string, dbFile: string): Promise<BackupResult> {
  const dir = mkdtempSync(path.join(dataDir, 'bench-backup-'));
  try {
    await call(core, 'member:list', { limit: 50 }); // warm
    const delay = monitorEventLoopDelay({ resolution: 5 });
    const listMs: number[] = [];
    delay.enable();
    const start = performance.now();
    let done = false;
    const copy = runBackupInWorker({ dbFile, dir, kind: 'bench', now: new Date(), keep: 1 }).finally(() => {
      done = true;
    });
    while (!done) {
      const { ms } = await timed(() => call(core, 'member:list', { limit: 50 }));
      if (!done) listMs.push(ms);
      // Calls arrive as I/O (IPC, HTTP): let the loop turn, or the worker's answer is never read.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const info = await copy;
    const workerMs = performance.now() - start;
    delay.disable();
    rmSync(info.file, { force: true });

    const inThread = await timed(() => backupDatabaseFile(dbFile, backupTarget(dir, 'bench', new Date()), 1));
    return {
      copyBytes: info.bytes,
      workerMs: Math.round(workerMs),
      mainThreadBlockedMaxMs: round(delay.max / 1e6),
      listDuringCopy: summarize(listMs),
      inThreadMs: Math.round(inThread.ms),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
