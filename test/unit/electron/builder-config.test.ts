import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Packaging downloads Electron and cannot run here, so the electron-builder config is checked as data:
 * against electron-builder's own schema, and for every setting the architecture requires.
 */
const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
// js-yaml is electron-builder's own YAML parser (it reads electron-builder.yml with it).
const yaml: { load(text: string): unknown } = require('js-yaml');

function readConfig(): Record<string, unknown> {
  const loaded = yaml.load(readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8'));
  if (typeof loaded !== 'object' || loaded === null || Array.isArray(loaded)) throw new Error('electron-builder.yml is not a mapping');
  return loaded as Record<string, unknown>;
}

const config = readConfig();
const section = (name: string): Record<string, unknown> => (config[name] ?? {}) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config['appId']).toBe('vn.sotochuc.app');
    expect(config['productName']).toBe('Sổ Tổ Chức');
    expect(config['productName']).toBe(pkg['productName']);
    expect(section('directories')).toEqual({ output: 'dist', buildResources: 'build' });
  });

  it('packs only the build output and package.json', () => {
    const files = config['files'] as string[];
    const included = files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'package.json']);
    for (const pattern of included) expect(pattern).not.toMatch(/^(electron|shared|db|renderer|test)\//);
    expect(files).toContain('!out/**/*.map');
  });

  it('never rebuilds better-sqlite3 and unpacks native modules from the asar', () => {
    expect(config['npmRebuild']).toBe(false);
    expect(config['nodeGypRebuild']).toBe(false);
    expect(config['asar']).not.toBe(false);
    expect(config['asarUnpack']).toEqual(['**/*.node']);
  });

  it('flips the security fuses', () => {
    expect(section('electronFuses')).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds an assisted, per-user, Vietnamese NSIS installer for Windows x64', () => {
    expect(section('win')['target']).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(section('nsis')).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['vi_VN'],
      language: '1066',
    });
  });

  it('builds AppImage and deb for Linux, in Office, with a maintainer', () => {
    const linux = section('linux');
    expect((linux['target'] as { target: string }[]).map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    expect(linux['category']).toBe('Office');
    expect(linux['maintainer']).toMatch(/^.+ <[^<>\s]+@[^<>\s]+>$/);
  });

  it('publishes nothing (no update server, no network)', () => {
    expect(config['publish']).toBeNull();
  });
});

describe('package.json and the build output', () => {
  it('main points at the built main file, and electron-vite emits it there', async () => {
    expect(pkg['main']).toBe('out/main/index.js');
    const { default: viteConfig } = (await import('../../../electron.vite.config.ts')) as {
      default: { main: { build: { outDir: string; lib: { fileName: () => string; formats: string[] } } } };
    };
    const mainBuild = viteConfig.main.build;
    expect(path.relative(projectRoot, path.join(mainBuild.outDir, mainBuild.lib.fileName()))).toBe(path.normalize('out/main/index.js'));
    expect(mainBuild.lib.formats).toEqual(['es']);
    expect(pkg['type']).toBe('module');
  });

  it('the preload is emitted as out/preload/index.cjs in CommonJS, with nothing external', async () => {
    const { default: viteConfig } = (await import('../../../electron.vite.config.ts')) as {
      default: {
        preload: {
          define: Record<string, string>;
          build: { outDir: string; externalizeDeps: boolean; rolldownOptions: { output: { format: string; entryFileNames: string } } };
        };
      };
    };
    const { methodNames } = await import('../../../shared/contract/index.ts');
    const preload = viteConfig.preload;
    expect(path.relative(projectRoot, preload.build.outDir)).toBe(path.normalize('out/preload'));
    expect(preload.build.rolldownOptions.output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(preload.build.externalizeDeps).toBe(false);
    expect(JSON.parse(preload.define['__SOTOCHUC_METHOD_NAMES__']!)).toEqual(methodNames);
  });
});
