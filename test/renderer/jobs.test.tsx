/**
 * The renderer's side of jobs (renderer/src/api/jobs.ts): followed through Electron's pushed events
 * when the preload offers them, by polling job:get otherwise; the value comes from job:get.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/contract/index.ts';
import type { JobInfo } from '../../shared/jobs/schemas.ts';
import { setApi } from '../../renderer/src/api/client.ts';
import { runJob } from '../../renderer/src/api/jobs.ts';
import { fakeApi } from './fakeApi.ts';

const job = (state: JobInfo['state'], share: number, line = 'Đang xuất'): JobInfo => ({ id: 'j1', kind: 'badge:export', state, share, line, startedAt: '', endedAt: null, error: null });

afterEach(() => {
  setApi(null);
  delete window.sotochuc;
});

describe('runJob', () => {
  it('polls job:get in the browser host until the job ends, reporting each state, and resolves with its value', async () => {
    const states = [job('running', 0.2), job('running', 0.7), job('done', 1)];
    const api = fakeApi({
      'job:start': async () => ok({ id: 'j1' }),
      'job:get': async () => {
        const next = states.shift() ?? job('done', 1);
        return ok(next.state === 'done' ? { job: next, value: { fileName: 'a.xlsx', base64: 'UEs=', rows: 3 } } : { job: next });
      },
    });
    setApi(api);
    const seen: number[] = [];
    const r = await runJob('badge:export', { form: '4', roundDate: '2026-02-03' }, (j) => seen.push(j.share));
    expect(r).toEqual({ ok: true, value: { fileName: 'a.xlsx', base64: 'UEs=', rows: 3 } });
    expect(seen).toEqual([0.2, 0.7, 1]);
    expect(api['job:get']).toHaveBeenCalledTimes(3);
  });

  it("follows Electron's pushed events and asks job:get for the value as soon as the job ended", async () => {
    const listeners = new Set<(event: unknown) => void>();
    window.sotochuc = {
      call: vi.fn(),
      onJobEvent: (listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    };
    let ended = false;
    const api = fakeApi({
      'job:start': async () => ok({ id: 'j1' }),
      'job:get': async () => ok(ended ? { job: job('done', 1), value: { organisations: 3, members: 10 } } : { job: job('running', 0) }),
    });
    setApi(api);
    const seen: string[] = [];
    const pending = runJob('system:demo', { members: 10 }, (j) => seen.push(`${j.state} ${j.share}`));
    await vi.waitFor(() => expect(listeners.size).toBe(1));
    for (const l of listeners) l({ job: job('running', 0.5) });
    for (const l of listeners) l({ job: { ...job('running', 0.9), id: 'other' } });
    ended = true;
    for (const l of listeners) l({ job: job('done', 1) });
    expect(await pending).toEqual({ ok: true, value: { organisations: 3, members: 10 } });
    expect(seen).toContain('running 0.5');
    expect(seen).not.toContain('running 0.9');
    expect(listeners.size).toBe(0);
    // One poll at the start, one for the value: the events did the rest.
    expect(api['job:get']).toHaveBeenCalledTimes(2);
  });

  it('turns a failed or cancelled job into a failed envelope with its code', async () => {
    const api = fakeApi({
      'job:start': async () => ok({ id: 'j1' }),
      'job:get': async () => ok({ job: { ...job('failed', 0.4), error: { code: 'RULE', message: 'Không có đảng viên nào.' } } }),
    });
    setApi(api);
    expect(await runJob('badge:export', { form: '4', roundDate: '2026-02-03' })).toEqual({ ok: false, error: { code: 'RULE', message: 'Không có đảng viên nào.' } });
  });
});
