/**
 * Reading a member's stored events (members.md): which events still stand and in what order, the
 * record card's own events, the placements (events putting the member in a cell), and the two halves
 * of a transfer within the province. Pure: no database, no context. Used by the event services
 * (eventView.ts, eventRecord.ts, eventCorrections.ts, eventReports.ts).
 *
 * - A transfer within the province is recorded as two events of the same date, TRANSFER_OUT_LOCAL
 *   then TRANSFER_IN_LOCAL, both with org_from = the old cell and org_to = the new one, so the old
 *   cell's tally counts an "out" and the new cell's an "in". They are corrected and cancelled together.
 * - The card's admission (first ADMIT) and full-membership date (first FULL) are the first of those
 *   events still standing.
 */
import { FULL_CODE } from '../../../shared/events/membership.ts';
import { byDateThenId, PLACING_CODES, type RuleEvent } from '../../../shared/events/rules.ts';
import type { MemberEventRow } from '../../../db/repositories/members/members.ts';
import { EVENT } from '../../../shared/events/eventTypes.ts';

export const LOCAL_OUT = EVENT.TRANSFER_OUT_LOCAL;
export const LOCAL_IN = EVENT.TRANSFER_IN_LOCAL;
/** Events whose org_to is the member's cell afterwards, and org_from the cell before (statusAsOf reads them). */
export const MOVING = new Set<string>([LOCAL_IN, EVENT.TRANSFER_IN_PROVINCE, EVENT.MOVE_BY_REORGANISATION, EVENT.READMIT, EVENT.RESTORE]);
/** The only events a card entered for someone admitted in another province has before the transfer in. */
export const CARD_ONLY = new Set<string>([EVENT.ADMIT, FULL_CODE]);

export function ruleEvent(e: Pick<MemberEventRow, 'id' | 'type_code' | 'event_date' | 'decision_date' | 'org_to_id' | 'cancelled'>): RuleEvent {
  return { id: e.id, typeCode: e.type_code, eventDate: e.event_date, decisionDate: e.decision_date, orgToId: e.org_to_id, cancelled: e.cancelled === 1 };
}

export const live = <T extends { cancelled: number }>(events: readonly T[]) => events.filter((e) => e.cancelled === 0);

const sorted = <T extends { event_date: string; id: number }>(events: readonly T[]) =>
  [...events].sort((a, b) => byDateThenId({ eventDate: a.event_date, id: a.id }, { eventDate: b.event_date, id: b.id }));

/** The record card's own events: the first admission and the first full membership still standing. */
export function cardEventIds(events: readonly MemberEventRow[]): { admit: number | null; full: number | null } {
  const standing = sorted(live(events));
  return { admit: standing.find((e) => e.type_code === EVENT.ADMIT)?.id ?? null, full: standing.find((e) => e.type_code === FULL_CODE)?.id ?? null };
}

/** The other half of a transfer within the province (same member, date, cells and cancelled state). */
export function partnerOf(event: MemberEventRow, events: readonly MemberEventRow[]): MemberEventRow | undefined {
  const other = event.type_code === LOCAL_OUT ? LOCAL_IN : event.type_code === LOCAL_IN ? LOCAL_OUT : null;
  if (other === null) return undefined;
  const candidates = events.filter(
    (e) => e.type_code === other && e.event_date === event.event_date && e.org_from_id === event.org_from_id && e.org_to_id === event.org_to_id && e.cancelled === event.cancelled,
  );
  // The nearest entry: the pair is written one after the other.
  return candidates.sort((a, b) => Math.abs(a.id - event.id) - Math.abs(b.id - event.id))[0];
}

/** The placements (events putting the member in a cell) still standing, in order. */
export function placements(events: readonly MemberEventRow[]): MemberEventRow[] {
  return sorted(live(events)).filter((e) => PLACING_CODES.has(e.type_code));
}
