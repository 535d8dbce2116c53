import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../../electron/host/server.ts';
import { fakeCore } from '../../unit/electron/fakeCore.ts';

/** What a raw socket saw: the bytes, when the answer began, and whether (and when) the server closed. */
interface Seen {
  text: string;
  answeredAfterMs: number | null;
  closedAfterMs: number | null;
}

/** Sends headers announcing `declared` bytes of body, then `sent` bytes, and never the rest. */
function slowUpload(port: number, headers: string[], declared: number, sent: number, waitMs: number): Promise<Seen> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const started = Date.now();
    const seen: Seen = { text: '', answeredAfterMs: null, closedAfterMs: null };
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(seen);
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('connect', () => {
      socket.write(`POST /api/member:list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n${headers.join('\r\n')}\r\n\r\n`);
      socket.write(Buffer.alloc(sent, 0x20));
    });
    socket.on('data', (chunk: Buffer) => {
      seen.answeredAfterMs ??= Date.now() - started;
      seen.text += chunk.toString('utf8');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      seen.closedAfterMs = Date.now() - started;
      finish();
    });
  });
}

describe('browser host: a request without the token', () => {
  let dir: string;
  let host: Host;
  let core: ReturnType<typeof fakeCore>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sotochuc-host-401-'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Sổ Tổ Chức</title>');
    core = fakeCore();
    host = await startHost({ core, rendererDir: dir });
  });
  afterAll(async () => {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is answered 401 at once and the connection closed, without waiting for (or reading) a body that never ends', async () => {
    const seen = await slowUpload(host.port, [], 4 * 1024 * 1024, 1024, 3000);
    expect(seen.text).toMatch(/^HTTP\/1\.1 401 /);
    expect(seen.text).toMatch(/\r\nconnection: close\r\n/i);
    expect(seen.text).toContain('UNAUTHENTICATED');
    expect(seen.answeredAfterMs).not.toBeNull();
    expect(seen.answeredAfterMs ?? Infinity).toBeLessThan(1000);
    expect(seen.closedAfterMs).not.toBeNull();
    expect(seen.closedAfterMs ?? Infinity).toBeLessThan(1500);
    expect(core.calls).toEqual([]);
  });

  it('a wrong token is treated the same way', async () => {
    const seen = await slowUpload(host.port, [`Authorization: Bearer ${'0'.repeat(64)}`], 1_000_000, 10, 3000);
    expect(seen.text).toMatch(/^HTTP\/1\.1 401 /);
    expect(seen.closedAfterMs ?? Infinity).toBeLessThan(1500);
  });

  it('a request with the token still reads its body and is answered', async () => {
    const body = JSON.stringify({ organisationId: null });
    const seen = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port: host.port });
      let text = '';
      socket.on('connect', () => {
        socket.write(`POST /api/member:list HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: Bearer ${host.token}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
        setTimeout(() => socket.write(body), 100);
      });
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      socket.on('close', () => resolve(text));
    });
    expect(seen).toMatch(/^HTTP\/1\.1 200 /);
  });
});
