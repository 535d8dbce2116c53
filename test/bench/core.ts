/**
 * The pieces of the app the bench drives, loaded lazily so a missing piece fails its scenario with a
 * clear message instead of a made-up number.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/core/types.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');
export const DB_FILE = 'so-to-chuc.db';
/** Written in `notes` of the members the save scenario creates, so --reuse can tell them from demo members. */
export const BENCH_NOTE = 'Tạo bởi npm run bench';

/** A part of the app the scenario needs is not there (yet). */
export class MissingPieceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingPieceError';
  }
}

export type OpenCore = (options: { dataDir: string; dailyBackupDelay?: number | null }) => Promise<Core>;

export async function loadOpenCore(): Promise<OpenCore> {
  const file = path.join(projectRoot, 'electron', 'core', 'compose.ts');
  if (!existsSync(file)) throw new MissingPieceError('electron/core/compose.ts is missing: the service API (openCore) is needed.');
  let mod: { openCore?: unknown };
  try {
    mod = await import('../../electron/core/compose.ts');
  } catch (error) {
    throw new MissingPieceError(`electron/core/compose.ts failed to load: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof mod.openCore !== 'function') throw new MissingPieceError('electron/core/compose.ts does not export openCore.');
  return mod.openCore as OpenCore;
}

/** Opens the core without the delayed daily backup (it would copy the database in the middle of a measurement). */
export function openBenchCore(openCore: OpenCore, dataDir: string): Promise<Core> {
  return openCore({ dataDir, dailyBackupDelay: null });
}

/** Calls a contract method as the CLI does; throws on a failed envelope. */
export async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input, core.defaultContext('cli'));
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
