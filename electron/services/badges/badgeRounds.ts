/**
 * Huy hiệu Đảng rounds (ratings-and-badges.md): the four rounds of a year, the candidates of a round
 * (regular, early for the gravely ill, posthumous, blocked by discipline) and a member's badges with the
 * next milestone. The rules themselves are in shared/badges/rules.ts.
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import { memberProblems } from '../../../shared/members/problems.ts';
import type { CandidateRow, CandidatesResult, MemberBadgesResult, RoundsResult } from '../../../shared/badges/schemas.ts';
import { anchorWindow, blockedAt, disciplineBlockEnd, earlyWindow, inWindow, nextMilestone, owedMilestones, posthumousDeathWindow, posthumousMilestone, previousRound, returningMilestones, roundsOfYear, roundWindow } from '../../../shared/badges/rules.ts';
import { addMonths, milestoneDate, monthsBetween } from '../../../shared/members/partyAge.ts';
import * as repo from '../../../db/repositories/badges/badges.ts';
import type { BadgePerson } from '../../../db/repositories/badges/badges.ts';
import type { ServiceContext } from '../context.ts';

import { catalogue, full, scopePath, toBadgeRow, toDisciplines } from './badgeCommon.ts';

/** The four rounds of a year and the catalogue's milestones. */
export async function rounds(ctx: ServiceContext, year: number): Promise<RoundsResult> {
  const milestones = await catalogue(ctx);
  return { year, rounds: roundsOfYear(year).map((date) => ({ date, previous: previousRound(date) })), milestones: milestones.map((m) => m.years) };
}


function candidate(p: BadgePerson, years: number, kind: CandidateRow['kind'], at: string, extra: Partial<CandidateRow> = {}): CandidateRow & { sortKey: string } {
  const anchor = full(p.party_age_anchor);
  return {
    memberId: p.id,
    fullName: p.full_name,
    birthDate: p.birth_date,
    organisationId: p.organisation_id,
    organisationName: p.organisation_name,
    milestone: years,
    milestoneDate: milestoneDate(anchor, years),
    partyAgeMonths: Math.max(0, monthsBetween(anchor, at)),
    kind,
    deathDate: null,
    dueRound: null,
    eligibleFrom: null,
    disciplineLevel: null,
    sortKey: p.sort_key,
    ...extra,
  };
}

const officialOrder = (a: { milestone: number; sortKey: string }, b: { milestone: number; sortKey: string }) =>
  a.milestone - b.milestone || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);
const strip = ({ sortKey: _s, ...row }: CandidateRow & { sortKey: string }): CandidateRow => row;

/**
 * The lists of a round for a subtree (null: the province): members reaching a milestone in
 * (previous round, round]; gravely ill members up to the catalogue's early window; deceased members
 * (truy tặng); members coming back from a discipline block; and, apart, those blocked by a discipline.
 */
