import type { eventMethods } from '../../../shared/contract/parts/events.ts';
import * as events from '../../services/events.ts';
import type { PartHandlers } from './types.ts';

export const eventHandlers: PartHandlers<typeof eventMethods> = {
  'event:list': (input, ctx) => events.list(ctx, input.memberId),
  'event:record': (input, ctx) => events.record(ctx, input),
  'event:correct': (input, ctx) => events.correct(ctx, input),
  'event:cancel': (input, ctx) => events.cancel(ctx, input),
  'event:reminders': (input, ctx) => events.reminders(ctx, input),
  'event:statusAsOf': (input, ctx) => events.statusAsOf(ctx, input),
};
