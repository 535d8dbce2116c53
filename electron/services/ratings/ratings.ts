/**
 * Yearly quality ratings of members (ratings-and-badges.md): the grid of a grassroots organisation's
 * members, saving one rating or a whole grid (all or nothing, within the excellent quota of the peer
 * group) and one member's history. The year and the quota setting are in ratingYear.ts, the
 * organisation grid in organisationRatings.ts, the tally in ratingSummary.ts.
 * Pure rules are in shared/ratings/rules.ts; SQL in db/repositories/ratings/ratings.ts.
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import { renderProblem } from '../../../shared/kernel/problems.ts';
import { memberProblems } from '../../../shared/members/problems.ts';
import { organisationProblems as O } from '../../../shared/organisations/problems.ts';
import { ratingProblems as P } from '../../../shared/ratings/problems.ts';
import type { GridResult, NotSubjectRow, QuotaState, Rating } from '../../../shared/ratings/schemas.ts';
import {
  categoriesFor,
  countQuota,
  notSubjectText,
  quotaCategories,
  ratingSubject,
  type RatingCategory,
  type RatingSubject,
} from '../../../shared/ratings/rules.ts';
import { getOrganisation } from '../../../db/repositories/organisations/organisations.ts';
import * as repo from '../../../db/repositories/ratings/ratings.ts';
import type { MemberRatingRow } from '../../../db/repositories/ratings/ratings.ts';
import type { ServiceContext } from '../context.ts';
import { actionOf, auditValues, countsAfter, enforceQuota, entryFailure, entryProblem, failWithProblems, quotaState, sameValues, valuesOf, type Change, type EntryFields, type PeerQuota, type RowProblem } from './ratingEntries.ts';
import { effects, groupEvents, memberPeer, notSubjectFailure, treeRank } from './ratingPeers.ts';
import { toRating, yearContext, type YearContext } from './ratingYear.ts';

// ---- the member grid ----------------------------------------------------------------------------

interface BuiltGrid {
  grid: GridResult;
  yc: YearContext;
  /** Every member of the subtree with a place in the grid (rows and not-subject), by id. */
  members: Map<number, { fullName: string; subject: RatingSubject; old: MemberRatingRow | undefined }>;
  quota: PeerQuota | null;
}

async function buildGrid(ctx: ServiceContext, organisationId: number, year: number): Promise<BuiltGrid> {
  const org = await getOrganisation(ctx.db, organisationId);
  if (!org) throw new AppFailure('NOT_FOUND', O.chosenNotFound());
  const yc = await yearContext(ctx, year);
  const peer = await memberPeer(ctx, org);
  if (!peer) {
    throw new AppFailure('RULE', P.notGrassroots({ name: org.name }), { organisationId: P.notGrassrootsField() });
  }
  const [members, orgs, effectMap] = await Promise.all([repo.subtreeMembers(ctx.db, org.path), repo.subtreeOrganisations(ctx.db, org.path), effects(ctx)]);
  const ids = members.map((m) => m.id);
  const [eventRows, ratingRows] = await Promise.all([repo.eventsOfMembers(ctx.db, ids), repo.memberRatingsOfYear(ctx.db, ids, year)]);
  const events = groupEvents(eventRows);
  const ratings = new Map(ratingRows.map((r) => [r.member_id, r]));
  const rank = treeRank(orgs, org.id);

  const byOrder = [...members].sort(
    (a, b) => (rank.get(a.organisation_id) ?? 0) - (rank.get(b.organisation_id) ?? 0) || (a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : 0),
  );
  const rows: GridResult['rows'] = [];
  const notSubject: NotSubjectRow[] = [];
  const placed: BuiltGrid['members'] = new Map();
  for (const m of byOrder) {
    const subject = ratingSubject(events.get(m.id) ?? [], effectMap, yc.date);
    const old = ratings.get(m.id);
    const rating = old ? toRating(old, yc.member) : null;
    if (subject.subject) {
      rows.push({ memberId: m.id, fullName: m.full_name, birthDate: m.birth_date, organisationId: m.organisation_id, organisationName: m.organisation_name, membership: m.membership, rating });
    } else if (subject.reason !== 'notOnList' || old) {
      notSubject.push({
        memberId: m.id,
        fullName: m.full_name,
        birthDate: m.birth_date,
        organisationName: m.organisation_name,
        reason: subject.reason,
        reasonText: renderProblem(notSubjectText(subject.reason, yc.date)),
        since: subject.since,
        rating,
      });
    } else {
      continue;
    }
    placed.set(m.id, { fullName: m.full_name, subject, old });
  }

  let quota: PeerQuota | null = null;
  let state: QuotaState | null = null;
  const pair = quotaCategories(yc.member);
  if (yc.regime.quotaPct !== null && pair) {
    // The grid's own subtree is the peer group (the usual case): its stored ratings are at hand.
    let before = countQuota(
      ratingRows.map((r) => r.category_code),
      pair.excellent.code,
      pair.good.code,
    );
    if (peer.id !== org.id) {
      const counts = await repo.memberCategoryCounts(ctx.db, peer.path, year);
      before = { excellent: counts.get(pair.excellent.code) ?? 0, good: counts.get(pair.good.code) ?? 0 };
    }
    quota = { peer, typeCode: null, typeName: null, pct: yc.regime.quotaPct, excellent: pair.excellent, good: pair.good, before };
    const inGrid = countQuota(
      rows.map((r) => r.rating?.categoryCode ?? null),
      pair.excellent.code,
      pair.good.code,
    );
    state = quotaState(quota, before, inGrid);
  }

  return {
    grid: {
      organisation: { id: org.id, name: org.name, typeCode: org.type_code },
      year,
      ratingDate: yc.date,
      regime: yc.regime,
      categories: yc.member,
      rows,
      notSubject,
      quota: state,
    },
    yc,
    members: placed,
    quota,
  };
}

