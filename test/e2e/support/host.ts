import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/;

export interface RunningHost {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the browser host as a user would (`node electron/host/start.ts`) and waits for its address. */
export async function startHost(dataDir: string, timeoutMs = 30_000): Promise<RunningHost> {
  const child = spawn(process.execPath, ['electron/host/start.ts', '--data-dir', dataDir, '--port', '0', '--no-open'], {
    cwd: process.cwd(),
    env: { ...process.env, CI: 'true' },
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
