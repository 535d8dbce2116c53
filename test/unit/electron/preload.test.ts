import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/contract/index.ts';
import { createBridge } from '../../../electron/preload/bridge.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const builtPreload = path.join(projectRoot, 'out', 'preload', 'index.cjs');
const builtMainDir = path.join(projectRoot, 'out', 'main');
/** Built when `npm run build` left anything in out/main or out/preload (npm test builds first); then the checks must hold. */
/** `npm test` builds before it tests; run `npm run build` first when running these alone. */
function requireBuild(): void {
  if (!existsSync(builtMainDir) || !existsSync(path.dirname(builtPreload))) throw new Error('out/ is missing: run `npm run build` before these tests');
}

describe('createBridge', () => {
  it('forwards contract methods to invoke', async () => {
    const sent: [string, unknown][] = [];
    const bridge = createBridge(async (channel, input) => {
      sent.push([channel, input]);
      return { ok: true, value: 1 };
    }, methodNames);
    await expect(bridge.call('member:get', { id: 3 })).resolves.toEqual({ ok: true, value: 1 });
    expect(sent).toEqual([['member:get', { id: 3 }]]);
  });

  it('rejects names outside the contract without sending anything', async () => {
    const sent: string[] = [];
    const bridge = createBridge(async (channel) => {
      sent.push(channel);
      return null;
    }, methodNames);
    for (const name of ['evil', '', '__proto__', 'constructor', 'member:list ', 'ELECTRON_BROWSER_REQUIRE']) {
      await expect(bridge.call(name, {})).rejects.toThrow('Phương thức không có trong hợp đồng');
    }
    // @ts-expect-error: a renderer could pass anything
    await expect(bridge.call(42, {})).rejects.toThrow();
    expect(sent).toEqual([]);
  });

  it('exposes only call and onJobEvent, frozen', () => {
    const bridge = createBridge(async () => null, methodNames);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onJobEvent']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('hands job events to a listener and lets it unsubscribe; a non-function listener is ignored', () => {
    const listeners = new Set<(event: unknown) => void>();
    const bridge = createBridge(async () => null, methodNames, (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    });
    const seen: unknown[] = [];
    const off = bridge.onJobEvent((e) => seen.push(e));
    for (const l of listeners) l({ job: { id: 'a' } });
    off();
    for (const l of listeners) l({ job: { id: 'b' } });
    expect(seen).toEqual([{ job: { id: 'a' } }]);
    // @ts-expect-error: a renderer could pass anything
    bridge.onJobEvent(42);
    expect(listeners.size).toBe(0);
  });
});

/** Runs the built preload as Electron's sandbox would: a CommonJS script whose require knows only 'electron'. */
function loadBuiltPreload() {
  const code = readFileSync(builtPreload, 'utf8');
  const exposed: Record<string, unknown> = {};
  const invoked: [string, unknown][] = [];
  const required: string[] = [];
  const subscribed: [string, (event: unknown, payload: unknown) => void][] = [];
  const unsubscribed: [string, unknown][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return { ok: true, value: channel };
      },
      on: (channel: string, handler: (event: unknown, payload: unknown) => void) => void subscribed.push([channel, handler]),
      off: (channel: string, handler: unknown) => void unsubscribed.push([channel, handler]),
    },
  };
  const module = { exports: {} };
  vm.runInNewContext(code, {
    module,
    exports: module.exports,
    require: (id: string) => {
      required.push(id);
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    },
  }, { filename: builtPreload });
  return { code, exposed, invoked, required, subscribed, unsubscribed };
}

describe('built preload (out/preload/index.cjs, after npm run build)', () => {
  beforeAll(requireBuild);
  it('is one CommonJS file: no import/export statements, no other chunks', () => {
    expect(existsSync(builtPreload), 'out/preload/index.cjs must exist (an ESM preload would be index.mjs)').toBe(true);
    const code = readFileSync(builtPreload, 'utf8');
    expect(code).not.toMatch(/^\s*import[\s{*"']/m);
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(code).not.toMatch(/import\s*\(/);
    expect(readdirSync(path.dirname(builtPreload)).filter((name) => /\.(c|m)?js$/.test(name))).toEqual(['index.cjs']);
  });

  it('requires only electron and exposes exactly window.sotochuc = { call, onJobEvent }', () => {
    const { exposed, required } = loadBuiltPreload();
    expect([...new Set(required)]).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['sotochuc']);
    expect(Object.keys(exposed['sotochuc'] as object).sort()).toEqual(['call', 'onJobEvent']);
  });

  it('listens on job:event and hands the page the payload only, never the IPC event', () => {
    const { exposed, subscribed, unsubscribed } = loadBuiltPreload();
    const bridge = exposed['sotochuc'] as { onJobEvent(listener: (e: unknown) => void): () => void };
    const seen: unknown[] = [];
    const off = bridge.onJobEvent((e) => seen.push(e));
    expect(subscribed.map(([c]) => c)).toEqual(['job:event']);
    subscribed[0]?.[1]({ sender: 'ipc-internals' }, { job: { id: 'x' } });
    expect(seen).toEqual([{ job: { id: 'x' } }]);
    off();
    expect(unsubscribed).toEqual([['job:event', subscribed[0]?.[1]]]);
  });

  it('allows exactly the contract methods (the list is derived from the contract at build time)', async () => {
    const { exposed, invoked } = loadBuiltPreload();
    const bridge = exposed['sotochuc'] as { call(method: string, input: unknown): Promise<unknown> };
    for (const name of methodNames) {
      await bridge.call(name, { n: 1 }).then(
        (value) => expect(value).toEqual({ ok: true, value: name }),
        () => expect.fail(`the built preload refuses ${name}: out/preload may be older than the contract, run npm run build`),
      );
    }
    expect(invoked.map(([channel]) => channel), 'out/preload may be older than the contract: run npm run build').toEqual(methodNames);
    await expect(bridge.call('system:evil', {})).rejects.toThrow();
    expect(invoked).toHaveLength(methodNames.length);
  });

  it('does not bundle zod or the contract schemas', () => {
    const { code } = loadBuiltPreload();
    expect(code.length).toBeLessThan(10_000);
    expect(code).not.toContain('ZodError');
  });
});

describe('built main (out/main, after npm run build)', () => {
  beforeAll(requireBuild);
  it('is ESM and leaves only electron, Node built-ins and better-sqlite3 external', async () => {
    const { builtinModules } = await import('node:module');
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const specifiers = new Set<string>();
    for (const name of readdirSync(builtMainDir, { recursive: true, encoding: 'utf8' })) {
      if (!/\.(m?js)$/.test(name)) continue;
      const code = readFileSync(path.join(builtMainDir, name), 'utf8');
      for (const match of code.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm)) specifiers.add(match[1]!);
      // Block comments go first: bundled libraries quote `require('pako')` in their documentation (exceljs's zip).
      const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '');
      for (const match of withoutComments.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) specifiers.add(match[1]!);
    }
    const external = [...specifiers].filter((id) => !id.startsWith('.') && !builtins.has(id));
    expect(external).toContain('electron');
    for (const id of external) expect(['electron', 'better-sqlite3']).toContain(id);
  });
});
