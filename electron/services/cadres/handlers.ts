import type { cadreMethods } from '../../../shared/cadres/contract.ts';
import type { PartHandlers } from '../handlerTypes.ts';
import * as file from './cadreFile.ts';
import * as list from './cadreList.ts';
import { exportCadres } from './cadreExport.ts';
import * as extras from './cadreExtras.ts';
import * as opinions from './opinions.ts';
import * as training from './training.ts';
import * as planning from './planning.ts';

export const cadreHandlers: PartHandlers<typeof cadreMethods> = {
  'cadre:create': (input, ctx) => file.create(ctx, input),
  'cadre:update': (input, ctx) => file.update(ctx, input),
  'cadre:get': (input, ctx) => file.get(ctx, input.id),
  'cadre:list': (input, ctx) => list.list(ctx, input),
  'cadre:export': (input, ctx) => exportCadres(ctx, input),
  'cadre:saveTable': (input, ctx) => file.saveTable(ctx, input),
  'cadre:setPhoto': (input, ctx) => extras.setPhoto(ctx, input),
  'cadre:getPhoto': (input, ctx) => extras.getPhoto(ctx, input.id),
  'cadre:perusals': (input, ctx) => extras.perusals(ctx, input.id),
  'cadre:logPerusal': (input, ctx) => extras.logPerusal(ctx, input),
  'opinion:create': (input, ctx) => opinions.create(ctx, input),
  'opinion:update': (input, ctx) => opinions.update(ctx, input),
  'opinion:list': (input, ctx) => opinions.list(ctx, input),
  'training:create': (input, ctx) => training.create(ctx, input),
  'training:update': (input, ctx) => training.update(ctx, input),
  'training:list': (input, ctx) => training.list(ctx, input),
  'planning:list': (input, ctx) => planning.list(ctx, input),
};
