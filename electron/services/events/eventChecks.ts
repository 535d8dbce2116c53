/**
 * The checks an event passes before anything is written (members.md; order of events in
 * shared/events/rules.ts): no date after today, the cell named is a working party cell, the
 * transfer-gap mark only where it applies, and the replay of the member's events shows no new problem.
 *
 * - Events are never dated after today, so the cached status (as of today) cannot go stale.
 * - A transfer in from another province may be marked "the time from the transfer letter to presenting
 *   it was an interruption of party life" (interrupts_party_age): only that event, only with the
 *   letter's date (the decision date). Party age and its cached anchor then leave that time out.
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import { completeDate, formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { kernelProblems, phraseOf, type Problem } from '../../../shared/kernel/problems.ts';
import { eventProblems as P } from '../../../shared/events/problems.ts';
import { organisationProblems as O } from '../../../shared/organisations/problems.ts';
import { byDateThenId, newProblems, sequenceProblems, type RuleEvent } from '../../../shared/events/rules.ts';
import { transferGapProblem } from '../../../shared/events/transferRules.ts';
import { getOrganisation, type OrganisationRow } from '../../../db/repositories/organisations/organisations.ts';
import type { ServiceContext } from '../context.ts';
import type { EventCatalogue } from './memberStatus.ts';

/** Organisation types a member's record can sit in (a party cell of either kind). */
const MEMBER_HOLDING_TYPES = new Set(['GRASSROOTS_CELL', 'CELL']);

export function isFuture(ctx: ServiceContext, iso: string | null): boolean {
  return iso !== null && completeDate(iso).iso > ctx.today;
}

export async function holdingCell(ctx: ServiceContext, id: number, field: string): Promise<OrganisationRow> {
  const org = await getOrganisation(ctx.db, id);
  if (!org) throw new AppFailure('BAD_INPUT', O.chosenNotFound(), { [field]: O.chooseCell() });
  if (org.effective_to !== null) throw new AppFailure('RULE', O.inactiveFrom({ name: org.name, date: formatVi(org.effective_to) }), { [field]: O.inactiveField() });
  if (!MEMBER_HOLDING_TYPES.has(org.type_code)) throw new AppFailure('RULE', O.notACell({ name: org.name }), { [field]: O.chooseACell() });
  return org;
}

/** Refuses the transfer-gap mark where it does not apply (shared/events/transferRules.ts). */
export function checkGapMark(typeCode: string, eventDate: string, decisionDate: string | null, interruptsPartyAge: boolean): void {
  const problem = transferGapProblem({ typeCode, eventDate, decisionDate, interruptsPartyAge });
  if (problem === null) return;
  const fieldText = problem.field === 'decisionDate' ? P.gapLetterField() : P.gapTypeField();
  throw new AppFailure('BAD_INPUT', problem.problem, { [problem.field]: fieldText });
}

/**
 * Refuses a change whose replay shows a new problem. `changed` are the events written or edited (their
 * own problems always count); the message names the later event that would no longer hold.
 */
export function checkReplay(before: readonly RuleEvent[], after: readonly RuleEvent[], changed: readonly number[], catalogue: EventCatalogue, lead: Problem): void {
  const found = newProblems(sequenceProblems(before, catalogue.effects, catalogue.names), sequenceProblems(after, catalogue.effects, catalogue.names), changed);
  const first = found.sort(([a], [b]) => {
    const ea = after.find((e) => e.id === a) as RuleEvent;
    const eb = after.find((e) => e.id === b) as RuleEvent;
    return byDateThenId(ea, eb);
  })[0];
  if (!first) return;
  const [id, problem] = first;
  if (changed.includes(id)) throw new AppFailure('RULE', problem);
  const other = after.find((e) => e.id === id) as RuleEvent;
  const later = P.laterInvalid({ lead, event: catalogue.names.get(other.typeCode) ?? other.typeCode, date: formatVi(other.eventDate), problem: phraseOf(problem) });
  throw new AppFailure('RULE', kernelProblems.sentence({ text: later }));
}
