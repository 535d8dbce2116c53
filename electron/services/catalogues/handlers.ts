import type { catalogueMethods } from '../../../shared/catalogues/contract.ts';
import type { PartHandlers } from '../handlerTypes.ts';
import * as catalogues from './catalogues.ts';

export const catalogueHandlers: PartHandlers<typeof catalogueMethods> = {
  'catalogue:all': (_input, ctx) => catalogues.catalogues(ctx),
};
