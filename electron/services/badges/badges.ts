/**
 * Huy hiệu Đảng (ratings-and-badges.md): the candidates of a round, proposals, the Standing
 * Committee's decision with each badge's number, the register, the Excel forms and a member's badges.
 * The rules themselves are in shared/badges/rules.ts; SQL in db/repositories/badges/badges.ts.
 */
import { AppFailure, type ErrorCode } from '../../../shared/kernel/result.ts';
import { kernelProblems, type Problem } from '../../../shared/kernel/problems.ts';
import { badgeProblems as P } from '../../../shared/badges/problems.ts';
import { memberProblems } from '../../../shared/members/problems.ts';
import { organisationProblems as O } from '../../../shared/organisations/problems.ts';
import type {
  BadgeForm,
  BadgeKind,
  BadgeRow,
  CandidateRow,
  CandidatesResult,
  ExportResult,
  MemberBadgesResult,
  RoundsResult,
} from '../../../shared/badges/schemas.ts';
import { completeDate, formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import {
  anchorWindow,
  blockedAt,
  disciplineBlockEnd,
  earlyWindow,
  inWindow,
  nextMilestone,
  posthumousDeathWindow,
  posthumousMilestone,
  previousRound,
  returningMilestones,
  roundsOfYear,
  roundWindow,
  type BadgeDiscipline,
  type BadgeMilestone,
} from '../../../shared/badges/rules.ts';
import { addMonths, milestoneDate, monthsBetween } from '../../../shared/members/partyAge.ts';
import * as repo from '../../../db/repositories/badges/badges.ts';
import type { BadgePerson } from '../../../db/repositories/badges/badges.ts';
import { getOrganisation } from '../../../db/repositories/organisations/organisations.ts';
import type { BadgeSheetRow } from './badgeExcel.ts';
import type { ServiceContext } from '../context.ts';

const KIND_LABEL: Record<BadgeKind, string> = {
  REGULAR: 'tặng',
  EARLY_ILL: 'tặng sớm (bệnh nặng)',
  POSTHUMOUS: 'truy tặng',
  REPLACEMENT: 'cấp lại (mất)',
};

async function catalogue(ctx: ServiceContext): Promise<BadgeMilestone[]> {
  return (await repo.milestones(ctx.db)).map((m) => ({ years: m.years, earlyMonthsIll: m.early_months_ill }));
}

/** The subtree's path, or null for the whole province (no organisation, or the root). */
async function scopePath(ctx: ServiceContext, organisationId: number | null): Promise<string | null> {
  if (organisationId === null) return null;
  const org = await getOrganisation(ctx.db, organisationId);
  if (!org) throw new AppFailure('NOT_FOUND', O.chosenNotFound(), { organisationId: O.chooseOrganisation() });
  return org.parent_id === null ? null : org.path;
}

const full = (iso: string) => completeDate(iso).iso;

function toDisciplines(rows: readonly repo.DisciplineRow[]): Map<number, BadgeDiscipline[]> {
  const map = new Map<number, BadgeDiscipline[]>();
  for (const r of rows) {
    const list = map.get(r.member_id) ?? [];
    list.push({ decidedOn: r.decided_on, waitMonths: r.badge_wait_months, levelName: r.level_name });
    map.set(r.member_id, list);
  }
  return map;
}

function toBadgeRow(r: repo.BadgeListRow): BadgeRow {
  return {
    id: r.id,
    memberId: r.member_id,
    fullName: r.full_name,
    birthDate: r.birth_date,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    milestone: r.milestone,
    kind: r.kind,
    roundDate: r.round_date,
    status: r.status,
    proposedBy: r.proposed_by,
    decisionNo: r.decision_no,
    decisionDate: r.decision_date,
    badgeNo: r.badge_no,
    note: r.note,
  };
}

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

/** "Huy hiệu 30 năm tuổi Đảng". */
const badgeName = (years: number) => P.badge({ years });

/** The organisation right under the province that a member belongs to: the usual "Nơi đề nghị tặng". */
async function proposingOrganisations(ctx: ServiceContext, paths: readonly string[]): Promise<Map<string, string>> {
  const ancestorOf = (path: string) => {
    const ids = path.split('/').filter(Boolean).map(Number);
    return ids[1] ?? ids[0] ?? 0;
  };
  const names = await repo.organisationNames(ctx.db, [...new Set(paths.map(ancestorOf))]);
  return new Map(paths.map((p) => [p, names.get(ancestorOf(p)) ?? '']));
}

export async function propose(
  ctx: ServiceContext,
  input: { roundDate: string; items: { memberId: number; milestone: number; kind: BadgeKind }[]; proposedBy: string | null; note: string | null },
): Promise<BadgeRow[]> {
  const round = input.roundDate;
  const milestones = await catalogue(ctx);
  const memberIds = [...new Set(input.items.map((i) => i.memberId))];
  const members = new Map((await repo.membersForBadges(ctx.db, memberIds)).map((m) => [m.id, m]));
  const badges = await repo.badgesOfMembers(ctx.db, memberIds);
  const disciplines = toDisciplines(await repo.disciplinesOf(ctx.db, memberIds));
  const given = input.proposedBy?.normalize('NFC').trim() || null;
  const proposers = given === null ? await proposingOrganisations(ctx, [...members.values()].map((m) => m.org_path)) : null;
  const seen = new Set<string>();
  const ids: number[] = [];

  for (const [index, item] of input.items.entries()) {
    const member = members.get(item.memberId);
    const refuse = (code: ErrorCode, message: Problem): never => {
      throw new AppFailure(code, message, { [`items.${index}`]: message });
    };
    if (!member) return refuse('NOT_FOUND', P.memberNotFound());
    const who = member.full_name;
    const spec = milestones.find((m) => m.years === item.milestone);
    if (!spec) return refuse('BAD_INPUT', P.notInCatalogue({ years: item.milestone }));
    const key = `${item.memberId}:${item.milestone}:${item.kind === 'REPLACEMENT' ? 'R' : 'B'}`;
    if (seen.has(key)) return refuse('BAD_INPUT', P.chosenTwice({ name: who, badge: badgeName(item.milestone) }));
    seen.add(key);
    const own = badges.filter((b) => b.member_id === member.id && b.milestone === item.milestone);

    if (item.kind === 'REPLACEMENT') {
      if (!own.some((b) => b.kind !== 'REPLACEMENT' && b.status === 'AWARDED')) {
        return refuse('RULE', P.notAwardedYet({ name: who, badge: badgeName(item.milestone) }));
      }
      if (own.some((b) => b.kind === 'REPLACEMENT' && b.status === 'PROPOSED')) {
        return refuse('CONFLICT', P.replacementPending({ name: who, badge: badgeName(item.milestone) }));
      }
    } else {
      const existing = own.find((b) => b.kind !== 'REPLACEMENT');
      if (existing) {
        const named = { name: who, badge: badgeName(item.milestone), round: formatVi(existing.round_date) };
        return refuse('CONFLICT', existing.status === 'AWARDED' ? P.alreadyAwarded(named) : P.alreadyProposed(named));
      }
      if (member.party_age_anchor === null) return refuse('RULE', P.noPartyAge({ name: who }));
      const reached = milestoneDate(full(member.party_age_anchor), item.milestone);
      const block = blockedAt(disciplines.get(member.id) ?? [], round);
      if (block) {
        return refuse('RULE', P.disciplined({ name: who, date: formatVi(block.eligibleFrom) }));
      }
      if (item.kind === 'REGULAR') {
        if (member.on_list !== 1) return refuse('RULE', P.offListPosthumousOnly({ name: who }));
        if (reached > round) return refuse('RULE', P.notYetReached({ name: who, years: item.milestone, date: formatVi(reached), round: formatVi(round) }));
      } else if (item.kind === 'EARLY_ILL') {
        if (member.on_list !== 1) return refuse('RULE', P.offList({ name: who }));
        if (member.gravely_ill !== 1) return refuse('RULE', P.notGravelyIll({ name: who }));
        if (reached > addMonths(round, spec.earlyMonthsIll)) {
          return refuse('RULE', P.tooEarly({ name: who, years: item.milestone, date: formatVi(reached), months: spec.earlyMonthsIll, round: formatVi(round) }));
        }
      } else {
        const death = await repo.deathDateOf(ctx.db, member.id);
        if (member.on_list === 1 || death === null || full(death) > round) return refuse('RULE', P.notDeceased({ name: who, round: formatVi(round) }));
        if (reached > addMonths(full(death), 12)) return refuse('RULE', P.tooShortAtDeath({ name: who, years: item.milestone }));
      }
    }

    const proposedBy = given ?? (proposers?.get(member.org_path) || null);
    const id = await repo.insertBadge(ctx.db, {
      member_id: member.id,
      milestone: item.milestone,
      kind: item.kind,
      round_date: round,
      status: 'PROPOSED',
      proposed_by: proposedBy,
      decision_no: null,
      decision_date: null,
      badge_no: null,
      note: input.note,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    ids.push(id);
    ctx.audit({
      action: 'badge.propose',
      entity: 'member_badge',
      entityId: id,
      oldValues: null,
      newValues: { memberId: member.id, fullName: who, milestone: item.milestone, kind: item.kind, roundDate: round, proposedBy, note: input.note },
    });
  }
  return (await repo.listBadges(ctx.db, { ids })).map(toBadgeRow);
}

export async function withdraw(ctx: ServiceContext, input: { badgeIds: number[] }): Promise<{ withdrawn: number }> {
  const ids = [...new Set(input.badgeIds)];
  const rows = new Map((await repo.listBadges(ctx.db, { ids })).map((r) => [r.id, r]));
  for (const id of ids) {
    const row = rows.get(id);
    if (!row) throw new AppFailure('NOT_FOUND', P.proposalToWithdrawNotFound());
    if (row.status === 'AWARDED') {
      throw new AppFailure('RULE', P.awardedNoWithdraw({ badge: badgeName(row.milestone), name: row.full_name, number: row.badge_no ?? '' }));
    }
  }
  for (const id of ids) {
    const row = rows.get(id) as repo.BadgeListRow;
    await repo.deleteBadge(ctx.db, id);
    ctx.audit({ action: 'badge.withdraw', entity: 'member_badge', entityId: id, oldValues: auditOf(toBadgeRow(row)), newValues: null });
  }
  return { withdrawn: ids.length };
}

function auditOf(r: BadgeRow): Record<string, unknown> {
  const { organisationName: _o, birthDate: _b, ...rest } = r;
  return rest;
}

export async function decide(
  ctx: ServiceContext,
  input: { roundDate: string; decisionNo: string; decisionDate: string; numbers: { badgeId: number; badgeNo: string }[] },
): Promise<BadgeRow[]> {
  if (input.decisionDate > ctx.today) throw new AppFailure('BAD_INPUT', kernelProblems.futureDecisionDate(), { decisionDate: P.futureDecisionField() });
  const numbers = input.numbers.map((n) => ({ badgeId: n.badgeId, badgeNo: n.badgeNo.normalize('NFC').trim() }));
  const ids = numbers.map((n) => n.badgeId);
  const rows = new Map((await repo.listBadges(ctx.db, { ids })).map((r) => [r.id, r]));

  const byNumber = new Map<string, number>();
  const byBadge = new Set<number>();
  for (const [index, n] of numbers.entries()) {
    const row = rows.get(n.badgeId);
    const field = `numbers.${index}.badgeNo`;
    if (!row) throw new AppFailure('NOT_FOUND', P.proposalNotFound(), { [field]: P.proposalNotFoundField() });
    if (row.round_date !== input.roundDate) {
      throw new AppFailure('RULE', P.otherRound({ name: row.full_name, round: formatVi(row.round_date), chosen: formatVi(input.roundDate) }), { [field]: P.otherRoundField() });
    }
    if (byBadge.has(n.badgeId)) throw new AppFailure('BAD_INPUT', P.twoNumbers({ name: row.full_name }), { [field]: P.twoNumbersField() });
    byBadge.add(n.badgeId);
    const other = byNumber.get(n.badgeNo);
    if (other !== undefined) {
      const first = rows.get(other) as repo.BadgeListRow;
      const message = P.numberTwice({ number: n.badgeNo, first: first.full_name, second: row.full_name });
      throw new AppFailure('CONFLICT', message, { [field]: P.numberTwiceField({ name: first.full_name }) });
    }
    byNumber.set(n.badgeNo, n.badgeId);
  }
  const taken = (await repo.badgesWithNumbers(ctx.db, [...byNumber.keys()])).filter((b) => !byBadge.has(b.id));
  const clash = taken[0];
  if (clash) {
    const index = numbers.findIndex((n) => n.badgeNo === clash.badge_no);
    const message = P.numberTaken({ number: clash.badge_no ?? '', name: clash.full_name, badge: badgeName(clash.milestone), round: formatVi(clash.round_date) });
    throw new AppFailure('CONFLICT', message, { [`numbers.${index}.badgeNo`]: P.numberTakenField({ name: clash.full_name }) });
  }

  // Numbers may move between rows of this decision: free them first, so the unique index never sees a swap half done.
  for (const n of numbers) if ((rows.get(n.badgeId) as repo.BadgeListRow).badge_no !== null) await repo.updateBadge(ctx.db, n.badgeId, { badge_no: null });
  for (const n of numbers) {
    const row = rows.get(n.badgeId) as repo.BadgeListRow;
    await repo.updateBadge(ctx.db, n.badgeId, {
      status: 'AWARDED',
      decision_no: input.decisionNo,
      decision_date: input.decisionDate,
      badge_no: n.badgeNo,
      updated_at: ctx.now,
    });
    ctx.audit({
      action: 'badge.decide',
      entity: 'member_badge',
      entityId: n.badgeId,
      oldValues: { status: row.status, decisionNo: row.decision_no, decisionDate: row.decision_date, badgeNo: row.badge_no },
      newValues: { status: 'AWARDED', decisionNo: input.decisionNo, decisionDate: input.decisionDate, badgeNo: n.badgeNo, memberId: row.member_id, milestone: row.milestone },
    });
  }
  return (await repo.listBadges(ctx.db, { ids })).map(toBadgeRow);
}

const yearRange = (year: number | null) => (year === null ? { roundFrom: null, roundTo: null } : { roundFrom: `${year}-01-01`, roundTo: `${year}-12-31` });

export async function list(
  ctx: ServiceContext,
  input: { roundDate: string | null; year: number | null; status: 'PROPOSED' | 'AWARDED' | null; kind: BadgeKind | null; organisationId: number | null },
): Promise<BadgeRow[]> {
  const orgPath = await scopePath(ctx, input.organisationId);
  const rows = await repo.listBadges(ctx.db, {
    roundDate: input.roundDate,
    ...(input.roundDate === null ? yearRange(input.year) : {}),
    status: input.status,
    kinds: input.kind === null ? null : [input.kind],
    orgPath,
  });
  return rows.map(toBadgeRow);
}

/** Which badges each form lists. */
const FORM_ROWS: Record<BadgeForm, { kinds: BadgeKind[]; status: 'AWARDED' | null }> = {
  '4': { kinds: ['REGULAR', 'EARLY_ILL'], status: null },
  '4A': { kinds: ['REPLACEMENT'], status: null },
  '4B': { kinds: ['POSTHUMOUS'], status: null },
  '5': { kinds: ['REGULAR', 'EARLY_ILL', 'POSTHUMOUS', 'REPLACEMENT'], status: 'AWARDED' },
};

/** "Đảng bộ tỉnh Phú Thọ" → "Phú Thọ" (the place on the date line). */
function placeOf(rootName: string): string {
  const m = /^đảng bộ tỉnh\s+(.+)$/iu.exec(rootName.trim()) ?? /^đảng bộ thành phố\s+(.+)$/iu.exec(rootName.trim());
  return m?.[1] ?? rootName;
}

/**
 * An official form as an .xlsx file (badgeExcel.ts); a person-level export, so it is recorded in the
 * audit log like a copy of secret papers (data-protection.md).
 */
export async function exportForm(ctx: ServiceContext, input: { form: BadgeForm; roundDate: string | null; year: number | null; organisationId: number | null }): Promise<ExportResult> {
  const orgPath = await scopePath(ctx, input.organisationId);
  const spec = FORM_ROWS[input.form];
  const rows = await repo.exportRows(ctx.db, {
    roundDate: input.roundDate,
    ...(input.roundDate === null ? yearRange(input.year) : {}),
    status: spec.status,
    kinds: spec.kinds,
    orgPath,
  });
  const period = input.roundDate !== null ? P.periodRound({ round: formatVi(input.roundDate) }) : P.periodYear({ year: input.year ?? '' });
  if (rows.length === 0) throw new AppFailure('RULE', P.emptyList({ form: input.form, period }));
  const root = await repo.rootOrganisation(ctx.db);
  const rootName = root?.name ?? 'Đảng bộ tỉnh';
  const sheetRows: BadgeSheetRow[] = rows.map((r) => ({
    milestone: r.milestone,
    kind: r.kind,
    fullName: r.full_name,
    birthDate: r.birth_date,
    homeTown: r.home_town,
    admissionDecisionDate: r.admission_decision_date,
    admissionDate: r.admission_date,
    fullMemberDate: r.full_member_date,
    cardNo: r.card_no,
    proposedBy: r.proposed_by ?? r.organisation_name,
    note: [r.kind === 'EARLY_ILL' || r.kind === 'REPLACEMENT' ? KIND_LABEL[r.kind] : null, r.note].filter(Boolean).join('; ') || null,
    badgeNo: r.badge_no,
    originalBadgeNo: r.original_badge_no,
    deathDate: r.death_date,
    decisionNo: r.decision_no,
    decisionDate: r.decision_date,
    roundDate: r.round_date,
  }));
  // The spreadsheet library is loaded on the first export only: it would add to every start.
  const { buildBadgeWorkbook } = await import('./badgeExcel.ts');
  const buffer = await buildBadgeWorkbook({
    form: input.form,
    issuer: rootName,
    place: placeOf(rootName),
    roundDate: input.roundDate,
    year: input.year,
    today: ctx.today,
    rows: sheetRows,
  });
  const scope = input.roundDate !== null ? `dot-${input.roundDate}` : `nam-${input.year ?? ''}`;
  const fileName = `${input.form}-HHD_${scope}.xlsx`;
  ctx.audit({
    action: 'badge.export',
    entity: 'member_badge',
    entityId: null,
    oldValues: null,
    newValues: { form: `${input.form}-HHĐ`, roundDate: input.roundDate, year: input.year, organisationId: input.organisationId, rows: rows.length, fileName, badgeIds: rows.map((r) => r.id) },
  });
  return { fileName, base64: buffer.toString('base64'), rows: rows.length };
}

export async function memberBadges(ctx: ServiceContext, memberId: number): Promise<MemberBadgesResult> {
  const member = await repo.memberForBadges(ctx.db, memberId);
  if (!member) throw new AppFailure('NOT_FOUND', memberProblems.notFound());
  const badges = (await repo.listBadges(ctx.db, { memberId })).map(toBadgeRow);
  if (member.party_age_anchor === null) return { badges, anchor: null, partyAgeMonths: null, next: null };
  const anchor = full(member.party_age_anchor);
  const running = member.on_list === 1;
  const held = new Set(badges.filter((b) => b.kind !== 'REPLACEMENT').map((b) => b.milestone));
  const next = running ? nextMilestone(anchor, await catalogue(ctx), held) : null;
  const disciplines = next ? toDisciplines(await repo.disciplinesOf(ctx.db, [memberId])).get(memberId) ?? [] : [];
  return {
    badges,
    anchor: member.party_age_anchor,
    partyAgeMonths: running ? Math.max(0, monthsBetween(anchor, ctx.today)) : null,
    next: next ? { milestone: next.years, date: next.date, roundDate: next.round, blockedUntil: blockedAt(disciplines, next.round)?.eligibleFrom ?? null } : null,
  };
}
