import { vi, type Mock } from 'vitest';
import { fail, methodNames, ok, type Api, type MethodName } from '../../shared/contract/index.ts';
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
    'catalogue:all': async () => ok(catalogues),
    'organisation:children': async () => ok([]),
    'organisation:search': async () => ok([]),
    'member:list': async () => ok({ rows: [], total: 0, totalIsLowerBound: false }),
    'event:reminders': async () => ok({ asOf: '2026-11-20', withinDays: 30, probation: { total: 0, rows: [] }, temporary: { total: 0, rows: [] } }),
  };
  const fake: Partial<Record<MethodName, Mock>> = {};
  for (const name of methodNames) fake[name] = vi.fn(over[name] ?? defaults[name] ?? unexpected);
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
