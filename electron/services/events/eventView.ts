/**
 * A member's events as the clerk sees them (members.md): each event with its names, whether it is one
 * of the record card's own events, whether the admission took place in another province, and its
 * transfer-deadline warnings (60 working days from the decision to the transfer, 30 to present the
 * transfer letter: warnings, not refusals, shared/events/transferRules.ts); and the list of a member's
 * events with the status and party age they give.
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import { renderProblem } from '../../../shared/kernel/problems.ts';
import { eventProblems as P } from '../../../shared/events/problems.ts';
import { memberProblems } from '../../../shared/members/problems.ts';
import type { EventListResult, MemberEvent } from '../../../shared/events/schemas.ts';
import { ADMISSION_CODES } from '../../../shared/events/membership.ts';
import { transferWarnings } from '../../../shared/events/transferRules.ts';
import * as repo from '../../../db/repositories/events/events.ts';
import type { ServiceContext } from '../context.ts';
import { cardEventIds } from './eventHistory.ts';
import { deriveAll, eventCatalogue, partyAgeInfo } from './memberStatus.ts';

function toEvent(row: repo.EventRowWithNames, card: { admit: number | null; full: number | null }): MemberEvent {
  return {
    id: row.id,
    memberId: row.member_id,
    typeCode: row.type_code,
    typeName: row.type_name,
    effect: row.effect_on_list === 'add' || row.effect_on_list === 'remove' ? row.effect_on_list : 'none',
    eventDate: row.event_date,
    decisionNo: row.decision_no,
    decisionDate: row.decision_date,
    decisionBody: row.decision_body,
    decisionSigner: row.decision_signer,
    orgFromId: row.org_from_id,
    orgFromName: row.org_from_name,
    orgToId: row.org_to_id,
    orgToName: row.org_to_name,
    note: row.note,
    cancelled: row.cancelled === 1,
    cancelReason: row.cancel_reason,
    fromCard: row.id === card.admit || row.id === card.full,
    outside: ADMISSION_CODES.has(row.type_code) && row.org_to_id === null,
    interruptsPartyAge: row.interrupts_party_age === 1,
    warnings: row.cancelled === 1 ? [] : transferWarnings({ typeCode: row.type_code, eventDate: row.event_date, decisionDate: row.decision_date }).map((w) => renderProblem(w)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function eventOut(ctx: ServiceContext, memberId: number, eventId: number): Promise<MemberEvent> {
  const rows = await repo.eventsWithNames(ctx.db, memberId);
  const row = rows.find((r) => r.id === eventId);
  if (!row) throw new AppFailure('NOT_FOUND', P.notFound());
  return toEvent(row, cardEventIds(rows));
}

export async function list(ctx: ServiceContext, memberId: number): Promise<EventListResult> {
  const [head] = await repo.memberHeads(ctx.db, [memberId]);
  if (!head) throw new AppFailure('NOT_FOUND', memberProblems.notFound());
  const rows = await repo.eventsWithNames(ctx.db, memberId);
  const catalogue = await eventCatalogue(ctx);
  const { status, age } = deriveAll(rows, catalogue.effects, ctx.today);
  const card = cardEventIds(rows);
  return {
    memberId,
    events: rows.map((r) => toEvent(r, card)),
    status: { onList: status.onList, membership: status.membership, exempted: status.exempted, suspended: status.suspended, temporarilyAway: status.temporarilyAway },
    partyAge: partyAgeInfo(age),
  };
}
