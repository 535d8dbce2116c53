import type { Handler } from '../handlerTypes.ts';

// Placeholder of the foundation commit: the helper building this file replaces it.
export const create = (async (..._args: unknown[]) => { throw new Error('opinion:create: not built yet'); }) as unknown as (ctx: Parameters<Handler<'opinion:create'>>[1], input: any) => ReturnType<Handler<'opinion:create'>>;
export const update = (async (..._args: unknown[]) => { throw new Error('opinion:update: not built yet'); }) as unknown as (ctx: Parameters<Handler<'opinion:update'>>[1], input: any) => ReturnType<Handler<'opinion:update'>>;
export const list = (async (..._args: unknown[]) => { throw new Error('opinion:list: not built yet'); }) as unknown as (ctx: Parameters<Handler<'opinion:list'>>[1], input: any) => ReturnType<Handler<'opinion:list'>>;