export async function grid(ctx: ServiceContext, input: { organisationId: number; year: number }): Promise<GridResult> {
  return (await buildGrid(ctx, input.organisationId, input.year)).grid;
}

interface MemberEntry extends EntryFields {
  memberId: number;
}

function writeMemberChange(ctx: ServiceContext, year: number, change: Change<MemberRatingRow>): Promise<void> {
  const action = actionOf(change);
  ctx.audit({ action: `rating.${action}`, entity: 'member_rating', entityId: change.id, oldValues: auditValues(year, change.old), newValues: auditValues(year, change.next) });
  if (change.next === null) return repo.deleteMemberRating(ctx.db, change.id, year);
  if (change.old === undefined) return repo.insertMemberRating(ctx.db, change.id, year, change.next, ctx.now);
  return repo.updateMemberRating(ctx.db, change.id, year, change.next, ctx.now);
}

export async function saveGrid(
  ctx: ServiceContext,
  input: { organisationId: number; year: number; entries: MemberEntry[]; confirmQuotaBreach: boolean },
): Promise<{ created: number; updated: number; removed: number; unchanged: number; grid: GridResult }> {
  const built = await buildGrid(ctx, input.organisationId, input.year);
  const { yc } = built;
  const problems: RowProblem[] = [];
  const changes: Change<MemberRatingRow>[] = [];
  const seen = new Set<number>();
  let unchanged = 0;
  input.entries.forEach((e, index) => {
    const member = built.members.get(e.memberId);
    const name = member?.fullName ?? P.memberNumber({ id: e.memberId });
    if (seen.has(e.memberId)) {
      problems.push({ index, name, problem: { code: 'BAD_INPUT', field: 'categoryCode', problem: P.memberTwice() } });
      return;
    }
    seen.add(e.memberId);
    if (!member) {
      problems.push({ index, name, problem: { code: 'BAD_INPUT', field: 'categoryCode', problem: P.memberOutside({ organisation: built.grid.organisation.name, year: yc.year }) } });
      return;
    }
    if (e.categoryCode !== null && !member.subject.subject) {
      problems.push({ index, name, problem: { code: 'RULE', field: 'categoryCode', problem: P.memberNotSubject({ reason: notSubjectText(member.subject.reason, yc.date, true) }) } });
      return;
    }
    const problem = entryProblem(e, yc, 'member', ctx.today);
    if (problem) {
      problems.push({ index, name, problem });
      return;
    }
    const next = valuesOf(e, yc.regime.regime);
    if (sameValues(member.old, next)) unchanged++;
    else changes.push({ id: e.memberId, old: member.old, next });
  });
  if (problems.length > 0) failWithProblems(problems);

  if (built.quota) enforceQuota(ctx, built.quota, countsAfter(built.quota, changes), input.confirmQuotaBreach, yc.year, 'member');
  for (const c of changes) await writeMemberChange(ctx, yc.year, c);
  const counts = { created: 0, updated: 0, removed: 0 };
  for (const c of changes) {
    const action = actionOf(c);
    if (action === 'create') counts.created++;
    else if (action === 'update') counts.updated++;
    else counts.removed++;
  }
  const after = changes.length > 0 ? (await buildGrid(ctx, input.organisationId, input.year)).grid : built.grid;
  return { ...counts, unchanged, grid: after };
}

