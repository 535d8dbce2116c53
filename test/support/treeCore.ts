import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openConnection, type Connection } from '../../db/connection.ts';
import { DB_FILE } from '../../electron/core/compose.ts';
import { makeTree, type Tree } from './builders/index.ts';
import { openTestCore, type TestCore } from './core.ts';
import { recordQueries } from './queryPlan.ts';

export type { Tree };

export interface TreeCore {
  t: TestCore;
  /** A second connection to the same file, to look at rows directly (query recorder installed: plansOf(raw.sqlite, …)). */
  raw: Connection;
  tree: Tree;
}

/** For each test: a fresh core with the standard tree (province, commune, cell), closed afterwards. */
export function eachTestWithTree(ready: (env: TreeCore) => void): void {
  let env: TreeCore | null = null;
  beforeEach(async () => {
    const t = await openTestCore();
    const tree = await makeTree(t);
    const raw = openConnection(join(t.dir, DB_FILE));
    recordQueries(raw.sqlite);
    env = { t, tree, raw };
    ready(env);
  });
  afterEach(() => {
    env?.raw.close();
    env?.t.close();
    env = null;
  });
}
