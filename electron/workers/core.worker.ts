/**
 * The core worker (ARCHITECTURE.md, "How a call flows"): the connection owner, migrations and
 * dispatch run here, off the thread that serves the window, the browser host or the CLI. The main
 * thread relays calls (electron/core/remote.ts). Built as out/main/core.worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CoreOpenError, openCore } from '../core/compose.ts';
import type { Core } from '../core/types.ts';
import type { CoreReply, CoreRequest, CoreWorkerData } from '../core/workerMessages.ts';

const data = workerData as CoreWorkerData;
const post = (reply: CoreReply) => parentPort?.postMessage(reply);

/** A pinned clock runs on from the pinned instant, so calls stay in order. */
function clock(nowIso: string | undefined): (() => Date) | undefined {
  if (nowIso === undefined) return undefined;
  const pinned = Date.parse(nowIso);
  const started = Date.now();
  return () => new Date(pinned + (Date.now() - started));
}

async function start(): Promise<void> {
  let core: Core;
  try {
    const now = clock(data.nowIso);
    core = await openCore({
      dataDir: data.dataDir,
      ...(data.appVersion === undefined ? {} : { appVersion: data.appVersion }),
      ...(now ? { now } : {}),
      ...(data.dailyBackupDelay === undefined ? {} : { dailyBackupDelay: data.dailyBackupDelay }),
      ...(data.checkpointDelay === undefined ? {} : { checkpointDelay: data.checkpointDelay }),
    });
  } catch (error) {
    const failure =
      error instanceof CoreOpenError
        ? { kind: error.kind, message: error.message, latestBackup: error.latestBackup }
        : { kind: 'UNREADABLE', message: 'Không mở được tệp dữ liệu.', latestBackup: null };
    post({ type: 'openFailed', failure });
    return;
  }
  core.onJobEvent((event) => post({ type: 'jobEvent', event }));
  parentPort?.on('message', (request: CoreRequest) => {
    switch (request.type) {
      case 'call':
        void core.dispatch(request.method, request.input, request.ctx).then((result) => post({ type: 'result', id: request.id, result }));
        return;
      case 'batch':
        void core.batch(request.calls, request.ctx, { atomic: request.atomic }).then((results) => post({ type: 'batchResult', id: request.id, results }));
        return;
      case 'close':
        void core.close().finally(() => {
          post({ type: 'closed' });
          parentPort?.close();
        });
        return;
    }
  });
  post({ type: 'ready' });
}

void start();
