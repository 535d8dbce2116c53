import type { MethodName, Result, Transport } from '../../../shared/contract/index.ts';
import { i18n } from '../i18n/index.ts';
import { isResult, type SotochucBridge } from './bridge.ts';

function transportFailure(): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message: i18n.t('errors.transport') } };
}

function badResponse(status: number): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message: i18n.t('errors.badResponse', { status }) } };
}

/** Electron: the preload's contextBridge function. */
export function ipcTransport(bridge: SotochucBridge): Transport {
  return async (method: MethodName, input: unknown) => {
    try {
      const result: unknown = await bridge.call(method, input);
      return isResult(result) ? result : badResponse(0);
    } catch {
      return transportFailure();
    }
  };
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'json'>>;

/** Browser host: POST /api/<method>, JSON body, bearer token; the body of every answer is the envelope. */
export function httpTransport(token: string | null, fetchImpl: FetchLike): Transport {
  return async (method: MethodName, input: unknown) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Pick<Response, 'status' | 'json'>;
    try {
      response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
    } catch {
      return transportFailure();
    }
    try {
      const body: unknown = await response.json();
      return isResult(body) ? body : badResponse(response.status);
    } catch {
      return badResponse(response.status);
    }
  };
}
