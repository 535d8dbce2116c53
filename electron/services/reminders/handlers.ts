import type { reminderMethods } from '../../../shared/reminders/contract.ts';
import type { PartHandlers } from '../handlerTypes.ts';
import * as digest from './digest.ts';
import * as digestExport from './digestExport.ts';

export const reminderHandlers: PartHandlers<typeof reminderMethods> = {
  'reminder:digest': (input, ctx) => digest.digest(ctx, input),
  'reminder:digestExport': (input, ctx) => digestExport.digestExport(ctx, input),
};
