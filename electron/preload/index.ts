/**
 * The preload: exposes exactly `window.sotochuc = { call(method, input) }` through contextBridge, and
 * never ipcRenderer itself. Emitted as ONE CommonJS file, out/preload/index.cjs, because a sandboxed
 * preload cannot be an ES module and can require only 'electron' and a few built-ins.
 *
 * The allowed method names are the contract's `methodNames`, inlined at build time by
 * electron.vite.config.ts (`define`), so the preload stays tiny (no zod) yet cannot drift from the contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge.ts';

declare const __SOTOCHUC_METHOD_NAMES__: readonly string[];

contextBridge.exposeInMainWorld(
  'sotochuc',
  createBridge(
    (method, input) => ipcRenderer.invoke(method, input),
    __SOTOCHUC_METHOD_NAMES__,
    (listener) => {
      // Only the payload crosses to the page, never the IPC event object.
      const handler = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on('job:event', handler);
      return () => void ipcRenderer.off('job:event', handler);
    },
  ),
);
