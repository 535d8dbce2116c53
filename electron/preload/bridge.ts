/**
 * What the preload exposes to the renderer as `window.sotochuc`: one function, `call(method, input)`,
 * forwarded over IPC only for names of the contract. No 'electron' import here (index.ts passes
 * ipcRenderer.invoke), so it is tested without Electron. Bundled into the sandboxed CommonJS preload:
 * keep it free of imports.
 */
export interface SotochucBridge {
  call(method: string, input: unknown): Promise<unknown>;
  /** Job progress pushed by the main process; returns the unsubscribe function. */
  onJobEvent(listener: (event: unknown) => void): () => void;
}

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
/** Subscribes to the job-event channel (index.ts wraps ipcRenderer.on/off); returns the unsubscribe. */
export type SubscribeJobEvents = (listener: (event: unknown) => void) => () => void;

export function createBridge(invoke: Invoke, allowedMethods: readonly string[], subscribe: SubscribeJobEvents = () => () => undefined): SotochucBridge {
  const allowed = new Set(allowedMethods);
  return Object.freeze({
    onJobEvent(listener: (event: unknown) => void): () => void {
      if (typeof listener !== 'function') return () => undefined;
      return subscribe(listener);
    },
    call(method: string, input: unknown): Promise<unknown> {
      if (typeof method !== 'string' || !allowed.has(method)) {
        return Promise.reject(new Error(`Phương thức không có trong hợp đồng: ${String(method)}`));
      }
      return invoke(method, input);
    },
  });
}
