import type { Handler } from '../handlerTypes.ts';

// Placeholder of the foundation commit: the helper building this file replaces it.
export const create = (async (..._args: unknown[]) => { throw new Error('cadre:create: not built yet'); }) as unknown as (ctx: Parameters<Handler<'cadre:create'>>[1], input: any) => ReturnType<Handler<'cadre:create'>>;
export const update = (async (..._args: unknown[]) => { throw new Error('cadre:update: not built yet'); }) as unknown as (ctx: Parameters<Handler<'cadre:update'>>[1], input: any) => ReturnType<Handler<'cadre:update'>>;
export const get = (async (..._args: unknown[]) => { throw new Error('cadre:get: not built yet'); }) as unknown as (ctx: Parameters<Handler<'cadre:get'>>[1], input: any) => ReturnType<Handler<'cadre:get'>>;
export const saveTable = (async (..._args: unknown[]) => { throw new Error('cadre:saveTable: not built yet'); }) as unknown as (ctx: Parameters<Handler<'cadre:saveTable'>>[1], input: any) => ReturnType<Handler<'cadre:saveTable'>>;
