import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, contentTypeFor, loadStaticFile, resolveAppPath } from '../../../electron/host/staticFiles.ts';

const root = path.resolve('/srv/app/renderer');

describe('resolveAppPath', () => {
  it('maps / and app://bundle/ to index.html', () => {
    expect(resolveAppPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, '')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://bundle/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://bundle')).toBe(path.join(root, 'index.html'));
  });

  it('maps nested files, ignoring query and fragment, decoding percent-escapes', () => {
    expect(resolveAppPath(root, 'app://bundle/assets/index-abc.js?v=1#x')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, '/assets/ph%C3%B4ng%20ch%E1%BB%AF.woff2')).toBe(path.join(root, 'assets', 'phông chữ.woff2'));
  });

  it.each([
    ['/../package.json'],
    ['/assets/../../package.json'],
    ['/%2e%2e/package.json'],
    ['/%2E%2E/package.json'],
    ['/.%2e/package.json'],
    ['/%2e%2e%2fpackage.json'],
    ['/assets/%2f..%2fpackage.json'],
    ['/..%5cpackage.json'],
    ['/assets\\..\\package.json'],
    ['/./index.html'],
    ['//etc/passwd'],
    ['/assets//x.js'],
    ['/%2fetc%2fpasswd'],
    ['/C:/Windows/win.ini'],
    ['/C%3A%5CWindows%5Cwin.ini'],
    ['/index.html%00.png'],
    ['/%E0%A4%A'],
    ['/..%20/package.json'],
    ['/.../package.json'],
    ['/assets/'],
    ['relative/path.js'],
    ['app://bundle/../package.json'],
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('contentTypeFor / cacheControlFor', () => {
  it('knows the types of a Vite build', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });

  it('never caches html, caches hashed assets for good', () => {
    expect(cacheControlFor(root, path.join(root, 'index.html'))).toBe('no-store');
    expect(cacheControlFor(root, path.join(root, 'assets', 'index-abc.js'))).toContain('immutable');
    expect(cacheControlFor(root, path.join(root, 'favicon.ico'))).toBe('no-cache');
  });
});

describe('loadStaticFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sotochuc-static-'));
    await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(path.join(dir, 'renderer', 'assets', 'a.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'secret');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads files with their headers', async () => {
    const found = await loadStaticFile(path.join(dir, 'renderer'), '/');
    expect(found?.body.toString()).toContain('<title>x</title>');
    expect(found?.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(found?.headers['Cache-Control']).toBe('no-store');
    expect(found?.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(found?.headers['Content-Security-Policy']).toContain("default-src 'self'");
  });

  it('returns null for folders, missing files and files outside the root', async () => {
    const rendererDir = path.join(dir, 'renderer');
    expect(await loadStaticFile(rendererDir, '/assets')).toBeNull();
    expect(await loadStaticFile(rendererDir, '/missing.js')).toBeNull();
    expect(await loadStaticFile(rendererDir, '/../secret.txt')).toBeNull();
    expect(await loadStaticFile(rendererDir, '/%2e%2e/secret.txt')).toBeNull();
  });
});
