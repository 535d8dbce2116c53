import { parseArgs } from 'node:util';

/** Pure argument parsing for `npm run cli -- <command> …`. */

export type CliCommand =
  | { command: 'help' }
  | { command: 'methods' }
  | { command: 'call'; method: string; input: unknown }
  | { command: 'demo'; members: number; seed: number | undefined }
  | { command: 'backup' }
  | { command: 'job'; kind: string; input: unknown; out: string | undefined }
  | { command: 'batch'; file: string; atomic: boolean };

/** `now`: the text of `--now` (tests only; checked against the environment by runCli, see electron/core/clock.ts). */
export type ParsedCli = { ok: true; value: CliCommand; dataDir: string | undefined; now?: string } | { ok: false; message: string };

export const CLI_USAGE = [
  'Cách dùng: npm run cli -- <lệnh> [tham số] [--data-dir THƯ_MỤC]',
  '',
  'Lệnh:',
  '  methods                          liệt kê các phương thức (tên, vai trò, mô tả)',
  "  call <phương-thức> ['<json>']    gọi một phương thức, in kết quả JSON (mặc định đầu vào: {})",
  '  demo --members N [--seed S]      tạo tỉnh mẫu với N đảng viên (chỉ khi cơ sở dữ liệu trống)',
  '  backup                           sao lưu cơ sở dữ liệu',
  "  job <loại> ['<json>'] [--out TỆP] chạy một công việc dài (vd. badge:export, rating:summary), hiện tiến độ;",
  '                                   kết quả là tệp thì ghi vào TỆP (mặc định: tên tệp trong thư mục hiện tại)',
  '  batch [TỆP|-] [--atomic]         mỗi dòng JSON {"method": …, "input": …} một lệnh, in một dòng JSON kết quả;',
  '                                   mỗi lệnh một giao dịch, --atomic: cả lô trong một giao dịch (tất cả hoặc không)',
  '',
  '--now NGÀY_GIỜ chỉ dùng khi kiểm thử: cố định ngày giờ hiện tại (cần SOTOCHUC_ALLOW_NOW=1).',
  'Mã thoát: 0 thành công, 1 kết quả ok:false, 2 không mở được dữ liệu, 64 sai cú pháp.',
].join('\n');

function integer(name: string, text: string | undefined): { ok: true; value: number } | { ok: false; message: string } {
  if (text === undefined || !/^-?\d+$/.test(text.trim())) return { ok: false, message: `--${name} phải là số nguyên (nhận được: ${text ?? 'trống'}).` };
  const value = Number(text.trim());
  if (!Number.isSafeInteger(value)) return { ok: false, message: `--${name} quá lớn.` };
  return { ok: true, value };
}

function parseJson(json: string | undefined): { ok: true; value: unknown } | { ok: false; message: string } {
  if (json === undefined || json.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false, message: 'Đầu vào không phải JSON hợp lệ.' };
  }
}

export function parseCliArgs(argv: readonly string[]): ParsedCli {
  let values: {
    'data-dir'?: string | undefined;
    members?: string | undefined;
    seed?: string | undefined;
    now?: string | undefined;
    out?: string | undefined;
    atomic?: boolean | undefined;
    help?: boolean | undefined;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        members: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        atomic: { type: 'boolean' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    return { ok: false, message: `Tham số không hợp lệ (${error instanceof Error ? error.message : String(error)}).` };
  }
  const dataDir = values['data-dir'];
  const now = values.now === undefined ? {} : { now: values.now };
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined || command === 'help') return { ok: true, value: { command: 'help' }, dataDir, ...now };

  const noExtra = (allowed: number): ParsedCli | null =>
    rest.length > allowed ? { ok: false, message: `Thừa tham số cho lệnh ${command}: ${rest.slice(allowed).join(' ')}` } : null;
  const onlyDemoOptions = (): ParsedCli | null =>
    command !== 'demo' && (values.members !== undefined || values.seed !== undefined)
      ? { ok: false, message: '--members và --seed chỉ dùng với lệnh demo.' }
      : null;
  const misuse = onlyDemoOptions();
  if (misuse) return misuse;
  if (values.out !== undefined && command !== 'job') return { ok: false, message: '--out chỉ dùng với lệnh job.' };
  if (values.atomic !== undefined && command !== 'batch') return { ok: false, message: '--atomic chỉ dùng với lệnh batch.' };

  switch (command) {
    case 'methods':
      return noExtra(0) ?? { ok: true, value: { command: 'methods' }, dataDir, ...now };
    case 'backup':
      return noExtra(0) ?? { ok: true, value: { command: 'backup' }, dataDir, ...now };
    case 'batch': {
      const extra = noExtra(1);
      if (extra) return extra;
      return { ok: true, value: { command: 'batch', file: rest[0] ?? '-', atomic: values.atomic === true }, dataDir, ...now };
    }
    case 'job': {
      const [kind, json] = rest;
      if (kind === undefined || kind === '') return { ok: false, message: 'Thiếu loại công việc: job <loại> [json].' };
      const extra = noExtra(2);
      if (extra) return extra;
      const input = parseJson(json);
      if (!input.ok) return input;
      return { ok: true, value: { command: 'job', kind, input: input.value, out: values.out }, dataDir, ...now };
    }
    case 'call': {
      const [method, json] = rest;
      if (method === undefined || method === '') return { ok: false, message: 'Thiếu tên phương thức: call <phương-thức> [json].' };
      const extra = noExtra(2);
      if (extra) return extra;
      const input = parseJson(json);
      if (!input.ok) return input;
      return { ok: true, value: { command: 'call', method, input: input.value }, dataDir, ...now };
    }
    case 'demo': {
      const extra = noExtra(0);
      if (extra) return extra;
      if (values.members === undefined) return { ok: false, message: 'Thiếu --members N.' };
      const members = integer('members', values.members);
      if (!members.ok) return members;
      let seed: number | undefined;
      if (values.seed !== undefined) {
        const parsed = integer('seed', values.seed);
        if (!parsed.ok) return parsed;
        seed = parsed.value;
      }
      return { ok: true, value: { command: 'demo', members: members.value, seed }, dataDir, ...now };
    }
    default:
      return { ok: false, message: `Lệnh không hợp lệ: ${command}.` };
  }
}
