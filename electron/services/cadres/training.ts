import type { ParsedInput } from '../../../shared/contract/methods.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { cleanText } from '../../../shared/kernel/text/normalise.ts';
import { cadreProblems as P } from '../../../shared/cadres/problems.ts';
import type { TrainingRecord } from '../../../shared/cadres/schemas.ts';
import { existingCadreIds } from '../../../db/repositories/cadres/cadres.ts';
import { educationLevels } from '../../../db/repositories/cadres/cadreRows.ts';
import * as repo from '../../../db/repositories/cadres/training.ts';
import type { ServiceContext } from '../context.ts';
import { decisionHeadingRow, insertDecisionHeading } from '../decisions/decisions.ts';
import { trainingOut } from './fileView.ts';

/** Training records: one decision sends one or many cadres to a course; their status is kept up to date. */

/** The catalogue each kind's levels come from (cat_education); other kinds take free levels. */
const LEVEL_CATALOGUE: Partial<Record<TrainingRecord['kind'], string>> = { politicalTheory: 'political_theory', stateManagement: 'state_management' };

const clean = (v: string | null): string | null => (v === null ? null : cleanText(v) || null);

async function checkLevel(ctx: ServiceContext, kind: TrainingRecord['kind'], levelCode: string | null): Promise<void> {
  const catalogue = LEVEL_CATALOGUE[kind];
  if (catalogue === undefined || levelCode === null) return;
  if (!(await educationLevels(ctx.db, catalogue)).has(levelCode)) {
    throw new AppFailure('BAD_INPUT', P.levelNotInCatalogue({ level: levelCode, catalogue }), { 'course.levelCode': P.chooseLevel() });
  }
}

function checkDates(fromDate: string, toDate: string | null, field: string): void {
  // Partial dates compare on the shorter precision: "2024" is not before "2024-06".
  if (toDate !== null && toDate.slice(0, fromDate.length) < fromDate.slice(0, toDate.length)) {
    throw new AppFailure('BAD_INPUT', P.toBeforeFrom(), { [field]: P.toBeforeFromField() });
  }
}

/** A training decision: checked and written like every other decision (its number unique per issuing body and year). */
async function insertDecision(ctx: ServiceContext, d: NonNullable<ParsedInput<'training:create'>['decision']>, summary: string): Promise<{ id: number; number: string }> {
  const row = await decisionHeadingRow(ctx, { ...d, effectiveOn: d.issuedOn, receivedOn: null, summary }, 'training');
  return { id: await insertDecisionHeading(ctx, row), number: row.number };
}

function auditValues(r: TrainingRecord): Record<string, unknown> {
  const { id: _id, cadreId: _c, fullName: _f, decisionId: _d, ...rest } = r;
  return rest;
}

export async function create(ctx: ServiceContext, input: ParsedInput<'training:create'>): Promise<{ decisionId: number | null; ids: number[] }> {
  const c = input.course;
  await checkLevel(ctx, c.kind, c.levelCode);
  checkDates(c.fromDate, c.toDate, 'course.toDate');
  const cadreIds = [...new Set(input.cadreIds)];
  // All or nothing: one unknown person and nothing is written.
  const found = await existingCadreIds(ctx.db, cadreIds);
  const missing = cadreIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AppFailure('NOT_FOUND', P.someNotFound({ ids: missing.join(', ') }), { cadreIds: P.someNotFound({ ids: missing.join(', ') }) });
  const institution = cleanText(c.institution);
  const decision = input.decision === null ? null : await insertDecision(ctx, input.decision, `Cử đi đào tạo, bồi dưỡng: ${institution}`);
  const ids = await repo.insertTraining(
    ctx.db,
    cadreIds.map((cadreId) => ({
      cadre_id: cadreId,
      decision_id: decision?.id ?? null,
      kind: c.kind,
      level_code: c.levelCode,
      mode: c.mode,
      institution,
      subject: clean(c.subject),
      from_date: c.fromDate,
      to_date: c.toDate,
      status: c.status,
      qualification: clean(c.qualification),
      created_at: ctx.now,
      updated_at: ctx.now,
    })),
  );
  for (const [i, id] of ids.entries()) {
    const rec = await repo.getTraining(ctx.db, id);
    if (!rec) continue;
    ctx.audit({ action: 'training.create', entity: 'cadre', entityId: cadreIds[i] ?? null, oldValues: null, newValues: { trainingId: id, ...auditValues(trainingOut(rec)) } });
  }
  return { decisionId: decision?.id ?? null, ids };
}

export async function update(ctx: ServiceContext, input: ParsedInput<'training:update'>): Promise<TrainingRecord> {
  const old = await repo.getTraining(ctx.db, input.id);
  if (!old) throw new AppFailure('NOT_FOUND', P.trainingNotFound());
  checkDates(old.from_date, input.toDate, 'toDate');
  await repo.updateTraining(ctx.db, input.id, { status: input.status, to_date: input.toDate, qualification: clean(input.qualification), updated_at: ctx.now });
  const now = await repo.getTraining(ctx.db, input.id);
  if (!now) throw new AppFailure('NOT_FOUND', P.trainingNotFound());
  const before = auditValues(trainingOut(old));
  const after = auditValues(trainingOut(now));
  const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (changed.length > 0) {
    ctx.audit({
      action: 'training.update',
      entity: 'cadre',
      entityId: old.cadre_id,
      oldValues: { trainingId: old.id, ...Object.fromEntries(changed.map((k) => [k, before[k]])) },
      newValues: { trainingId: old.id, ...Object.fromEntries(changed.map((k) => [k, after[k]])) },
    });
  }
  return trainingOut(now);
}

export async function list(ctx: ServiceContext, input: ParsedInput<'training:list'>): Promise<{ rows: TrainingRecord[]; total: number }> {
  const r = await repo.listTraining(ctx.db, input);
  return { rows: r.rows.map(trainingOut), total: r.total };
}
