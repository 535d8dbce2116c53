import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startHost, type RunningHost } from './host.ts';

export interface E2eSession {
  readonly browser: Browser;
  /** The host started last (throws before the first start). */
  readonly host: RunningHost;
  /** Starts the browser host on the file's data folder; a running host is stopped first (a restart). */
  start(): Promise<RunningHost>;
}

/**
 * One test file's browser and browser host, on a temp data folder of its own: launched before the
 * file's tests, closed and removed after them.
 */
export function e2eSession(name: string): E2eSession {
  let browser: Browser | null = null;
  let host: RunningHost | null = null;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), `sotochuc-e2e-${name}-`));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
    get host() {
      if (!host) throw new Error('the host is not started yet');
      return host;
    },
    async start() {
      await host?.stop();
      host = null;
      host = await startHost(dataDir);
      return host;
    },
  };
}
