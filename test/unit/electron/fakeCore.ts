import { fail, isMethodName, ok, type Result } from '../../../shared/contract/index.ts';
import type { CallContext, Core } from '../../../electron/core/types.ts';

export interface DispatchCall {
  method: string;
  input: unknown;
  ctx: CallContext;
}

/**
 * A tiny Core for the transport tests: records every dispatch and answers with an envelope
 * (`respond` decides; by default it echoes the method and input for contract names, UNKNOWN_METHOD otherwise).
 */
export function fakeCore(respond?: (call: DispatchCall) => Result<unknown> | Promise<Result<unknown>>): Core & { calls: DispatchCall[]; closed: number } {
  const calls: DispatchCall[] = [];
  const core = {
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
    close() {
      core.closed++;
    },
  };
  return core;
}
