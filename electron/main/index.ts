/**
 * Electron main process: wiring only. Every decision lives in a small module with its inputs injected
 * (window.ts, csp.ts, protocol.ts, ipc.ts, startup-error.ts) and is unit-tested without Electron.
 * This file and electron/preload are the only places that import 'electron'.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { openCoreInWorker } from '../core/remote.ts';
import { dataDirOverride } from '../core/paths.ts';
import type { Core } from '../core/types.ts';
import { forwardJobEvents, registerIpcHandlers } from './ipc.ts';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler, privilegedSchemes } from './protocol.ts';
import { asCoreOpenFailure, startupErrorDialog } from './startup-error.ts';
import { denyAllPermissions, hardenContents, mainWindowOptions } from './window.ts';

// Both must happen before `app` is ready: at module top level, synchronously.
protocol.registerSchemesAsPrivileged(privilegedSchemes);
app.enableSandbox();

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html (inside app.asar when packaged).
const here = import.meta.dirname;
const preloadPath = path.join(here, '..', 'preload', 'index.cjs');
const rendererDir = path.join(here, '..', 'renderer');

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

function createWindow(): void {
  const win = new BrowserWindow(mainWindowOptions({ preloadPath }));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_ENTRY_URL);
}

async function showStartupError(error: unknown, dataDir: string): Promise<void> {
  const spec = startupErrorDialog(asCoreOpenFailure(error), dataDir);
  console.error(`[main] không mở được dữ liệu: ${error instanceof Error ? error.name : typeof error}`);
  const { response } = await dialog.showMessageBox(spec.options);
  if (spec.openBackupButton !== null && response === spec.openBackupButton && spec.backupFile !== null) {
    shell.showItemInFolder(spec.backupFile);
    // Give the file manager a moment to be launched before the process goes away.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
}

async function onReady(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

  const dataDir =
    dataDirOverride({ argv: process.argv, env: process.env, platform: process.platform, homedir: app.getPath('home'), cwd: process.cwd() }) ??
    app.getPath('userData');
  try {
    // The core runs in a worker thread: this thread only relays calls and job events.
    core = await openCoreInWorker({ dataDir, appVersion: app.getVersion() });
  } catch (error) {
    await showStartupError(error, dataDir);
    app.exit(2);
    return;
  }
  registerIpcHandlers(ipcMain, core);
  forwardJobEvents(core, () => mainWindow?.webContents ?? null);
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // One process owns the database file at a time.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!core) return;
    // Running jobs stop (a write job rolls back) and the file is let go before the process ends.
    event.preventDefault();
    const closing = core;
    core = null;
    void closing.close().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error(`[main] ${error instanceof Error ? error.name : typeof error}`);
      app.exit(1);
    });
}
