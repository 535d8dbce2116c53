import type { ratingMethods } from '../../../shared/contract/parts/ratings.ts';
import * as ratings from '../../services/ratings.ts';
import type { PartHandlers } from './types.ts';

export const ratingHandlers: PartHandlers<typeof ratingMethods> = {
  'rating:categories': (input, ctx) => ratings.categories(ctx, input),
  'rating:grid': (input, ctx) => ratings.grid(ctx, input),
  'rating:save': (input, ctx) => ratings.save(ctx, input),
  'rating:saveGrid': (input, ctx) => ratings.saveGrid(ctx, input),
  'rating:orgGrid': (input, ctx) => ratings.orgGrid(ctx, input),
  'rating:saveOrg': (input, ctx) => ratings.saveOrg(ctx, input),
  'rating:saveOrgGrid': (input, ctx) => ratings.saveOrgGrid(ctx, input),
  'rating:summary': (input, ctx) => ratings.summary(ctx, input),
  'rating:member': (input, ctx) => ratings.memberRatings(ctx, input),
  'rating:quotaSetting': (_input, ctx) => ratings.quotaSetting(ctx),
  'rating:setQuotaSetting': (input, ctx) => ratings.setQuotaSetting(ctx, input),
};
