import type { Handler } from '../handlerTypes.ts';

// Placeholder of the foundation commit: the helper building this file replaces it.
export const correct = (async (..._args: unknown[]) => { throw new Error('action:correct: not built yet'); }) as unknown as (ctx: Parameters<Handler<'action:correct'>>[1], input: any) => ReturnType<Handler<'action:correct'>>;
export const cancel = (async (..._args: unknown[]) => { throw new Error('action:cancel: not built yet'); }) as unknown as (ctx: Parameters<Handler<'action:cancel'>>[1], input: any) => ReturnType<Handler<'action:cancel'>>;
