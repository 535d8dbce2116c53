/**
 * Recording life-cycle events of members (members.md): one member or many at once (one decision), all
 * or nothing. Checks are in eventChecks.ts; correcting and cancelling in eventCorrections.ts.
 *
 * - Events that move the member (transfers in, moves by reorganisation, re-admission or restoration
 *   into another cell) update member.organisation_id / org_path, and may not be dated before the
 *   member's latest placement.
 * - A transfer within the province is written as its two events (eventHistory.ts).
 * - A member entered from the record card who actually joined the party in another province: when a
 *   transfer in from another province is recorded and the member's only events are the card's
 *   admission (and full membership) dated before it, that admission is marked as having taken place
 *   in another province (org_to_id NULL) so the member enters the list on the transfer date.
 * - The first recognition as a full member sets the card's full-membership date.
 * - After the change the cached status flags and the party-age anchor are recomputed in the same
 *   transaction; every change is audited with its old and new values.
 * - Transfer deadlines (60 working days from the decision to the transfer, 30 to present the transfer
 *   letter) are warnings, not refusals: record returns them (shared/events/transferRules.ts).
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { kernelProblems, phraseOf, renderProblem, type Problem } from '../../../shared/kernel/problems.ts';
import { eventProblems as P } from '../../../shared/events/problems.ts';
import { FULL_CODE } from '../../../shared/events/membership.ts';
import { transferWarnings } from '../../../shared/events/transferRules.ts';
import * as repo from '../../../db/repositories/events/events.ts';
import * as members from '../../../db/repositories/members/members.ts';
import type { OrganisationRow } from '../../../db/repositories/organisations/organisations.ts';
import type { MemberEventRow } from '../../../db/repositories/members/members.ts';
import type { MemberEventTable } from '../../../db/schema.ts';
import type { Insertable } from 'kysely';
import type { ServiceContext } from '../context.ts';
import { auditMember, eventAudit } from './eventAudit.ts';
import { checkGapMark, checkLifeEvent, checkReplay, holdingCell, isFuture } from './eventChecks.ts';
import { CARD_ONLY, live, LOCAL_IN, LOCAL_OUT, MOVING, placements, ruleEvent } from './eventHistory.ts';
import { eventCatalogue, refreshStatus, type EventCatalogue } from './memberStatus.ts';
import { EVENT } from '../../../shared/events/eventTypes.ts';

/** Events that need the destination cell: the member moves there. */
const NEEDS_DESTINATION = new Set<string>([LOCAL_OUT, LOCAL_IN, EVENT.TRANSFER_IN_PROVINCE, EVENT.MOVE_BY_REORGANISATION]);
/** Events that may name a cell (by default the member's own). */
const MAY_PLACE = new Set<string>([EVENT.READMIT, EVENT.RESTORE]);
/** Ids given to events not yet written, above every stored id (they go last among events of their date). */
const NEW_ID = 2 ** 52;

type RecordInput = ParsedInput<'event:record'>;
/** An event about to be written (every column given). */
type NewEvent = Omit<Required<Insertable<MemberEventTable>>, 'id' | 'member_id' | 'created_at'>;

