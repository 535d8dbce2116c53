/**
 * Browser host cold start: spawn `node electron/host/start.ts --data-dir D --port 0 --no-open` and time
 * until the first member:list page is answered over HTTP with the printed token.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MissingPieceError, projectRoot } from '../core.ts';
import { summarize, type Summary } from '../measure.ts';

export const COLD_START_TARGET_MS = 2000;
const GIVE_UP_MS = 30_000;
const URL_LINE = /^(http:\/\/127\.0\.0\.1:\d+\/)\?token=([A-Za-z0-9_-]+)\s*$/;

export function waitForUrl(child: ChildProcess): Promise<{ base: string; token: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed within ${GIVE_UP_MS} ms; stderr: ${err.trim().slice(0, 500)}`)), GIVE_UP_MS);
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      err += chunk;
    });
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      for (const line of out.split('\n')) {
        const m = URL_LINE.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve({ base: m[1] as string, token: m[2] as string });
          return;
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with code ${code} before printing its URL; stderr: ${err.trim().slice(0, 500)}`));
    });
  });
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

async function once(dataDir: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [path.join(projectRoot, 'electron', 'host', 'start.ts'), '--data-dir', dataDir, '--port', '0', '--no-open'], {
    cwd: projectRoot,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const { base, token } = await waitForUrl(child);
    const response = await fetch(`${base}api/member:list`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ limit: 50 }),
    });
    const body = (await response.json()) as { ok: boolean; value?: { rows: unknown[] }; error?: { code: string; message: string } };
    if (!body.ok) throw new Error(`member:list over HTTP failed: ${body.error?.code} ${body.error?.message}`);
    if (!body.value || body.value.rows.length === 0) throw new Error('member:list over HTTP returned no rows');
    return performance.now() - start;
  } finally {
    await stop(child);
  }
}

export async function coldStart(dataDir: string, runs: number): Promise<Summary & { runsMs: number[]; target: { stat: 'max'; ms: number }; pass: boolean }> {
  if (!existsSync(path.join(projectRoot, 'electron', 'host', 'start.ts'))) throw new MissingPieceError('electron/host/start.ts is missing: the browser host is needed.');
  if (!existsSync(path.join(projectRoot, 'out', 'renderer', 'index.html'))) {
    throw new MissingPieceError('out/renderer/index.html is missing: the browser host serves the built renderer; run `npm run build` first.');
  }
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push(Math.round(await once(dataDir)));
  const s = summarize(runsMs);
  return { ...s, runsMs, target: { stat: 'max', ms: COLD_START_TARGET_MS }, pass: s.max <= COLD_START_TARGET_MS };
}
