/**
 * Proposals of a round, their withdrawal, the Standing Committee's decision with each badge's number,
 * and the list of proposals and the register.
 */
import { AppFailure, type ErrorCode } from '../../../shared/kernel/result.ts';
import { kernelProblems, type Problem } from '../../../shared/kernel/problems.ts';
import { badgeProblems as P } from '../../../shared/badges/problems.ts';
import type { BadgeKind, BadgeRow } from '../../../shared/badges/schemas.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { blockedAt } from '../../../shared/badges/rules.ts';
import { addMonths, milestoneDate } from '../../../shared/members/partyAge.ts';
import * as repo from '../../../db/repositories/badges/badges.ts';
import type { ServiceContext } from '../context.ts';

import { catalogue, full, scopePath, toBadgeRow, toDisciplines, yearRange } from './badgeCommon.ts';

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
