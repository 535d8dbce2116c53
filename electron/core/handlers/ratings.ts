import type { ratingMethods } from '../../../shared/contract/parts/ratings.ts';
import type { PartHandlers } from './types.ts';

export const ratingHandlers: PartHandlers<typeof ratingMethods> = {};
