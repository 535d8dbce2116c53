import type { organisationMethods } from '../../../shared/organisations/contract.ts';
import * as organisations from './organisations.ts';
import type { PartHandlers } from '../handlerTypes.ts';

export const organisationHandlers: PartHandlers<typeof organisationMethods> = {
  'organisation:children': (input, ctx) => organisations.children(ctx, input),
  'organisation:get': (input, ctx) => organisations.get(ctx, input.id),
  'organisation:search': (input, ctx) => organisations.search(ctx, input),
  'organisation:create': (input, ctx) => organisations.create(ctx, input),
  'organisation:update': (input, ctx) => organisations.update(ctx, input),
  'organisation:rename': (input, ctx) => organisations.rename(ctx, input),
  'organisation:move': (input, ctx) => organisations.move(ctx, input),
  'organisation:dissolve': (input, ctx) => organisations.dissolve(ctx, input),
  'organisation:merge': (input, ctx) => organisations.merge(ctx, input),
};
