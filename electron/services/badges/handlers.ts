import type { badgeMethods } from '../../../shared/badges/contract.ts';
import { exportForm } from './badgeExport.ts';
import { exportCandidates } from './candidateExport.ts';
import { decide, list, propose, withdraw } from './badgeProposals.ts';
import { candidates, memberBadges, rounds } from './badgeRounds.ts';
import type { PartHandlers } from '../handlerTypes.ts';

export const badgeHandlers: PartHandlers<typeof badgeMethods> = {
  'badge:rounds': (input, ctx) => rounds(ctx, input.year),
  'badge:candidates': (input, ctx) => candidates(ctx, input),
  'badge:candidateExport': (input, ctx) => exportCandidates(ctx, input),
  'badge:propose': (input, ctx) => propose(ctx, input),
  'badge:withdraw': (input, ctx) => withdraw(ctx, input),
  'badge:decide': (input, ctx) => decide(ctx, input),
  'badge:list': (input, ctx) => list(ctx, input),
  'badge:export': (input, ctx) => exportForm(ctx, input),
  'badge:member': (input, ctx) => memberBadges(ctx, input.memberId),
};
