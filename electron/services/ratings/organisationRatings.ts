/**
 * Yearly quality ratings of organisations (ratings-and-badges.md): the grid of an organisation's
 * sub-organisations, saving one rating or the whole grid (all or nothing, within the excellent quota
 * of each type of sub-organisation). SQL in db/repositories/ratings/ratings.ts.
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import { renderProblem } from '../../../shared/kernel/problems.ts';
import { organisationProblems as O } from '../../../shared/organisations/problems.ts';
import { ratingProblems as P } from '../../../shared/ratings/problems.ts';
import type { OrgGridResult, QuotaState, Rating } from '../../../shared/ratings/schemas.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { countQuota, quotaCategories } from '../../../shared/ratings/rules.ts';
import { getOrganisation } from '../../../db/repositories/organisations/organisations.ts';
import * as repo from '../../../db/repositories/ratings/ratings.ts';
import type { OrganisationRatingRow } from '../../../db/repositories/ratings/ratings.ts';
import type { ServiceContext } from '../context.ts';
import { actionOf, auditValues, countsAfter, enforceQuota, entryFailure, entryProblem, failWithProblems, quotaState, sameValues, valuesOf, type Change, type EntryFields, type PeerQuota, type RowProblem } from './ratingEntries.ts';
import { activeOn, grassrootsTypes } from './ratingPeers.ts';
import { toRating, yearContext, type YearContext } from './ratingYear.ts';

// ---- the organisation grid ----------------------------------------------------------------------

interface BuiltOrgGrid {
  grid: OrgGridResult;
  yc: YearContext;
  orgs: Map<number, { name: string; typeCode: string; old: OrganisationRatingRow | undefined }>;
  quotas: Map<string, PeerQuota>;
}

async function orgPeerQuota(
  ctx: ServiceContext,
  yc: YearContext,
  peer: { id: number; name: string },
  parentId: number | null,
  typeCode: string,
  typeName: string,
): Promise<PeerQuota | null> {
  const pair = quotaCategories(yc.organisation);
  if (yc.regime.quotaPct === null || !pair) return null;
  const counts = await repo.organisationCategoryCounts(ctx.db, parentId, typeCode, yc.year);
  return {
    peer,
    typeCode,
    typeName,
    pct: yc.regime.quotaPct,
    excellent: pair.excellent,
    good: pair.good,
    before: { excellent: counts.get(pair.excellent.code) ?? 0, good: counts.get(pair.good.code) ?? 0 },
  };
}

async function buildOrgGrid(ctx: ServiceContext, organisationId: number, year: number): Promise<BuiltOrgGrid> {
  const parent = await getOrganisation(ctx.db, organisationId);
  if (!parent) throw new AppFailure('NOT_FOUND', O.chosenNotFound());
  const yc = await yearContext(ctx, year);
  const { names } = await grassrootsTypes(ctx);
  const children = await repo.childOrganisations(ctx.db, parent.id);
  const yearStart = `${year}-01-01`;
  const shown = children.filter((c) => activeOn(c, yc.date) || (c.effective_to !== null && c.effective_to >= yearStart && c.effective_to <= yc.date && c.effective_from <= yc.date));
  const ratings = new Map((await repo.organisationRatingsOfYear(ctx.db, shown.map((c) => c.id), year)).map((r) => [r.organisation_id, r]));
  const rows: OrgGridResult['rows'] = [];
  const notSubject: OrgGridResult['notSubject'] = [];
  const orgs: BuiltOrgGrid['orgs'] = new Map();
  for (const c of shown) {
    const old = ratings.get(c.id);
    const rating = old ? toRating(old, yc.organisation) : null;
    const typeName = names.get(c.type_code) ?? c.type_code;
    if (activeOn(c, yc.date)) rows.push({ organisationId: c.id, name: c.name, typeCode: c.type_code, typeName, rating });
    else {
      notSubject.push({
        organisationId: c.id,
        name: c.name,
        typeCode: c.type_code,
        typeName,
        reason: 'dissolved',
        reasonText: renderProblem(P.dissolvedSince({ date: formatVi(c.effective_to) })),
        since: c.effective_to,
        rating,
      });
    }
    orgs.set(c.id, { name: c.name, typeCode: c.type_code, old });
  }
  const quotas = new Map<string, PeerQuota>();
  const states: QuotaState[] = [];
  for (const typeCode of [...new Set(rows.map((r) => r.typeCode))]) {
    const q = await orgPeerQuota(ctx, yc, { id: parent.id, name: parent.name }, parent.id, typeCode, names.get(typeCode) ?? typeCode);
    if (!q) continue;
    quotas.set(typeCode, q);
    const inGrid = countQuota(
      rows.filter((r) => r.typeCode === typeCode).map((r) => r.rating?.categoryCode ?? null),
      q.excellent.code,
      q.good.code,
    );
    states.push(quotaState(q, q.before, inGrid));
  }
  return {
    grid: {
      organisation: { id: parent.id, name: parent.name, typeCode: parent.type_code },
      year,
      ratingDate: yc.date,
      regime: yc.regime,
      categories: yc.organisation,
      rows,
      notSubject,
      quotas: states,
    },
    yc,
    orgs,
    quotas,
  };
}

export async function orgGrid(ctx: ServiceContext, input: { organisationId: number; year: number }): Promise<OrgGridResult> {
  return (await buildOrgGrid(ctx, input.organisationId, input.year)).grid;
}

interface OrgEntry extends EntryFields {
  organisationId: number;
}

function writeOrgChange(ctx: ServiceContext, year: number, change: Change<OrganisationRatingRow>): Promise<void> {
  const action = actionOf(change);
  ctx.audit({
    action: `organisationRating.${action}`,
    entity: 'organisation_rating',
    entityId: change.id,
    oldValues: auditValues(year, change.old),
    newValues: auditValues(year, change.next),
  });
  if (change.next === null) return repo.deleteOrganisationRating(ctx.db, change.id, year);
  if (change.old === undefined) return repo.insertOrganisationRating(ctx.db, change.id, year, change.next, ctx.now);
  return repo.updateOrganisationRating(ctx.db, change.id, year, change.next, ctx.now);
}

export async function saveOrgGrid(
  ctx: ServiceContext,
  input: { organisationId: number; year: number; entries: OrgEntry[]; confirmQuotaBreach: boolean },
): Promise<{ created: number; updated: number; removed: number; unchanged: number; grid: OrgGridResult }> {
  const built = await buildOrgGrid(ctx, input.organisationId, input.year);
  const { yc } = built;
  const problems: RowProblem[] = [];
  const changes: Change<OrganisationRatingRow>[] = [];
  const typeOf = new Map<number, string>();
  const seen = new Set<number>();
  let unchanged = 0;
  input.entries.forEach((e, index) => {
    const org = built.orgs.get(e.organisationId);
    const name = org?.name ?? P.organisationNumber({ id: e.organisationId });
    if (seen.has(e.organisationId)) {
      problems.push({ index, name, problem: { code: 'BAD_INPUT', field: 'categoryCode', problem: P.organisationTwice() } });
      return;
    }
    seen.add(e.organisationId);
    if (!org) {
      problems.push({ index, name, problem: { code: 'BAD_INPUT', field: 'categoryCode', problem: P.organisationOutside({ organisation: built.grid.organisation.name, year: yc.year }) } });
      return;
    }
    if (e.categoryCode !== null && !built.grid.rows.some((r) => r.organisationId === e.organisationId)) {
      problems.push({ index, name, problem: { code: 'RULE', field: 'categoryCode', problem: P.organisationDissolved({ date: formatVi(yc.date) }) } });
      return;
    }
    const problem = entryProblem(e, yc, 'organisation', ctx.today);
    if (problem) {
      problems.push({ index, name, problem });
      return;
    }
    const next = valuesOf(e, yc.regime.regime);
    typeOf.set(e.organisationId, org.typeCode);
    if (sameValues(org.old, next)) unchanged++;
    else changes.push({ id: e.organisationId, old: org.old, next });
  });
  if (problems.length > 0) failWithProblems(problems);

  for (const [typeCode, q] of built.quotas) {
    const own = changes.filter((c) => typeOf.get(c.id) === typeCode);
    enforceQuota(ctx, q, countsAfter(q, own), input.confirmQuotaBreach, yc.year, 'organisation');
  }
  const counts = { created: 0, updated: 0, removed: 0 };
  for (const c of changes) {
    await writeOrgChange(ctx, yc.year, c);
    const action = actionOf(c);
    if (action === 'create') counts.created++;
    else if (action === 'update') counts.updated++;
    else counts.removed++;
  }
  const after = changes.length > 0 ? (await buildOrgGrid(ctx, input.organisationId, input.year)).grid : built.grid;
  return { ...counts, unchanged, grid: after };
}

export async function saveOrg(
  ctx: ServiceContext,
  input: OrgEntry & { year: number; confirmQuotaBreach: boolean },
): Promise<{ rating: Rating | null; quotas: QuotaState[] }> {
  const org = await getOrganisation(ctx.db, input.organisationId);
  if (!org) throw new AppFailure('NOT_FOUND', O.chosenNotFound());
  const yc = await yearContext(ctx, input.year);
  const old = await repo.organisationRating(ctx.db, org.id, yc.year);
  if (input.categoryCode !== null) {
    if (!activeOn(org, yc.date)) throw new AppFailure('RULE', P.orgInactiveOnDate({ name: org.name, date: formatVi(yc.date), year: yc.year }));
    const problem = entryProblem(input, yc, 'organisation', ctx.today);
    if (problem) throw entryFailure(problem);
  }
  const next = valuesOf(input, yc.regime.regime);
  const change: Change<OrganisationRatingRow> = { id: org.id, old, next };
  const { names } = await grassrootsTypes(ctx);
  const parent = org.parent_id === null ? null : await getOrganisation(ctx.db, org.parent_id);
  const q = await orgPeerQuota(ctx, yc, parent ? { id: parent.id, name: parent.name } : { id: org.id, name: org.name }, org.parent_id, org.type_code, names.get(org.type_code) ?? org.type_code);
  const after = q ? countsAfter(q, [change]) : null;
  if (!sameValues(old, next)) {
    if (q && after) enforceQuota(ctx, q, after, input.confirmQuotaBreach, yc.year, 'organisation');
    await writeOrgChange(ctx, yc.year, change);
  }
  const saved = next === null ? undefined : await repo.organisationRating(ctx.db, org.id, yc.year);
  const own = countQuota([next?.category_code ?? null], q?.excellent.code ?? '', q?.good.code ?? '');
  return { rating: saved ? toRating(saved, yc.organisation) : null, quotas: q && after ? [quotaState(q, after, own)] : [] };
}
