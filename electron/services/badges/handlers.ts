import type { badgeMethods } from '../../../shared/badges/contract.ts';
import * as badges from './badges.ts';
import type { PartHandlers } from '../handlerTypes.ts';

export const badgeHandlers: PartHandlers<typeof badgeMethods> = {
  'badge:rounds': (input, ctx) => badges.rounds(ctx, input.year),
  'badge:candidates': (input, ctx) => badges.candidates(ctx, input),
  'badge:propose': (input, ctx) => badges.propose(ctx, input),
  'badge:withdraw': (input, ctx) => badges.withdraw(ctx, input),
  'badge:decide': (input, ctx) => badges.decide(ctx, input),
  'badge:list': (input, ctx) => badges.list(ctx, input),
  'badge:export': (input, ctx) => badges.exportForm(ctx, input),
  'badge:member': (input, ctx) => badges.memberBadges(ctx, input.memberId),
};
