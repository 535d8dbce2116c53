import { fail, isMethodName, ok, type Result } from '../../../shared/contract/index.ts';
import type { BatchCall, CallContext, Core } from '../../../electron/core/types.ts';
import type { JobEvent } from '../../../shared/jobs/schemas.ts';

export interface DispatchCall {
  method: string;
  input: unknown;
  ctx: CallContext;
}

/**
 * A tiny Core for the transport tests: records every dispatch and answers with an envelope
 * (`respond` decides; by default it echoes the method and input for contract names, UNKNOWN_METHOD otherwise).
 */
export function fakeCore(
  respond?: (call: DispatchCall) => Result<unknown> | Promise<Result<unknown>>,
): Core & { calls: DispatchCall[]; closed: number; emitJobEvent(event: JobEvent): void; batches: { calls: readonly BatchCall[]; atomic: boolean }[] } {
  const calls: DispatchCall[] = [];
  const listeners = new Set<(event: JobEvent) => void>();
  const batches: { calls: readonly BatchCall[]; atomic: boolean }[] = [];
  const core = {
    batches,
    calls,
    closed: 0,
    dataDir: '/tmp/fake-data',
    defaultContext(via: CallContext['via']): CallContext {
      return { user: { id: 1, username: 'admin', role: 'admin' }, via };
    },
    async dispatch(method: string, input: unknown, ctx: CallContext): Promise<Result<unknown>> {
      const call = { method, input, ctx };
      calls.push(call);
      if (respond) return respond(call);
      if (!isMethodName(method)) return fail('UNKNOWN_METHOD', `Không có phương thức ${method}`);
      return ok({ method, input });
    },
    async batch(list: readonly BatchCall[], ctx: CallContext, options: { atomic: boolean }): Promise<Result<unknown>[]> {
      batches.push({ calls: list, atomic: options.atomic });
      const answers: Result<unknown>[] = [];
      for (const c of list) answers.push(await core.dispatch(c.method, c.input, ctx));
      return answers;
    },
    onJobEvent(listener: (event: JobEvent) => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emitJobEvent(event: JobEvent): void {
      for (const listener of listeners) listener(event);
    },
    async close(): Promise<void> {
      core.closed++;
    },
  };
  return core;
}
