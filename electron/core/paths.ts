import path from 'node:path';

/** The product name; Electron names the per-user data folder after it (package.json `productName`). */
export const PRODUCT_NAME = 'Sổ Tổ Chức';

/** The environment variable that overrides where the data lives (below `--data-dir`, above the OS default). */
export const DATA_DIR_ENV = 'SOTOCHUC_DATA_DIR';

export interface DataDirInputs {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homedir: string;
  /** Relative `--data-dir` / env values are resolved against this (callers pass process.cwd()); defaults to homedir. */
  cwd?: string;
}

/** The path module that matches the target platform, so results do not depend on the machine running the tests. */
function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/**
 * The value of `--data-dir X` or `--data-dir=X` in argv, the last one winning; undefined when absent.
 * A `--data-dir` with no value (end of argv, or followed by another `--flag`) is ignored.
 */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) continue;
    if (arg === '--') break;
    if (arg === '--data-dir') {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('--')) {
        found = next;
        i++;
      }
    } else if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      if (value !== '') found = value;
    }
  }
  return found;
}

/**
 * The OS per-user data folder, computed the way Electron's `app.getPath('userData')` does
 * (appData joined with the product name):
 * Windows `%APPDATA%\Sổ Tổ Chức` (`~\AppData\Roaming` when APPDATA is unset),
 * macOS `~/Library/Application Support/Sổ Tổ Chức`,
 * Linux and others `$XDG_CONFIG_HOME/Sổ Tổ Chức` (absolute values only) or `~/.config/Sổ Tổ Chức`.
 */
export function osUserDataDir(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, homedir: string): string {
  const p = pathFor(platform);
  if (platform === 'win32') {
    const appData = env['APPDATA'];
    return p.join(appData && appData !== '' ? appData : p.join(homedir, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return p.join(homedir, 'Library', 'Application Support', PRODUCT_NAME);
  const xdg = env['XDG_CONFIG_HOME'];
  // The XDG base-directory spec says relative values are to be ignored.
  const configHome = xdg && p.isAbsolute(xdg) ? xdg : p.join(homedir, '.config');
  return p.join(configHome, PRODUCT_NAME);
}

/** `--data-dir` or `SOTOCHUC_DATA_DIR`, made absolute; null when neither is given. */
export function dataDirOverride(inputs: DataDirInputs): string | null {
  const p = pathFor(inputs.platform);
  const flag = dataDirFlag(inputs.argv);
  const envValue = inputs.env[DATA_DIR_ENV];
  const chosen = flag ?? (envValue !== undefined && envValue.trim() !== '' ? envValue : undefined);
  if (chosen === undefined) return null;
  return p.resolve(inputs.cwd ?? inputs.homedir, chosen);
}

/** Where the data lives: `--data-dir X` wins, then env `SOTOCHUC_DATA_DIR`, else the OS per-user app-data folder. */
export function resolveDataDir(inputs: DataDirInputs): string {
  return dataDirOverride(inputs) ?? osUserDataDir(inputs.platform, inputs.env, inputs.homedir);
}
