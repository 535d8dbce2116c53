/**
 * Yearly quality ratings: the organisations around a grid (the peer group a member's rating counts
 * in, the tree's display order, whether an organisation is active on a date) and a member's status on
 * the rating date, derived from the membership events.
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import { membershipEventOf, type ListEffect, type MembershipEvent } from '../../../shared/events/membership.ts';
import { notSubjectText, type RatingSubject } from '../../../shared/ratings/rules.ts';
import { ratingProblems as P } from '../../../shared/ratings/problems.ts';
import { pathIds } from '../../../db/repositories/organisations/organisations.ts';
import * as repo from '../../../db/repositories/ratings/ratings.ts';
import type { OrgLite, StatusEventRow } from '../../../db/repositories/ratings/ratings.ts';
import type { ServiceContext } from '../context.ts';
import { eventCatalogue } from '../events/memberStatus.ts';

// ---- organisations: peer groups and order ------------------------------------------------------

export async function grassrootsTypes(ctx: ServiceContext): Promise<{ grassroots: Set<string>; names: Map<string, string> }> {
  const types = await repo.organisationTypes(ctx.db);
  return { grassroots: new Set(types.filter((t) => t.grassroots === 1).map((t) => t.code)), names: new Map(types.map((t) => [t.code, t.name])) };
}

/** Organisation types that hold members' records (a cell). */
const HOLDING_TYPES = new Set(['CELL', 'GRASSROOTS_CELL']);

/**
 * The peer group of members for an organisation: its nearest grassroots ancestor (itself included);
 * a cell with no grassroots organisation above it is its own group. null: the organisation is above
 * the grassroots level.
 */
export async function memberPeer(ctx: ServiceContext, org: { id: number; path: string; type_code: string; name: string }): Promise<{ id: number; name: string; path: string } | null> {
  const { grassroots } = await grassrootsTypes(ctx);
  const chain = await repo.organisationsByIds(ctx.db, pathIds(org.path));
  const byId = new Map(chain.map((o) => [o.id, o]));
  for (const id of pathIds(org.path).reverse()) {
    const o = byId.get(id);
    if (o && grassroots.has(o.type_code)) return { id: o.id, name: o.name, path: o.path };
  }
  return HOLDING_TYPES.has(org.type_code) ? { id: org.id, name: org.name, path: org.path } : null;
}

/** Position of each organisation of a subtree in the tree's display order (depth first). */
export function treeRank(orgs: readonly OrgLite[], rootId: number): Map<number, number> {
  const children = new Map<number, OrgLite[]>();
  for (const o of orgs) {
    if (o.parent_id === null) continue;
    const list = children.get(o.parent_id) ?? [];
    list.push(o);
    children.set(o.parent_id, list);
  }
  const rank = new Map<number, number>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    rank.set(id, rank.size);
    const kids = (children.get(id) ?? []).sort((a, b) => b.display_order - a.display_order || b.id - a.id);
    for (const k of kids) stack.push(k.id);
  }
  return rank;
}

export function activeOn(o: Pick<OrgLite, 'effective_from' | 'effective_to'>, date: string): boolean {
  return o.effective_from <= date && (o.effective_to === null || o.effective_to > date);
}

// ---- member status on the rating date -----------------------------------------------------------

export async function effects(ctx: ServiceContext): Promise<Map<string, ListEffect>> {
  return (await eventCatalogue(ctx)).effects;
}

/** Events grouped per member (the rows come ordered by member, date, entry). */
export function groupEvents(rows: readonly StatusEventRow[]): Map<number, MembershipEvent[]> {
  const out = new Map<number, MembershipEvent[]>();
  for (const r of rows) {
    let list = out.get(r.member_id);
    if (!list) {
      list = [];
      out.set(r.member_id, list);
    }
    list.push(membershipEventOf(r));
  }
  return out;
}

export function notSubjectFailure(name: string, year: number, s: Exclude<RatingSubject, { subject: true }>, date: string): AppFailure {
  return new AppFailure('RULE', P.notSubject({ name, year, reason: notSubjectText(s.reason, date, true) }), {
    categoryCode: notSubjectText(s.reason, date),
  });
}
