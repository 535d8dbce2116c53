import { contract, fail, isMethodName, methodNames, type Result } from '../../shared/contract/index.ts';
import { pinnedNow } from '../core/clock.ts';
import { resolveDataDir } from '../core/paths.ts';
import type { Core } from '../core/types.ts';
import { CLI_USAGE, parseCliArgs, type CliCommand } from './args.ts';

/**
 * The CLI's behaviour with every effect injected: main.ts passes the real openCore and process streams,
 * tests a fake core. JSON goes to stdout; messages for a person go to stderr, in Vietnamese.
 */

export const EXIT_OK = 0;
export const EXIT_RESULT_FAILED = 1;
export const EXIT_CANNOT_OPEN = 2;
export const EXIT_USAGE = 64;

export interface CliDeps {
  openCore(options: { dataDir: string; appVersion?: string; now?: () => Date }): Promise<Core>;
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homedir: string;
  cwd: string;
  appVersion?: string;
}

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

/** The fields of compose.ts's CoreOpenError, read without importing it. */
function openFailure(error: unknown): { message: string; latestBackup: string | null } | null {
  if (!(error instanceof Error)) return null;
  const kind = 'kind' in error ? error.kind : undefined;
  if (kind !== 'CORRUPT' && kind !== 'NEWER_VERSION' && kind !== 'UNREADABLE') return null;
  const backup = 'latestBackup' in error ? error.latestBackup : null;
  return { message: error.message, latestBackup: typeof backup === 'string' ? backup : null };
}

function printJson(deps: CliDeps, value: unknown): void {
  deps.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

function callFor(command: Exclude<CliCommand, { command: 'help' } | { command: 'methods' }>): { method: string; input: unknown } {
  switch (command.command) {
    case 'call':
      return { method: command.method, input: command.input };
    case 'demo':
      return { method: 'system:demo', input: command.seed === undefined ? { members: command.members } : { members: command.members, seed: command.seed } };
    case 'backup':
      return { method: 'system:backup', input: {} };
  }
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

  const { method, input } = callFor(command);
  if (!isMethodName(method)) {
    // Refused before opening (and possibly creating) a database.
    printJson(deps, fail('UNKNOWN_METHOD', `Không có phương thức "${method}". Xem danh sách: npm run cli -- methods`));
    return EXIT_RESULT_FAILED;
  }

  const dataDir = resolveDataDir({ argv, env: deps.env, platform: deps.platform, homedir: deps.homedir, cwd: deps.cwd });
  let core: Core;
  try {
    const at = pinned.now;
    core = await deps.openCore({ dataDir, ...(deps.appVersion === undefined ? {} : { appVersion: deps.appVersion }), ...(at ? { now: () => new Date(at) } : {}) });
  } catch (error) {
    const failure = openFailure(error);
    if (!failure) throw error;
    deps.stderr(`${failure.message}\n`);
    // The core's message already says when there is no backup.
    if (failure.latestBackup) deps.stderr(`Bản sao lưu gần nhất: ${failure.latestBackup}\n`);
    return EXIT_CANNOT_OPEN;
  }

  try {
    let result: Result<unknown>;
    try {
      result = await core.dispatch(method, input, core.defaultContext('cli'));
    } catch {
      result = fail('INTERNAL', 'Đã xảy ra lỗi không mong đợi.');
    }
    printJson(deps, result);
    const note = describeSuccess(method, result);
    if (note) deps.stderr(`${note}\n`);
    return result.ok ? EXIT_OK : EXIT_RESULT_FAILED;
  } finally {
    core.close();
  }
}
