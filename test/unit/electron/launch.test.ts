import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInputs, chooseLaunch, electronBinaryPath, isBuildFresh, splitLaunchArgs } from '../../../electron/launch/decide.ts';

describe('chooseLaunch', () => {
  it('runs Electron when its binary exists, else the browser host; builds when stale', () => {
    expect(chooseLaunch({ electronBinaryExists: true, buildIsFresh: true })).toEqual({ target: 'electron', build: false });
    expect(chooseLaunch({ electronBinaryExists: true, buildIsFresh: false })).toEqual({ target: 'electron', build: true });
    expect(chooseLaunch({ electronBinaryExists: false, buildIsFresh: true })).toEqual({ target: 'browser', build: false });
    expect(chooseLaunch({ electronBinaryExists: false, buildIsFresh: false })).toEqual({ target: 'browser', build: true });
    expect(chooseLaunch({ electronBinaryExists: true, buildIsFresh: true, forceBrowser: true })).toEqual({ target: 'browser', build: false });
  });
});

describe('electronBinaryPath', () => {
  const root = path.resolve('/p');
  const pkg = path.join(root, 'node_modules', 'electron');
  const probe = (files: Record<string, string>) => ({
    exists: (file: string) => Object.hasOwn(files, file),
    readText: (file: string) => {
      const text = files[file];
      if (text === undefined) throw new Error('ENOENT');
      return text;
    },
  });

  it('finds the binary named by path.txt under dist/', () => {
    const files = { [path.join(pkg, 'path.txt')]: 'electron\n', [path.join(pkg, 'dist', 'electron')]: '' };
    expect(electronBinaryPath(root, probe(files))).toBe(path.join(pkg, 'dist', 'electron'));
  });

  it('is null when path.txt or the binary is missing, or path.txt escapes', () => {
    expect(electronBinaryPath(root, probe({}))).toBeNull();
    expect(electronBinaryPath(root, probe({ [path.join(pkg, 'path.txt')]: 'electron' }))).toBeNull();
    expect(electronBinaryPath(root, probe({ [path.join(pkg, 'path.txt')]: '../../evil', [path.join(root, 'node_modules', 'evil')]: '' }))).toBeNull();
    expect(electronBinaryPath(root, probe({ [path.join(pkg, 'path.txt')]: '' }))).toBeNull();
  });
});

describe('isBuildFresh', () => {
  it('needs every output, none older than the newest source', () => {
    expect(isBuildFresh([200, 300], 100)).toBe(true);
    expect(isBuildFresh([200, 300], 200)).toBe(true);
    expect(isBuildFresh([200, 300], 250)).toBe(false);
    expect(isBuildFresh([200, null], 100)).toBe(false);
    expect(isBuildFresh([], 100)).toBe(false);
    expect(isBuildFresh([5], null)).toBe(true);
  });

  it('checks all three outputs for Electron and the renderer for the browser host', () => {
    expect(buildInputs.electron.outputs).toEqual(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']);
    expect(buildInputs.browser.outputs).toEqual(['out/renderer/index.html']);
    expect(buildInputs.browser.sources).toContain('renderer');
  });
});

describe('splitLaunchArgs', () => {
  it('takes --browser for itself and passes the rest on', () => {
    expect(splitLaunchArgs(['--browser', '--data-dir', '/d'])).toEqual({ forceBrowser: true, forwarded: ['--data-dir', '/d'] });
    expect(splitLaunchArgs(['--no-open'])).toEqual({ forceBrowser: false, forwarded: ['--no-open'] });
  });
});