/** Checks one member's event and writes it; throws AppFailure (before writing anything) when refused. */
async function recordOne(ctx: ServiceContext, head: repo.MemberHead, input: RecordInput, destination: OrganisationRow | null, catalogue: EventCatalogue): Promise<number[]> {
  const type = input.typeCode;
  const effect = catalogue.effects.get(type) ?? 'none';
  const events = await members.eventsOf(ctx.db, head.id);
  if (input.eventDate <= head.birth_date) throw beforeBirth(head.birth_date);

  const from = head.organisation_id;
  const decision = {
    ...decisionColumns(input),
    cancelled: 0,
    cancel_reason: null,
    updated_at: null,
  };
  const base = { type_code: type, event_date: input.eventDate, ...decision };
  const rows: NewEvent[] = [];
  let moveTo: OrganisationRow | null = null;
  const converted: MemberEventRow[] = [];

  if (type === LOCAL_OUT || type === LOCAL_IN || type === EVENT.MOVE_BY_REORGANISATION) {
    const to = destination as OrganisationRow;
    if (to.id === from) throw new AppFailure('RULE', kernelProblems.sentence({ text: P.alreadyInCell({ name: to.name }) }), { orgToId: P.chooseOtherCell() });
    if (type === EVENT.MOVE_BY_REORGANISATION) rows.push({ ...base, org_from_id: from, org_to_id: to.id });
    else {
      rows.push({ ...base, type_code: LOCAL_OUT, org_from_id: from, org_to_id: to.id });
      rows.push({ ...base, type_code: LOCAL_IN, org_from_id: from, org_to_id: to.id });
    }
    moveTo = to;
  } else if (type === EVENT.TRANSFER_IN_PROVINCE) {
    const to = destination as OrganisationRow;
    rows.push({ ...base, org_from_id: null, org_to_id: to.id });
    if (to.id !== from) moveTo = to;
    // A card entered for someone admitted in another province: that admission took place outside.
    const standing = live(events);
    const admits = standing.filter((e) => e.type_code === EVENT.ADMIT);
    const arrival =
      standing.length > 0 && standing.every((e) => CARD_ONLY.has(e.type_code) && e.event_date <= input.eventDate) && admits.length === 1 && (admits[0] as MemberEventRow).org_to_id !== null;
    if (arrival) converted.push(admits[0] as MemberEventRow);
  } else if (MAY_PLACE.has(type)) {
    const to = destination ?? (await holdingCell(ctx, from, 'orgToId').catch(() => {
      throw new AppFailure('RULE', kernelProblems.sentence({ text: P.oldCellInactive() }), { orgToId: P.chooseHoldingCell() });
    }));
    rows.push({ ...base, org_from_id: from, org_to_id: to.id });
    if (to.id !== from) moveTo = to;
  } else if (type === EVENT.TEMP_OUT) {
    rows.push({ ...base, org_from_id: from, org_to_id: destination?.id ?? null });
  } else if (type === EVENT.ADMIT) {
    rows.push({ ...base, org_from_id: null, org_to_id: from });
  } else if (effect === 'remove') {
    rows.push({ ...base, org_from_id: from, org_to_id: null });
  } else {
    rows.push({ ...base, org_from_id: from, org_to_id: from });
  }

  // A move may not be dated before the member's latest placement (the chain of cells stays in order).
  if (moveTo !== null || MOVING.has(type)) {
    const last = placements(events).at(-1);
    if (last && last.event_date > input.eventDate) {
      const problem = P.moveBeforePlacement({ date: formatVi(last.event_date), event: (catalogue.names.get(last.type_code) ?? last.type_code).toLowerCase() });
      throw new AppFailure('RULE', kernelProblems.sentence({ text: problem }), { eventDate: P.notBefore({ date: formatVi(last.event_date) }) });
    }
  }

  checkLifeEvent(type, input.eventDate, events);
  const before = events.map(ruleEvent);
  const convertedIds = new Set(converted.map((e) => e.id));
  const after = [
    ...events.map((e) => ruleEvent(convertedIds.has(e.id) ? { ...e, org_to_id: null } : e)),
    ...rows.map((r, k) => ruleEvent({ id: NEW_ID + k, type_code: r.type_code, event_date: r.event_date, decision_date: r.decision_date ?? null, org_to_id: r.org_to_id ?? null, cancelled: 0 })),
  ];
  checkReplay(before, after, rows.map((_, k) => NEW_ID + k), catalogue, P.leadRecord());

  // Checked: write.
  for (const e of converted) {
    await members.updateEvent(ctx.db, e.id, { org_to_id: null, updated_at: ctx.now });
    ctx.audit({ action: 'event.admittedElsewhere', entity: 'member_event', entityId: e.id, oldValues: { memberId: head.id, orgToId: e.org_to_id }, newValues: { memberId: head.id, orgToId: null } });
  }
  const ids: number[] = [];
  for (const r of rows) {
    const row = { ...r, member_id: head.id, created_at: ctx.now };
    const id = await members.insertEvent(ctx.db, row);
    ids.push(id);
    ctx.audit({ action: 'event.record', entity: 'member_event', entityId: id, oldValues: null, newValues: eventAudit(row) });
  }
  const memberChanges: Record<string, [unknown, unknown]> = {};
  if (moveTo !== null) {
    await members.updateMember(ctx.db, head.id, { organisation_id: moveTo.id, org_path: moveTo.path, updated_at: ctx.now });
    memberChanges.organisationId = [from, moveTo.id];
  }
  if (type === FULL_CODE && !live(events).some((e) => e.type_code === FULL_CODE) && head.full_member_date !== input.eventDate) {
    // The first recognition as a full member is the card's ngày chính thức.
    await members.updateMember(ctx.db, head.id, { full_member_date: input.eventDate, updated_at: ctx.now });
    memberChanges.fullMemberDate = [head.full_member_date, input.eventDate];
  }
  auditMember(ctx, head.id, memberChanges);
  await refreshStatus(ctx, head.id, catalogue.effects);
  return ids;
}

