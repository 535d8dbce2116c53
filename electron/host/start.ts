/**
 * `node electron/host/start.ts [--data-dir X] [--port N] [--no-open]`: opens the core and serves the
 * built renderer on 127.0.0.1 with a per-launch token. Prints the launch URL (with the token) alone on
 * a line of stdout; everything said to a person goes to stderr, in Vietnamese.
 * Exit codes: 0 stopped by a signal, 1 failure, 2 the data cannot be opened (CoreOpenError), 64 bad usage.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CoreOpenError } from '../core/compose.ts';
import { openCoreInWorker } from '../core/remote.ts';
import { resolveDataDir } from '../core/paths.ts';
import type { Core } from '../core/types.ts';
import { browserCommand, HOST_USAGE, parseHostArgs, shouldOpenBrowser } from './options.ts';
import { startHost, type Host } from './server.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
export const defaultRendererDir = path.join(projectRoot, 'out', 'renderer');

function appVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    if (typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string') return pkg.version;
  } catch {
    // fall through
  }
  return '0.0.0';
}

function openBrowser(url: string): void {
  const { command, args } = browserCommand(process.platform, url);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser launcher: the URL is printed anyway.
  }
}

export interface RunningHost {
  host: Host;
  core: Core;
  /** Closes the server, then the core. Safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Starts the host for the given arguments. Returns null after printing the reason and setting
 * process.exitCode when it cannot start.
 */
export async function runHost(argv: readonly string[], rendererDir = defaultRendererDir): Promise<RunningHost | null> {
  const args = parseHostArgs(argv, process.env);
  if (!args.ok) {
    process.stderr.write(`${args.message}\n`);
    process.exitCode = 64;
    return null;
  }
  if (args.help) {
    process.stderr.write(`${HOST_USAGE}\n`);
    return null;
  }
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    process.stderr.write(`Chưa có bản dựng giao diện (${rendererDir}). Hãy chạy: npm run build\n`);
    process.exitCode = 1;
    return null;
  }

  const dataDir = resolveDataDir({ argv, env: process.env, platform: process.platform, homedir: os.homedir(), cwd: process.cwd() });
  let core: Core;
  try {
    // The core runs in a worker thread: this thread serves HTTP and relays calls.
    const pinned = args.now;
    core = await openCoreInWorker({ dataDir, appVersion: appVersion(), ...(pinned ? { nowIso: pinned.toISOString() } : {}) });
  } catch (error) {
    if (error instanceof CoreOpenError) {
      process.stderr.write(`${error.message}\n`);
      // The core's message already says when there is no backup.
      if (error.latestBackup) process.stderr.write(`Bản sao lưu gần nhất: ${error.latestBackup}\n`);
      process.exitCode = 2;
      return null;
    }
    throw error;
  }

  let host: Host;
  try {
    host = await startHost({ core, rendererDir, port: args.port });
  } catch (error) {
    await core.close();
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    process.stderr.write(code === 'EADDRINUSE' ? `Cổng ${args.port} đang được dùng. Hãy chọn cổng khác.\n` : 'Không khởi động được máy chủ.\n');
    process.exitCode = 1;
    return null;
  }

  process.stderr.write(`Sổ Tổ Chức đang chạy (dữ liệu: ${dataDir}). Mở đường dẫn sau trong trình duyệt; nhấn Ctrl+C để dừng.\n`);
  process.stdout.write(`${host.launchUrl}\n`);
  if (shouldOpenBrowser(args.open, process.env)) openBrowser(host.launchUrl);

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= host.close().finally(() => core.close());
    return stopping;
  };
  return { host, core, stop };
}

/**
 * Runs until SIGINT/SIGTERM, then closes the server and the core. The handlers are installed before
 * the core is opened, so a signal during start-up still ends in an orderly close.
 */
export async function main(argv: readonly string[]): Promise<void> {
  let running: RunningHost | null = null;
  let stopRequested = false;
  const shutdown = (): void => {
    if (!running) {
      stopRequested = true;
      return;
    }
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  const onSignal = (): void => {
    if (stopRequested) return;
    process.stderr.write('Đang dừng…\n');
    shutdown();
    stopRequested = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    running = await runHost(argv);
  } catch (error) {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    throw error;
  }
  if (!running) {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (stopRequested) process.exit(process.exitCode ?? 0);
    return;
  }
  if (stopRequested) shutdown();
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`Lỗi không mong đợi: ${error instanceof Error ? error.name : typeof error}\n`);
    process.exit(1);
  });
}
