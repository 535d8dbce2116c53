import { describe, expect, it } from 'vitest';
import { dataDirFlag, dataDirOverride, osUserDataDir, PRODUCT_NAME, resolveDataDir } from '../../../electron/core/paths.ts';

describe('resolveDataDir', () => {
  const base = { env: {}, platform: 'linux' as const, homedir: '/home/an', cwd: '/work' };

  it('uses --data-dir X above everything', () => {
    expect(resolveDataDir({ ...base, argv: ['--data-dir', '/srv/data'], env: { SOTOCHUC_DATA_DIR: '/env/data' } })).toBe('/srv/data');
  });

  it('accepts --data-dir=X and resolves relative values against cwd', () => {
    expect(resolveDataDir({ ...base, argv: ['call', 'x', '--data-dir=rel/dir'] })).toBe('/work/rel/dir');
  });

  it('uses the last --data-dir when given twice, and stops at --', () => {
    expect(dataDirFlag(['--data-dir', '/a', '--data-dir', '/b'])).toBe('/b');
    expect(dataDirFlag(['--', '--data-dir', '/a'])).toBeUndefined();
  });

  it('ignores a --data-dir without a value', () => {
    expect(dataDirFlag(['--data-dir'])).toBeUndefined();
    expect(dataDirFlag(['--data-dir', '--no-open'])).toBeUndefined();
    expect(dataDirFlag(['--data-dir='])).toBeUndefined();
  });

  it('falls back to SOTOCHUC_DATA_DIR, ignoring an empty value', () => {
    expect(resolveDataDir({ ...base, argv: [], env: { SOTOCHUC_DATA_DIR: '/env/data' } })).toBe('/env/data');
    expect(resolveDataDir({ ...base, argv: [], env: { SOTOCHUC_DATA_DIR: '  ' } })).toBe(`/home/an/.config/${PRODUCT_NAME}`);
  });

  it('has no override when neither flag nor env is given', () => {
    expect(dataDirOverride({ ...base, argv: ['.'] })).toBeNull();
  });

  it('Linux: $XDG_CONFIG_HOME/Sổ Tổ Chức, else ~/.config/Sổ Tổ Chức (relative XDG ignored)', () => {
    expect(osUserDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/an')).toBe('/xdg/Sổ Tổ Chức');
    expect(osUserDataDir('linux', {}, '/home/an')).toBe('/home/an/.config/Sổ Tổ Chức');
    expect(osUserDataDir('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/an')).toBe('/home/an/.config/Sổ Tổ Chức');
  });

  it('macOS: ~/Library/Application Support/Sổ Tổ Chức', () => {
    expect(osUserDataDir('darwin', { XDG_CONFIG_HOME: '/xdg' }, '/Users/an')).toBe('/Users/an/Library/Application Support/Sổ Tổ Chức');
  });

  it('Windows: %APPDATA%\\Sổ Tổ Chức, else ~\\AppData\\Roaming\\Sổ Tổ Chức', () => {
    expect(osUserDataDir('win32', { APPDATA: 'C:\\Users\\An\\AppData\\Roaming' }, 'C:\\Users\\An')).toBe('C:\\Users\\An\\AppData\\Roaming\\Sổ Tổ Chức');
    expect(osUserDataDir('win32', {}, 'C:\\Users\\An')).toBe('C:\\Users\\An\\AppData\\Roaming\\Sổ Tổ Chức');
    expect(resolveDataDir({ argv: ['--data-dir', 'D:\\Du lieu'], env: {}, platform: 'win32', homedir: 'C:\\Users\\An', cwd: 'C:\\' })).toBe('D:\\Du lieu');
  });

  it('uses the same product name as package.json (Electron names userData after productName)', async () => {
    const { readFile } = await import('node:fs/promises');
    const pkg: unknown = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(pkg).toMatchObject({ productName: PRODUCT_NAME });
  });
});
