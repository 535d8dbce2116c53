import type { BrowserWindowConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../core/paths.ts';
import { APP_HOST, APP_SCHEME } from './protocol.ts';

/**
 * Window options and web-contents hardening. Only types come from 'electron' (erased at run time),
 * so tests call these with small fakes.
 */

export interface MainWindowInputs {
  /** Absolute path of the built preload, out/preload/index.cjs (a sandboxed preload must be CommonJS). */
  preloadPath: string;
  /** Absolute path of the window icon, when there is one. */
  iconPath?: string;
}

export function mainWindowOptions(inputs: MainWindowInputs): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    ...(inputs.iconPath ? { icon: inputs.iconPath } : {}),
    webPreferences: {
      preload: inputs.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: true,
      safeDialogs: true,
    },
  };
}

/** True only for URLs of the app's own origin, app://bundle/…; compared by protocol and host (the origin of a non-special URL is 'null'). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents that hardening touches. */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Navigation away from app://bundle is refused (a link or a script cannot take the window to the web
 * or to file://); window.open and target=_blank are denied; <webview> is refused.
 */
export function hardenContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The part of Electron's Session that the permission lock touches. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/**
 * Every permission request (camera, notifications, geolocation, clipboard read, …) and every
 * permission check is denied: a records app needs none of them. Note that this also denies
 * `navigator.clipboard.writeText` (permission 'clipboard-sanitized-write'); copying with the
 * keyboard or the context menu still works.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