export async function candidates(ctx: ServiceContext, input: { organisationId: number | null; roundDate: string }): Promise<CandidatesResult> {
  const round = input.roundDate;
  const orgPath = await scopePath(ctx, input.organisationId);
  const milestones = await catalogue(ctx);
  const window = roundWindow(round);

  const regularRanges = milestones.map((m) => ({ years: m.years, ...anchorWindow(window, m.years) }));
  const earlyRanges = milestones.map((m) => ({ years: m.years, ...anchorWindow(earlyWindow(round, m.earlyMonthsIll), m.years) }));
  const regularFound = await repo.membersByAnchor(ctx.db, regularRanges, { orgPath, illOnly: false });
  const earlyFound = await repo.membersByAnchor(ctx.db, earlyRanges, { orgPath, illOnly: true });

  // Deceased members: a death in (previous round − 12 months, round] can give a posthumous award.
  const deathWindow = posthumousDeathWindow(round);
  const deceased = await repo.deceasedBetween(ctx.db, deathWindow.after, deathWindow.onOrBefore, orgPath);

  // Members whose discipline block ended in this round's window may have a missed milestone.
  const longest = await repo.longestDisciplineWait(ctx.db);
  const endingDisciplines = await repo.disciplinesDecidedBetween(ctx.db, addMonths(window.after, -longest), window.onOrBefore);
  const returningIds = [
    ...new Set(endingDisciplines.filter((d) => d.badge_wait_months !== null && inWindow(disciplineBlockEnd(d.decided_on, d.badge_wait_months), window)).map((d) => d.member_id)),
  ];
  const returningPeople = await repo.membersOnList(ctx.db, returningIds, orgPath);

  const allIds = [...new Set([...regularFound, ...earlyFound, ...deceased, ...returningPeople].map((r) => r.id))];
  const disciplines = toDisciplines(await repo.disciplinesOf(ctx.db, allIds));
  const held = await repo.heldMilestones(ctx.db, [...deceased.map((d) => d.id), ...returningPeople.map((p) => p.id)]);
  const none = new Set<number>();

  const regular: (CandidateRow & { sortKey: string })[] = [];
  const early: (CandidateRow & { sortKey: string })[] = [];
  const posthumous: (CandidateRow & { sortKey: string })[] = [];
  const blocked: (CandidateRow & { sortKey: string })[] = [];
  const place = (row: CandidateRow & { sortKey: string }, into: (CandidateRow & { sortKey: string })[]) => {
    const block = blockedAt(disciplines.get(row.memberId) ?? [], round);
    if (block) blocked.push({ ...row, eligibleFrom: block.eligibleFrom, disciplineLevel: block.levelName });
    else into.push(row);
  };

  for (const p of regularFound) place(candidate(p, p.years, 'REGULAR', round), regular);
  for (const p of earlyFound) place(candidate(p, p.years, 'EARLY_ILL', round), early);
  for (const p of deceased) {
    const death = full(p.death_date);
    const m = posthumousMilestone(full(p.party_age_anchor), death, round, milestones, held.get(p.id) ?? none);
    if (m) place(candidate(p, m.years, 'POSTHUMOUS', death, { deathDate: p.death_date }), posthumous);
  }
  const seen = new Set(regular.map((r) => `${r.memberId}:${r.milestone}`));
  for (const p of returningPeople) {
    if (p.party_age_anchor === null) continue;
    const person = { ...p, party_age_anchor: p.party_age_anchor };
    for (const m of returningMilestones(full(p.party_age_anchor), round, milestones, held.get(p.id) ?? none, disciplines.get(p.id) ?? [])) {
      if (seen.has(`${p.id}:${m.years}`)) continue;
      seen.add(`${p.id}:${m.years}`);
      regular.push(candidate(person, m.years, 'REGULAR', round, { dueRound: m.dueRound }));
    }
  }

  regular.sort(officialOrder);
  const groups = milestones
    .map((m) => ({ milestone: m.years, rows: regular.filter((r) => r.milestone === m.years).map(strip) }))
    .filter((g) => g.rows.length > 0);
  return {
    roundDate: round,
    previousRound: window.after,
    regular: groups,
    early: early.sort(officialOrder).map(strip),
    posthumous: posthumous.sort(officialOrder).map(strip),
    blocked: blocked.sort(officialOrder).map(strip),
  };
}

export async function memberBadges(ctx: ServiceContext, memberId: number): Promise<MemberBadgesResult> {
  const member = await repo.memberForBadges(ctx.db, memberId);
  if (!member) throw new AppFailure('NOT_FOUND', memberProblems.notFound());
  const badges = (await repo.listBadges(ctx.db, { memberId })).map(toBadgeRow);
  if (member.party_age_anchor === null) return { badges, anchor: null, partyAgeMonths: null, next: null, owed: [] };
  const anchor = full(member.party_age_anchor);
  const running = member.on_list === 1;
  const held = new Set(badges.filter((b) => b.kind !== 'REPLACEMENT').map((b) => b.milestone));
  const milestones = running ? await catalogue(ctx) : [];
  const next = running ? nextMilestone(anchor, milestones, held, ctx.today) : null;
  const owed = running ? owedMilestones(anchor, milestones, held, ctx.today) : [];
  const disciplines = next ? toDisciplines(await repo.disciplinesOf(ctx.db, [memberId])).get(memberId) ?? [] : [];
  return {
    badges,
    anchor: member.party_age_anchor,
    partyAgeMonths: running ? Math.max(0, monthsBetween(anchor, ctx.today)) : null,
    next: next ? { milestone: next.years, date: next.date, roundDate: next.round, blockedUntil: blockedAt(disciplines, next.round)?.eligibleFrom ?? null } : null,
    owed: owed.map((m) => ({ milestone: m.years, date: m.date, roundDate: m.round })),
  };
}