export async function save(
  ctx: ServiceContext,
  input: MemberEntry & { year: number; confirmQuotaBreach: boolean },
): Promise<{ rating: Rating | null; quota: QuotaState | null }> {
  const member = await repo.memberWithOrganisation(ctx.db, input.memberId);
  if (!member) throw new AppFailure('NOT_FOUND', memberProblems.notFound());
  const yc = await yearContext(ctx, input.year);
  const old = await repo.memberRating(ctx.db, input.memberId, input.year);
  if (input.categoryCode !== null) {
    const subject = ratingSubject(groupEvents(await repo.eventsOfMembers(ctx.db, [input.memberId])).get(input.memberId) ?? [], await effects(ctx), yc.date);
    if (!subject.subject) throw notSubjectFailure(member.full_name, yc.year, subject, yc.date);
    const problem = entryProblem(input, yc, 'member', ctx.today);
    if (problem) throw entryFailure(problem);
  }
  const next = valuesOf(input, yc.regime.regime);
  const change: Change<MemberRatingRow> = { id: input.memberId, old, next };

  let quota: PeerQuota | null = null;
  const pair = quotaCategories(yc.member);
  if (yc.regime.quotaPct !== null && pair) {
    const org = await getOrganisation(ctx.db, member.organisation_id);
    const peer = org ? await memberPeer(ctx, org) : null;
    if (peer) {
      const counts = await repo.memberCategoryCounts(ctx.db, peer.path, yc.year);
      quota = { peer, typeCode: null, typeName: null, pct: yc.regime.quotaPct, excellent: pair.excellent, good: pair.good, before: { excellent: counts.get(pair.excellent.code) ?? 0, good: counts.get(pair.good.code) ?? 0 } };
    }
  }
  const after = quota ? countsAfter(quota, [change]) : null;
  if (!sameValues(old, next)) {
    if (quota && after) enforceQuota(ctx, quota, after, input.confirmQuotaBreach, yc.year, 'member');
    await writeMemberChange(ctx, yc.year, change);
  }
  const saved = next === null ? undefined : await repo.memberRating(ctx.db, input.memberId, input.year);
  const own = countQuota([next?.category_code ?? null], quota?.excellent.code ?? '', quota?.good.code ?? '');
  return { rating: saved ? toRating(saved, yc.member) : null, quota: quota && after ? quotaState(quota, after, own) : null };
}

// ---- one member's history -----------------------------------------------------------------------

export async function memberRatings(ctx: ServiceContext, input: { memberId: number }): Promise<{ memberId: number; fullName: string; ratings: Rating[] }> {
  const member = await repo.memberWithOrganisation(ctx.db, input.memberId);
  if (!member) throw new AppFailure('NOT_FOUND', memberProblems.notFound());
  const [rows, cats] = await Promise.all([repo.memberRatingHistory(ctx.db, input.memberId), repo.allCategories(ctx.db)]);
  const byRegime = new Map<number, RatingCategory[]>();
  const categoriesOf = (regime: number) => {
    let list = byRegime.get(regime);
    if (!list) {
      list = categoriesFor(
        cats.filter((c) => c.regime === regime).map((c) => ({ code: c.code, name: c.name, order: c.order, minScore: c.min_score, appliesTo: c.applies_to })),
        'member',
      );
      byRegime.set(regime, list);
    }
    return list;
  };
  return { memberId: member.id, fullName: member.full_name, ratings: rows.map((r) => toRating(r, categoriesOf(r.regime))) };
}
