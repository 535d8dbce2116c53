import { describe, expect, it } from 'vitest';
import { browserCommand, parseHostArgs, shouldOpenBrowser } from '../../../electron/host/options.ts';
import { isAllowedHost, isAuthorized } from '../../../electron/host/server.ts';

describe('parseHostArgs', () => {
  it('defaults to a free port and opening the browser', () => {
    expect(parseHostArgs([])).toEqual({ ok: true, help: false, port: 0, open: true, now: null });
  });

  it('reads --port, --no-open and accepts --data-dir', () => {
    expect(parseHostArgs(['--port', '8123', '--no-open', '--data-dir', '/d'])).toEqual({ ok: true, help: false, port: 8123, open: false, now: null });
    expect(parseHostArgs(['--port=0'])).toMatchObject({ ok: true, port: 0 });
  });

  it('refuses bad ports and unknown flags in Vietnamese', () => {
    expect(parseHostArgs(['--port', '70000'])).toMatchObject({ ok: false, message: expect.stringContaining('Cổng không hợp lệ') });
    expect(parseHostArgs(['--port', 'abc'])).toMatchObject({ ok: false });
    expect(parseHostArgs(['--port', '-1'])).toMatchObject({ ok: false });
    expect(parseHostArgs(['--lan'])).toMatchObject({ ok: false, message: expect.stringContaining('Tham số không hợp lệ') });
    expect(parseHostArgs(['extra'])).toMatchObject({ ok: false });
  });
});

describe('--now (tests only)', () => {
  const allowed = { SOTOCHUC_ALLOW_NOW: '1' };
  it('pins the clock at an instant or at noon of a day, when the environment allows it', () => {
    expect(parseHostArgs(['--now', '2026-11-20T03:00:00Z'], allowed)).toMatchObject({ ok: true, now: new Date('2026-11-20T03:00:00Z') });
    expect(parseHostArgs(['--now=2026-11-20T10:00+07:00'], allowed)).toMatchObject({ ok: true, now: new Date('2026-11-20T03:00:00Z') });
    expect(parseHostArgs(['--now', '2026-11-20'], allowed)).toMatchObject({ ok: true, now: new Date(2026, 10, 20, 12) });
  });

  it('is refused without SOTOCHUC_ALLOW_NOW=1, so a clerk cannot start on a wrong date, and refuses a bad date', () => {
    expect(parseHostArgs(['--now', '2026-11-20'])).toMatchObject({ ok: false, message: expect.stringContaining('chỉ dùng khi kiểm thử') });
    expect(parseHostArgs(['--now', '2026-11-20'], { SOTOCHUC_ALLOW_NOW: 'yes' })).toMatchObject({ ok: false });
    for (const bad of ['2026-02-30', '20/11/2026', '2026-11-20T03:00:00', 'tomorrow']) {
      expect(parseHostArgs(['--now', bad], allowed), bad).toMatchObject({ ok: false, message: expect.stringContaining('--now không hợp lệ') });
    }
  });
});

describe('shouldOpenBrowser / browserCommand', () => {
  it('does not open under CI or with --no-open', () => {
    expect(shouldOpenBrowser(true, {})).toBe(true);
    expect(shouldOpenBrowser(true, { CI: 'true' })).toBe(false);
    expect(shouldOpenBrowser(true, { CI: '1' })).toBe(false);
    expect(shouldOpenBrowser(true, { CI: 'false' })).toBe(true);
    expect(shouldOpenBrowser(false, {})).toBe(false);
  });

  it('uses the platform opener', () => {
    const url = 'http://127.0.0.1:1/?token=ab';
    expect(browserCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(browserCommand('win32', url)).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] });
  });
});

describe('isAuthorized / isAllowedHost', () => {
  const token = 'a'.repeat(64);
  it('needs the exact bearer token', () => {
    expect(isAuthorized(`Bearer ${token}`, token)).toBe(true);
    expect(isAuthorized(`bearer ${token}`, token)).toBe(true);
    expect(isAuthorized(`Bearer ${token}x`, token)).toBe(false);
    expect(isAuthorized(`Bearer ${token.slice(1)}`, token)).toBe(false);
    expect(isAuthorized(token, token)).toBe(false);
    expect(isAuthorized(`Basic ${token}`, token)).toBe(false);
    expect(isAuthorized('Bearer ', token)).toBe(false);
    expect(isAuthorized(undefined, token)).toBe(false);
  });

  it('accepts 127.0.0.1:port and localhost:port only', () => {
    expect(isAllowedHost('127.0.0.1:8123', 8123)).toBe(true);
    expect(isAllowedHost('LOCALHOST:8123', 8123)).toBe(true);
    expect(isAllowedHost('127.0.0.1:8124', 8123)).toBe(false);
    expect(isAllowedHost('127.0.0.1', 8123)).toBe(false);
    expect(isAllowedHost('evil.example:8123', 8123)).toBe(false);
    expect(isAllowedHost('localhost.evil.example:8123', 8123)).toBe(false);
    expect(isAllowedHost(undefined, 8123)).toBe(false);
  });
});
