/**
 * Correcting and cancelling recorded events of members (members.md). A transfer within the province
 * is corrected and cancelled with its pair (eventHistory.ts).
 *
 * - Only the latest event that moved the member can be cancelled, which puts the member back in the
 *   cell the event took them from (refused when that cell no longer exists).
 * - Cancelling the transfer in from another province that marked the card's admission as having taken
 *   place in another province (eventRecord.ts) marks it as admitted here again.
 * - The card's admission (first ADMIT) and full-membership date (first FULL) stay in step with the
 *   record card: correcting them changes the card; the card's admission cannot be cancelled.
 * - After any change the cached status flags and the party-age anchor are recomputed in the same
 *   transaction; every change is audited with its old and new values.
 * - Transfer deadlines are warnings, not refusals: correct returns the event with them (eventView.ts).
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import type { MemberEvent } from '../../../shared/events/schemas.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { kernelProblems } from '../../../shared/kernel/problems.ts';
import { eventProblems as P } from '../../../shared/events/problems.ts';
import { ADMISSION_CODES, FULL_CODE } from '../../../shared/events/membership.ts';
import { byDateThenId, PLACING_CODES } from '../../../shared/events/rules.ts';
import * as repo from '../../../db/repositories/events/events.ts';
import * as members from '../../../db/repositories/members/members.ts';
import { getOrganisation } from '../../../db/repositories/organisations/organisations.ts';
import type { MemberEventRow } from '../../../db/repositories/members/members.ts';
import type { ServiceContext } from '../context.ts';
import { auditMember, eventAudit } from './eventAudit.ts';
import { checkCardAdmission, checkGapMark, checkLifeEvent, checkReplay, isFuture } from './eventChecks.ts';
import { CARD_ONLY, cardEventIds, live, LOCAL_OUT, MOVING, partnerOf, placements, ruleEvent } from './eventHistory.ts';
import { beforeBirth, decisionColumns } from './eventRecord.ts';
import { eventOut } from './eventView.ts';
import { eventCatalogue, refreshStatus } from './memberStatus.ts';
import { EVENT } from '../../../shared/events/eventTypes.ts';

// ---- correct ------------------------------------------------------------------------------------

async function mustGetEvent(ctx: ServiceContext, eventId: number) {
  const ev = await repo.getEvent(ctx.db, eventId);
  if (!ev) throw new AppFailure('NOT_FOUND', P.notFound());
  const [head] = await repo.memberHeads(ctx.db, [ev.member_id]);
  if (!head) throw new AppFailure('NOT_FOUND', P.memberOfEventNotFound());
  return { ev, head, events: await members.eventsOf(ctx.db, ev.member_id) };
}

/**
 * Corrects the date, the decision fields, the note and the transfer-gap mark of an event (and of its
 * pair, for a transfer within the province); returns it with its deadline warnings.
 */
/**
 * The end of a correction or a cancellation: the card's full-member date follows the standing FULL
 * event (`fullDate`; undefined when the change cannot move it), the member's own changes are audited,
 * the cached status is recomputed, and the event is returned as it now reads.
 */
async function settle(
  ctx: ServiceContext,
  head: { id: number; full_member_date: string | null },
  fullDate: string | null | undefined,
  memberChanges: Record<string, [unknown, unknown]>,
  effects: Awaited<ReturnType<typeof eventCatalogue>>['effects'],
  eventId: number,
): Promise<MemberEvent> {
  if (fullDate !== undefined && fullDate !== head.full_member_date) {
    await members.updateMember(ctx.db, head.id, { full_member_date: fullDate, updated_at: ctx.now });
    memberChanges.fullMemberDate = [head.full_member_date, fullDate];
  }
  auditMember(ctx, head.id, memberChanges);
  await refreshStatus(ctx, head.id, effects);
  return eventOut(ctx, head.id, eventId);
}

