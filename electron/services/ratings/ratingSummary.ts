/**
 * Yearly quality ratings: the tally of a subtree for a year (members on the list by status and
 * category, the organisations below by category). SQL in db/repositories/ratings/ratings.ts.
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import { organisationProblems as O } from '../../../shared/organisations/problems.ts';
import type { SummaryResult, Tally } from '../../../shared/ratings/schemas.ts';
import { RATING_RULES, ratingSubject, type NotSubjectReason, type RatingCategory } from '../../../shared/ratings/rules.ts';
import { getOrganisation } from '../../../db/repositories/organisations/organisations.ts';
import * as repo from '../../../db/repositories/ratings/ratings.ts';
import type { ServiceContext } from '../context.ts';
import { activeOn, effects, groupEvents } from './ratingPeers.ts';
import { yearContext } from './ratingYear.ts';

// ---- summary ------------------------------------------------------------------------------------

const pctOf = (n: number, of: number) => (of === 0 ? 0 : Math.round((n * 1000) / of) / 10);

function tally(code: string, name: string, count: number, base: number, rated: number | null): Tally {
  return { code, name, count, pct: pctOf(count, base), pctOfRated: rated === null ? null : pctOf(count, rated) };
}

const REASON_NAMES: Record<Exclude<NotSubjectReason, 'notOnList'>, string> = {
  exempted: 'Miễn công tác và sinh hoạt đảng',
  suspended: 'Đình chỉ sinh hoạt đảng',
  recentlyAdmitted: `Kết nạp chưa đủ ${RATING_RULES.minMonthsSinceAdmission} tháng`,
};

/**
 * The tally of a subtree for a year: members on the list on the rating date split into not subject /
 * subject but not rated / rated by category, and the organisations below the chosen one by category.
 * Status is derived from the events on the rating date, member by member, in chunks.
 */
export async function summary(ctx: ServiceContext, input: { organisationId: number | null; year: number }): Promise<SummaryResult> {
  const yc = await yearContext(ctx, input.year);
  const org = input.organisationId === null ? null : await getOrganisation(ctx.db, input.organisationId);
  if (input.organisationId !== null && !org) throw new AppFailure('NOT_FOUND', O.chosenNotFound());
  const path = org?.path ?? null;
  const effectMap = await effects(ctx);

  let total = 0;
  let notRated = 0;
  let ratedNotSubject = 0;
  const byReason = new Map<NotSubjectReason, number>();
  const byCategory = new Map<string, number>();
  const ids = repo.memberIdsInSubtree(ctx.bulk, path);
  let seen = 0;
  repo.forEachMemberChunk(ctx.bulk, ids, yc.year, (chunk, eventRows, ratings) => {
    seen += chunk.length;
    ctx.progress(seen / Math.max(1, ids.length), `Đã tổng hợp ${seen.toLocaleString('vi-VN')} / ${ids.length.toLocaleString('vi-VN')} đảng viên`);
    const events = groupEvents(eventRows);
    for (const id of chunk) {
      const s = ratingSubject(events.get(id) ?? [], effectMap, yc.date);
      const category = ratings.get(id);
      if (!s.subject) {
        if (category !== undefined) ratedNotSubject++;
        if (s.reason === 'notOnList') continue;
        total++;
        byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
        continue;
      }
      total++;
      if (category === undefined) notRated++;
      else byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
    }
  });
  const notSubject = [...byReason.values()].reduce((a, b) => a + b, 0);
  const rated = [...byCategory.values()].reduce((a, b) => a + b, 0);
  const categoryTallies = (cats: readonly RatingCategory[], counts: Map<string, number>, base: number, ratedCount: number) => {
    const known = cats.map((c) => tally(c.code, c.name, counts.get(c.code) ?? 0, base, ratedCount));
    const unknown = [...counts].filter(([code]) => !cats.some((c) => c.code === code)).map(([code, n]) => tally(code, code, n, base, ratedCount));
    return [...known, ...unknown];
  };

  const orgs = (path === null ? await repo.allOrganisations(ctx.db) : await repo.subtreeOrganisations(ctx.db, path)).filter(
    (o) => o.parent_id !== null && o.id !== org?.id && activeOn(o, yc.date),
  );
  const orgRatings = await repo.organisationCategoriesInSubtree(ctx.db, path, yc.year);
  const orgCounts = new Map<string, number>();
  let orgNotRated = 0;
  for (const o of orgs) {
    const c = orgRatings.get(o.id);
    if (c === undefined) orgNotRated++;
    else orgCounts.set(c, (orgCounts.get(c) ?? 0) + 1);
  }
  const orgRated = orgs.length - orgNotRated;

  return {
    organisation: org ? { id: org.id, name: org.name, typeCode: org.type_code } : null,
    year: yc.year,
    ratingDate: yc.date,
    regime: yc.regime,
    members: {
      total,
      notSubject: tally('notSubject', 'Không thuộc diện đánh giá', notSubject, total, null),
      notSubjectByReason: (Object.keys(REASON_NAMES) as (keyof typeof REASON_NAMES)[]).map((r) => tally(r, REASON_NAMES[r], byReason.get(r) ?? 0, total, null)),
      notRated: tally('notRated', 'Thuộc diện nhưng chưa xếp loại', notRated, total, null),
      rated: tally('rated', 'Đã xếp loại', rated, total, null),
      categories: categoryTallies(yc.member, byCategory, total, rated),
      ratedNotSubject,
    },
    organisations: {
      total: orgs.length,
      notRated: tally('notRated', 'Chưa xếp loại', orgNotRated, orgs.length, null),
      rated: tally('rated', 'Đã xếp loại', orgRated, orgs.length, null),
      categories: categoryTallies(yc.organisation, orgCounts, orgs.length, orgRated),
    },
  };
}
