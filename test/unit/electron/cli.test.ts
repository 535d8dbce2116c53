import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../../shared/contract/index.ts';
import { parseCliArgs } from '../../../electron/cli/args.ts';
import { EXIT_CANNOT_OPEN, EXIT_OK, EXIT_RESULT_FAILED, EXIT_USAGE, listMethods, runCli, type CliDeps } from '../../../electron/cli/run.ts';
import { fakeCore } from './fakeCore.ts';
import { ok } from '../../../shared/kernel/result.ts';
import type { JobInfo } from '../../../shared/jobs/schemas.ts';

describe('parseCliArgs', () => {
  it('parses each subcommand', () => {
    expect(parseCliArgs(['methods'])).toEqual({ ok: true, value: { command: 'methods' }, dataDir: undefined });
    expect(parseCliArgs(['backup', '--data-dir', '/d'])).toEqual({ ok: true, value: { command: 'backup' }, dataDir: '/d' });
    expect(parseCliArgs(['call', 'member:get', '{"id":3}'])).toEqual({ ok: true, value: { command: 'call', method: 'member:get', input: { id: 3 } }, dataDir: undefined });
    expect(parseCliArgs(['call', 'system:info'])).toMatchObject({ ok: true, value: { command: 'call', method: 'system:info', input: {} } });
    expect(parseCliArgs(['demo', '--members', '5000', '--seed', '7'])).toEqual({ ok: true, value: { command: 'demo', members: 5000, seed: 7 }, dataDir: undefined });
    expect(parseCliArgs(['demo', '--members=10'])).toMatchObject({ ok: true, value: { command: 'demo', members: 10, seed: undefined } });
    expect(parseCliArgs([])).toMatchObject({ ok: true, value: { command: 'help' } });
    expect(parseCliArgs(['--help'])).toMatchObject({ ok: true, value: { command: 'help' } });
  });

  it('refuses bad usage with a Vietnamese message', () => {
    expect(parseCliArgs(['call'])).toMatchObject({ ok: false, message: expect.stringContaining('Thiếu tên phương thức') });
    expect(parseCliArgs(['call', 'member:get', '{bad'])).toMatchObject({ ok: false, message: 'Đầu vào không phải JSON hợp lệ.' });
    expect(parseCliArgs(['call', 'a', '{}', 'extra'])).toMatchObject({ ok: false });
    expect(parseCliArgs(['demo'])).toMatchObject({ ok: false, message: 'Thiếu --members N.' });
    expect(parseCliArgs(['demo', '--members', '1.5'])).toMatchObject({ ok: false });
    expect(parseCliArgs(['demo', '--members', 'abc'])).toMatchObject({ ok: false });
    expect(parseCliArgs(['backup', '--members', '3'])).toMatchObject({ ok: false });
    expect(parseCliArgs(['frobnicate'])).toMatchObject({ ok: false, message: expect.stringContaining('Lệnh không hợp lệ') });
    expect(parseCliArgs(['methods', '--bogus'])).toMatchObject({ ok: false });
  });
});

/** A fake core whose jobs end at once: done with `value`, or failed with `error`. */
function jobCore(value: unknown, error?: { code: string; message: string }) {
  const job = (state: string) => ({ id: 'j1', kind: 'k', state, share: state === 'running' ? 0.5 : 1, line: 'Đang làm', startedAt: '', endedAt: null, error: error ?? null });
  const core = fakeCore((call) => {
    if (call.method === 'job:start') {
      setTimeout(() => {
        core.emitJobEvent({ job: job('running') as JobInfo });
        core.emitJobEvent({ job: job(error ? 'failed' : 'done') as JobInfo });
      }, 5);
      return ok({ id: 'j1' });
    }
    if (call.method === 'job:get') return ok({ job: job(call.ctx.via === 'cli' && core.calls.filter((c) => c.method === 'job:get').length > 1 ? 'done' : 'running'), value });
    return ok({ method: call.method, input: call.input });
  });
  return core;
}

