import type { decisionMethods } from '../../../shared/decisions/contract.ts';
import type { PartHandlers } from '../handlerTypes.ts';
import * as decisions from './decisions.ts';
import * as actions from './actions.ts';
import * as scans from './scans.ts';

export const decisionHandlers: PartHandlers<typeof decisionMethods> = {
  'decision:create': (input, ctx) => decisions.create(ctx, input),
  'decision:check': (input, ctx) => decisions.check(ctx, input),
  'decision:get': (input, ctx) => decisions.get(ctx, input.id),
  'decision:list': (input, ctx) => decisions.list(ctx, input),
  'decision:setScan': (input, ctx) => scans.setScan(ctx, input),
  'decision:getScan': (input, ctx) => scans.getScan(ctx, input.id),
  'action:correct': (input, ctx) => actions.correct(ctx, input),
  'action:cancel': (input, ctx) => actions.cancel(ctx, input),
};
