import { contract, createApi, type Api, type Input, type MethodName, type Output, type Result } from '../../../shared/contract/index.ts';
import { i18n } from '../i18n/index.ts';
import { localised } from './problems.ts';
import { takeToken } from './token.ts';
import { httpTransport, ipcTransport } from './transports.ts';

/**
 * The renderer's only way to the core. The transport is chosen once: Electron IPC when the preload
 * exposed `window.sotochuc`, otherwise HTTP to the browser host that served the page.
 */
export function createDefaultApi(win: Window = window): Api {
  if (win.sotochuc) return createApi(ipcTransport(win.sotochuc));
  const token = takeToken(win);
  return createApi(httpTransport(token, (url, init) => win.fetch(url, init)));
}

let current: Api | null = null;
let writes = 0;

/**
 * Bumped after every answered call of a method that writes, and after every job: a screen that keeps its
 * data between tab switches loads it again only when this has changed (renderer/src/stores/kept.ts).
 */
export function dataVersion(): number {
  return writes;
}

export function dataChanged(): void {
  writes++;
}

export function getApi(): Api {
  current ??= createDefaultApi();
  return current;
}

/** Replaces the api (tests inject a fake object); null goes back to the real transport on next use. */
export function setApi(api: Api | null): void {
  current = api;
}

/**
 * Calls a method; a thrown error (a bug in a transport or a fake) becomes a failed envelope. A failure
 * comes back in the interface's language (its problems rendered from the catalogue).
 */
export async function call<K extends MethodName>(method: K, input: Input<K>): Promise<Result<Output<K>>> {
  try {
    const result = await getApi()[method](input);
    if (contract[method].writes) dataChanged();
    return result.ok ? result : { ok: false, error: localised(result.error) };
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: i18n.t('errors.transport') } };
  }
}
