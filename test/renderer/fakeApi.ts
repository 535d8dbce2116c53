import { vi, type Mock } from 'vitest';
import { fail, methodNames, ok, type Api, type MethodName, type Result } from '../../shared/contract/index.ts';
import type { JobInfo } from '../../shared/jobs/schemas.ts';
import { catalogues, systemInfo } from './fixtures.ts';

/** The typed api with every method a vitest mock, so tests can both script answers and read calls. */
export type FakeApi = { [K in MethodName]: Mock<Api[K]> };

/**
 * A fake api object for renderer tests (no transport, no HTTP). Methods not given answer with a
 * plausible empty result, or with an INTERNAL failure for writes the test did not expect.
 */
export function fakeApi(over: Partial<Api> = {}): FakeApi {
  const unexpected = async () => fail('INTERNAL', 'Lời gọi không được giả lập trong bài kiểm tra');
  // Reads that screens make on their own answer with plausible empty results.
  const defaults: Partial<Api> = {
    'system:info': async () => ok(systemInfo()),
    'system:auditList': async () => ok([]),
    'cadre:list': async () => ok({ rows: [], total: 0 }),
    'catalogue:all': async () => ok(catalogues),
    'catalogue:holidays': async ({ year }) => ok({ year, rows: [] }),
    'organisation:children': async () => ok([]),
    'organisation:search': async () => ok([]),
    'member:list': async () => ok({ rows: [], total: 0, totalIsLowerBound: false }),
    'reminder:digest': async () =>
      ok({
        today: '2026-11-20',
        reappointments: { total: 0, rows: [] },
        retirements: { total: 0, rows: [] },
        probationary: { total: 0, rows: [] },
        badges: { total: 0, rows: [], roundDate: null },
        assetDeclarations: { total: 0, rows: [], year: 2026 },
      }),
    'event:reminders': async () => ok({ asOf: '2026-11-20', withinDays: 30, probation: { total: 0, offset: 0, rows: [] }, temporary: { total: 0, offset: 0, rows: [] } }),
  };
  const fake: Partial<Record<MethodName, Mock>> = {};
  // Jobs as the core runs them, in-process: job:start calls the kind's own mock, job:get reports it
  // running until that settles, then its value or failure (so a test scripts the kind's answer).
  const jobs = new Map<string, { info: JobInfo; value?: unknown }>();
  const jobDefaults: Partial<Api> = {
    'job:start': async ({ kind, input }) => {
      const id = `job-${jobs.size + 1}`;
      const info: JobInfo = { id, kind, state: 'running', share: 0.5, line: 'Đang chạy', startedAt: '2026-11-20T08:00:00.000Z', endedAt: null, error: null };
      const job: { info: JobInfo; value?: unknown } = { info };
      jobs.set(id, job);
      const run = fake[kind as MethodName];
      if (!run) return fail('BAD_INPUT', `Không có loại công việc "${kind}".`);
      void Promise.resolve(run(input)).then((r: Result<unknown>) => {
        if (info.state !== 'running') return;
        if (r.ok) Object.assign(job, { value: r.value, info: { ...info, state: 'done', share: 1 } });
        else job.info = { ...info, state: r.error.code === 'CANCELLED' ? 'cancelled' : 'failed', error: { code: r.error.code, message: r.error.message } };
      });
      return ok({ id });
    },
    'job:get': async ({ id }) => {
      const job = jobs.get(id);
      return job ? ok({ job: job.info, ...(job.info.state === 'done' ? { value: job.value } : {}) }) : fail('NOT_FOUND', 'Không tìm thấy công việc này.');
    },
    'job:cancel': async ({ id }) => {
      const job = jobs.get(id);
      if (!job) return fail('NOT_FOUND', 'Không tìm thấy công việc này.');
      job.info = { ...job.info, state: 'cancelled', error: { code: 'CANCELLED', message: 'Đã dừng theo yêu cầu; không có thay đổi nào được lưu.' } };
      return ok(job.info);
    },
    'job:list': async () => ok([...jobs.values()].map((j) => j.info)),
  };
  for (const name of methodNames) fake[name] = vi.fn(over[name] ?? defaults[name] ?? jobDefaults[name] ?? unexpected);
  // Every method name got its mock above, with the implementation typed for that method.
  return fake as FakeApi;
}

/** A promise with its resolve function, to hold a call open while the test looks at the screen. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
