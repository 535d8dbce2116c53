import type { memberMethods } from '../../../shared/members/contract.ts';
import * as admissions from './admissions.ts';
import * as members from './members.ts';
import { exportMembers } from './memberExport.ts';
import type { PartHandlers } from '../handlerTypes.ts';

export const memberHandlers: PartHandlers<typeof memberMethods> = {
  'member:list': (input, ctx) => members.list(ctx, input),
  'member:export': (input, ctx) => exportMembers(ctx, input),
  'member:get': (input, ctx) => members.get(ctx, input.id),
  'member:create': (input, ctx) => members.create(ctx, input),
  'member:update': (input, ctx) => members.update(ctx, input),
  'member:admitMany': (input, ctx) => admissions.admitMany(ctx, input),
};
