import { AppFailure } from '../../../shared/kernel/result.ts';
import { cadreProblems as P } from '../../../shared/cadres/problems.ts';
import { retirementDate } from '../../../shared/cadres/retirement.ts';
import { extensionAdvised } from '../../../shared/cadres/terms.ts';
import {
  cadreTableNames,
  cadreTables,
  cvFields,
  type CadreFile,
  type CadreTableName,
  type CvFields,
  type ManagementTier,
  type PersonalFields,
  type TrainingRecord,
} from '../../../shared/cadres/schemas.ts';
import * as cadres from '../../../db/repositories/cadres/cadres.ts';
import { educationLevels, rowsOf, type CadreRowRecord } from '../../../db/repositories/cadres/cadreRows.ts';
import { historyOf, postsOf } from '../../../db/repositories/cadres/fileParts.ts';
import { planningOf } from '../../../db/repositories/cadres/planning.ts';
import { trainingOf, type TrainingRow } from '../../../db/repositories/cadres/training.ts';
import type { ServiceContext } from '../context.ts';
import { personOf } from './person.ts';

/** Reading a whole cadre file (cadre:get, and the answer of cadre:update): a handful of indexed queries. */

export async function mustGetCadre(ctx: ServiceContext, id: number): Promise<cadres.CadreRecord> {
  const row = await cadres.getCadre(ctx.db, id);
  if (!row) throw new AppFailure('NOT_FOUND', P.notFound());
  return row;
}

export const trainingOut = (r: TrainingRow): TrainingRecord => ({
  id: r.id,
  cadreId: r.cadre_id,
  fullName: r.full_name,
  decisionId: r.decision_id,
  decisionNo: r.decision_no,
  kind: r.kind,
  levelCode: r.level_code,
  mode: r.mode,
  institution: r.institution,
  subject: r.subject,
  fromDate: r.from_date,
  toDate: r.to_date,
  status: r.status,
  qualification: r.qualification,
});

/** The stored CV JSON, read leniently: a field that no longer parses is dropped, not fatal. */
export function parseCv(json: string): CvFields {
  const parsed = cvFields.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : {};
}

type Tables = CadreFile['tables'];

/** The rows of every table, each parsed with its row schema and given its id. */
export function tablesOf(rows: readonly CadreRowRecord[]): Tables {
  const out = Object.fromEntries(cadreTableNames.map((n) => [n, [] as unknown[]])) as Record<CadreTableName, unknown[]>;
  for (const r of rows) {
    if (!(r.kind in cadreTables)) continue;
    const kind = r.kind as CadreTableName;
    const parsed = cadreTables[kind].safeParse(JSON.parse(r.data));
    if (parsed.success) out[kind].push({ ...parsed.data, id: r.id });
  }
  return out as Tables;
}

/**
 * The highest level among the file's own field and the graduated courses of that kind, by the
 * catalogue's order; on equal order the file's field wins (the clerk chose it).
 */
export function highestLevel(field: string | null, graduated: readonly string[], order: ReadonlyMap<string, number>): string | null {
  let best: string | null = field;
  let bestOrder = field === null ? -Infinity : (order.get(field) ?? -Infinity);
  for (const code of graduated) {
    const o = order.get(code) ?? -Infinity;
    if (best === null || o > bestOrder) {
      best = code;
      bestOrder = o;
    }
  }
  return best;
}

type RetirementInfo = CadreFile['retirement'];
/**
 * Retirement depends on the sex, the birth month (or year) and the adjustment only: the list computes
 * it for thousands of rows, so each answer is kept (a few thousand keys at most).
 */
const retirements = new Map<string, RetirementInfo>();

export function retirementOf(personal: Pick<PersonalFields, 'sex' | 'birthDate'>, adjustMonths: number): RetirementInfo {
  const key = `${personal.sex}|${personal.birthDate.slice(0, 7)}|${adjustMonths}`;
  let info = retirements.get(key);
  if (info === undefined) {
    const r = retirementDate({ sex: personal.sex, birthDate: personal.birthDate, adjustmentMonths: adjustMonths });
    info = { date: r.date, estimated: r.estimated, age: { years: r.age.years, months: r.age.months } };
    if (retirements.size > 20_000) retirements.clear();
    retirements.set(key, info);
  }
  return { ...info, age: { ...info.age } };
}

export async function readFile(ctx: ServiceContext, id: number): Promise<CadreFile> {
  const c = await mustGetCadre(ctx, id);
  const { personal, fullName } = await personOf(ctx, c);
  const retirement = retirementOf(personal, c.retirement_adjust_months);
  const [rows, posts, history, planning, training, hasPhoto, theoryOrder] = await Promise.all([
    rowsOf(ctx.db, id),
    postsOf(ctx.db, id),
    historyOf(ctx.db, id),
    planningOf(ctx.db, id),
    trainingOf(ctx.db, id),
    cadres.hasPhoto(ctx.db, id),
    educationLevels(ctx.db, 'political_theory'),
  ]);
  const graduatedTheory = training.filter((t) => t.kind === 'politicalTheory' && t.status === 'graduated' && t.level_code !== null).map((t) => t.level_code as string);
  return {
    id: c.id,
    memberId: c.member_id,
    fullName,
    personal,
    ...personal,
    managementTier: c.management_tier as ManagementTier,
    status: c.status,
    generalEducation: c.general_education,
    professionalCode: c.professional_code,
    politicalTheoryCode: c.political_theory_code,
    highestPoliticalTheoryCode: highestLevel(c.political_theory_code, graduatedTheory, theoryOrder),
    stateManagementCode: c.state_management_code,
    retirementAdjustMonths: c.retirement_adjust_months,
    cv: parseCv(c.cv),
    tables: tablesOf(rows),
    posts: posts.map((p) => ({
      postKind: p.post_kind,
      title: p.title,
      unit: p.unit,
      orgId: p.org_id,
      since: p.since,
      termEnd: p.term_end,
      noticeOn: p.notice_on,
      extensionAdvised: p.term_end !== null && extensionAdvised(p.term_end, retirement.date),
      actionId: p.action_id,
      decisionNo: p.decision_no,
    })),
    history: history.map((h) => ({
      actionId: h.action_id,
      decisionId: h.decision_id,
      decisionNo: h.decision_no,
      effectiveOn: h.effective_on,
      typeCode: h.type_code,
      postKind: h.post_kind,
      postAfter: h.post_after,
      unitAfter: h.unit_after,
      status: h.status,
    })),
    retirement,
    planning: planning.map((e) => ({ id: e.id, cycleCode: e.cycle_code, post: e.post, addedOn: e.added_on, removedOn: e.removed_on, removalReason: e.removal_reason })),
    training: training.map(trainingOut),
    hasPhoto,
    updatedAt: c.updated_at,
  };
}
