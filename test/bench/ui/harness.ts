/**
 * The in-page half of the UI bench, installed with page.addInitScript before the app's own scripts:
 * it wraps window.fetch to follow the app's /api/ calls, notes the time of every key and pointer press
 * (event.timeStamp, the performance.now() clock), and watches a part of the screen with a
 * MutationObserver, noting the time of the animation frame after each change.
 *
 * "Settled" (see settle below): after the input event,
 *   - the watched part of the screen changed, and at least one frame was painted after the change;
 *   - when `needCall`, an /api/ call started after the input and has answered;
 *   - no loading indicator is shown in the watched part (a Mantine Loader, aria-busy="true", or the text
 *     "Đang tải");
 *   - the element `ready` (a CSS selector) is present when given;
 *   - with `until: 'quiet'`, nothing changed and no /api/ call was running for `quietMs`; the time taken is
 *     then that of the frame after the LAST change (the screen as it stays). With `until: 'first'`, the
 *     time is that of the first frame at which the conditions above held (later work, such as a panel
 *     loaded after the grid, is not counted); the conditions must still hold after `quietMs`.
 * The quiet window only decides when to stop looking; it is never part of the time measured.
 */

export interface SettleOptions {
  /** CSS selector of the part of the screen to watch (resolved at every check), or "@activePanel". */
  root: string;
  /** Which input event starts the clock: the last key pressed, or the first pointer press, after arm(). */
  from: 'lastKey' | 'firstPointer';
  needCall: boolean;
  /** A CSS selector (inside root) that must match once settled. */
  ready?: string;
  until: 'quiet' | 'first';
  quietMs: number;
  timeoutMs: number;
}

export interface Settled {
  ms: number;
  /** The text of the [role=status] elements in the watched part, once settled (evidence of the result). */
  status: string;
  /** /api/ methods called after the input. */
  calls: string[];
  /** From the input to the end of the last /api/ call made after it (answer received, body read); 0 without calls. */
  callsEndMs: number;
}

declare global {
  interface Window {
    __bench?: {
      arm(root: string): void;
      settle(options: SettleOptions): Promise<Settled>;
    };
  }
}

