import type { Catalogues } from '../../../shared/catalogues/schemas.ts';
import { isBuiltInActionType } from '../../../shared/catalogues/actionTypes.ts';
import { catalogueProblems as P } from '../../../shared/catalogues/problems.ts';
import type { saveActionTypeInput } from '../../../shared/catalogues/schemas.ts';
import type { Problem } from '../../../shared/kernel/problems.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { cleanText } from '../../../shared/kernel/text/normalise.ts';
import * as repo from '../../../db/repositories/catalogues/catalogues.ts';
import { rederiveAfterHolidays } from '../decisions/derive.ts';
import { loadCatalogues } from '../../../db/repositories/catalogues/catalogues.ts';
import type { ServiceContext } from '../context.ts';
import type { z } from 'zod';

type SaveActionTypeInput = z.output<typeof saveActionTypeInput>;

/** The code lists as the forms use them. */
export async function catalogues(ctx: ServiceContext): Promise<Catalogues> {
  const c = await loadCatalogues(ctx.db);
  const item = (r: { code: string; name: string }, kind: string | null = null) => ({ code: r.code, name: r.name, kind });
  return {
    ethnicGroups: c.ethnicGroups.map((r) => item(r)),
    religions: c.religions.map((r) => item(r)),
    organisationTypes: c.organisationTypes.map((r) => ({ ...item(r), grassroots: r.grassroots === 1 })),
    unitTypes: c.unitTypes.map((r) => item(r)),
    education: c.education.map((r) => item(r, r.kind)),
    occupations: c.occupations.map((r) => item(r, r.group)),
    memberEvents: c.memberEvents.map((r) => item(r, r.effect_on_list)),
    actionTypes: c.actionTypes.map((r) => ({ ...item(r, r.effect), termMonths: r.term_months === null ? null : Number(r.term_months), effect: r.effect, active: r.active === 1 })),
    ageBands: c.bands
      .filter((b) => b.kind === 'age' && b.from !== null)
      .map((b) => ({ code: b.code, label: b.label, from: Number(b.from), to: b.to === null ? null : Number(b.to) })),
  };
}

/**
 * Adds or edits a personnel action type. A built-in type keeps its effect (shared/catalogues/actionTypes.ts);
 * a new one starts offered.
 */
export async function saveActionType(ctx: ServiceContext, input: SaveActionTypeInput) {
  const before = await repo.actionType(ctx.db, input.code);
  if (before && isBuiltInActionType(input.code) && before.effect !== input.effect) {
    const problem = P.builtInEffect({ name: before.name });
    throw new AppFailure('RULE', problem, { effect: problem });
  }
  const row = { code: input.code, name: cleanText(input.name), term_months: input.termMonths, effect: input.effect, active: input.active ? 1 : 0 };
  await repo.saveActionType(ctx.db, row, before !== undefined);
  const view = (r: { name: string; term_months: number | null; effect: string; active: number }) => ({ name: r.name, termMonths: r.term_months, effect: r.effect, active: r.active === 1 });
  ctx.audit({ action: 'catalogue:saveActionType', entity: 'catalogue', entityId: null, oldValues: before ? { code: input.code, ...view(before) } : null, newValues: { code: input.code, ...view(row) } });
  return { code: row.code, name: row.name, kind: row.effect, termMonths: row.term_months, effect: row.effect, active: input.active };
}

export async function holidays(ctx: ServiceContext, year: number) {
  return { year, rows: await repo.holidaysOfYear(ctx.db, year) };
}

/**
 * Replaces one year's holidays. The reappointment notice dates count working days on them, so the
 * posts whose term ends in or after that year are derived again in the same transaction.
 */
export async function saveHolidays(ctx: ServiceContext, input: { year: number; rows: { date: string; name: string }[] }) {
  const fields: Record<string, Problem> = {};
  const seen = new Set<string>();
  input.rows.forEach((r, i) => {
    if (!r.date.startsWith(`${input.year}-`)) fields[`rows.${i}.date`] = P.holidayOutsideYear({ date: r.date, year: input.year });
    else if (seen.has(r.date)) fields[`rows.${i}.date`] = P.holidayTwice({ date: r.date });
    seen.add(r.date);
  });
  const first = Object.values(fields)[0];
  if (first) throw new AppFailure('BAD_INPUT', first, fields);
  const before = await repo.holidaysOfYear(ctx.db, input.year);
  const rows = [...input.rows].map((r) => ({ date: r.date, name: cleanText(r.name) })).sort((a, b) => a.date.localeCompare(b.date));
  await repo.replaceHolidaysOfYear(ctx.db, input.year, rows);
  rederiveAfterHolidays(ctx, input.year);
  ctx.audit({ action: 'catalogue:saveHolidays', entity: 'catalogue', entityId: input.year, oldValues: { rows: before }, newValues: { rows } });
  return { year: input.year, rows };
}
