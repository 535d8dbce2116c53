import type { memberMethods } from '../../../shared/contract/parts/members.ts';
import * as admissions from '../../services/admissions.ts';
import * as members from '../../services/members.ts';
import type { PartHandlers } from './types.ts';

export const memberHandlers: PartHandlers<typeof memberMethods> = {
  'member:list': (input, ctx) => members.list(ctx, input),
  'member:get': (input, ctx) => members.get(ctx, input.id),
  'member:create': (input, ctx) => members.create(ctx, input),
  'member:update': (input, ctx) => members.update(ctx, input),
  'member:admitMany': (input, ctx) => admissions.admitMany(ctx, input),
};