export async function correct(ctx: ServiceContext, input: ParsedInput<'event:correct'>): Promise<MemberEvent> {
  const catalogue = await eventCatalogue(ctx);
  const { ev, head, events } = await mustGetEvent(ctx, input.eventId);
  if (ev.cancelled === 1) throw new AppFailure('RULE', P.cancelledNoCorrect());
  if (isFuture(ctx, input.eventDate)) throw new AppFailure('BAD_INPUT', P.futureEventDate(), { eventDate: kernelProblems.futureDate() });
  if (isFuture(ctx, input.decisionDate)) throw new AppFailure('BAD_INPUT', kernelProblems.futureDecisionDate(), { decisionDate: kernelProblems.futureDate() });
  if (input.eventDate <= head.birth_date) throw beforeBirth(head.birth_date);
  checkGapMark(ev.type_code, input.eventDate, input.decisionDate, input.interruptsPartyAge);

  const partner = partnerOf(ev, events);
  const targets = partner ? [ev, partner] : [ev];
  const targetIds = new Set(targets.map((e) => e.id));
  const values = { event_date: input.eventDate, ...decisionColumns(input) };
  const changedEvents = events.map((e) => (targetIds.has(e.id) ? { ...e, ...values } : e));

  // Placements keep their order (the chain of cells the member went through).
  const order = (list: readonly MemberEventRow[]) => placements(list).map((e) => e.id).join(',');
  if (PLACING_CODES.has(ev.type_code) || ev.type_code === LOCAL_OUT) {
    if (order(events) !== order(changedEvents)) {
      throw new AppFailure('RULE', P.reorder(), { eventDate: P.reorderField() });
    }
  }
  checkLifeEvent(ev.type_code, input.eventDate, events.filter((e) => e.id !== ev.id));
  const cardAdmission = ev.id === cardEventIds(events).admit ? await members.getMember(ctx.db, head.id) : undefined;
  if (cardAdmission) checkCardAdmission(ctx, cardAdmission, events, input.eventDate, input.decisionDate);
  checkReplay(events.map(ruleEvent), changedEvents.map(ruleEvent), [...targetIds], catalogue, P.leadCorrect());

  const keys = ['event_date', 'decision_no', 'decision_date', 'decision_body', 'decision_signer', 'note', 'interrupts_party_age'] as const;
  const camel: Record<(typeof keys)[number], string> = {
    event_date: 'eventDate',
    decision_no: 'decisionNo',
    decision_date: 'decisionDate',
    decision_body: 'decisionBody',
    decision_signer: 'decisionSigner',
    note: 'note',
    interrupts_party_age: 'interruptsPartyAge',
  };
  // The mark is audited as a yes/no, the other fields as stored.
  const audited = (k: (typeof keys)[number], v: unknown) => (k === 'interrupts_party_age' ? v === 1 : v);
  for (const target of targets) {
    const changed = keys.filter((k) => target[k] !== values[k]);
    if (changed.length === 0) continue;
    await members.updateEvent(ctx.db, target.id, { ...values, updated_at: ctx.now });
    ctx.audit({
      action: 'event.correct',
      entity: 'member_event',
      entityId: target.id,
      oldValues: { memberId: head.id, typeCode: target.type_code, ...Object.fromEntries(changed.map((k) => [camel[k], audited(k, target[k])])) },
      newValues: { memberId: head.id, typeCode: target.type_code, ...Object.fromEntries(changed.map((k) => [camel[k], audited(k, values[k])])) },
    });
  }

  // The card follows its own events.
  const memberChanges: Record<string, [unknown, unknown]> = {};
  const cardBefore = cardEventIds(events);
  const cardAfter = cardEventIds(changedEvents);
  if (ev.id === cardBefore.admit) {
    const current = await members.getMember(ctx.db, head.id);
    if (current && (current.admission_date !== input.eventDate || current.admission_decision_date !== input.decisionDate)) {
      await members.updateMember(ctx.db, head.id, { admission_date: input.eventDate, admission_decision_date: input.decisionDate, updated_at: ctx.now });
      if (current.admission_date !== input.eventDate) memberChanges.admissionDate = [current.admission_date, input.eventDate];
      if (current.admission_decision_date !== input.decisionDate) memberChanges.admissionDecisionDate = [current.admission_decision_date, input.decisionDate];
    }
  }
  const fullDate = ev.type_code === FULL_CODE ? (changedEvents.find((e) => e.id === cardAfter.full)?.event_date ?? null) : undefined;
  return settle(ctx, head, fullDate, memberChanges, catalogue.effects, ev.id);
}

// ---- cancel -------------------------------------------------------------------------------------

/**
 * Cancels an event recorded by mistake, with the reason (kept, struck through). The member's status,
 * party age and, for the latest move, cell are put back as if the event had never been recorded.
 */
