import type { ParsedInput } from '../../../shared/contract/methods.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { kernelProblems, type Problem } from '../../../shared/kernel/problems.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { cleanText } from '../../../shared/kernel/text/normalise.ts';
import { cadreProblems as P } from '../../../shared/cadres/problems.ts';
import { cvFields, type CadreCreateInput, type CadreFile, type CadreUpdateInput, type CvFields } from '../../../shared/cadres/schemas.ts';
import * as cadres from '../../../db/repositories/cadres/cadres.ts';
import * as memberRepo from '../../../db/repositories/members/members.ts';
import { disciplineLevelCodes, educationLevels, replaceRows, rowsOf } from '../../../db/repositories/cadres/cadreRows.ts';
import type { ServiceContext } from '../context.ts';
import { mustGetCadre, readFile, tablesOf } from './fileView.ts';
import { checkCitizenId, personalColumns, personOf, sortKeyOf, writeToMember } from './person.ts';

/** Cadre files: create, update, read (the reading is logged), and the repeating tables. */

/** Text of the CV and tables: NFC, trimmed; one-line fields collapse their spaces; empty → null. */
function cleanValue(key: string, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const multiLine = /note|reason|assessment|history|ties|abroad|work|strengths/i.test(key);
  const c = multiLine ? v.normalize('NFC').trim() : cleanText(v);
  return c === '' ? null : c;
}

function cleanObject<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, cleanValue(k, v)])) as T;
}

type OwnInput = Pick<CadreCreateInput, 'managementTier' | 'status' | 'generalEducation' | 'professionalCode' | 'politicalTheoryCode' | 'stateManagementCode' | 'retirementAdjustMonths' | 'cv'>;

/** The levels of the file's own fields must be in the education catalogue. */
async function checkLevels(ctx: ServiceContext, f: OwnInput): Promise<void> {
  const checks = [
    ['professionalCode', 'professional', f.professionalCode],
    ['politicalTheoryCode', 'political_theory', f.politicalTheoryCode],
    ['stateManagementCode', 'state_management', f.stateManagementCode],
  ] as const;
  for (const [field, kind, code] of checks) {
    if (code === null) continue;
    if (!(await educationLevels(ctx.db, kind)).has(code)) {
      throw new AppFailure('BAD_INPUT', P.levelNotInCatalogue({ level: code, catalogue: kind }), { [field]: P.chooseLevel() });
    }
  }
}

function ownColumns(f: OwnInput) {
  const cv: CvFields = cleanObject(f.cv);
  return {
    management_tier: f.managementTier,
    status: f.status,
    general_education: f.generalEducation === null ? null : cleanText(f.generalEducation) || null,
    professional_code: f.professionalCode,
    political_theory_code: f.politicalTheoryCode,
    state_management_code: f.stateManagementCode,
    retirement_adjust_months: f.retirementAdjustMonths,
    // Only the fields that hold something are kept (the file is read leniently, see parseCv).
    cv: JSON.stringify(Object.fromEntries(Object.entries(cv).filter(([, v]) => v !== null && v !== undefined))),
  };
}

/** What the audit log keeps of a file: its own fields, and the personal ones when not linked. */
function auditValues(f: CadreFile): Record<string, unknown> {
  return {
    memberId: f.memberId,
    ...(f.memberId === null ? f.personal : {}),
    managementTier: f.managementTier,
    status: f.status,
    generalEducation: f.generalEducation,
    professionalCode: f.professionalCode,
    politicalTheoryCode: f.politicalTheoryCode,
    stateManagementCode: f.stateManagementCode,
    retirementAdjustMonths: f.retirementAdjustMonths,
    // The CV fields one by one (every key, empty as null), so an update records only those it changed.
    ...Object.fromEntries(CV_KEYS.map((k) => [k, f.cv[k] ?? null])),
  };
}

const CV_KEYS = Object.keys(cvFields.shape) as (keyof CvFields)[];
const withoutNulls = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null));

/** A non-member's birth date (a member's is checked by the member rules). */
function checkBirth(ctx: ServiceContext, birthDate: string): void {
  if (birthDate > ctx.today.slice(0, birthDate.length)) throw new AppFailure('BAD_INPUT', kernelProblems.futureDate(), { 'personal.birthDate': kernelProblems.futureDate() });
}

export async function create(ctx: ServiceContext, input: CadreCreateInput): Promise<{ id: number }> {
  await checkLevels(ctx, input);
  let id: number;
  if (input.memberId !== null) {
    const member = await memberRepo.getMember(ctx.db, input.memberId);
    if (!member) throw new AppFailure('NOT_FOUND', P.memberNotFound(), { memberId: P.chooseMember() });
    if (await cadres.cadreOfMember(ctx.db, member.id)) {
      throw new AppFailure('CONFLICT', P.memberHasFile({ name: member.full_name, birth: formatVi(member.birth_date) }), { memberId: P.memberHasFileField() });
    }
    await checkCitizenId(ctx, member.citizen_id, null, false);
    id = await cadres.insertCadre(ctx.db, { member_id: member.id, ...ownColumns(input), created_at: ctx.now, updated_at: ctx.now }, null);
  } else {
    const personal = input.personal;
    if (personal === null) throw new AppFailure('BAD_INPUT', P.chooseMember(), { personal: P.chooseMember() });
    checkBirth(ctx, personal.birthDate);
    await checkCitizenId(ctx, personal.citizenId, null, true);
    const columns = personalColumns(personal);
    id = await cadres.insertCadre(ctx.db, { member_id: null, ...columns, ...ownColumns(input), created_at: ctx.now, updated_at: ctx.now }, (newId) => sortKeyOf(columns, newId));
  }
  const file = await readFile(ctx, id);
  ctx.audit({ action: 'cadre.create', entity: 'cadre', entityId: id, oldValues: null, newValues: withoutNulls(auditValues(file)) });
  return { id };
}

