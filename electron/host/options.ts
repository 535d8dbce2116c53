import { parseArgs } from 'node:util';
import { pinnedNow } from '../core/clock.ts';

/** Pure pieces of `node electron/host/start.ts [--data-dir X] [--port N] [--no-open] [--now ISO]`. */

export type HostArgs =
  | { ok: true; help: boolean; port: number; open: boolean; now: Date | null }
  | { ok: false; message: string };

export const HOST_USAGE = [
  'Cách dùng: node electron/host/start.ts [--data-dir THƯ_MỤC] [--port CỔNG] [--no-open]',
  '  --data-dir  thư mục dữ liệu (mặc định: SOTOCHUC_DATA_DIR hoặc thư mục dữ liệu người dùng)',
  '  --port      cổng trên 127.0.0.1 (mặc định: một cổng còn trống)',
  '  --no-open   không tự mở trình duyệt',
  '  --now       chỉ dùng khi kiểm thử: cố định ngày giờ hiện tại (cần SOTOCHUC_ALLOW_NOW=1)',
].join('\n');

/** `env` decides whether `--now` is allowed (see electron/core/clock.ts). */
export function parseHostArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): HostArgs {
  let values: { 'data-dir'?: string | undefined; port?: string | undefined; 'no-open'?: boolean | undefined; now?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: `Tham số không hợp lệ (${error instanceof Error ? error.message : String(error)}).\n${HOST_USAGE}` };
  }
  let port = 0;
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) {
      return { ok: false, message: `Cổng không hợp lệ: ${values.port} (0–65535).` };
    }
    port = Number(values.port);
  }
  const now = pinnedNow(values.now, env);
  if (!now.ok) return now;
  // --data-dir is read by resolveDataDir (electron/core/paths.ts) from the same argv.
  return { ok: true, help: values.help === true, port, open: values['no-open'] !== true, now: now.now };
}

/** Open a browser unless asked not to, or when running under CI. */
export function shouldOpenBrowser(open: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env['CI'];
  return open && (ci === undefined || ci === '' || ci === '0' || ci.toLowerCase() === 'false');
}

/** The command that opens a URL in the system browser. */
export function browserCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
}
