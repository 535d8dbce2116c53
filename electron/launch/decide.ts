import path from 'node:path';

/** Pure decisions of `npm start` (electron/launch/start.ts). */

export type LaunchPlan = { target: 'electron' | 'browser'; build: boolean };

/**
 * The desktop app when the Electron binary is on disk (unless the browser host is forced), else the
 * browser host; in both cases build first when the needed output is missing or older than its sources.
 * `buildIsFresh` is about the output the chosen target needs: all of out/ for Electron, out/renderer for the host.
 */
export function chooseLaunch(inputs: { electronBinaryExists: boolean; buildIsFresh: boolean; forceBrowser?: boolean }): LaunchPlan {
  const target = inputs.electronBinaryExists && inputs.forceBrowser !== true ? 'electron' : 'browser';
  return { target, build: !inputs.buildIsFresh };
}

export interface FileProbe {
  exists(file: string): boolean;
  readText(file: string): string;
}

/**
 * The Electron executable, found the way the `electron` package's index.js finds it (path.txt names a
 * file under dist/), without requiring the package: requiring it with the binary missing starts a download.
 */
export function electronBinaryPath(projectRoot: string, probe: FileProbe): string | null {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!probe.exists(pathFile)) return null;
  let relative: string;
  try {
    relative = probe.readText(pathFile).trim();
  } catch {
    return null;
  }
  if (relative === '' || path.isAbsolute(relative) || relative.split(/[\\/]/).includes('..')) return null;
  const binary = path.join(packageDir, 'dist', relative);
  return probe.exists(binary) ? binary : null;
}

/**
 * Fresh when every output exists (mtime not null) and none is older than the newest source.
 * `newestSource` null means no source was found (nothing to compare against): fresh if the outputs exist.
 */
export function isBuildFresh(outputMtimes: readonly (number | null)[], newestSource: number | null): boolean {
  if (outputMtimes.length === 0) return false;
  let oldestOutput = Infinity;
  for (const mtime of outputMtimes) {
    if (mtime === null) return false;
    oldestOutput = Math.min(oldestOutput, mtime);
  }
  return newestSource === null || oldestOutput >= newestSource;
}

/** Outputs and sources per target, relative to the project root. */
export const buildInputs = {
  electron: {
    outputs: ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'],
    sources: ['electron', 'shared', 'db', 'renderer', 'electron.vite.config.ts', 'package.json'],
  },
  browser: {
    outputs: ['out/renderer/index.html'],
    sources: ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'],
  },
} as const;

/** Folders never walked for source mtimes. */
export const ignoredDirNames: ReadonlySet<string> = new Set(['node_modules', 'out', 'dist', '.git', '.tsbuild']);

/** Splits `npm start -- …` arguments into the launcher's own flag and those passed on. */
export function splitLaunchArgs(argv: readonly string[]): { forceBrowser: boolean; forwarded: string[] } {
  const forwarded = argv.filter((arg) => arg !== '--browser');
  return { forceBrowser: forwarded.length !== argv.length, forwarded };
}
