import type { memberFileMethods } from '../../../shared/memberFile/contract.ts';
import * as file from './memberFile.ts';
import type { PartHandlers } from '../handlerTypes.ts';

export const memberFileHandlers: PartHandlers<typeof memberFileMethods> = {
  'memberfile:get': (input, ctx) => file.get(ctx, input.memberId),
  'memberfile:saveSponsors': (input, ctx) => file.saveSponsors(ctx, input),
  'memberfile:saveWorkHistory': (input, ctx) => file.saveWorkHistory(ctx, input),
  'memberfile:saveTraining': (input, ctx) => file.saveTraining(ctx, input),
  'memberfile:saveFamily': (input, ctx) => file.saveFamily(ctx, input),
  'memberfile:saveAwards': (input, ctx) => file.saveAwards(ctx, input),
  'memberfile:addDiscipline': (input, ctx) => file.addDiscipline(ctx, input),
  'memberfile:updateDiscipline': (input, ctx) => file.updateDiscipline(ctx, input),
  'memberfile:cancelDiscipline': (input, ctx) => file.cancelDiscipline(ctx, input),
  'memberfile:setPhoto': (input, ctx) => file.setPhoto(ctx, input),
  'memberfile:getPhoto': (input, ctx) => file.getPhoto(ctx, input.memberId),
  'memberfile:removePhoto': (input, ctx) => file.removePhoto(ctx, input.memberId),
  'memberfile:setGravelyIll': (input, ctx) => file.setGravelyIll(ctx, input),
  'memberfile:history': (input, ctx) => file.history(ctx, input),
};
