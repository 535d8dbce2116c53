import type { Handler } from '../handlerTypes.ts';

// Placeholder of the foundation commit: the helper building this file replaces it.
export const list = (async (..._args: unknown[]) => { throw new Error('planning:list: not built yet'); }) as unknown as (ctx: Parameters<Handler<'planning:list'>>[1], input: any) => ReturnType<Handler<'planning:list'>>;
