import type { Handler } from '../handlerTypes.ts';

// Placeholder of the foundation commit: the helper building this file replaces it.
export const digest = (async (..._args: unknown[]) => { throw new Error('reminder:digest: not built yet'); }) as unknown as (ctx: Parameters<Handler<'reminder:digest'>>[1], input: any) => ReturnType<Handler<'reminder:digest'>>;
