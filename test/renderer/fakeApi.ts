import { vi, type Mock } from 'vitest';
import { fail, ok, type Api, type MethodName } from '../../shared/contract/index.ts';
import { catalogues, systemInfo } from './fixtures.ts';

/** The typed api with every method a vitest mock, so tests can both script answers and read calls. */
export type FakeApi = { [K in MethodName]: Mock<Api[K]> };

/**
 * A fake api object for renderer tests (no transport, no HTTP). Methods not given answer with a
 * plausible empty result, or with an INTERNAL failure for writes the test did not expect.
 */
export function fakeApi(over: Partial<Api> = {}): FakeApi {
  const m = <K extends MethodName>(name: K, fallback: Api[K]): Mock<Api[K]> => vi.fn<Api[K]>(over[name] ?? fallback);
  const unexpected = async () => fail('INTERNAL', 'Lời gọi không được giả lập trong bài kiểm tra');
  return {
    'system:info': m('system:info', async () => ok(systemInfo())),
    'system:backup': m('system:backup', unexpected),
    'system:auditVerify': m('system:auditVerify', unexpected),
    'system:auditList': m('system:auditList', async () => ok([])),
    'system:demo': m('system:demo', unexpected),
    'catalogue:all': m('catalogue:all', async () => ok(catalogues)),
    'organisation:children': m('organisation:children', async () => ok([])),
    'organisation:get': m('organisation:get', unexpected),
    'organisation:search': m('organisation:search', async () => ok([])),
    'organisation:create': m('organisation:create', unexpected),
    'organisation:update': m('organisation:update', unexpected),
    'organisation:rename': m('organisation:rename', unexpected),
    'organisation:move': m('organisation:move', unexpected),
    'organisation:dissolve': m('organisation:dissolve', unexpected),
    'organisation:merge': m('organisation:merge', unexpected),
    'member:list': m('member:list', async () => ok({ rows: [], total: 0, totalIsLowerBound: false })),
    'member:get': m('member:get', unexpected),
    'member:create': m('member:create', unexpected),
    'member:update': m('member:update', unexpected),
  };
}

/** A promise with its resolve function, to hold a call open while the test looks at the screen. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
