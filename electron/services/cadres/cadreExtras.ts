import type { Handler } from '../handlerTypes.ts';

// Placeholder of the foundation commit: the helper building this file replaces it.
export const setPhoto = (async (..._args: unknown[]) => { throw new Error('cadre:setPhoto: not built yet'); }) as unknown as (ctx: Parameters<Handler<'cadre:setPhoto'>>[1], input: any) => ReturnType<Handler<'cadre:setPhoto'>>;
export const getPhoto = (async (..._args: unknown[]) => { throw new Error('cadre:getPhoto: not built yet'); }) as unknown as (ctx: Parameters<Handler<'cadre:getPhoto'>>[1], input: any) => ReturnType<Handler<'cadre:getPhoto'>>;
export const perusals = (async (..._args: unknown[]) => { throw new Error('cadre:perusals: not built yet'); }) as unknown as (ctx: Parameters<Handler<'cadre:perusals'>>[1], input: any) => ReturnType<Handler<'cadre:perusals'>>;
export const logPerusal = (async (..._args: unknown[]) => { throw new Error('cadre:logPerusal: not built yet'); }) as unknown as (ctx: Parameters<Handler<'cadre:logPerusal'>>[1], input: any) => ReturnType<Handler<'cadre:logPerusal'>>;
