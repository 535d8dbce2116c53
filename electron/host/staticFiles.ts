import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { securityHeaders } from '../main/csp.ts';

/**
 * Serving the built renderer (out/renderer) safely: one implementation for the Electron `app://`
 * protocol handler and for the browser host. No 'electron' import.
 */

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request URL (`app://bundle/assets/x.js`, `/assets/x.js?v=1`) to a file inside `root`, or null
 * when the path must be refused. `/` (or an empty path) means `/index.html`. Works on the raw,
 * still-encoded path (an HTTP request target is not normalised by anyone before us) and refuses,
 * rather than normalises: `.` and `..` segments (also percent-encoded, `%2e%2e`), encoded or raw
 * slashes and backslashes inside a segment, empty segments (`//`), NUL, `:` (drive letters, NTFS
 * streams), malformed percent-encoding, and anything whose resolved file is not strictly inside root.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let rest = url;
  const origin = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/.exec(rest);
  if (origin) rest = rest.slice(origin[0].length);
  const cut = rest.search(/[?#]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  if (rest === '' || rest === '/') rest = '/index.html';
  if (!rest.startsWith('/')) return null;
  if (rest.includes('\\')) return null;

  const segments: string[] = [];
  for (const raw of rest.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (/[/\\:\0]/.test(segment)) return null;
    // Windows ignores trailing dots and spaces: `..%20` or `...` would still mean the parent there.
    if (/^\.+[ .]*$/.test(segment) || /[ .]$/.test(segment)) return null;
    segments.push(segment);
  }

  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  const relative = path.relative(base, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

export interface StaticFile {
  file: string;
  body: Buffer;
  contentType: string;
  headers: Record<string, string>;
}

/** Cache policy: index.html never cached (it names the hashed bundles); hashed assets forever; the rest revalidated. */
export function cacheControlFor(root: string, file: string): string {
  const relative = path.relative(path.resolve(root), file).split(path.sep).join('/');
  if (relative.endsWith('.html')) return 'no-store';
  if (relative.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** Reads the file a request URL names inside root, with its headers; null when refused or not a regular file. */
export async function loadStaticFile(root: string, url: string): Promise<StaticFile | null> {
  const file = resolveAppPath(root, url);
  if (file === null) return null;
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    const body = await readFile(file);
    const contentType = contentTypeFor(file);
    return {
      file,
      body,
      contentType,
      headers: { ...securityHeaders(), 'Content-Type': contentType, 'Cache-Control': cacheControlFor(root, file) },
    };
  } catch {
    return null;
  }
}
