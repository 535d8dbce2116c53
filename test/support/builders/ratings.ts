import type { Input, Output } from '../../../shared/contract/methods.ts';
import type { TestCore } from '../core.ts';

/** A member's rating of a year through rating:save (category codes of db/seed/csv/rating-categories.csv). */
export async function makeRating(t: TestCore, memberId: number, year: number, categoryCode: string, more: Partial<Input<'rating:save'>> = {}): Promise<Output<'rating:save'>> {
  return t.must('rating:save', { memberId, year, categoryCode, ...more });
}

/** An organisation's rating of a year through rating:saveOrg. */
export async function makeOrganisationRating(
  t: TestCore,
  organisationId: number,
  year: number,
  categoryCode: string,
  more: Partial<Input<'rating:saveOrg'>> = {},
): Promise<Output<'rating:saveOrg'>> {
  return t.must('rating:saveOrg', { organisationId, year, categoryCode, ...more });
}
