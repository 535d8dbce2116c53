import { parseArgs } from 'node:util';

/** Pure pieces of `node electron/host/start.ts [--data-dir X] [--port N] [--no-open]`. */

export type HostArgs =
  | { ok: true; help: boolean; port: number; open: boolean }
  | { ok: false; message: string };

export const HOST_USAGE = [
  'Cách dùng: node electron/host/start.ts [--data-dir THƯ_MỤC] [--port CỔNG] [--no-open]',
  '  --data-dir  thư mục dữ liệu (mặc định: SOTOCHUC_DATA_DIR hoặc thư mục dữ liệu người dùng)',
  '  --port      cổng trên 127.0.0.1 (mặc định: một cổng còn trống)',
  '  --no-open   không tự mở trình duyệt',
].join('\n');

export function parseHostArgs(argv: readonly string[]): HostArgs {
  let values: { 'data-dir'?: string | undefined; port?: string | undefined; 'no-open'?: boolean | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
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
  // --data-dir is read by resolveDataDir (electron/core/paths.ts) from the same argv.
  return { ok: true, help: values.help === true, port, open: values['no-open'] !== true };
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