function describe(head: repo.MemberHead): Problem {
  return P.member({ name: head.full_name, birth: formatVi(head.birth_date), organisation: head.organisation_name });
}

/** An event dated on or before the member's birth (recording and correcting alike). */
export function beforeBirth(birth: string): AppFailure {
  return new AppFailure('RULE', kernelProblems.sentence({ text: P.beforeBirth({ birth: formatVi(birth) }) }), { eventDate: P.beforeBirthField() });
}

/**
 * Records one event for one or many members (one decision). All or nothing: every member is checked;
 * when any is refused nothing is written and the message names the member.
 */

/** The decision, note and gap mark of an event as written (recording and correcting alike). */
export function decisionColumns(input: {
  decisionNo: string | null;
  decisionDate: string | null;
  decisionBody: string | null;
  decisionSigner: string | null;
  note: string | null;
  interruptsPartyAge: boolean;
}) {
  return {
    decision_no: input.decisionNo,
    decision_date: input.decisionDate,
    decision_body: input.decisionBody,
    decision_signer: input.decisionSigner,
    note: input.note,
    interrupts_party_age: input.interruptsPartyAge ? 1 : 0,
  };
}
export async function record(ctx: ServiceContext, input: RecordInput): Promise<{ recorded: number; eventIds: number[]; warnings: string[] }> {
  const catalogue = await eventCatalogue(ctx);
  const type = input.typeCode;
  if (!catalogue.names.has(type)) throw new AppFailure('BAD_INPUT', P.typeNotInCatalogue(), { typeCode: P.chooseType() });
  if (isFuture(ctx, input.eventDate)) throw new AppFailure('BAD_INPUT', P.futureEvent(), { eventDate: kernelProblems.futureDate() });
  if (isFuture(ctx, input.decisionDate)) throw new AppFailure('BAD_INPUT', kernelProblems.futureDecisionDate(), { decisionDate: kernelProblems.futureDate() });
  checkGapMark(type, input.eventDate, input.decisionDate, input.interruptsPartyAge);

  let destination: OrganisationRow | null = null;
  if (NEEDS_DESTINATION.has(type) && input.orgToId === null) {
    throw new AppFailure('BAD_INPUT', P.chooseDestination(), { orgToId: P.chooseDestinationField() });
  }
  if (input.orgToId !== null) {
    if (!NEEDS_DESTINATION.has(type) && !MAY_PLACE.has(type) && type !== EVENT.TEMP_OUT) {
      throw new AppFailure('BAD_INPUT', P.noDestination({ event: catalogue.names.get(type) ?? type }), { orgToId: P.noDestinationField() });
    }
    destination = await holdingCell(ctx, input.orgToId, 'orgToId');
  }

  const heads = new Map((await repo.memberHeads(ctx.db, input.memberIds)).map((h) => [h.id, h]));
  const missing = input.memberIds.filter((id) => !heads.has(id));
  if (missing.length > 0) throw new AppFailure('NOT_FOUND', P.membersNotFound({ count: missing.length, ids: missing.slice(0, 5).join(', ') }));

  const bulk = input.memberIds.length > 1;
  const refused: { index: number; head: repo.MemberHead; failure: AppFailure }[] = [];
  const eventIds: number[] = [];
  for (const [index, id] of input.memberIds.entries()) {
    const head = heads.get(id) as repo.MemberHead;
    try {
      eventIds.push(...(await recordOne(ctx, head, input, destination, catalogue)));
    } catch (error) {
      if (!(error instanceof AppFailure) || error.code === 'INTERNAL') throw error;
      refused.push({ index, head, failure: error });
    }
  }
  const first = refused[0];
  if (first) {
    // Thrown inside the write transaction: whatever was written for the others is rolled back.
    if (!bulk) throw first.failure;
    const fields = Object.fromEntries(refused.map((r) => [`memberIds.${r.index}`, P.memberSays({ name: r.head.full_name, problem: r.failure.problem })]));
    const named = { member: describe(first.head), problem: phraseOf(first.failure.problem) };
    throw new AppFailure('RULE', refused.length > 1 ? P.bulkRefusedMore({ ...named, others: refused.length - 1 }) : P.bulkRefused(named), fields);
  }
  // Written anyway: the deadlines are reminders (every member of one decision has the same dates).
  const found = transferWarnings({ typeCode: type, eventDate: input.eventDate, decisionDate: input.decisionDate });
  const named = bulk ? input.memberIds.flatMap((id) => found.map((w) => P.memberSays({ name: (heads.get(id) as repo.MemberHead).full_name, problem: w }))) : found;
  const warnings = named.map((w) => renderProblem(w));
  return { recorded: input.memberIds.length, eventIds, warnings };
}
