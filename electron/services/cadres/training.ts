import type { Handler } from '../handlerTypes.ts';

// Placeholder of the foundation commit: the helper building this file replaces it.
export const create = (async (..._args: unknown[]) => { throw new Error('training:create: not built yet'); }) as unknown as (ctx: Parameters<Handler<'training:create'>>[1], input: any) => ReturnType<Handler<'training:create'>>;
export const update = (async (..._args: unknown[]) => { throw new Error('training:update: not built yet'); }) as unknown as (ctx: Parameters<Handler<'training:update'>>[1], input: any) => ReturnType<Handler<'training:update'>>;
export const list = (async (..._args: unknown[]) => { throw new Error('training:list: not built yet'); }) as unknown as (ctx: Parameters<Handler<'training:list'>>[1], input: any) => ReturnType<Handler<'training:list'>>;
