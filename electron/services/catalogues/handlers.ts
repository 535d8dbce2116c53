import type { catalogueMethods } from '../../../shared/catalogues/contract.ts';
import type { PartHandlers } from '../handlerTypes.ts';
import * as catalogues from './catalogues.ts';

export const catalogueHandlers: PartHandlers<typeof catalogueMethods> = {
  'catalogue:all': (_input, ctx) => catalogues.catalogues(ctx),
  'catalogue:saveActionType': (input, ctx) => catalogues.saveActionType(ctx, input),
  'catalogue:holidays': (input, ctx) => catalogues.holidays(ctx, input.year),
  'catalogue:saveHolidays': (input, ctx) => catalogues.saveHolidays(ctx, input),
};