/** Installed into the page (serialised by Playwright: no closure over module scope). */
export function installBenchHarness(): void {
  type Call = { method: string; start: number; answered: number | null; end: number | null };
  const calls: Call[] = [];
  let inflight = 0;
  let lastFetchEnd = 0;
  const keys: number[] = [];
  const pointers: number[] = [];
  let armedAt = 0;
  let rootSelector = 'body';
  let lastPaint = 0;
  /** Frames that painted a change since arm() (a quick change may be painted before settle() is called). */
  let paintsSinceArm: number[] = [];
  let changedAfterArm = false;
  let frameRequested = false;
  let onFrame: ((t: number) => void) | null = null;

  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const match = /\/api\/([^?/]+)/.exec(url);
    if (!match) return originalFetch(input, init);
    const call: Call = { method: decodeURIComponent(match[1] ?? ''), start: performance.now(), answered: null, end: null };
    calls.push(call);
    if (calls.length > 500) calls.splice(0, calls.length - 500);
    inflight++;
    try {
      const response = await originalFetch(input, init);
      call.answered = performance.now();
      // The body is read by the app; waiting for a copy of it counts the transfer in the call.
      await response.clone().arrayBuffer();
      return response;
    } finally {
      inflight--;
      call.end = performance.now();
      lastFetchEnd = call.end;
    }
  };
  window.addEventListener('keydown', (e) => keys.push(e.timeStamp), true);
  window.addEventListener('pointerdown', (e) => pointers.push(e.timeStamp), true);

  /** A CSS selector, or "@activePanel": the panel of the selected tab (aria-controls). */
  const find = (selector: string): Element | null => {
    if (selector !== '@activePanel') return document.querySelector(selector);
    const id = document.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute('aria-controls');
    return id ? document.getElementById(id) : null;
  };
  const inRoot = (node: Node | null): boolean => {
    const root = find(rootSelector);
    return root !== null && node !== null && root.contains(node);
  };
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => inRoot(r.target))) return;
    changedAfterArm = true;
    if (frameRequested) return;
    frameRequested = true;
    requestAnimationFrame(() => {
      frameRequested = false;
      // The frame that paints the change: its callbacks run just before the paint.
      lastPaint = performance.now();
      paintsSinceArm.push(lastPaint);
      onFrame?.(lastPaint);
    });
  });
  const start = () => observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);

  const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || (el as HTMLElement).getClientRects().length > 0;
  const loading = (root: Element): boolean => {
    if ([...root.querySelectorAll('.mantine-Loader-root, [aria-busy="true"]')].some(visible)) return true;
    return (root.textContent ?? '').includes('Đang tải');
  };

  window.__bench = {
    arm(root: string) {
      rootSelector = root;
      armedAt = performance.now();
      changedAfterArm = false;
      paintsSinceArm = [];
    },
    settle(o: SettleOptions): Promise<Settled> {
      return new Promise((resolve, reject) => {
        const inputAt = (): number | null => {
          const list = (o.from === 'lastKey' ? keys : pointers).filter((t) => t >= armedAt);
          if (list.length === 0) return null;
          return o.from === 'lastKey' ? (list.at(-1) as number) : (list[0] as number);
        };
        const callsAfter = (t: number) => calls.filter((c) => c.start >= t);
        const holds = (): boolean => {
          const t = inputAt();
          if (t === null || !changedAfterArm) return false;
          const root = find(o.root);
          if (!root || loading(root)) return false;
          if (o.ready && !root.querySelector(o.ready)) return false;
          if (o.needCall) {
            const after = callsAfter(t);
            if (after.length === 0 || after.some((c) => c.end === null)) return false;
          }
          return true;
        };
        const firstHolds = (): boolean => {
          // For 'first': a call made after the input has answered (later calls may still run).
          const t = inputAt();
          if (t === null || !changedAfterArm) return false;
          const root = find(o.root);
          if (!root || loading(root)) return false;
          if (o.ready && !root.querySelector(o.ready)) return false;
          // The answer's headers are in (the app may read the body and draw before the copy here is read).
          if (o.needCall && !callsAfter(t).some((c) => c.answered !== null)) return false;
          return true;
        };
        let first: number | null = null;
        onFrame = (t) => {
          if (first === null && o.until === 'first' && firstHolds()) first = t;
        };
        // Painted already, before this call (a key answered within a frame): that frame, when the
        // conditions hold now and nothing needed a call (with a call, the frame must follow its answer).
        if (o.until === 'first' && !o.needCall && firstHolds()) {
          const t = inputAt();
          const painted = t === null ? undefined : paintsSinceArm.find((p) => p >= t);
          if (painted !== undefined) first = painted;
        }
        const began = performance.now();
        const poll = () => {
          const now = performance.now();
          const t = inputAt();
          const quietSince = Math.max(lastPaint, lastFetchEnd);
          const done = o.until === 'first' ? first !== null && firstHolds() && now - quietSince >= o.quietMs : inflight === 0 && holds() && now - quietSince >= o.quietMs;
          if (done && t !== null) {
            onFrame = null;
            const root = find(o.root);
            const status = root ? [...root.querySelectorAll('[role="status"]')].map((e) => (e.textContent ?? '').trim()).filter(Boolean).join(' | ') : '';
            const ends = callsAfter(t).map((c) => (c.end ?? now) - t);
            resolve({ ms: (o.until === 'first' ? (first as number) : lastPaint) - t, status, calls: callsAfter(t).map((c) => c.method), callsEndMs: ends.length === 0 ? 0 : Math.max(...ends) });
            return;
          }
          if (now - began > o.timeoutMs) {
            onFrame = null;
            reject(new Error(`not settled within ${o.timeoutMs} ms (input seen: ${t !== null}, changed: ${changedAfterArm}, calls running: ${inflight})`));
            return;
          }
          setTimeout(poll, 25);
        };
        poll();
      });
    },
  };
}
