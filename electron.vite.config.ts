import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { methodNames } from './shared/contract/methods.ts';

const root = import.meta.dirname;

/**
 * out/main/index.js      ESM main process (package.json "main"); better-sqlite3, 'electron' and Node
 *                        built-ins stay external, everything else (kysely, zod, shared/, db/) is bundled.
 * out/main/core.worker.js, job.worker.js, backup.worker.js  the worker threads (the core, one job,
 *                        one backup), further entries of the same build so they land next to index.js
 *                        (electron/workers/workerUrl.ts finds them there); shared code goes to chunks.
 * out/preload/index.cjs  ONE CommonJS file: a sandboxed preload cannot be ESM. Nothing external but
 *                        'electron'; the contract's method names are inlined as a constant.
 * out/renderer/          the React app, served over app://bundle and by the browser host.
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: false,
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          'core.worker': resolve(root, 'electron/workers/core.worker.ts'),
          'job.worker': resolve(root, 'electron/workers/job.worker.ts'),
          'backup.worker': resolve(root, 'electron/workers/backup.worker.ts'),
        },
        formats: ['es'],
        // Called with the entry's name; without one (as the packaging test does) it is the main entry.
        fileName: (_format?: string, name = 'index') => `${name}.js`,
      },
      rolldownOptions: {
        // The preset adds 'electron' and every Node built-in (with and without `node:`).
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    define: {
      __SOTOCHUC_METHOD_NAMES__: JSON.stringify(methodNames),
    },
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          chunkFileNames: '[name].cjs',
          codeSplitting: false,
        },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      rolldownOptions: {
        input: resolve(root, 'renderer/index.html'),
      },
    },
  },
});
