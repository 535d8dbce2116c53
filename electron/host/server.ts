import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fail, type Result } from '../../shared/contract/index.ts';
import type { Core } from '../core/types.ts';
import { securityHeaders } from '../main/csp.ts';
import { loadStaticFile } from './staticFiles.ts';

/**
 * The browser host: the core behind a small HTTP server on 127.0.0.1, serving the same renderer build.
 *
 * - Bound to 127.0.0.1 only; the Host header must be 127.0.0.1:PORT or localhost:PORT (DNS rebinding).
 * - `POST /api/<method>` with a JSON body and `Authorization: Bearer <token>` (a random per-launch
 *   token) → `core.dispatch(method, body, core.defaultContext('http'))` → the Result envelope as JSON,
 *   status 200 whenever the core answered (the envelope says ok or not). Transport-level refusals carry
 *   an envelope too: 401 UNAUTHENTICATED, 400 BAD_INPUT (bad JSON), 413 (too large), 405 (not POST).
 * - Everything else is a static file of the renderer build (GET/HEAD), `/` → index.html.
 * - Request bodies are never logged.
 */

export const HOST_ADDRESS = '127.0.0.1';
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export const messages = {
  unauthenticated: 'Phiên làm việc không hợp lệ. Hãy mở ứng dụng bằng đường dẫn có mã truy cập được in ra khi khởi động.',
  badJson: 'Dữ liệu gửi lên không phải JSON hợp lệ.',
  tooLarge: 'Dữ liệu gửi lên quá lớn.',
  postOnly: 'Chỉ chấp nhận phương thức POST cho giao diện lập trình.',
  badHost: 'Địa chỉ truy cập không hợp lệ.',
  notFound: 'Không tìm thấy.',
  internal: 'Đã xảy ra lỗi không mong đợi. Vui lòng thử lại hoặc liên hệ quản trị viên.',
} as const;

export interface HostOptions {
  core: Core;
  /** The built renderer, normally out/renderer. */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Per-launch secret; generated (32 random bytes, hex) when omitted. At least 32 characters. */
  token?: string;
  maxBodyBytes?: number;
}

export interface Host {
  /** http://127.0.0.1:PORT/ (without the token). */
  url: string;
  /** The URL to open in a browser: url + ?token=… */
  launchUrl: string;
  address: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export function generateToken(): string {
  return randomBytes(32).toString('hex');
}

/** Constant-time comparison of the `Authorization: Bearer …` value with the token (hashed first, so lengths never leak). */
export function isAuthorized(header: string | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return false;
  const given = createHash('sha256').update(match[1], 'utf8').digest();
  const expected = createHash('sha256').update(token, 'utf8').digest();
  return timingSafeEqual(given, expected);
}

/** The Host header must name this server by loopback address or localhost and the actual port. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (typeof hostHeader !== 'string') return false;
  const host = hostHeader.trim().toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      reject(error);
    });
  });
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

/** The request target's path, still percent-encoded, without query or fragment. */
function rawPath(url: string | undefined): string {
  const target = url ?? '/';
  const cut = target.search(/[?#]/);
  return cut >= 0 ? target.slice(0, cut) : target;
}

async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, options: Required<Pick<HostOptions, 'core' | 'maxBodyBytes'>> & { token: string }): Promise<void> {
  if (!isAuthorized(req.headers.authorization, options.token)) {
    // Answered and closed at once: the body of a caller without the token is never read (it could be
    // endless). With Connection: close, Node ends the socket once the answer is written.
    sendJson(res, 401, fail('UNAUTHENTICATED', messages.unauthenticated), { 'WWW-Authenticate': 'Bearer', Connection: 'close' });
    return;
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, fail('BAD_INPUT', messages.postOnly), { Allow: 'POST' });
    req.resume();
    return;
  }
  let method: string;
  try {
    method = decodeURIComponent(path.slice('/api/'.length));
  } catch {
    sendJson(res, 400, fail('UNKNOWN_METHOD', `Không có phương thức này.`));
    req.resume();
    return;
  }

  let raw: Buffer;
  try {
    raw = await readBody(req, options.maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      // Connection: close makes Node end the socket once the answer is written; the rest is not read.
      sendJson(res, 413, fail('BAD_INPUT', messages.tooLarge), { Connection: 'close' });
      return;
    }
    sendJson(res, 400, fail('BAD_INPUT', messages.badJson));
    return;
  }

  let input: unknown = {};
  const text = raw.toString('utf8');
  if (text.trim() !== '') {
    try {
      input = JSON.parse(text);
    } catch {
      sendJson(res, 400, fail('BAD_INPUT', messages.badJson));
      return;
    }
  }

  const { core } = options;
  let result: Result<unknown>;
  try {
    result = await core.dispatch(method, input, core.defaultContext('http'));
  } catch (error) {
    // The handler layer turns failures into envelopes; reaching here is a bug. Log no data.
    console.error(`[host] ${method}: dispatch threw ${error instanceof Error ? error.name : typeof error}`);
    sendJson(res, 500, fail('INTERNAL', messages.internal));
    return;
  }
  sendJson(res, 200, result);
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, messages.notFound, { Allow: 'GET, HEAD' });
    req.resume();
    return;
  }
  const found = await loadStaticFile(rendererDir, rawPath(req.url));
  if (!found) {
    sendText(res, 404, messages.notFound);
    return;
  }
  res.writeHead(200, { ...found.headers, 'Content-Length': String(found.body.length) });
  res.end(req.method === 'HEAD' ? undefined : found.body);
}

export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? generateToken();
  if (token.length < 32) throw new Error('Mã truy cập phải dài ít nhất 32 ký tự.');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { core, rendererDir } = options;
  let port = 0;

  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, port)) {
      sendText(res, 421, messages.badHost);
      req.resume();
      return;
    }
    const path = rawPath(req.url);
    const work = path === '/api' || path.startsWith('/api/') ? handleApi(req, res, path, { core, maxBodyBytes, token }) : handleStatic(req, res, rendererDir);
    work.catch((error: unknown) => {
      console.error(`[host] ${error instanceof Error ? error.name : typeof error}`);
      if (!res.headersSent) sendText(res, 500, messages.internal);
      else res.destroy();
    });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: HOST_ADDRESS, port: options.port ?? 0, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Không xác định được cổng của máy chủ.');
  port = address.port;
  const url = `http://${HOST_ADDRESS}:${port}/`;

  let closing: Promise<void> | null = null;
  return {
    url,
    launchUrl: `${url}?token=${token}`,
    address: HOST_ADDRESS,
    port,
    token,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
