import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real small file system (tmpfs) for failure tests: a disk that fills up, a folder that turns
 * read-only. Mounting needs root with CAP_SYS_ADMIN on Linux (as in this project's CI); where that is
 * missing, `mountSmallDisk` returns null and the tests fall back to SQLite-level simulations.
 */
export interface SmallDisk {
  dir: string;
  /** Remounts the file system read-only (or writable again). */
  setReadOnly(readOnly: boolean): void;
  /** Makes one file read-only (a read-only bind mount over it), its folder staying writable. */
  freezeFile(file: string): void;
  unmount(): void;
}

export function mountSmallDisk(bytes: number): SmallDisk | null {
  if (process.platform !== 'linux') return null;
  const dir = mkdtempSync(join(tmpdir(), 'sotochuc-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  let mounted = true;
  const frozen: string[] = [];
  return {
    dir,
    setReadOnly(readOnly) {
      execFileSync('mount', ['-o', `remount,${readOnly ? 'ro' : 'rw'}`, dir], { stdio: 'ignore' });
    },
    freezeFile(file) {
      execFileSync('mount', ['--bind', file, file], { stdio: 'ignore' });
      frozen.push(file);
      execFileSync('mount', ['-o', 'remount,bind,ro', file], { stdio: 'ignore' });
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      for (const file of frozen.splice(0)) execFileSync('umount', ['-l', file], { stdio: 'ignore' });
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** True when a small disk can be mounted here (probes once by mounting and unmounting one). */
export function canMount(): boolean {
  const probe = mountSmallDisk(64 * 1024);
  probe?.unmount();
  return probe !== null;
}
