import { resolve } from 'node:path';
import { contract, fail, isMethodName, methodNames, type Result } from '../../shared/contract/index.ts';
import { pinnedNow } from '../core/clock.ts';
import { resolveDataDir } from '../core/paths.ts';
import { CLI_USAGE, parseCliArgs, type CliCommand } from './args.ts';
import { runBatch } from './batch.ts';
import { runJob } from './jobs.ts';

/**
 * The CLI's behaviour with every effect injected: main.ts passes the real openCore and process streams,
 * tests a fake core. JSON goes to stdout; messages for a person go to stderr, in Vietnamese.
 */

import { EXIT_OK, EXIT_RESULT_FAILED, EXIT_USAGE, openFor, type CliDeps } from './deps.ts';

export { EXIT_CANNOT_OPEN, EXIT_OK, EXIT_RESULT_FAILED, EXIT_USAGE, type CliDeps } from './deps.ts';

export interface MethodListing {
  name: string;
  role: string;
  writes: boolean;
  summary: string;
}

export function listMethods(): MethodListing[] {
  return methodNames.map((name) => {
    const def = contract[name];
    return { name, role: def.role, writes: def.writes, summary: def.summary };
  });
}

function printJson(deps: CliDeps, value: unknown): void {
  deps.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** What a command runs: one call, or one job (long work with a progress bar). */
function callFor(command: Exclude<CliCommand, { command: 'help' } | { command: 'methods' } | { command: 'batch' }>): { method: string; input: unknown; job: boolean; out?: string | undefined } {
  switch (command.command) {
    case 'call':
      return { method: command.method, input: command.input, job: false };
    case 'job':
      return { method: command.kind, input: command.input, job: true, out: command.out };
    case 'demo':
      return { method: 'system:demo', input: command.seed === undefined ? { members: command.members } : { members: command.members, seed: command.seed }, job: true };
    case 'backup':
      return { method: 'system:backup', input: {}, job: false };
  }
}

/** A result that is a file ({ fileName, base64, … }) is written out; the JSON printed names the file instead. */
async function saveFile(deps: CliDeps, result: Result<unknown>, out: string | undefined): Promise<Result<unknown>> {
  if (!result.ok || typeof result.value !== 'object' || result.value === null) return result;
  const value = result.value as Record<string, unknown>;
  if (typeof value.base64 !== 'string' || typeof value.fileName !== 'string') return result;
  const bytes = Buffer.from(value.base64, 'base64');
  const file = resolve(deps.cwd, out ?? value.fileName);
  if (!deps.writeFile) return fail('INTERNAL', 'Không ghi được tệp kết quả.');
  await deps.writeFile(file, bytes);
  const { base64: _omitted, ...rest } = value;
  return { ok: true, value: { ...rest, file, bytes: bytes.length } };
}

function describeSuccess(method: string, result: Result<unknown>): string | null {
  if (!result.ok) return `Lỗi (${result.error.code}): ${result.error.message}`;
  const value = result.value;
  if (method === 'system:backup' && typeof value === 'object' && value !== null && 'file' in value) return `Đã sao lưu vào: ${String(value.file)}`;
  if (method === 'system:demo') return 'Đã tạo dữ liệu mẫu.';
  return null;
}

export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    deps.stderr(`${parsed.message}\n${CLI_USAGE}\n`);
    return EXIT_USAGE;
  }
  const command = parsed.value;
  const pinned = pinnedNow(parsed.now, deps.env);
  if (!pinned.ok) {
    deps.stderr(`${pinned.message}\n`);
    return EXIT_USAGE;
  }
  if (command.command === 'help') {
    deps.stderr(`${CLI_USAGE}\n`);
    return EXIT_OK;
  }
  if (command.command === 'methods') {
    printJson(deps, listMethods());
    return EXIT_OK;
  }

  if (command.command === 'batch') {
    const dataDir = resolveDataDir({ argv, env: deps.env, platform: deps.platform, homedir: deps.homedir, cwd: deps.cwd });
    return runBatch(command, dataDir, deps, pinned.now);
  }
  const { method, input, job, out } = callFor(command);
  if (!isMethodName(method)) {
    // Refused before opening (and possibly creating) a database.
    printJson(deps, fail('UNKNOWN_METHOD', `Không có phương thức "${method}". Xem danh sách: npm run cli -- methods`));
    return EXIT_RESULT_FAILED;
  }

  const dataDir = resolveDataDir({ argv, env: deps.env, platform: deps.platform, homedir: deps.homedir, cwd: deps.cwd });
  const core = await openFor(deps, dataDir, pinned.now);
  if (typeof core === 'number') return core;

  try {
    let result: Result<unknown>;
    try {
      result = job ? await saveFile(deps, await runJob(core, method, input, deps), out) : await core.dispatch(method, input, core.defaultContext('cli'));
    } catch {
      result = fail('INTERNAL', 'Đã xảy ra lỗi không mong đợi.');
    }
    printJson(deps, result);
    const note = describeSuccess(method, result);
    if (note) deps.stderr(`${note}\n`);
    return result.ok ? EXIT_OK : EXIT_RESULT_FAILED;
  } finally {
    await core.close();
  }
}
