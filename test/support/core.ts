import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Input, MethodName, Output } from '../../shared/contract/methods.ts';
import type { Result } from '../../shared/kernel/result.ts';
import { openCore } from '../../electron/core/compose.ts';
import type { CallContext, Core } from '../../electron/core/types.ts';
import type { Sqlite } from '../../db/connection.ts';
import { plansOf, recordQueries, type QueryPlan } from './queryPlan.ts';

/** A real core on a real SQLite file in a fresh temp folder, with a pinned clock. */
export interface TestCore {
  core: Core;
  dir: string;
  call<K extends MethodName>(method: K, input: Input<K>, ctx?: CallContext): Promise<Result<Output<K>>>;
  /** Calls and unwraps, failing the test with the envelope's message if the call failed. */
  must<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>>;
  clock: { now: Date };
  /** The core's own connection (with the query recorder installed, see queryPlan.ts). */
  sqlite: Sqlite;
  /** The query plans of every statement the core runs while `work` runs (e.g. one `t.must(...)`). */
  plans(work: () => unknown): Promise<QueryPlan[]>;
  close(): void;
}

export const PINNED_NOW = new Date('2026-11-20T03:00:00.000Z');

export async function openTestCore(options: { dir?: string; now?: Date; tune?: (sqlite: Sqlite) => void } = {}): Promise<TestCore> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'sotochuc-test-'));
  const clock = { now: options.now ?? PINNED_NOW };
  let sqlite: Sqlite | null = null;
  const tune = (connection: Sqlite) => {
    sqlite = connection;
    recordQueries(connection);
    options.tune?.(connection);
  };
  const core = await openCore({ dataDir: dir, now: () => clock.now, dailyBackupDelay: null, tune });
  if (!sqlite) throw new Error('openCore did not hand its connection to tune');
  const own: Sqlite = sqlite;
  const call = async <K extends MethodName>(method: K, input: Input<K>, ctx?: CallContext) =>
    (await core.dispatch(method, input, ctx ?? core.defaultContext('cli'))) as Result<Output<K>>;
  return {
    core,
    dir,
    clock,
    call,
    sqlite: own,
    plans: (work) => plansOf(own, work),
    async must(method, input) {
      const r = await call(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fields ?? {})}`);
      return r.value;
    },
    close() {
      core.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
