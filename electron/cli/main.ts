/**
 * `npm run cli -- <command> …` (node electron/cli/main.ts): the core for administrators and scripts.
 * See CLI_USAGE in args.ts; the behaviour is in run.ts.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import os from 'node:os';
import path from 'node:path';
import { openCoreInWorker } from '../core/remote.ts';
import { runCli } from './run.ts';

function appVersion(): string | undefined {
  try {
    const pkg: unknown = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
    if (typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string') return pkg.version;
  } catch {
    // unknown version
  }
  return undefined;
}

const version = appVersion();
runCli(process.argv.slice(2), {
  // The same core as the app's, in a worker thread: the terminal's progress bar keeps drawing.
  openCore: (options) => openCoreInWorker(options),
  readText: (file) => (file === '-' ? text(process.stdin) : readFile(file, 'utf8')),
  writeFile: (file, bytes) => writeFile(file, bytes),
  stderrIsTTY: process.stderr.isTTY === true,
  onInterrupt: (handler) => {
    process.on('SIGINT', handler);
    return () => void process.off('SIGINT', handler);
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  platform: process.platform,
  homedir: os.homedir(),
  cwd: process.cwd(),
  ...(version === undefined ? {} : { appVersion: version }),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
