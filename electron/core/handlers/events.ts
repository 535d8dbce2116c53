import type { eventMethods } from '../../../shared/contract/parts/events.ts';
import * as eventCorrections from '../../services/eventCorrections.ts';
import * as eventRecord from '../../services/eventRecord.ts';
import * as eventReports from '../../services/eventReports.ts';
import * as eventView from '../../services/eventView.ts';
import type { PartHandlers } from './types.ts';

export const eventHandlers: PartHandlers<typeof eventMethods> = {
  'event:list': (input, ctx) => eventView.list(ctx, input.memberId),
  'event:record': (input, ctx) => eventRecord.record(ctx, input),
  'event:correct': (input, ctx) => eventCorrections.correct(ctx, input),
  'event:cancel': (input, ctx) => eventCorrections.cancel(ctx, input),
  'event:reminders': (input, ctx) => eventReports.reminders(ctx, input),
  'event:statusAsOf': (input, ctx) => eventReports.statusAsOf(ctx, input),
};
