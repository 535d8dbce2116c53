import type { Input, Output } from '../../../shared/contract/methods.ts';
import type { TestCore } from '../core.ts';

/** A discipline decision through memberfile:addDiscipline (level codes of db/seed/csv/discipline-levels.csv). */
export async function makeDiscipline(
  t: TestCore,
  memberId: number,
  levelCode: string,
  decidedOn: string,
  more: Partial<Input<'memberfile:addDiscipline'>> = {},
): Promise<Output<'memberfile:addDiscipline'>> {
  return t.must('memberfile:addDiscipline', { memberId, levelCode, decidedOn, ...more });
}
