/**
 * What the badge services share: the milestone catalogue, the scope of a list, the row shapes.
 * SQL in db/repositories/badges/badges.ts.
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import { organisationProblems as O } from '../../../shared/organisations/problems.ts';
import type { BadgeKind, BadgeRow } from '../../../shared/badges/schemas.ts';
import { completeDate } from '../../../shared/kernel/dates/partialDate.ts';
import type { BadgeDiscipline, BadgeMilestone } from '../../../shared/badges/rules.ts';
import * as repo from '../../../db/repositories/badges/badges.ts';
import { getOrganisation } from '../../../db/repositories/organisations/organisations.ts';
import type { ServiceContext } from '../context.ts';

export const KIND_LABEL: Record<BadgeKind, string> = {
  REGULAR: 'tặng',
  EARLY_ILL: 'tặng sớm (bệnh nặng)',
  POSTHUMOUS: 'truy tặng',
  REPLACEMENT: 'cấp lại (mất)',
};

export async function catalogue(ctx: ServiceContext): Promise<BadgeMilestone[]> {
  return (await repo.milestones(ctx.db)).map((m) => ({ years: m.years, earlyMonthsIll: m.early_months_ill }));
}

/** The subtree's path, or null for the whole province (no organisation, or the root). */
export async function scopePath(ctx: ServiceContext, organisationId: number | null): Promise<string | null> {
  if (organisationId === null) return null;
  const org = await getOrganisation(ctx.db, organisationId);
  if (!org) throw new AppFailure('NOT_FOUND', O.chosenNotFound(), { organisationId: O.chooseOrganisation() });
  return org.parent_id === null ? null : org.path;
}

export const full = (iso: string) => completeDate(iso).iso;

export function toDisciplines(rows: readonly repo.DisciplineRow[]): Map<number, BadgeDiscipline[]> {
  const map = new Map<number, BadgeDiscipline[]>();
  for (const r of rows) {
    const list = map.get(r.member_id) ?? [];
    list.push({ decidedOn: r.decided_on, waitMonths: r.badge_wait_months, levelName: r.level_name });
    map.set(r.member_id, list);
  }
  return map;
}

export function toBadgeRow(r: repo.BadgeListRow): BadgeRow {
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

/** The rounds of a year as a date range (null: no year). */
export const yearRange = (year: number | null) => (year === null ? { roundFrom: null, roundTo: null } : { roundFrom: `${year}-01-01`, roundTo: `${year}-12-31` });
