import { describe, expect, it } from 'vitest';
import { denyAllPermissions, hardenContents, isAppUrl, mainWindowOptions, type HardenableContents } from '../../../electron/main/window.ts';

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the renderer and loads the CommonJS preload', () => {
    const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs' });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options.webPreferences?.preload).toMatch(/\.cjs$/);
    expect(options.title).toBe('Sổ Tổ Chức');
  });
});

describe('isAppUrl', () => {
  it('accepts app://bundle only, by protocol and host', () => {
    expect(new URL('app://bundle/x').origin).toBe('null');
    expect(isAppUrl('app://bundle/index.html')).toBe(true);
    expect(isAppUrl('app://bundle/#/members')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://bundle.evil.com/')).toBe(false);
    expect(isAppUrl('app://user@bundle/')).toBe(false);
    expect(isAppUrl('https://bundle/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: HardenableContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  const fire = (event: string, url = ''): boolean => {
    let prevented = false;
    listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenContents', () => {
  it('refuses navigation and redirects away from app://bundle', () => {
    const fake = fakeContents();
    hardenContents(fake.contents);
    expect(fake.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///C:/Windows/')).toBe(true);
    expect(fake.fire('will-navigate', 'app://other/')).toBe(true);
    expect(fake.fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'app://bundle/index.html')).toBe(false);
  });

  it('denies window.open and webviews', () => {
    const fake = fakeContents();
    hardenContents(fake.contents);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.open('app://bundle/index.html')).toEqual({ action: 'deny' });
    expect(fake.fire('will-attach-webview')).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('answers every request and check with no', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    let check: ((contents: unknown, permission: string) => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = [];
      request!(null, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(check!(null, permission)).toBe(false);
    }
  });
});
