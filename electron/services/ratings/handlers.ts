import type { ratingMethods } from '../../../shared/ratings/contract.ts';
import * as organisationRatings from './organisationRatings.ts';
import * as ratings from './ratings.ts';
import * as ratingSummary from './ratingSummary.ts';
import * as ratingYear from './ratingYear.ts';
import type { PartHandlers } from '../handlerTypes.ts';

export const ratingHandlers: PartHandlers<typeof ratingMethods> = {
  'rating:categories': (input, ctx) => ratingYear.categories(ctx, input),
  'rating:grid': (input, ctx) => ratings.grid(ctx, input),
  'rating:save': (input, ctx) => ratings.save(ctx, input),
  'rating:saveGrid': (input, ctx) => ratings.saveGrid(ctx, input),
  'rating:orgGrid': (input, ctx) => organisationRatings.orgGrid(ctx, input),
  'rating:saveOrg': (input, ctx) => organisationRatings.saveOrg(ctx, input),
  'rating:saveOrgGrid': (input, ctx) => organisationRatings.saveOrgGrid(ctx, input),
  'rating:summary': (input, ctx) => ratingSummary.summary(ctx, input),
  'rating:member': (input, ctx) => ratings.memberRatings(ctx, input),
  'rating:quotaSetting': (_input, ctx) => ratingYear.quotaSetting(ctx),
  'rating:setQuotaSetting': (input, ctx) => ratingYear.setQuotaSetting(ctx, input),
};
