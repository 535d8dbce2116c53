/**
 * Admission of many new members under one decision (members.md): one cell, one ceremony date (ngày
 * vào Đảng), one decision (number, date, deciding body, signer), one row of the record card per person.
 *
 * All or nothing: every row is checked; when any is refused the call throws (inside the write
 * transaction, so whatever was written for the other rows is rolled back) with a message naming the
 * first refused row ("Dòng 7 (Nguyễn Văn An): …") and per-cell messages keyed `people.<index>.<field>`.
 * Each member is written by the single-member path (members.create): one audit entry per member, and an
 * ADMIT event carrying the decision's number, date, body and signer.
 */
import { AppFailure, type ErrorCode } from '../../../shared/kernel/result.ts';
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import type { AdmissionPerson, AdmitManyResult } from '../../../shared/members/admissionSchemas.ts';
import { admissionHeaderProblems, admissionRowProblems, duplicateCitizenIds, type CataloguedField } from '../../../shared/members/admissionRules.ts';
import { memberProblems as P } from '../../../shared/members/problems.ts';
import { sentenceOf, type Problem } from '../../../shared/kernel/problems.ts';
import { fullName } from '../../../shared/kernel/text/names.ts';
import { cleanText } from '../../../shared/kernel/text/normalise.ts';
import { loadCatalogues } from '../../../db/repositories/catalogues/catalogues.ts';
import type { ServiceContext } from '../context.ts';
import { create, holdingOrganisation } from './members.ts';

type AdmitManyInput = ParsedInput<'member:admitMany'>;

/** A refused row: its index, its own problem and its per-cell problems (keys without the prefix). */
interface RowProblem {
  index: number;
  code: ErrorCode;
  problem: Problem;
  fields: Record<string, Problem>;
}

/** Fields of the row itself; other keys of a refusal (the header's) keep their own names. */
const PERSON_KEYS: ReadonlySet<string> = new Set([
  'familyName',
  'middleName',
  'givenName',
  'nameOrder',
  'otherNames',
  'sex',
  'birthDate',
  'birthPlace',
  'homeTown',
  'residence',
  'temporaryResidence',
  'ethnicCode',
  'religionCode',
  'citizenId',
  'recordNo',
  'generalEducation',
  'professionalCode',
  'politicalTheoryCode',
  'occupationCode',
  'phone',
  'notes',
]);

const rowName = (p: AdmissionPerson) =>
  fullName({ familyName: cleanText(p.familyName), middleName: cleanText(p.middleName), givenName: cleanText(p.givenName) }, p.nameOrder ?? 'familyFirst');

/** The header (shared/members/admissionRules.ts), then a working cell. */
async function checkHeader(ctx: ServiceContext, input: AdmitManyInput) {
  const [first] = admissionHeaderProblems({ admissionDate: input.admissionDate, decisionDate: input.decision.date }, ctx.today);
  if (first) throw new AppFailure('BAD_INPUT', first.summary, { [first.field]: first.problem });
  return holdingOrganisation(ctx, input.organisationId);
}

/** Citizen IDs given twice in the batch: every later row is refused, naming the first. */
function duplicateProblems(people: readonly AdmissionPerson[]): RowProblem[] {
  return duplicateCitizenIds(people.map((p) => p.citizenId)).map(({ index, first }) => ({
    index,
    code: 'CONFLICT',
    problem: P.duplicateCitizenId({ citizenId: (people[index] as AdmissionPerson).citizenId, row: first + 1, name: rowName(people[first] as AdmissionPerson) }),
    fields: { citizenId: P.duplicateCitizenIdField({ row: first + 1 }) },
  }));
}

/** Checks that do not need the database (shared/members/admissionRules.ts): birth before the ceremony, age, catalogue codes. */
function rowProblem(index: number, p: AdmissionPerson, ceremony: string, codes: Map<CataloguedField, Set<string>>): RowProblem | null {
  const found = admissionRowProblems(
    { birthDate: p.birthDate, codes: { ethnicCode: p.ethnicCode, religionCode: p.religionCode, professionalCode: p.professionalCode, politicalTheoryCode: p.politicalTheoryCode, occupationCode: p.occupationCode } },
    ceremony,
    (field, code) => codes.get(field)?.has(code) ?? false,
  );
  const problem = sentenceOf(found.map((f) => f.summary));
  if (problem === null) return null;
  const fields: Record<string, Problem> = {};
  for (const f of found) fields[f.field] ??= f.problem;
  return { index, code: 'BAD_INPUT', problem, fields };
}

async function catalogueCodes(ctx: ServiceContext): Promise<Map<CataloguedField, Set<string>>> {
  const c = await loadCatalogues(ctx.db);
  const codes = (rows: readonly { code: string }[]) => new Set(rows.map((r) => r.code));
  return new Map<CataloguedField, Set<string>>([
    ['ethnicCode', codes(c.ethnicGroups)],
    ['religionCode', codes(c.religions)],
    ['professionalCode', codes(c.education.filter((e) => e.kind === 'professional'))],
    ['politicalTheoryCode', codes(c.education.filter((e) => e.kind === 'political_theory'))],
    ['occupationCode', codes(c.occupations)],
  ]);
}

/** One AppFailure for every refused row: the first one named in the message, all of them in the fields. */
function refusal(people: readonly AdmissionPerson[], problems: RowProblem[]): AppFailure {
  const sorted = [...problems].sort((a, b) => a.index - b.index);
  const first = sorted[0] as RowProblem;
  const fields: Record<string, Problem> = {};
  for (const p of sorted) {
    for (const [key, problem] of Object.entries(p.fields)) {
      const path = PERSON_KEYS.has(key) ? `people.${p.index}.${key}` : key;
      fields[path] ??= problem;
    }
  }
  const rows = new Set(sorted.map((p) => p.index)).size;
  const named = { row: first.index + 1, name: rowName(people[first.index] as AdmissionPerson), problem: first.problem };
  return new AppFailure(first.code, rows > 1 ? P.rowsRefused({ ...named, others: rows - 1 }) : P.rowRefused(named), fields);
}
/** Admits every person of the decision into the cell; all or nothing. */
export async function admitMany(ctx: ServiceContext, input: AdmitManyInput): Promise<AdmitManyResult> {
  const cell = await checkHeader(ctx, input);
  const codes = await catalogueCodes(ctx);
  const problems = duplicateProblems(input.people);
  const refusedRows = new Set(problems.map((p) => p.index));
  const decision = { number: input.decision.number, body: input.decision.body, signer: input.decision.signer };
  const created: AdmitManyResult['members'] = [];
  for (const [index, person] of input.people.entries()) {
    const own = rowProblem(index, person, input.admissionDate, codes);
    if (own) problems.push(own);
    if (own || refusedRows.has(index)) continue;
    try {
      const member = await create(
        ctx,
        { ...person, nameOrder: person.nameOrder ?? 'familyFirst', cardNo: null, organisationId: cell.id, admissionDate: input.admissionDate, admissionDecisionDate: input.decision.date, fullMemberDate: null },
        decision,
      );
      created.push({ id: member.id, fullName: member.fullName, citizenId: member.citizenId });
    } catch (error) {
      // A database error is not the row's fault: it fails the whole call as it is.
      if (!(error instanceof AppFailure) || error.code === 'INTERNAL') throw error;
      problems.push({ index, code: error.code, problem: error.problem, fields: error.fieldProblems ?? {} });
    }
  }
  // Thrown inside the write transaction: the rows already written are rolled back.
  if (problems.length > 0) throw refusal(input.people, problems);
  return { count: created.length, members: created };
}
