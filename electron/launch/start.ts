/**
 * `npm start`: the desktop app when the Electron binary is present, else the browser host.
 * Builds first (electron-vite build) when the output the chosen target needs is missing or stale.
 * Never requires the `electron` package (that would start a download when the binary is missing).
 * `npm start -- --browser` forces the browser host; other arguments (--data-dir, --port, --no-open)
 * are passed on.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildInputs, chooseLaunch, electronBinaryPath, ignoredDirNames, isBuildFresh, splitLaunchArgs } from './decide.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

function mtime(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/** Newest modification time of the files under the given roots (files or folders). */
function newestMtime(roots: readonly string[]): number | null {
  let newest: number | null = null;
  const visit = (entry: string): void => {
    let info;
    try {
      info = statSync(entry);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const name of readdirSync(entry)) {
        if (!ignoredDirNames.has(name)) visit(path.join(entry, name));
      }
    } else if (info.isFile()) {
      newest = newest === null ? info.mtimeMs : Math.max(newest, info.mtimeMs);
    }
  };
  for (const root of roots) visit(path.join(projectRoot, root));
  return newest;
}

function freshFor(target: 'electron' | 'browser'): boolean {
  const inputs = buildInputs[target];
  return isBuildFresh(
    inputs.outputs.map((file) => mtime(path.join(projectRoot, file))),
    newestMtime(inputs.sources),
  );
}

function build(): void {
  process.stderr.write('Đang dựng ứng dụng (electron-vite build)…\n');
  const cli = path.join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  // The build's log goes to stderr: stdout carries only the browser host's URL line.
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: projectRoot, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    process.stderr.write('Dựng ứng dụng thất bại.\n');
    process.exit(result.status ?? 1);
  }
}

function runElectron(binary: string, args: readonly string[]): void {
  const env = { ...process.env };
  delete env['ELECTRON_RUN_AS_NODE'];
  const child = spawn(binary, ['.', ...args], { cwd: projectRoot, stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    process.stderr.write(`Không chạy được Electron: ${error.message}\n`);
    process.exit(1);
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main(): Promise<void> {
  const { forceBrowser, forwarded } = splitLaunchArgs(process.argv.slice(2));
  const binary = electronBinaryPath(projectRoot, { exists: existsSync, readText: (file) => readFileSync(file, 'utf8') });
  const wantElectron = binary !== null && !forceBrowser;
  const plan = chooseLaunch({ electronBinaryExists: binary !== null, forceBrowser, buildIsFresh: freshFor(wantElectron ? 'electron' : 'browser') });
  if (plan.build) build();
  if (plan.target === 'electron' && binary !== null) {
    runElectron(binary, forwarded);
    return;
  }
  if (binary === null) process.stderr.write('Không có Electron trên máy này: mở ứng dụng trong trình duyệt.\n');
  const { main: runBrowserHost } = await import('../host/start.ts');
  await runBrowserHost(forwarded);
}

main().catch((error: unknown) => {
  process.stderr.write(`Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
