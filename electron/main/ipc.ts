import { fail, methodNames, type Result } from '../../shared/contract/index.ts';
import type { JobEvent } from '../../shared/jobs/schemas.ts';
import type { Core } from '../core/types.ts';
import { isAppUrl } from './window.ts';

/**
 * One `ipcMain.handle` channel per contract method. Only 'electron' types are used; index.ts passes the
 * real ipcMain, tests a fake.
 */

/**
 * True when an IPC message comes from a frame showing the app itself. The frame must exist (it is null
 * once the frame navigated away or was destroyed) and its URL must be app://bundle/…: protocol and
 * host are compared, since `new URL('app://bundle/x').origin === 'null'` in a URL parser.
 */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  if (typeof frameUrl !== 'string' || frameUrl === '') return false;
  return isAppUrl(frameUrl);
}

/** What the IPC handler reads from the event: the sending frame, possibly gone. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export const FORBIDDEN_SENDER_MESSAGE = 'Yêu cầu không đến từ giao diện của ứng dụng nên bị từ chối.';
export const INTERNAL_MESSAGE = 'Đã xảy ra lỗi không mong đợi. Vui lòng thử lại hoặc liên hệ quản trị viên.';

/** Reads the frame URL without letting a destroyed frame's getter throw through. */
function senderUrl(event: InvokeEventLike): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    return null;
  }
}

/** Registers one handler per method name; returns a function removing them all. */
export function registerIpcHandlers(ipcMain: IpcMainLike, core: Core, names: readonly string[] = methodNames): () => void {
  for (const name of names) {
    ipcMain.handle(name, async (event, input): Promise<Result<unknown>> => {
      if (!isTrustedSender(senderUrl(event))) return fail('FORBIDDEN', FORBIDDEN_SENDER_MESSAGE);
      try {
        return await core.dispatch(name, input, core.defaultContext('ipc'));
      } catch (error) {
        // The handler layer turns failures into envelopes; reaching here is a bug. Neither its text
        // (it may quote data) nor the input is logged or sent back.
        console.error(`[ipc] ${name}: dispatch threw ${error instanceof Error ? error.name : typeof error}`);
        return fail('INTERNAL', INTERNAL_MESSAGE);
      }
    });
  }
  return () => {
    for (const name of names) ipcMain.removeHandler(name);
  };
}

/** The channel on which job progress reaches the window (the preload listens on it). */
export const JOB_EVENT_CHANNEL = 'job:event';

/** Where job events go: the window's webContents, while it exists (index.ts passes the real one). */
export interface EventTargetLike {
  isDestroyed(): boolean;
  send(channel: string, payload: JobEvent): void;
}

/**
 * Forwards the core's job events to the window as they happen (progress bars follow without
 * polling); returns the unsubscribe function.
 */
export function forwardJobEvents(core: Pick<Core, 'onJobEvent'>, target: () => EventTargetLike | null): () => void {
  return core.onJobEvent((event) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(JOB_EVENT_CHANNEL, event);
  });
}
