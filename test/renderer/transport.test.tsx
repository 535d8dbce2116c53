import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/contract/index.ts';
import { call, createDefaultApi, setApi } from '../../renderer/src/api/client.ts';
import { takeToken, type TokenWindow } from '../../renderer/src/api/token.ts';
import { httpTransport, ipcTransport, type FetchLike } from '../../renderer/src/api/transports.ts';
import { fakeApi } from './fakeApi.ts';

function tokenWindow(href: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored ? [['sotochuc.token', stored]] : []);
  const replaced: string[] = [];
  const win: TokenWindow = {
    location: { href },
    history: { replaceState: (_data, _unused, url) => void replaced.push(String(url)) },
    sessionStorage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
  };
  return { win, storage, replaced };
}

/** A fetch stand-in answering with a fixed status and body; no HTTP happens. */
function fakeFetch(status: number, body: unknown) {
  return vi.fn<FetchLike>(async () => ({ status, json: async () => body }));
}

afterEach(() => {
  delete window.sotochuc;
  setApi(null);
});

describe('browser host token', () => {
  it('reads the token from the URL once, removes it from the address bar and keeps it for reloads', () => {
    const { win, storage, replaced } = tokenWindow('http://127.0.0.1:4123/?token=XYZ&tab=2#top');
    expect(takeToken(win)).toBe('XYZ');
    expect(replaced).toEqual(['/?tab=2#top']);
    expect(storage.get('sotochuc.token')).toBe('XYZ');
  });

  it('falls back to sessionStorage after a reload', () => {
    const { win, replaced } = tokenWindow('http://127.0.0.1:4123/', 'SAVED');
    expect(takeToken(win)).toBe('SAVED');
    expect(replaced).toEqual([]);
  });
});

describe('http transport', () => {
  it('POSTs the input as JSON to /api/<method> with the bearer token and returns the envelope', async () => {
    const fetch = fakeFetch(200, { ok: true, value: { rows: [], total: 0, totalIsLowerBound: false } });
    const result = await httpTransport('XYZ', fetch)('member:list', { q: 'nguyen' });
    expect(result).toEqual({ ok: true, value: { rows: [], total: 0, totalIsLowerBound: false } });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/member:list');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer XYZ', 'Content-Type': 'application/json' });
    expect(init?.body).toBe(JSON.stringify({ q: 'nguyen' }));
  });

  it('passes a failed envelope through, Vietnamese message and fields intact', async () => {
    const body = { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Phiên làm việc không hợp lệ.' } };
    expect(await httpTransport('bad', fakeFetch(401, body))('system:info', {})).toEqual(body);
  });

  it('turns a network failure or a body that is not an envelope into a Vietnamese INTERNAL error', async () => {
    const down = vi.fn<FetchLike>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const r1 = await httpTransport('XYZ', down)('system:info', {});
    expect(r1).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Không kết nối được với phần lõi của ứng dụng. Vui lòng thử lại.' } });
    const r2 = await httpTransport('XYZ', fakeFetch(502, '<html>Bad gateway</html>'))('system:info', {});
    expect(r2).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Phần lõi của ứng dụng trả lời không hợp lệ (mã 502).' } });
  });
});

describe('transport choice', () => {
  it('uses the preload bridge when window.sotochuc exists, never fetch', async () => {
    const bridge = { call: vi.fn(async () => ok({ file: 'a.db', bytes: 1 })) };
    window.sotochuc = bridge;
    const fetch = vi.spyOn(window, 'fetch');
    const api = createDefaultApi(window);
    expect(await api['system:backup']({})).toEqual({ ok: true, value: { file: 'a.db', bytes: 1 } });
    expect(bridge.call).toHaveBeenCalledWith('system:backup', {});
    expect(fetch).not.toHaveBeenCalled();
    fetch.mockRestore();
  });

  it('uses HTTP with the page token otherwise', async () => {
    window.history.replaceState(null, '', '/?token=T0K');
    const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(new Response(JSON.stringify({ ok: true, value: [] })));
    const api = createDefaultApi(window);
    expect(window.location.search).toBe('');
    expect(await api['organisation:children']({ parentId: null })).toEqual({ ok: true, value: [] });
    expect(fetch).toHaveBeenCalledWith('/api/organisation:children', expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ Authorization: 'Bearer T0K' }) }));
    fetch.mockRestore();
  });

  it('IPC: a rejected bridge call becomes a failed envelope', async () => {
    const transport = ipcTransport({ call: async () => Promise.reject(new Error('channel closed')) });
    expect(await transport('system:info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('call() turns an api that throws into a failed envelope instead of crashing', async () => {
    const api = fakeApi({
      'system:info': async () => {
        throw new Error('boom');
      },
    });
    setApi(api);
    expect(await call('system:info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