export async function cancel(ctx: ServiceContext, input: ParsedInput<'event:cancel'>): Promise<MemberEvent> {
  const catalogue = await eventCatalogue(ctx);
  const { ev, head, events } = await mustGetEvent(ctx, input.eventId);
  if (ev.cancelled === 1) throw new AppFailure('RULE', P.alreadyCancelled());
  const card = cardEventIds(events);
  if (ev.id === card.admit) throw new AppFailure('RULE', P.cardAdmission());
  if (ev.id === card.full && head.card_no !== null) throw new AppFailure('RULE', P.cardNumber({ card: head.card_no }));
  const partner = partnerOf(ev, events);
  const targets = partner ? [ev, partner] : [ev];
  const targetIds = new Set(targets.map((e) => e.id));
  const moving = targets.find((e) => MOVING.has(e.type_code));
  if (moving) {
    const later = placements(events).filter((e) => !targetIds.has(e.id) && byDateThenId({ eventDate: e.event_date, id: e.id }, { eventDate: moving.event_date, id: moving.id }) > 0)[0];
    if (later) {
      throw new AppFailure('RULE', P.laterPlacement({ date: formatVi(later.event_date), event: (catalogue.names.get(later.type_code) ?? later.type_code).toLowerCase() }));
    }
  }
  let changedEvents = events.map((e) => (targetIds.has(e.id) ? { ...e, cancelled: 1 } : e));

  // A cancelled arrival: an admission marked as elsewhere with nothing bringing the member here is ours again.
  const reverted: MemberEventRow[] = [];
  if (ev.type_code === EVENT.TRANSFER_IN_PROVINCE) {
    const standing = live(changedEvents);
    const admits = standing.filter((e) => e.type_code === EVENT.ADMIT);
    const addsHere = standing.some((e) => catalogue.effects.get(e.type_code) === 'add' && !(ADMISSION_CODES.has(e.type_code) && e.org_to_id === null));
    if (admits.length === 1 && (admits[0] as MemberEventRow).org_to_id === null && !addsHere && standing.every((e) => CARD_ONLY.has(e.type_code))) {
      reverted.push(admits[0] as MemberEventRow);
      changedEvents = changedEvents.map((e) => (e.id === admits[0]?.id ? { ...e, org_to_id: head.organisation_id } : e));
    }
  }
  checkReplay(events.map(ruleEvent), changedEvents.map(ruleEvent), reverted.map((e) => e.id), catalogue, P.leadCancel());

  // Back to the cell the cancelled move came from.
  const memberChanges: Record<string, [unknown, unknown]> = {};
  if (moving && moving.org_from_id !== null && moving.org_from_id !== moving.org_to_id && head.organisation_id === moving.org_to_id) {
    const back = await getOrganisation(ctx.db, moving.org_from_id);
    if (!back || back.effective_to !== null) {
      throw new AppFailure('RULE', P.previousCellInactive({ name: back?.name ?? P.unknownCell() }));
    }
    await members.updateMember(ctx.db, head.id, { organisation_id: back.id, org_path: back.path, updated_at: ctx.now });
    memberChanges.organisationId = [head.organisation_id, back.id];
  }
  for (const target of targets) {
    await members.updateEvent(ctx.db, target.id, { cancelled: 1, cancel_reason: input.reason, updated_at: ctx.now });
    ctx.audit({
      action: 'event.cancel',
      entity: 'member_event',
      entityId: target.id,
      oldValues: { ...eventAudit(target), cancelled: false, cancelReason: null },
      newValues: { memberId: head.id, typeCode: target.type_code, cancelled: true, cancelReason: input.reason },
    });
  }
  for (const e of reverted) {
    await members.updateEvent(ctx.db, e.id, { org_to_id: head.organisation_id, updated_at: ctx.now });
    ctx.audit({ action: 'event.admittedHere', entity: 'member_event', entityId: e.id, oldValues: { memberId: head.id, orgToId: null }, newValues: { memberId: head.id, orgToId: head.organisation_id } });
  }
  const next = cardEventIds(changedEvents).full;
  const fullDate = ev.id === card.full ? (changedEvents.find((e) => e.id === next)?.event_date ?? null) : undefined;
  return settle(ctx, head, fullDate, memberChanges, catalogue.effects, ev.id);
}
