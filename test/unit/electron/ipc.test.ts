import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/contract/index.ts';
import { forwardJobEvents, isTrustedSender, JOB_EVENT_CHANNEL, registerIpcHandlers, type InvokeEventLike, type IpcMainLike } from '../../../electron/main/ipc.ts';
import type { JobEvent } from '../../../shared/jobs/schemas.ts';
import { fakeCore } from './fakeCore.ts';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`duplicate ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  return { ipcMain, handlers };
}

const fromApp: InvokeEventLike = { senderFrame: { url: 'app://bundle/index.html' } };

describe('isTrustedSender', () => {
  it('trusts app://bundle frames only, comparing protocol and host', () => {
    expect(isTrustedSender('app://bundle/index.html')).toBe(true);
    expect(isTrustedSender('app://bundle/')).toBe(true);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender('')).toBe(false);
    expect(isTrustedSender('app://evil/index.html')).toBe(false);
    expect(isTrustedSender('https://bundle/')).toBe(false);
    expect(isTrustedSender('file:///app/out/renderer/index.html')).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/')).toBe(false);
    expect(isTrustedSender('null')).toBe(false);
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract method', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpcHandlers(ipcMain, fakeCore());
    expect([...handlers.keys()].sort()).toEqual([...methodNames].sort());
  });

  it('dispatches trusted calls with the ipc context', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const core = fakeCore();
    registerIpcHandlers(ipcMain, core);
    const result = await handlers.get('member:list')!(fromApp, { page: 1 });
    expect(result).toEqual({ ok: true, value: { method: 'member:list', input: { page: 1 } } });
    expect(core.calls).toEqual([{ method: 'member:list', input: { page: 1 }, ctx: { user: { id: 1, username: 'admin', role: 'admin' }, via: 'ipc' } }]);
  });

  it('refuses a missing sender frame or a foreign frame without dispatching', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const core = fakeCore();
    registerIpcHandlers(ipcMain, core);
    const handler = handlers.get('system:info')!;
    for (const event of [{ senderFrame: null }, { senderFrame: { url: 'https://evil.example/' } }, { senderFrame: { url: 'app://evil/' } }]) {
      const result = await handler(event, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const throwing: InvokeEventLike = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed');
      },
    };
    expect(await handler(throwing, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.calls).toHaveLength(0);
  });

  it('turns a throwing dispatch into an INTERNAL envelope without its text', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpcHandlers(
      ipcMain,
      fakeCore(() => {
        throw new Error('Nguyễn Văn A 001234567890');
      }),
    );
    const result = await handlers.get('system:info')!(fromApp, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('Nguyễn');
  });

  it('returns a function that removes every handler', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const unregister = registerIpcHandlers(ipcMain, fakeCore());
    unregister();
    expect(handlers.size).toBe(0);
  });
});

describe('forwardJobEvents', () => {
  const event = (id: string): JobEvent => ({ job: { id, kind: 'badge:export', state: 'running', share: 0.5, line: 'Đang xuất', startedAt: '', endedAt: null, error: null } });

  it('sends each job event to the window on job:event, and nothing once the window is gone or unsubscribed', () => {
    const core = fakeCore();
    const sent: [string, JobEvent][] = [];
    let destroyed = false;
    let window: { isDestroyed(): boolean; send(channel: string, payload: JobEvent): void } | null = {
      isDestroyed: () => destroyed,
      send: (channel, payload) => void sent.push([channel, payload]),
    };
    const off = forwardJobEvents(core, () => window);
    core.emitJobEvent(event('a'));
    destroyed = true;
    core.emitJobEvent(event('b'));
    window = null;
    core.emitJobEvent(event('c'));
    destroyed = false;
    off();
    core.emitJobEvent(event('d'));
    expect(sent).toEqual([[JOB_EVENT_CHANNEL, event('a')]]);
    expect(JOB_EVENT_CHANNEL).toBe('job:event');
  });
});
