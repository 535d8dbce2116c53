import type { eventMethods } from '../../../shared/events/contract.ts';
import * as eventCorrections from './eventCorrections.ts';
import * as eventRecord from './eventRecord.ts';
import * as eventReports from './eventReports.ts';
import * as eventView from './eventView.ts';
import { exportReminders } from './reminderExport.ts';
import type { PartHandlers } from '../handlerTypes.ts';

export const eventHandlers: PartHandlers<typeof eventMethods> = {
  'event:list': (input, ctx) => eventView.list(ctx, input.memberId),
  'event:record': (input, ctx) => eventRecord.record(ctx, input),
  'event:correct': (input, ctx) => eventCorrections.correct(ctx, input),
  'event:cancel': (input, ctx) => eventCorrections.cancel(ctx, input),
  'event:reminders': (input, ctx) => eventReports.reminders(ctx, input),
  'event:reminderExport': (input, ctx) => exportReminders(ctx, input),
  'event:statusAsOf': (input, ctx) => eventReports.statusAsOf(ctx, input),
};
