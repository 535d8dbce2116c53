import type { Handler } from '../handlerTypes.ts';

// Placeholder of the foundation commit: the helper building this file replaces it.
export const create = (async (..._args: unknown[]) => { throw new Error('decision:create: not built yet'); }) as unknown as (ctx: Parameters<Handler<'decision:create'>>[1], input: any) => ReturnType<Handler<'decision:create'>>;
export const check = (async (..._args: unknown[]) => { throw new Error('decision:check: not built yet'); }) as unknown as (ctx: Parameters<Handler<'decision:check'>>[1], input: any) => ReturnType<Handler<'decision:check'>>;
export const get = (async (..._args: unknown[]) => { throw new Error('decision:get: not built yet'); }) as unknown as (ctx: Parameters<Handler<'decision:get'>>[1], input: any) => ReturnType<Handler<'decision:get'>>;
export const list = (async (..._args: unknown[]) => { throw new Error('decision:list: not built yet'); }) as unknown as (ctx: Parameters<Handler<'decision:list'>>[1], input: any) => ReturnType<Handler<'decision:list'>>;
