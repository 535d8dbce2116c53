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
import { addYears, completeDate, formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { fullName } from '../../../shared/kernel/text/names.ts';
import { cleanText } from '../../../shared/kernel/text/normalise.ts';
import { loadCatalogues } from '../../../db/repositories/catalogues/catalogues.ts';
import type { ServiceContext } from '../context.ts';
import { create, holdingOrganisation } from './members.ts';

type AdmitManyInput = ParsedInput<'member:admitMany'>;

/** The Party Charter's minimum age for admission (Điều lệ Đảng, Điều 1). */
const MIN_ADMISSION_AGE = 18;

/** A refused row: its index, its own message and its per-cell messages (keys without the prefix). */
interface RowProblem {
  index: number;
  code: ErrorCode;
  message: string;
  fields: Record<string, string>;
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
const rowLabel = (index: number, p: AdmissionPerson) => `Dòng ${index + 1} (${rowName(p)})`;

/** The header: the ceremony not in the future, the decision not after the ceremony, a working cell. */
async function checkHeader(ctx: ServiceContext, input: AdmitManyInput) {
  if (input.admissionDate > ctx.today) {
    throw new AppFailure('BAD_INPUT', 'Ngày vào Đảng (lễ kết nạp) ở tương lai: chỉ ghi lễ kết nạp đã diễn ra.', { admissionDate: 'Ngày ở tương lai' });
  }
  if (input.decision.date > input.admissionDate) {
    throw new AppFailure('BAD_INPUT', `Ngày quyết định kết nạp (${formatVi(input.decision.date)}) không được sau ngày vào Đảng (${formatVi(input.admissionDate)}).`, {
      'decision.date': 'Không được sau ngày vào Đảng',
    });
  }
  return holdingOrganisation(ctx, input.organisationId);
}

/** Citizen IDs given twice in the batch: every later row is refused, naming the first. */
function duplicateProblems(people: readonly AdmissionPerson[]): RowProblem[] {
  const first = new Map<string, number>();
  const problems: RowProblem[] = [];
  for (const [index, p] of people.entries()) {
    const seen = first.get(p.citizenId);
    if (seen === undefined) {
      first.set(p.citizenId, index);
      continue;
    }
    const other = people[seen] as AdmissionPerson;
    problems.push({
      index,
      code: 'CONFLICT',
      message: `Số CCCD ${p.citizenId} trùng với dòng ${seen + 1} (${rowName(other)}).`,
      fields: { citizenId: `Trùng với dòng ${seen + 1}` },
    });
  }
  return problems;
}

/** Checks that do not need the database: birth before the ceremony, catalogue codes. */
function rowProblem(index: number, p: AdmissionPerson, ceremony: string, codes: Map<string, Set<string>>): RowProblem | null {
  const fields: Record<string, string> = {};
  const messages: string[] = [];
  if (p.birthDate >= ceremony) {
    fields.birthDate = 'Phải trước ngày vào Đảng';
    messages.push(`Ngày sinh ${formatVi(p.birthDate)} không trước ngày vào Đảng ${formatVi(ceremony)}`);
  } else if (completeDate(p.birthDate).iso > addYears(ceremony, -MIN_ADMISSION_AGE)) {
    // Điều lệ Đảng, Điều 1: a citizen of eighteen or over. A year or month alone counts from its first
    // day, so only someone certainly under eighteen is refused (a typo in the year, usually).
    fields.birthDate = `Chưa đủ ${MIN_ADMISSION_AGE} tuổi vào ngày kết nạp`;
    messages.push(`Sinh ${formatVi(p.birthDate)}: chưa đủ ${MIN_ADMISSION_AGE} tuổi vào ngày kết nạp ${formatVi(ceremony)} (Điều lệ Đảng: từ đủ ${MIN_ADMISSION_AGE} tuổi)`);
  }
  const catalogued: [keyof AdmissionPerson, string][] = [
    ['ethnicCode', 'Dân tộc'],
    ['religionCode', 'Tôn giáo'],
    ['professionalCode', 'Chuyên môn'],
    ['politicalTheoryCode', 'Lý luận chính trị'],
    ['occupationCode', 'Nghề nghiệp'],
  ];
  for (const [key, label] of catalogued) {
    const value = p[key];
    if (typeof value !== 'string' || codes.get(key)?.has(value)) continue;
    fields[key] = 'Không có trong danh mục';
    messages.push(`${label} “${value}” không có trong danh mục`);
  }
  if (messages.length === 0) return null;
  return { index, code: 'BAD_INPUT', message: `${messages.join('; ')}.`, fields };
}

async function catalogueCodes(ctx: ServiceContext): Promise<Map<string, Set<string>>> {
  const c = await loadCatalogues(ctx.db);
  const codes = (rows: readonly { code: string }[]) => new Set(rows.map((r) => r.code));
  return new Map([
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
  const fields: Record<string, string> = {};
  for (const p of sorted) {
    for (const [key, message] of Object.entries(p.fields)) {
      const path = PERSON_KEYS.has(key) ? `people.${p.index}.${key}` : key;
      fields[path] ??= message;
    }
  }
  const rows = new Set(sorted.map((p) => p.index)).size;
  const more = rows > 1 ? ` Còn ${rows - 1} dòng khác cũng có lỗi.` : '';
  const message = `${rowLabel(first.index, people[first.index] as AdmissionPerson)}: ${first.message}${more} Chưa kết nạp người nào.`;
  return new AppFailure(first.code, message, fields);
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
      problems.push({ index, code: error.code, message: error.message, fields: error.fields ?? {} });
    }
  }
  // Thrown inside the write transaction: the rows already written are rolled back.
  if (problems.length > 0) throw refusal(input.people, problems);
  return { count: created.length, members: created };
}
