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
import { ADMISSION_CODES } from '../../../shared/events/membership.ts';
import { EVENT } from '../../../shared/events/eventTypes.ts';
import { cardPlausibility, keptAsWarnings, lifeEventPlausibility, onOrBefore, refusals, type CardFacts, type PlausibilityProblem, type PlausibilityRule } from '../../../shared/members/plausibility.ts';
import { getOrganisation, type OrganisationRow } from '../../../db/repositories/organisations/organisations.ts';
import type { MemberEventRow, MemberRecord } from '../../../db/repositories/members/members.ts';
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

/** Throws the first refusal with its box (a sentence for the message, the phrase under the box). */
function refuse(found: readonly PlausibilityProblem[], field: (p: PlausibilityProblem) => string = (p) => p.field): void {
  const first = found[0];
  if (first === undefined) return;
  throw new AppFailure('RULE', kernelProblems.sentence({ text: first.summary }), Object.fromEntries(found.map((p) => [field(p), p.problem])));
}

/**
 * A recognition (FULL) or a death (DEATH) against the admission it follows (shared/members/plausibility.ts):
 * full membership before 12 months of probation, a death before the admission, refused under the
 * event's date. The admission in force is the latest admission or re-admission that may be on or
 * before the event; none: the first. `events`: the member's stored events, without the one being corrected.
 */
export function checkLifeEvent(typeCode: string, eventDate: string, events: readonly MemberEventRow[]): void {
  const kind = typeCode === EVENT.FULL ? 'full' : typeCode === EVENT.DEATH ? 'death' : null;
  if (kind === null) return;
  const admissions = events
    .filter((e) => e.cancelled === 0 && ADMISSION_CODES.has(e.type_code))
    .sort((a, b) => byDateThenId({ eventDate: a.event_date, id: a.id }, { eventDate: b.event_date, id: b.id }));
  const inForce = admissions.filter((e) => onOrBefore(e.event_date, eventDate) !== null).at(-1) ?? admissions[0];
  refuse(refusals(lifeEventPlausibility({ kind, eventDate }, inForce?.event_date ?? null)));
}

/** The card's fields an admission event stands for, and the event form's boxes they show under. */
const ADMISSION_BOXES: Record<string, string> = { admissionDate: 'eventDate', admissionDecisionDate: 'decisionDate' };
/** The card's rules about its admission that the replay of the events does not check (it checks the order of the dates). */
const ADMISSION_RULES: ReadonlySet<PlausibilityRule> = new Set(['underAge', 'admissionBeforeFounding', 'decisionBeforeFounding', 'admissionAfterDeath']);

/**
 * Correcting the record card's admission event changes the card's admission dates: the card's rules
 * (under 18, before the Party was founded, after the death) apply, under the event form's boxes. What
 * the stored card already broke is not blamed on the correction (keptAsWarnings).
 */
export function checkCardAdmission(ctx: ServiceContext, member: MemberRecord, events: readonly MemberEventRow[], eventDate: string, decisionDate: string | null): void {
  const death = events.find((e) => e.type_code === EVENT.DEATH && e.cancelled === 0);
  const facts: CardFacts = { deathDate: death?.event_date ?? null, onList: member.on_list === 1, suspended: member.suspended === 1, membership: member.membership };
  const card = { birthDate: member.birth_date, admissionDate: member.admission_date, admissionDecisionDate: member.admission_decision_date, fullMemberDate: member.full_member_date };
  const stored = cardPlausibility(card, facts, ctx.today);
  const now = cardPlausibility({ ...card, admissionDate: eventDate, admissionDecisionDate: decisionDate }, facts, ctx.today);
  refuse(
    refusals(keptAsWarnings(now, stored).filter((p) => ADMISSION_RULES.has(p.rule))),
    (p) => ADMISSION_BOXES[p.field] as string,
  );
}
