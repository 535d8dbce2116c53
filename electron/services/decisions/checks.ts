import type { PostKind } from '../../../shared/cadres/schemas.ts';
import { termEnd } from '../../../shared/cadres/terms.ts';
import { defaultTermMonths, effectRule } from '../../../shared/decisions/effects.ts';
import { deriveFile, postOfKind, type DerivationAction } from '../../../shared/decisions/posts.ts';
import { decisionProblems as P } from '../../../shared/decisions/problems.ts';
import type { Problem } from '../../../shared/kernel/problems.ts';
import { searchKey } from '../../../shared/kernel/text/normalise.ts';
import * as repo from '../../../db/repositories/decisions/decisions.ts';
import * as derived from '../../../db/repositories/decisions/derived.ts';
import type { ServiceContext } from '../context.ts';
import { byCadre, retirementOf, toDerivation } from './derive.ts';
import { rowWarnings, type RowFacts, type WarningFacts } from './warnings.ts';

/**
 * The rows of a decision as the clerk typed them, checked and filled the same way for
 * `decision:check` (while typing) and `decision:create` (before saving): the type is in the
 * catalogue and in use, the cadre exists, a planning action names a cycle; the term defaults from the
 * catalogue (60 months for appointments); the effective date from the decision's; "post before" and
 * "unit before" from the post of that kind held on the effective date (earlier rows of the same
 * decision included: a relief then an appointment of the same person reads as written).
 */

export interface RowInput {
  typeCode: string;
  cadreId: number;
  postKind?: PostKind | undefined;
  postBefore?: string | null | undefined;
  unitBefore?: string | null | undefined;
  postAfter?: string | null | undefined;
  unitAfter?: string | null | undefined;
  orgAfterId?: number | null | undefined;
  termMonths?: number | null | undefined;
  effectiveOn?: string | null | undefined;
  planningCycle?: string | null | undefined;
  note?: string | null | undefined;
}

export interface DecisionDates {
  effectiveOn: string;
  issuedOn: string | null;
  receivedOn: string | null;
}

export interface CheckedRow {
  typeCode: string;
  typeName: string;
  effect: string;
  cadreId: number;
  cadreName: string | null;
  postKind: PostKind;
  postBefore: string | null;
  unitBefore: string | null;
  postAfter: string | null;
  unitAfter: string | null;
  orgAfterId: number | null;
  termMonths: number | null;
  termEnd: string | null;
  effectiveOn: string;
  planningCycle: string | null;
  note: string | null;
  /** Refusals by field name (typeCode, cadreId, planningCycle, postAfter, orgAfterId). */
  errors: Record<string, Problem>;
  warnings: Problem[];
}

const blank = (v: string | null | undefined): string | null => {
  if (v === null || v === undefined) return null;
  const c = v.normalize('NFC').replace(/\s+/g, ' ').trim();
  return c === '' ? null : c;
};

/** What a check read of the cadres (a save hands it on to the derivation instead of reading it again). */
export interface LoadedFacts {
  facts?: derived.CadreFacts[];
  actions?: derived.ActionForDerivation[];
}

/**
 * `excluding`: an action being corrected (checked as if it were not stored yet). `loaded`, when given,
 * receives the cadres' facts and stored actions read here.
 */
