import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../../electron/host/server.ts';
import { fakeCore } from '../../unit/electron/fakeCore.ts';

/** The real HTTP host on 127.0.0.1, port 0, with a fake core. Traffic goes to loopback only. */

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP/1.1 request over a socket, so paths and headers are sent exactly as written (no normalisation). */
function rawRequest(port: number, lines: string[], body = '', host = '127.0.0.1'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('timeout')));
    socket.on('connect', () => {
      socket.write(`${lines.join('\r\n')}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = text.slice(0, split).split('\r\n');
      const status = Number(head[0]?.split(' ')[1]);
      const headers: http.IncomingHttpHeaders = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status, headers, body: text.slice(split + 4) });
    });
  });
}

describe('browser host', () => {
  let dir: string;
  let rendererDir: string;
  let host: Host;
  let core: ReturnType<typeof fakeCore>;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sotochuc-host-'));
    rendererDir = path.join(dir, 'renderer');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Sổ Tổ Chức</title>');
    await writeFile(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log("app")');
    await writeFile(path.join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
    await writeFile(path.join(dir, 'package.json'), '{"secret":true}');
    core = fakeCore();
    host = await startHost({ core, rendererDir });
    base = `http://127.0.0.1:${host.port}`;
  });

  afterAll(async () => {
    await host?.close();
    await rm(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    core.calls.length = 0;
  });

  const api = (method: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
      body,
    });

  it('listens on 127.0.0.1 on a random port with a 64-hex-character token', () => {
    expect(host.address).toBe('127.0.0.1');
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
    expect(host.launchUrl).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
  });

  it('gives each launch a new token', async () => {
    const other = await startHost({ core: fakeCore(), rendererDir });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.port).not.toBe(host.port);
    } finally {
      await other.close();
    }
  });

  it('binds only 127.0.0.1: other loopback addresses are refused', async () => {
    const connect = (address: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect({ host: address, port: host.port });
        socket.setTimeout(3_000, () => {
          socket.destroy();
          resolve('timeout');
        });
        socket.on('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
    expect(await connect('127.0.0.1')).toBe('connected');
    // A server bound to 0.0.0.0 would answer on 127.0.0.2 too (Linux routes all of 127/8 to lo).
    if (process.platform === 'linux') expect(await connect('127.0.0.2')).not.toBe('connected');
    expect(await connect('::1')).not.toBe('connected');
  });

  describe('api', () => {
    it('refuses a missing token with 401 UNAUTHENTICATED in Vietnamese, without dispatching', async () => {
      const response = await fetch(`${base}/api/system:info`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(body.error.message).toMatch(/[ăâđêôơư]/);
      expect(core.calls).toHaveLength(0);
    });

    it('refuses a wrong token, a token of another length, and a non-Bearer scheme', async () => {
      for (const authorization of [`Bearer ${'0'.repeat(64)}`, `Bearer ${host.token}0`, `Bearer ${host.token.slice(0, 10)}`, `Basic ${host.token}`, host.token]) {
        const response = await api('system:info', '{}', { Authorization: authorization });
        expect(response.status, authorization.slice(0, 12)).toBe(401);
        expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      }
      expect(core.calls).toHaveLength(0);
    });

    it('does not accept the token in the query string', async () => {
      const response = await fetch(`${base}/api/system:info?token=${host.token}`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(401);
    });

    it('dispatches a good call with the method, the body and the http context', async () => {
      const response = await api('member:get', JSON.stringify({ id: 42, note: 'Nguyễn Thị Ánh' }));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ ok: true, value: { method: 'member:get', input: { id: 42, note: 'Nguyễn Thị Ánh' } } });
      expect(core.calls).toEqual([{ method: 'member:get', input: { id: 42, note: 'Nguyễn Thị Ánh' }, ctx: { user: { id: 1, username: 'admin', role: 'admin' }, via: 'http' } }]);
    });

    it('passes the core envelope through, failures included', async () => {
      const response = await api('system:nope', '{}');
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      expect(core.calls.map((call) => call.method)).toEqual(['system:nope']);
    });

    it('treats an empty body as {}', async () => {
      const response = await api('system:info', '');
      expect(await response.json()).toEqual({ ok: true, value: { method: 'system:info', input: {} } });
    });

    it('answers bad JSON with 400 BAD_INPUT without dispatching', async () => {
      const response = await api('member:create', '{"name": "Ánh",');
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' } });
      expect(core.calls).toHaveLength(0);
    });

    it('refuses bodies over the size limit with 413', async () => {
      const small = await startHost({ core, rendererDir, maxBodyBytes: 1024 });
      try {
        const response = await fetch(`http://127.0.0.1:${small.port}/api/member:create`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${small.token}` },
          body: JSON.stringify({ text: 'x'.repeat(4096) }),
        });
        expect(response.status).toBe(413);
        expect(await response.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
        expect(core.calls).toHaveLength(0);
      } finally {
        await small.close();
      }
    });

    it('refuses methods other than POST on /api', async () => {
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const response = await fetch(`${base}/api/system:info`, { method, headers: { Authorization: `Bearer ${host.token}` } });
        expect(response.status, method).toBe(405);
        expect(response.headers.get('allow')).toBe('POST');
      }
      expect(core.calls).toHaveLength(0);
    });

    it('turns a throwing dispatch into 500 INTERNAL without leaking its text', async () => {
      const throwing = await startHost({
        core: fakeCore(() => {
          throw new Error('SQLITE_CONSTRAINT 001234567890');
        }),
        rendererDir,
      });
      try {
        const response = await fetch(`http://127.0.0.1:${throwing.port}/api/system:info`, { method: 'POST', headers: { Authorization: `Bearer ${throwing.token}` }, body: '{}' });
        expect(response.status).toBe(500);
        const text = await response.text();
        expect(JSON.parse(text)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
        expect(text).not.toContain('001234567890');
      } finally {
        await throwing.close();
      }
    });
  });

  describe('Host header (DNS rebinding)', () => {
    it('accepts 127.0.0.1:PORT and localhost:PORT', async () => {
      for (const hostHeader of [`127.0.0.1:${host.port}`, `localhost:${host.port}`]) {
        const response = await rawRequest(host.port, ['GET / HTTP/1.1', `Host: ${hostHeader}`]);
        expect(response.status, hostHeader).toBe(200);
      }
    });

    it('refuses other names, other ports and a missing Host, for pages and for the api', async () => {
      for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `localhost.evil.example:${host.port}`, '127.0.0.1']) {
        const page = await rawRequest(host.port, ['GET / HTTP/1.1', `Host: ${hostHeader}`]);
        expect(page.status, hostHeader).toBe(421);
        expect(page.body).not.toContain('<title>');
        const call = await rawRequest(host.port, [`POST /api/system:info HTTP/1.1`, `Host: ${hostHeader}`, `Authorization: Bearer ${host.token}`, 'Content-Type: application/json'], '{}');
        expect(call.status, hostHeader).toBe(421);
      }
      const noHost = await rawRequest(host.port, ['GET / HTTP/1.0']);
      expect(noHost.status).not.toBe(200);
      expect(core.calls).toHaveLength(0);
    });
  });

  describe('static files', () => {
    it('serves index.html for / with security headers and no caching', async () => {
      const response = await fetch(`${base}/?token=${host.token}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Sổ Tổ Chức</title>');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    });

    it('serves assets with their content types', async () => {
      const js = await fetch(`${base}/assets/index-abc.js`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(js.headers.get('cache-control')).toContain('immutable');
      const css = await fetch(`${base}/assets/index-abc.css`);
      expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    });

    it('answers 404 for missing files and folders', async () => {
      expect((await fetch(`${base}/missing.js`)).status).toBe(404);
      expect((await fetch(`${base}/assets`)).status).toBe(404);
      expect((await fetch(`${base}/assets/`)).status).toBe(404);
    });

    it('refuses path escapes sent verbatim', async () => {
      for (const target of [
        '/../package.json',
        '/%2e%2e/package.json',
        '/%2E%2E/package.json',
        '/assets/../../package.json',
        '/assets/%2e%2e/%2e%2e/package.json',
        '/..%2fpackage.json',
        '/%2e%2e%2fpackage.json',
        '/..%5cpackage.json',
        '/..\\package.json',
        `/${encodeURIComponent(path.join(dir, 'package.json'))}`,
        `/${path.join(dir, 'package.json')}`,
        `//${path.join(dir, 'package.json')}`,
      ]) {
        const response = await rawRequest(host.port, [`GET ${target} HTTP/1.1`, `Host: 127.0.0.1:${host.port}`]);
        expect([403, 404], target).toContain(response.status);
        expect(response.body, target).not.toContain('secret');
      }
    });

    it('refuses writes to static paths', async () => {
      const response = await fetch(`${base}/index.html`, { method: 'POST', body: 'x' });
      expect(response.status).toBe(405);
    });
  });

  it('closes: the port stops answering', async () => {
    const temporary = await startHost({ core: fakeCore(), rendererDir });
    await temporary.close();
    await expect(fetch(`http://127.0.0.1:${temporary.port}/`)).rejects.toThrow();
  });
});
