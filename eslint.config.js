// ESLint flat config (ESLint 10). `npm run lint` runs it with --max-warnings=0: a warning fails as an error.
// Process boundaries from ../shared/design/architecture.md are enforced here with
// no-restricted-imports, one block per folder (in flat config a later block that sets a rule replaces
// its options, so each block lists every restriction of its folder and the file sets do not overlap).
// test/unit/lint/boundaries.test.ts proves that the boundaries fire.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CODE = ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'];

// ---- building blocks of no-restricted-imports -------------------------------------------------

/** Node built-ins, bare ("fs", "fs/promises") and with the node: scheme. */
const nodeBuiltins = {
  paths: builtinModules
    .filter((m) => !m.startsWith('node:') && !m.startsWith('_'))
    .map((name) => ({ name, message: 'No Node built-ins here: this code must run outside Node (architecture.md).' })),
  patterns: [{ group: ['node:*'], message: 'No Node built-ins here: this code must run outside Node (architecture.md).' }],
};

/** A bare package and its subpath exports ("electron", "electron/main"). */
function pkg(name, message) {
  return { paths: [{ name, message }], patterns: [{ group: [`${name}/*`], message }] };
}

/** Relative imports that reach into a top-level folder ("../../db/schema.ts", "../renderer"). */
function folder(dir, message) {
  return { patterns: [{ regex: `^\\.{1,2}/(?:.*/)?${dir}(?:/|$)`, message }] };
}

/** Packages whose types may be named but whose code may not run here (`import type` passes). */
function typesOnly(name, message) {
  return { paths: [{ name, message, allowTypeImports: true }], patterns: [{ group: [`${name}/*`], message, allowTypeImports: true }] };
}

function restrict(...parts) {
  return [
    'error',
    {
      paths: parts.flatMap((p) => p.paths ?? []),
      patterns: parts.flatMap((p) => p.patterns ?? []),
    },
  ];
}

const electronPkg = pkg('electron', "Only electron/main and electron/preload may import 'electron' (architecture.md).");
const react = [
  pkg('react', 'No React outside the renderer.'),
  pkg('react-dom', 'No React outside the renderer.'),
];
const dbCode = folder('db', 'db/ is reached through the contract and electron services, not imported directly.');
const electronCode = folder('electron', 'electron/ code runs in the main process only.');
const rendererCode = folder('renderer', 'renderer/ code runs in the browser process only.');
/** shared/<domain>/ from a repository: repositories speak rows and the kernel, not contract schemas. */
const sharedDomains = {
  patterns: [{ regex: '^\\.{1,2}/(?:\\.\\./)*shared/(?!kernel/)', message: 'Repositories use db/ and shared/kernel only (ARCHITECTURE.md, "The arrows").' }],
};
/** A handler map calls its own domain's services only (ARCHITECTURE.md, "The arrows"). */
const otherThanOwnServices = {
  patterns: [
    {
      regex: '^\\.\\./(?!handlerTypes\\.ts$|\\.\\./\\.\\./shared/)',
      message: "A domain's handlers.ts calls that domain's services (./) and shared/ only (ARCHITECTURE.md).",
    },
  ],
};
/** The connection itself: opened and owned by the core and the job runner, never by a service. */
const rawConnection = {
  patterns: [
    {
      regex: '^(?:\\.\\./)+db/(?:connection|reader|migrate|inspect)\\.ts$',
      message: 'No service reaches the raw connection: the core and the job runner own it (ARCHITECTURE.md, "The arrows").',
    },
  ],
};
const sqlRuntime = [
  typesOnly('kysely', 'Services run no SQL: call a repository (db/repositories/<domain>/). Types are fine.'),
  typesOnly('better-sqlite3', 'Services run no SQL: call a repository (db/repositories/<domain>/). Types are fine.'),
];

// ---- config -----------------------------------------------------------------------------------

export default defineConfig(
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    '.tsbuild/',
    'test-results/',
    'bench-results/',
    '.data/',
    'db/seed/catalogues-*.ts', // generated, frozen catalogue editions
  ]),

  { files: CODE, extends: [js.configs.recommended, tseslint.configs.strict] },
  {
    files: CODE,
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  // Plain JavaScript files (this config, scripts) run in Node. TypeScript files need no globals:
  // typescript-eslint turns no-undef off there because the compiler checks names.
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: { ...globals.node } } },

  // shared/: pure TypeScript used by both processes.
  {
    files: ['shared/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(nodeBuiltins, electronPkg, ...react, dbCode, electronCode, rendererCode),
    },
  },

  // db/: SQL through Kysely on better-sqlite3; Node is fine, Electron and UI are not.
  {
    files: ['db/**'],
    ignores: ['db/repositories/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(electronPkg, ...react, electronCode, rendererCode),
    },
  },
  // db/repositories/<domain>/: all SQL of a domain, mapped to rows at this edge; kernel types only from shared/.
  {
    files: ['db/repositories/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(electronPkg, ...react, electronCode, rendererCode, sharedDomains),
    },
  },
  // Migrations are frozen in time and use Kysely<any> by design.
  { files: ['db/migrations/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },

  // electron/main and electron/preload: the only places that may import 'electron'.
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(...react, rendererCode),
    },
  },
  // The rest of electron/ (services, handlers, CLI, browser host, workers): plain Node.
  {
    files: ['electron/**'],
    ignores: ['electron/main/**', 'electron/preload/**', 'electron/services/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(electronPkg, ...react, rendererCode),
    },
  },
  // electron/services/<domain>/: business rules; SQL only through that layer's repositories.
  {
    files: ['electron/services/**'],
    ignores: ['electron/services/*/handlers.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(electronPkg, ...react, rendererCode, ...sqlRuntime, rawConnection),
    },
  },
  {
    files: ['electron/services/*/handlers.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(electronPkg, ...react, rendererCode, ...sqlRuntime, rawConnection, otherThanOwnServices),
    },
  },

  // renderer/: browser code; talks to the core only through the api client.
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        nodeBuiltins,
        electronPkg,
        pkg('better-sqlite3', 'The renderer never touches SQLite: go through the api client.'),
        pkg('kysely', 'The renderer never touches SQL: go through the api client.'),
        dbCode,
        electronCode,
      ),
    },
  },

  // React hooks rules for the renderer and its tests.
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Only meaningful with the React Compiler, which this build does not use; it would flag
      // @tanstack/react-virtual's useVirtualizer, which the virtualised grids need.
      'react-hooks/incompatible-library': 'off',
    },
  },

  // Tests: no focused tests (it.only, describe.only, test.only, it.concurrent.only, test.only.each…).
  {
    files: ['test/**'],
    rules: {
      // With noUncheckedIndexedAccess, `rows[0]!` is the idiom in tests; a wrong guess fails the test.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test', 'suite', 'bench'].map((object) => ({
          object,
          property: 'only',
          message: 'No focused tests: remove .only before committing.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[property.name='only']:matches([object.object.name=/^(describe|it|test|suite|bench)$/], [object.callee.object.name=/^(describe|it|test|suite|bench)$/])",
          message: 'No focused tests: remove .only before committing.',
        },
      ],
    },
  },
);
