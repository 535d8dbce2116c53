import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, createAppProtocolHandler, privilegedSchemes } from '../../../electron/main/protocol.ts';

describe('app:// scheme', () => {
  it('is registered standard and secure, without CSP bypass or service workers', () => {
    expect(privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    const privileges = privilegedSchemes[0]?.privileges ?? {};
    expect(privileges.bypassCSP ?? false).toBe(false);
    expect(privileges.allowServiceWorkers ?? false).toBe(false);
    expect(privileges.corsEnabled ?? false).toBe(false);
    expect(APP_ENTRY_URL).toBe('app://bundle/index.html');
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let handler: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sotochuc-protocol-'));
    await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><p>trang</p>');
    await writeFile(path.join(dir, 'renderer', 'assets', 'a.js'), 'export {}');
    await writeFile(path.join(dir, 'package.json'), '{}');
    handler = createAppProtocolHandler(path.join(dir, 'renderer'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves index.html with the CSP and no caching', async () => {
    const response = await handler(new Request('app://bundle/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('trang');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves assets with their type', async () => {
    const response = await handler(new Request('app://bundle/assets/a.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses other hosts, escapes and missing files with 404', async () => {
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
    expect((await handler(new Request('app://bundle/%2e%2e/package.json'))).status).toBe(404);
    expect((await handler(new Request('app://bundle/assets/%2f..%2f..%2fpackage.json'))).status).toBe(404);
    expect((await handler(new Request('app://bundle/nope.js'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handler(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler(new Request('app://bundle/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
