/**
 * The official forms (4-HHĐ, 4A, 4B, 5-HHĐ) as .xlsx files (badgeExcel.ts); a person-level export, so
 * it is recorded in the audit log like a copy of secret papers (data-protection.md).
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import { badgeProblems as P } from '../../../shared/badges/problems.ts';
import type { BadgeForm, BadgeKind, ExportResult } from '../../../shared/badges/schemas.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import * as repo from '../../../db/repositories/badges/badges.ts';
import type { BadgeSheetRow } from './badgeExcel.ts';
import type { ServiceContext } from '../context.ts';

import { KIND_LABEL, scopePath, yearRange } from './badgeCommon.ts';

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
