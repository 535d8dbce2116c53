/**
 * The cached status of a member (membership, on the list, exempted, suspended, temporarily away, the
 * party-age anchor) recomputed from the events, in the caller's transaction. Always equal to
 * deriveMembership and partyAge over the events as of today: events are never dated after today, so
 * the cache cannot go stale as days pass.
 */
import { deriveMembership, membershipEventOf, type ListEffect, type MembershipStatus } from '../../../shared/events/membership.ts';
import { partyAge, type PartyAge, type PartyAgeEvent } from '../../../shared/members/partyAge.ts';
import type { PartyAgeInfo } from '../../../shared/members/schemas.ts';
import { memberEventTypes } from '../../../db/repositories/catalogues/catalogues.ts';
import * as members from '../../../db/repositories/members/members.ts';
import type { MemberEventRow } from '../../../db/repositories/members/members.ts';
import type { ServiceContext } from '../context.ts';

export interface EventCatalogue {
  effects: Map<string, ListEffect>;
  names: Map<string, string>;
}

export async function eventCatalogue(ctx: ServiceContext): Promise<EventCatalogue> {
  const rows = await memberEventTypes(ctx.db);
  return {
    effects: new Map(rows.map((r) => [r.code, r.effect_on_list === 'add' || r.effect_on_list === 'remove' ? r.effect_on_list : 'none'])),
    names: new Map(rows.map((r) => [r.code, r.name])),
  };
}

/** A stored event as the derivations read it (the transfer-gap mark defaults to not marked). */
type StoredEvent = Pick<MemberEventRow, 'type_code' | 'event_date' | 'decision_date' | 'cancelled' | 'org_to_id'> & Partial<Pick<MemberEventRow, 'interrupts_party_age'>>;

/**
 * A member_event row as party age reads it. Every caller that computes party age from stored events
 * should use it, so the transfer gap marked by the clerk is left out everywhere (and the cached anchor
 * agrees with what is shown).
 */
export function partyAgeEventOf(e: StoredEvent): PartyAgeEvent {
  return { typeCode: e.type_code, eventDate: e.event_date, decisionDate: e.decision_date, cancelled: e.cancelled === 1, interruptsPartyAge: e.interrupts_party_age === 1 };
}

/** Status and party age of a member's events as of `asOf`. */
export function deriveAll(events: readonly StoredEvent[], effects: ReadonlyMap<string, ListEffect>, asOf: string): { status: MembershipStatus; age: PartyAge } {
  return {
    status: deriveMembership(events.map(membershipEventOf), effects, asOf),
    age: partyAge(events.map(partyAgeEventOf), asOf),
  };
}

export function partyAgeInfo(age: PartyAge): PartyAgeInfo {
  return { months: age.months, years: Math.floor(age.months / 12), approximate: age.approximate, running: age.running, anchor: age.anchor };
}

/** Recomputes and stores the cached columns of one member; returns what it stored. */
export async function refreshStatus(ctx: ServiceContext, memberId: number, effects?: ReadonlyMap<string, ListEffect>): Promise<{ status: MembershipStatus; age: PartyAge }> {
  const events = await members.eventsOf(ctx.db, memberId);
  const derived = deriveAll(events, effects ?? (await eventCatalogue(ctx)).effects, ctx.today);
  // Only the cached columns that changed: most events leave the status as it was.
  await members.updateMemberChanges(ctx.db, memberId, (await members.cachedStatusOf(ctx.db, memberId)) ?? {}, cachedColumns(derived));
  return derived;
}

/** The member row's cached columns for a derived status and party age. */
export function cachedColumns({ status, age }: { status: MembershipStatus; age: PartyAge }) {
  return {
    membership: status.membership,
    on_list: status.onList ? 1 : 0,
    exempted: status.exempted ? 1 : 0,
    suspended: status.suspended ? 1 : 0,
    temporarily_away: status.temporarilyAway ? 1 : 0,
    party_age_anchor: age.anchor,
  };
}
