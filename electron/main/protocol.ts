import type { CustomScheme } from 'electron';
import { loadStaticFile, resolveAppPath } from '../host/staticFiles.ts';

/**
 * The renderer is served from `app://bundle/…` instead of file://: a standard, secure origin of its
 * own, so CSP 'self', relative URLs and storage behave as on the web, and the file:// fuse can stay off.
 * Pure parts only here; index.ts calls `protocol.registerSchemesAsPrivileged(privilegedSchemes)` at
 * module top level (before `app` is ready, as Electron requires) and `protocol.handle` once ready.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export const privilegedSchemes: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    // No bypassCSP, no service workers, no CORS: the app only loads its own files.
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
];

export { resolveAppPath };

/** The `protocol.handle('app', …)` handler: GET/HEAD of files under rendererDir on host `bundle`; 404 for anything else. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    const found = await loadStaticFile(rendererDir, request.url);
    if (!found) return notFound();
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(found.body), { status: 200, headers: found.headers });
  };
}

function notFound(): Response {
  return new Response('Không tìm thấy', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
