import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../../shared/contract/index.ts';
import { parseCliArgs } from '../../../electron/cli/args.ts';
import { EXIT_CANNOT_OPEN, EXIT_OK, EXIT_RESULT_FAILED, EXIT_USAGE, listMethods, runCli, type CliDeps } from '../../../electron/cli/run.ts';
import { fakeCore } from './fakeCore.ts';

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

function harness(core = fakeCore()) {
  const out: string[] = [];
  const err: string[] = [];
  const opened: { dataDir: string; now?: () => Date }[] = [];
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
    expect(h.opened[0]?.now?.().toISOString()).toBe('2026-11-20T03:00:00.000Z');
    const plain = harness();
    expect(await runCli(['call', 'system:info'], plain.deps)).toBe(EXIT_OK);
    expect(plain.opened[0]?.now).toBeUndefined();
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

  it('demo calls system:demo and backup calls system:backup', async () => {
    const h = harness();
    expect(await runCli(['demo', '--members', '200', '--seed', '3'], h.deps)).toBe(EXIT_OK);
    expect(await runCli(['demo', '--members', '5'], h.deps)).toBe(EXIT_OK);
    expect(await runCli(['backup'], h.deps)).toBe(EXIT_OK);
    expect(h.core.calls.map(({ method, input }) => ({ method, input }))).toEqual([
      { method: 'system:demo', input: { members: 200, seed: 3 } },
      { method: 'system:demo', input: { members: 5 } },
      { method: 'system:backup', input: {} },
    ]);
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

  it('rethrows other open errors and exits 64 on bad usage', async () => {
    const h = harness();
    h.deps.openCore = async () => {
      throw new Error('boom');
    };
    await expect(runCli(['backup'], h.deps)).rejects.toThrow('boom');
    expect(await runCli(['call', 'x', '{'], h.deps)).toBe(EXIT_USAGE);
  });
});
