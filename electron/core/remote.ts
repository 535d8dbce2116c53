/**
 * The core as the doors see it (Electron's main process, the browser host, the CLI): a proxy to the
 * core worker thread (electron/workers/core.worker.ts). The main thread only relays calls and job
 * events, so it never waits on SQL or long work (ARCHITECTURE.md, "How a call flows").
 */
import { Worker } from 'node:worker_threads';
import type { JobEvent } from '../../shared/jobs/schemas.ts';
import { fail, type Result } from '../../shared/kernel/result.ts';
import { kernelProblems } from '../../shared/kernel/problems.ts';
import { workerUrl } from '../workers/workerUrl.ts';
import { CoreOpenError } from './compose.ts';
import type { CoreReply, CoreRequest, CoreWorkerData } from './workerMessages.ts';
import { localAdminContext, type BatchCall, type CallContext, type Core } from './types.ts';

export interface RemoteCoreOptions extends CoreWorkerData {
  /** The core worker's entry (tests and the bundle may pass another). */
  url?: URL;
}

const GONE = kernelProblems.coreGone();


/** Starts the core worker and resolves once the database is open; rejects with CoreOpenError. */
export function openCoreInWorker(options: RemoteCoreOptions): Promise<Core> {
  const { url, ...data } = options;
  const worker = new Worker(url ?? workerUrl('core.worker'), { workerData: data satisfies CoreWorkerData });
  const pending = new Map<number, (reply: Result<unknown> | Result<unknown>[]) => void>();
  const listeners = new Set<(event: JobEvent) => void>();
  let nextId = 1;
  let alive = true;
  let exited: Promise<void> = new Promise((resolve) => worker.once('exit', () => resolve()));

  const settleAll = () => {
    alive = false;
    for (const [id, settle] of pending) {
      pending.delete(id);
      settle(fail('INTERNAL', GONE));
    }
  };

  return new Promise<Core>((resolve, reject) => {
    let ready = false;
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      settleAll();
      if (!ready) reject(new CoreOpenError('UNREADABLE', 'Không khởi động được bộ xử lý dữ liệu.', null));
    });
    worker.on('message', (reply: CoreReply) => {
      switch (reply.type) {
        case 'ready':
          ready = true;
          resolve(core);
          return;
        case 'openFailed':
          ready = true;
          reject(new CoreOpenError(reply.failure.kind as CoreOpenError['kind'], reply.failure.message, reply.failure.latestBackup));
          void worker.terminate();
          return;
        case 'result':
          pending.get(reply.id)?.(reply.result);
          pending.delete(reply.id);
          return;
        case 'batchResult':
          pending.get(reply.id)?.(reply.results);
          pending.delete(reply.id);
          return;
        case 'jobEvent':
          for (const listener of listeners) listener(reply.event);
          return;
        case 'closed':
          return;
      }
    });

    const send = (request: CoreRequest) => worker.postMessage(request);
    let closing: Promise<void> | null = null;
    const core: Core = {
      dataDir: options.dataDir,
      dispatch(method, input, ctx) {
        if (!alive || closing) return Promise.resolve(fail('INTERNAL', GONE));
        const id = nextId++;
        return new Promise<Result<unknown>>((settle) => {
          pending.set(id, (r) => settle(r as Result<unknown>));
          try {
            send({ type: 'call', id, method, input, ctx });
          } catch {
            // The input could not be copied to the worker (a function, a symbol): not a contract payload.
            pending.delete(id);
            settle(fail('BAD_INPUT', kernelProblems.badInputBare()));
          }
        });
      },
      batch(calls: readonly BatchCall[], ctx: CallContext, opts: { atomic: boolean }) {
        if (!alive || closing) return Promise.resolve(calls.map(() => fail('INTERNAL', GONE)));
        const id = nextId++;
        return new Promise<Result<unknown>[]>((settle) => {
          pending.set(id, (r) => settle(Array.isArray(r) ? r : calls.map(() => r)));
          send({ type: 'batch', id, calls, ctx, atomic: opts.atomic });
        });
      },
      onJobEvent(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      defaultContext: localAdminContext,
      close() {
        closing ??= (async () => {
          if (alive) send({ type: 'close' });
          await exited;
          exited = Promise.resolve();
        })();
        return closing;
      },
    };
  });
}
