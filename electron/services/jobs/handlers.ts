import type { jobMethods } from '../../../shared/jobs/contract.ts';
import type { PartHandlers } from '../handlerTypes.ts';

/** The job:* methods hand over to the core's job runner (ctx.jobs). */
export const jobHandlers: PartHandlers<typeof jobMethods> = {
  'job:start': (input, ctx) => ({ id: ctx.jobs.start(input.kind, input.input, ctx.call) }),
  'job:get': (input, ctx) => ctx.jobs.get(input.id, ctx.call),
  'job:cancel': (input, ctx) => ctx.jobs.cancel(input.id, ctx.call),
  'job:list': (_input, ctx) => ctx.jobs.list(ctx.call),
};
