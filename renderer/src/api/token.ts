/**
 * The browser host's per-launch secret: given once in the page URL (?token=…), then kept in memory,
 * with sessionStorage as a fallback so a reload of the same tab still works.
 */

const STORAGE_KEY = 'sotochuc.token';

/** The parts of `window` the token reader touches (a fake in tests). */
export interface TokenWindow {
  location: { href: string };
  history: { replaceState(data: unknown, unused: string, url?: string | URL | null): void };
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

function safeGet(storage: TokenWindow['sessionStorage']): string | null {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function safeSet(storage: TokenWindow['sessionStorage'], token: string): void {
  try {
    storage.setItem(STORAGE_KEY, token);
  } catch {
    // No storage: the token then lives in memory only and a reload needs the launcher's URL again.
  }
}

/** Reads the token from the URL (and removes it from the address bar) or from sessionStorage. */
export function takeToken(win: TokenWindow): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    safeSet(win.sessionStorage, fromUrl);
    url.searchParams.delete('token');
    win.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return safeGet(win.sessionStorage);
}
