import type { Result } from '../kernel/result.ts';
import { methodNames, type Input, type MethodName, type Output } from './methods.ts';

/** How a client reaches the core: Electron IPC (preload) or HTTP to the browser host. */
export type Transport = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

/** The typed api: one function per contract method, derived from the contract. */
export type Api = { [K in MethodName]: (input: Input<K>) => Promise<Result<Output<K>>> };

export function createApi(transport: Transport): Api {
  const api: Partial<Record<MethodName, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of methodNames) api[name] = (input: unknown) => transport(name, input);
  // The transport returns the method's output as the core produced it from the same contract.
  return api as Api;
}
