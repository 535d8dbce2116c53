import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/;

export interface RunningHost {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The instant the end-to-end tests run at (the host's clock is pinned with --now): the same day as the
 * integration tests' core (test/support/core.ts) and the renderer tests' fake system:info.
 */
export const E2E_NOW = '2026-11-20T03:00:00.000Z';

/**
 * Starts the browser host as a user would (`node electron/host/start.ts`), its clock pinned at `now`
 * (--now, allowed by SOTOCHUC_ALLOW_NOW=1), and waits for its address.
 */
export async function startHost(dataDir: string, timeoutMs = 30_000, now = E2E_NOW): Promise<RunningHost> {
  const child = spawn(process.execPath, ['electron/host/start.ts', '--data-dir', dataDir, '--port', '0', '--no-open', '--now', now], {
    cwd: process.cwd(),
    env: { ...process.env, CI: 'true', SOTOCHUC_ALLOW_NOW: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = URL_PATTERN.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
