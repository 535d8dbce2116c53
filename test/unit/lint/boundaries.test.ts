/**
 * Proves that eslint.config.js enforces the process boundaries of architecture.md: each case lints a
 * virtual file (the path decides which folder's rules apply; the file need not exist).
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.js' });
});

/** The ids of the rules that report errors for `code` in the file `filePath` (relative to the root). */
async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  if (!result) throw new Error('no lint result');
  const fatal = result.messages.filter((m) => m.fatal === true || m.ruleId === null);
  if (fatal.length > 0) throw new Error(`${filePath}: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? '');
}
/** typescript-eslint's version of the rule: it can let `import type` through where only types may cross. */
const RULE = '@typescript-eslint/no-restricted-imports';
const importsOf = (specifier: string): string => `import x from '${specifier}';\nexport const y = x;\n`;

describe('lint boundaries (eslint.config.js)', { timeout: 60_000 }, () => {
  it.each([
    // shared/: no Node, Electron, React, or code of the other layers.
    ['shared/x.ts', 'node:fs'],
    ['shared/kernel/text/x.ts', 'fs'],
    ['shared/x.ts', 'path'],
    ['shared/x.ts', 'fs/promises'],
    ['shared/x.ts', 'node:worker_threads'],
    ['shared/x.ts', 'electron'],
    ['shared/x.ts', 'react'],
    ['shared/x.ts', 'react-dom/client'],
    ['shared/x.ts', '../db/schema.ts'],
    ['shared/contract/x.ts', '../../db/schema.ts'],
    ['shared/x.ts', '../electron/core/types.ts'],
    ['shared/x.ts', '../renderer/src/app.tsx'],
    // db/: Node is fine, Electron and the UI are not.
    ['db/repositories/x.ts', 'electron'],
    ['db/x.ts', '../electron/services/x.ts'],
    ['db/x.ts', '../renderer/src/x.ts'],
    ['db/x.ts', 'react'],
    // electron/ outside main and preload: no 'electron' package, no renderer code.
    ['electron/services/x.ts', 'electron'],
    ['electron/services/x.ts', 'electron/main'],
    ['electron/cli/x.ts', 'electron'],
    ['electron/core/x.ts', 'electron'],
    ['electron/services/x.ts', '../../renderer/src/x.ts'],
    ['electron/main/x.ts', '../../renderer/src/x.ts'],
    // renderer/: browser code only.
    ['renderer/src/x.ts', 'better-sqlite3'],
    ['renderer/src/x.tsx', 'kysely'],
    ['renderer/src/x.ts', 'node:path'],
    ['renderer/src/x.ts', 'fs'],
    ['renderer/src/x.ts', 'electron'],
    ['renderer/src/x.ts', 'electron/renderer'],
    ['renderer/src/x.ts', '../../db/schema.ts'],
    ['renderer/src/screens/x.ts', '../../../electron/core/types.ts'],
    // The arrows inside the main process (ARCHITECTURE.md): repositories speak rows and the kernel,
    // services run no SQL of their own, a domain's handlers call that domain's services only.
    ['db/repositories/members/x.ts', '../../../shared/members/schemas.ts'],
    ['db/repositories/members/x.ts', '../../../shared/contract/index.ts'],
    ['electron/services/members/x.ts', 'kysely'],
    ['electron/services/members/x.ts', 'better-sqlite3'],
    ['electron/services/members/x.ts', '../../../db/connection.ts'],
    ['electron/services/system/demo/x.ts', '../../../../db/reader.ts'],
    ['electron/services/members/handlers.ts', '../ratings/ratings.ts'],
    ['electron/services/members/handlers.ts', '../../../db/repositories/members/members.ts'],
    ['electron/services/members/handlers.ts', '../../workers/runBackup.ts'],
  ])('%s may not import %s', async (filePath, specifier) => {
    expect(await errors(filePath, importsOf(specifier))).toContain(RULE);
  });

  it('also catches type-only imports and re-exports', async () => {
    expect(await errors('electron/services/x.ts', "import type { App } from 'electron';\nexport type A = App;\n")).toContain(RULE);
    expect(await errors('shared/x.ts', "export { readFileSync } from 'node:fs';\n")).toContain(RULE);
  });

  it('lets services name Kysely and better-sqlite3 types, not run them', async () => {
    const typeOnly = "import type { Kysely } from 'kysely';\nexport type K = Kysely<object>;\n";
    expect(await errors('electron/services/members/x.ts', typeOnly)).not.toContain(RULE);
    const value = "import { sql } from 'kysely';\nexport const s = sql;\n";
    expect(await errors('electron/services/members/x.ts', value)).toContain(RULE);
  });

  it.each([
    ['electron/main/x.ts', 'electron'],
    ['electron/main/window.ts', 'electron/main'],
    ['electron/preload/x.ts', 'electron'],
    ['electron/services/x.ts', 'node:fs'],
    ['electron/services/x.ts', '../../db/schema.ts'],
    ['db/x.ts', 'node:fs'],
    ['db/x.ts', 'kysely'],
    ['db/x.ts', '../shared/kernel/text/sortKey.ts'],
    ['shared/contract/x.ts', '../text/sortKey.ts'],
    ['shared/x.ts', 'zod'],
    ['renderer/src/x.ts', '../../shared/contract/index.ts'],
    ['renderer/src/x.tsx', 'react'],
    ['test/integration/x.ts', 'better-sqlite3'],
    ['db/repositories/members/x.ts', '../../../shared/kernel/text/sortKey.ts'],
    ['electron/services/members/handlers.ts', './members.ts'],
    ['electron/services/members/handlers.ts', '../handlerTypes.ts'],
    ['electron/services/members/handlers.ts', '../../../shared/members/contract.ts'],
    ['electron/services/members/x.ts', '../../../db/repositories/members/members.ts'],
  ])('%s may import %s', async (filePath, specifier) => {
    expect(await errors(filePath, importsOf(specifier))).not.toContain(RULE);
  });

  it('allows Kysely<any> in migrations only', async () => {
    const code = "import type { Kysely } from 'kysely';\nexport async function up(db: Kysely<any>): Promise<void> {\n  await db.schema.dropTable('x').execute();\n}\n";
    expect(await errors('db/migrations/0099_x.ts', code)).toEqual([]);
    expect(await errors('db/repositories/x.ts', code)).toContain('@typescript-eslint/no-explicit-any');
    expect(await errors('shared/x.ts', 'export const a: any = 1;\n')).toContain('@typescript-eslint/no-explicit-any');
  });

  it.each([
    "it.only('x', () => {});",
    "describe.only('x', () => {});",
    "test.only('x', () => {});",
    "it.concurrent.only('x', () => {});",
    "test.only.each([1])('x %s', () => {});",
    "describe.skipIf(false).only('x', () => {});",
  ])('refuses a focused test in test/: %s', async (line) => {
    const code = `import { describe, it, test } from 'vitest';\n${line}\nexport { describe, it, test };\n`;
    const found = await errors('test/unit/x.test.ts', code);
    expect(found.some((id) => id === 'no-restricted-properties' || id === 'no-restricted-syntax')).toBe(true);
  });

  it('accepts an ordinary test', async () => {
    const code = "import { it, expect } from 'vitest';\nit('x', () => {\n  expect(1).toBe(1);\n});\n";
    expect(await errors('test/unit/x.test.ts', code)).toEqual([]);
  });

  it('applies the rules of hooks to the renderer and its tests', async () => {
    const code =
      "import { useState } from 'react';\nexport function C({ on }: { on: boolean }) {\n  if (on) {\n    const [v] = useState(0);\n    return v;\n  }\n  return 0;\n}\n";
    expect(await errors('renderer/src/C.tsx', code)).toContain('react-hooks/rules-of-hooks');
    expect(await errors('test/renderer/C.test.tsx', code)).toContain('react-hooks/rules-of-hooks');
  });

  it('does not lint generated catalogue editions', async () => {
    const [result] = await eslint.lintText('export const a: any = 1;\n', { filePath: 'db/seed/catalogues-2099-01.ts', warnIgnored: true });
    expect(result?.messages.map((m) => m.message).join()).toMatch(/ignored/i);
    expect(result?.errorCount).toBe(0);
  });
});
