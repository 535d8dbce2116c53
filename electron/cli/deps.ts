import { isCoreOpenErrorKind } from '../core/openErrorKinds.ts';
import type { Core } from '../core/types.ts';
import type { JobTerminal } from './jobs.ts';

/** The CLI's exit codes and effects, shared by its commands (run.ts, batch.ts). */

export const EXIT_OK = 0;
export const EXIT_RESULT_FAILED = 1;
export const EXIT_CANNOT_OPEN = 2;
export const EXIT_USAGE = 64;

export interface CliDeps extends JobTerminal {
  /** `nowIso`: the pinned clock of `--now` (tests only). */
  openCore(options: { dataDir: string; appVersion?: string; nowIso?: string }): Promise<Core>;
  /** The text of a file, or of standard input for '-' (batch). */
  readText?(file: string): Promise<string>;
  /** Writes a job's file (job --out). */
  writeFile?(file: string, bytes: Uint8Array): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homedir: string;
  cwd: string;
  appVersion?: string;
}

/** The fields of compose.ts's CoreOpenError, read without importing it. */
function openFailure(error: unknown): { message: string; latestBackup: string | null } | null {
  if (!(error instanceof Error)) return null;
  const kind = 'kind' in error ? error.kind : undefined;
  if (!isCoreOpenErrorKind(kind)) return null;
  const backup = 'latestBackup' in error ? error.latestBackup : null;
  return { message: error.message, latestBackup: typeof backup === 'string' ? backup : null };
}

/** Opens the core for a command, or says why it cannot (exit 2). */
export async function openFor(deps: CliDeps, dataDir: string, now: Date | null = null): Promise<Core | number> {
  try {
    return await deps.openCore({ dataDir, ...(deps.appVersion === undefined ? {} : { appVersion: deps.appVersion }), ...(now ? { nowIso: now.toISOString() } : {}) });
  } catch (error) {
    const failure = openFailure(error);
    if (!failure) throw error;
    deps.stderr(`${failure.message}\n`);
    // The core's message already says when there is no backup.
    if (failure.latestBackup) deps.stderr(`Bản sao lưu gần nhất: ${failure.latestBackup}\n`);
    return EXIT_CANNOT_OPEN;
  }
}
