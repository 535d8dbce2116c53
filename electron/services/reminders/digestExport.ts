import type { Handler } from '../handlerTypes.ts';

// Placeholder of the foundation commit: the helper building this file replaces it.
export const digestExport = (async (..._args: unknown[]) => { throw new Error('reminder:digestExport: not built yet'); }) as unknown as (ctx: Parameters<Handler<'reminder:digestExport'>>[1], input: any) => ReturnType<Handler<'reminder:digestExport'>>;