export async function update(ctx: ServiceContext, input: CadreUpdateInput): Promise<CadreFile> {
  const row = await mustGetCadre(ctx, input.id);
  await checkLevels(ctx, input);
  const before = await readFile(ctx, input.id);
  if (row.member_id !== null) {
    // One copy: the member record takes the change, with its own rules and audit entry.
    await checkCitizenId(ctx, input.personal.citizenId, input.id, false);
    await writeToMember(ctx, row.member_id, (await personOf(ctx, row)).personal, input.personal);
    await cadres.updateCadre(ctx.db, input.id, { ...ownColumns(input), updated_at: ctx.now });
  } else {
    checkBirth(ctx, input.personal.birthDate);
    await checkCitizenId(ctx, input.personal.citizenId, input.id, true);
    const columns = personalColumns(input.personal);
    await cadres.updateCadre(ctx.db, input.id, { ...columns, sort_key: sortKeyOf(columns, input.id), ...ownColumns(input), updated_at: ctx.now });
  }
  const after = await readFile(ctx, input.id);
  const old = auditValues(before);
  const now = auditValues(after);
  const changed = Object.keys(now).filter((k) => JSON.stringify(old[k]) !== JSON.stringify(now[k]));
  if (changed.length > 0) {
    ctx.audit({
      action: 'cadre.update',
      entity: 'cadre',
      entityId: input.id,
      oldValues: Object.fromEntries(changed.map((k) => [k, old[k]])),
      newValues: Object.fromEntries(changed.map((k) => [k, now[k]])),
    });
  }
  return after;
}

/** The file; opening it is logged (the perusal log shows it as a viewing in the app). */
export async function get(ctx: ServiceContext, id: number): Promise<CadreFile> {
  const file = await readFile(ctx, id);
  ctx.audit({ action: 'cadre:view', entity: 'cadre', entityId: id, oldValues: null, newValues: null });
  return file;
}

// ---- the repeating tables ----------------------------------------------------------------------

/** The dates of the tables' rows, none of which can lie ahead (partial dates compare on their precision). */
const DATE_KEYS = ['fromDate', 'toDate', 'since', 'decidedOn', 'submittedOn', 'receivedOn'] as const;

/** The tables whose rows carry a year the queries use (the cadre_row.year column). */
const YEAR_TABLES = new Set(['assessments', 'assetDeclarations', 'awards']);

export async function saveTable(ctx: ServiceContext, input: ParsedInput<'cadre:saveTable'>): Promise<CadreFile['tables']> {
  await mustGetCadre(ctx, input.cadreId);
  const rows = (input.rows as Record<string, unknown>[]).map(cleanObject);
  if (input.table === 'discipline') {
    const levels = await disciplineLevelCodes(ctx.db);
    const fields: Record<string, Problem> = {};
    const wrong = rows.map((r, i) => ({ i, level: String(r.levelCode) })).filter((r) => !levels.has(r.level));
    for (const w of wrong) fields[`rows.${w.i}.levelCode`] = P.chooseLevel();
    const first = wrong[0];
    if (first) throw new AppFailure('BAD_INPUT', P.disciplineLevelRow({ row: first.i + 1, level: first.level }), fields);
  }
  const future: Record<string, Problem> = {};
  rows.forEach((r, i) => {
    for (const key of DATE_KEYS) {
      const v = r[key];
      if (typeof v === 'string' && v > ctx.today.slice(0, v.length)) future[`rows.${i}.${key}`] = kernelProblems.futureDate();
    }
  });
  const firstFuture = Object.values(future)[0];
  if (firstFuture !== undefined) throw new AppFailure('BAD_INPUT', firstFuture, future);
  const before = tablesOf(await rowsOf(ctx.db, input.cadreId));
  await replaceRows(
    ctx.db,
    input.cadreId,
    input.table,
    rows.map((r) => ({ year: YEAR_TABLES.has(input.table) ? Number(r.year) : null, data: JSON.stringify(r) })),
  );
  const after = tablesOf(await rowsOf(ctx.db, input.cadreId));
  const strip = (list: readonly { id: number }[]) => list.map(({ id: _id, ...rest }) => rest);
  const oldRows = strip(before[input.table] as { id: number }[]);
  const newRows = strip(after[input.table] as { id: number }[]);
  if (JSON.stringify(oldRows) !== JSON.stringify(newRows)) {
    const table = input.table;
    ctx.audit({ action: `cadre.${table}.save`, entity: 'cadre', entityId: input.cadreId, oldValues: { rows: oldRows }, newValues: { rows: newRows } });
  }
  return after;
}