export async function checkRows(ctx: ServiceContext, dates: DecisionDates, inputs: readonly RowInput[], excluding: number | null = null, loaded?: LoadedFacts): Promise<CheckedRow[]> {
  const types = new Map((await repo.actionTypes(ctx.db)).map((t) => [t.code, t]));
  const cadreIds = [...new Set(inputs.map((r) => r.cadreId))];
  const factRows = derived.cadreFactsOf(ctx.bulk, cadreIds);
  const facts = new Map(factRows.map((c) => [c.id, c]));
  const storedRows = derived.activeActionsOf(ctx.bulk, cadreIds).filter((a) => a.id !== excluding);
  if (loaded) Object.assign(loaded, { facts: factRows, actions: storedRows });
  const stored = byCadre(storedRows);
  const orgIds = [...new Set(inputs.flatMap((r) => (r.orgAfterId ? [r.orgAfterId] : [])))];
  const orgs = await repo.existingOrganisations(ctx.db, orgIds);
  const effects = inputs.map((r) => types.get(r.typeCode)?.effect ?? 'none');
  const cycles = effects.some((e) => effectRule(e).planning !== null) ? new Set(await repo.planningCycleCodes(ctx.db)) : new Set<string>();

  // Earlier rows of this decision count before later ones (as if saved: after every stored action).
  const drafts = new Map<number, DerivationAction[]>();
  const extras: RowFacts[] = [];
  const rows: CheckedRow[] = inputs.map((input, i) => {
    const type = types.get(input.typeCode);
    const effect = effects[i] ?? 'none';
    const rule = effectRule(effect);
    const cadre = facts.get(input.cadreId);
    const errors: Record<string, Problem> = {};
    if (!type) errors.typeCode = P.typeUnknown({ code: input.typeCode });
    else if (type.active !== 1) errors.typeCode = P.typeInactive({ name: type.name });
    if (!cadre) errors.cadreId = P.cadreNotFound({ id: input.cadreId });

    const effectiveOn = input.effectiveOn ?? dates.effectiveOn;
    const postKind: PostKind = rule.kind === 'committee' ? 'committee' : (input.postKind ?? 'main');
    const postAfter = blank(input.postAfter);
    const unitAfter = blank(input.unitAfter);
    const planningCycle = input.planningCycle ?? null;
    if (rule.planning !== null) {
      if (planningCycle === null) errors.planningCycle = P.cycleMissing();
      else if (!cycles.has(planningCycle)) errors.planningCycle = P.cycleUnknown({ code: planningCycle });
    }
    if (rule.needs === 'post' && postAfter === null) errors.postAfter = P.postMissing();
    if (rule.needs === 'postOrUnit' && postAfter === null && unitAfter === null) errors.postAfter = P.postOrUnitMissing();
    const orgAfterId = input.orgAfterId ?? null;
    if (orgAfterId !== null && !orgs.has(orgAfterId)) errors.orgAfterId = P.orgNotFound({ id: orgAfterId });

    const own = drafts.get(input.cadreId) ?? [];
    const history = [...(stored.get(input.cadreId) ?? []).map(toDerivation), ...own];
    const retirement = cadre ? retirementOf(cadre) : null;
    const before = deriveFile(history, { asOf: effectiveOn, retirementDate: retirement });
    const held = postOfKind(before, postKind);
    const termMonths = input.termMonths ?? defaultTermMonths(effect, type?.term_months ?? null);
    const row: CheckedRow = {
      typeCode: input.typeCode,
      typeName: type?.name ?? input.typeCode,
      effect,
      cadreId: input.cadreId,
      cadreName: cadre?.full_name ?? null,
      postKind,
      postBefore: blank(input.postBefore) ?? (held?.title || null),
      unitBefore: blank(input.unitBefore) ?? held?.unit ?? null,
      postAfter,
      unitAfter,
      orgAfterId,
      termMonths: rule.term === 'months' ? termMonths : null,
      termEnd: rule.term === 'retirement' ? retirement : rule.term === 'months' && termMonths !== null ? termEnd(effectiveOn, termMonths) : null,
      effectiveOn,
      planningCycle,
      note: blank(input.note),
      errors,
      warnings: [],
    };
    own.push({
      id: -(i + 1),
      decisionId: Number.MAX_SAFE_INTEGER,
      decisionNo: '',
      seq: i + 1,
      typeCode: row.typeCode,
      effect,
      effectiveOn,
      postKind,
      postBefore: row.postBefore,
      unitBefore: row.unitBefore,
      postAfter,
      unitAfter,
      orgAfterId,
      termMonths: row.termMonths,
      planningCycle,
      note: row.note,
      status: 'active',
    });
    drafts.set(input.cadreId, own);
    extras.push({ held, retirement, appointmentsBefore: before.appointments });
    return row;
  });

  const warningFacts: WarningFacts = await loadWarningFacts(ctx, rows);
  for (const [i, row] of rows.entries()) {
    const own = extras[i];
    if (Object.keys(row.errors).length > 0 || row.cadreName === null || !own) continue;
    row.warnings = rowWarnings(row, own, rows, warningFacts, dates);
  }
  return rows;
}

/** The discipline rows and open planning entries the warnings need (only when a row needs them). */
async function loadWarningFacts(ctx: ServiceContext, rows: readonly CheckedRow[]): Promise<WarningFacts> {
  const disciplineCadres = [...new Set(rows.filter((r) => r.effect === 'appoint' || r.effect === 'planAdd').map((r) => r.cadreId))];
  const disciplines = await repo.disciplinesOf(ctx.db, disciplineCadres);
  const levelNames = disciplines.length > 0 ? await repo.disciplineLevelNames(ctx.db) : new Map<string, string>();
  const plans = rows.flatMap((r) => (r.effect === 'planAdd' && r.planningCycle !== null && r.postAfter !== null ? [{ cycle: r.planningCycle, postKey: searchKey(r.postAfter), cadreId: r.cadreId }] : []));
  const planning =
    plans.length === 0
      ? []
      : await repo.openPlanning(
          ctx.db,
          [...new Set(plans.map((r) => r.cycle))],
          [...new Set(plans.map((r) => r.postKey))],
          [...new Set(plans.map((r) => r.cadreId))],
        );
  return { disciplines: byCadre(disciplines), levelNames, planning };
}