function harness(core = fakeCore()) {
  const out: string[] = [];
  const err: string[] = [];
  const opened: { dataDir: string; nowIso?: string }[] = [];
  const deps: CliDeps = {
    async openCore(options) {
      opened.push(options);
      return core;
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    platform: 'linux',
    homedir: '/home/an',
    cwd: '/work',
  };
  return { deps, core, out, err, opened, json: () => JSON.parse(out.join('')) as unknown };
}

describe('runCli --now (tests only)', () => {
  it('passes the pinned clock to the core when SOTOCHUC_ALLOW_NOW=1', async () => {
    const h = harness();
    h.deps.env = { SOTOCHUC_ALLOW_NOW: '1' };
    expect(parseCliArgs(['backup', '--now', '2026-11-20T03:00:00Z'])).toMatchObject({ ok: true, now: '2026-11-20T03:00:00Z' });
    expect(await runCli(['call', 'system:info', '--now', '2026-11-20T03:00:00Z'], h.deps)).toBe(EXIT_OK);
    expect(h.opened[0]?.nowIso).toBe('2026-11-20T03:00:00.000Z');
    const plain = harness();
    expect(await runCli(['call', 'system:info'], plain.deps)).toBe(EXIT_OK);
    expect(plain.opened[0]?.nowIso).toBeUndefined();
  });

  it('refuses --now without the variable, before opening anything', async () => {
    const h = harness();
    expect(await runCli(['call', 'system:info', '--now', '2026-11-20'], h.deps)).toBe(EXIT_USAGE);
    expect(h.err.join('')).toContain('SOTOCHUC_ALLOW_NOW=1');
    expect(h.opened).toEqual([]);
  });
});

describe('runCli', () => {
  it('methods lists every contract method with role and summary, without opening the core', async () => {
    const h = harness();
    expect(await runCli(['methods'], h.deps)).toBe(EXIT_OK);
    expect(h.json()).toEqual(listMethods());
    expect(listMethods().map((m) => m.name)).toEqual(methodNames);
    expect(listMethods()[0]).toEqual({ name: methodNames[0], role: contract[methodNames[0]!].role, writes: contract[methodNames[0]!].writes, summary: contract[methodNames[0]!].summary });
    expect(h.opened).toEqual([]);
  });

  it('call prints the Result JSON, uses the cli context and the data dir, and closes the core', async () => {
    const h = harness();
    expect(await runCli(['call', 'member:get', '{"id":3}', '--data-dir', 'data'], h.deps)).toBe(EXIT_OK);
    expect(h.json()).toEqual({ ok: true, value: { method: 'member:get', input: { id: 3 } } });
    expect(h.opened).toEqual([{ dataDir: '/work/data' }]);
    expect(h.core.calls[0]?.ctx.via).toBe('cli');
    expect(h.core.closed).toBe(1);
  });

  it('exits 1 on ok:false', async () => {
    const h = harness(fakeCore(() => ({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy đảng viên.' } })));
    expect(await runCli(['call', 'member:get', '{"id":9}'], h.deps)).toBe(EXIT_RESULT_FAILED);
    expect(h.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(h.err.join('')).toContain('Không tìm thấy đảng viên.');
    expect(h.core.closed).toBe(1);
  });

  it('refuses an unknown method before opening any database', async () => {
    const h = harness();
    expect(await runCli(['call', 'system:evil'], h.deps)).toBe(EXIT_RESULT_FAILED);
    expect(h.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(h.opened).toEqual([]);
  });

  it('demo runs system:demo as a job with a progress bar, and backup calls system:backup', async () => {
    const h = harness(jobCore({ organisations: 3, members: 200 }));
    expect(await runCli(['demo', '--members', '200', '--seed', '3'], h.deps)).toBe(EXIT_OK);
    expect(await runCli(['demo', '--members', '5'], h.deps)).toBe(EXIT_OK);
    expect(await runCli(['backup'], h.deps)).toBe(EXIT_OK);
    expect(h.core.calls.filter((c) => c.method !== 'job:get').map(({ method, input }) => ({ method, input }))).toEqual([
      { method: 'job:start', input: { kind: 'system:demo', input: { members: 200, seed: 3 } } },
      { method: 'job:start', input: { kind: 'system:demo', input: { members: 5 } } },
      { method: 'system:backup', input: {} },
    ]);
    expect(h.err.join('')).toContain('[##############################] 100 %');
    expect(h.out.join('')).toContain('"members": 200');
  });

  it('job writes a file result where --out says and prints its name instead of the bytes; a failed job exits 1', async () => {
    const h = harness(jobCore({ fileName: '4-HHD_dot-2026-02-03.xlsx', base64: Buffer.from('PK-bytes').toString('base64'), rows: 2 }));
    const written: [string, string][] = [];
    h.deps.writeFile = async (file, bytes) => void written.push([file, Buffer.from(bytes).toString()]);
    expect(await runCli(['job', 'badge:export', '{"form":"4","roundDate":"2026-02-03"}', '--out', 'ra.xlsx'], h.deps)).toBe(EXIT_OK);
    expect(written).toEqual([['/work/ra.xlsx', 'PK-bytes']]);
    expect(h.json()).toEqual({ ok: true, value: { fileName: '4-HHD_dot-2026-02-03.xlsx', rows: 2, file: '/work/ra.xlsx', bytes: 8 } });

    const f = harness(jobCore(null, { code: 'RULE', message: 'Không có đảng viên nào trong danh sách.' }));
    expect(await runCli(['job', 'badge:export', '{"form":"4"}'], f.deps)).toBe(EXIT_RESULT_FAILED);
    expect(f.err.join('')).toContain('Không có đảng viên nào trong danh sách.');
    expect(parseCliArgs(['job'])).toMatchObject({ ok: false });
    expect(parseCliArgs(['call', 'x', '--out', 'y'])).toMatchObject({ ok: false, message: '--out chỉ dùng với lệnh job.' });
  });

  it('batch reads JSON lines and prints one answer a line; --atomic refuses a batch with a bad line before opening', async () => {
    const h = harness();
    h.deps.readText = async (file) => (file === '-' ? '{"method":"member:get","input":{"id":1}}\n\nnot json\n{"method":"system:info"}\n' : '');
    expect(await runCli(['batch'], h.deps)).toBe(EXIT_RESULT_FAILED);
    const answers = h.out.join('').trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; error?: { message: string } });
    expect(answers.map((a) => a.ok)).toEqual([true, false, true]);
    expect(answers[1]?.error?.message).toBe('Dòng 3: không phải JSON hợp lệ.');
    expect(h.core.batches).toEqual([{ calls: [{ method: 'member:get', input: { id: 1 } }, { method: 'system:info', input: {} }], atomic: false }]);
    expect(h.core.closed).toBe(1);

    const a = harness();
    a.deps.readText = async () => '{"method":"member:get","input":{"id":1}}\n{"nope":1}\n';
    expect(await runCli(['batch', '-', '--atomic'], a.deps)).toBe(EXIT_RESULT_FAILED);
    expect(a.opened).toEqual([]);
    expect(a.out.join('').trim().split('\n')).toHaveLength(2);

    const ok = harness();
    ok.deps.readText = async () => '{"method":"member:get","input":{"id":1}}\n';
    expect(await runCli(['batch', 'calls.jsonl', '--atomic'], ok.deps)).toBe(EXIT_OK);
    expect(ok.core.batches[0]?.atomic).toBe(true);
  });

  it('exits 2 with the message and latest backup when the data cannot be opened', async () => {
    const h = harness();
    h.deps.openCore = async () => {
      throw Object.assign(new Error('Tệp dữ liệu bị hỏng.'), { kind: 'CORRUPT', latestBackup: '/d/backups/x.db' });
    };
    expect(await runCli(['backup'], h.deps)).toBe(EXIT_CANNOT_OPEN);
    expect(h.err.join('')).toContain('Tệp dữ liệu bị hỏng.');
    expect(h.err.join('')).toContain('/d/backups/x.db');
    expect(h.out).toEqual([]);
  });

  it.each(['LOCKED', 'READ_ONLY', 'DISK_FULL', 'EMPTY', 'FOREIGN'])('exits 2 with the message when the core refuses to open (%s)', async (kind) => {
    const h = harness();
    h.deps.openCore = async () => {
      throw Object.assign(new Error(`Không mở được (${kind}).`), { kind, latestBackup: null });
    };
    expect(await runCli(['backup'], h.deps)).toBe(EXIT_CANNOT_OPEN);
    expect(h.err.join('')).toContain(`Không mở được (${kind}).`);
    expect(h.err.join('')).not.toContain('Bản sao lưu gần nhất');
  });

  it('rethrows other open errors and exits 64 on bad usage', async () => {
    const h = harness();
    h.deps.openCore = async () => {
      throw new Error('boom');
    };
    await expect(runCli(['backup'], h.deps)).rejects.toThrow('boom');
    expect(await runCli(['call', 'x', '{'], h.deps)).toBe(EXIT_USAGE);
  });
});
