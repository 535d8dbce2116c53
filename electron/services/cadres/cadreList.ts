import type { Handler } from '../handlerTypes.ts';

// Placeholder of the foundation commit: the helper building this file replaces it.
export const list = (async (..._args: unknown[]) => { throw new Error('cadre:list: not built yet'); }) as unknown as (ctx: Parameters<Handler<'cadre:list'>>[1], input: any) => ReturnType<Handler<'cadre:list'>>;
