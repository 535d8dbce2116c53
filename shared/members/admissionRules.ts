/**
 * The checks of an admission by decision (members.md, "kết nạp") that both sides make: the screen
 * shows them while the clerk types, the core enforces them before writing. Each returns problems with
 * the field they concern: `problem` for the field (a cell or a box), `summary` for the sentence that
 * names the row (ARCHITECTURE.md, "One rule, one place").
 */
import { formatVi } from '../kernel/dates/partialDate.ts';
import { kernelProblems, type Problem } from '../kernel/problems.ts';
import { beforeFounding, MIN_ADMISSION_AGE, PARTY_FOUNDED, PROBATION_OVERDUE_MONTHS, probationOverdue, underAge } from './plausibility.ts';
import { memberProblems as P } from './problems.ts';

export { MIN_ADMISSION_AGE } from './plausibility.ts';

export interface AdmissionProblem {
  /** The field: 'admissionDate', 'decision.date', or a person's field ('birthDate', 'ethnicCode', …). */
  field: string;
  /** What the field shows. */
  problem: Problem;
  /** The phrase or sentence that says it in a message. */
  summary: Problem;
}

/** The catalogued fields of a person, with the label a message names them by. */
export const CATALOGUED_FIELDS = {
  ethnicCode: P.labelEthnicCode(),
  religionCode: P.labelReligionCode(),
  professionalCode: P.labelProfessionalCode(),
  politicalTheoryCode: P.labelPoliticalTheoryCode(),
  occupationCode: P.labelOccupationCode(),
} as const;
export type CataloguedField = keyof typeof CATALOGUED_FIELDS;

/**
 * The decision's header: the ceremony not in the future, neither it nor the decision before the Party
 * was founded (shared/members/plausibility.ts), the decision not after the ceremony. Null dates are not checked.
 */
export function admissionHeaderProblems(header: { admissionDate: string | null; decisionDate: string | null }, today: string): AdmissionProblem[] {
  const problems: AdmissionProblem[] = [];
  const { admissionDate: ceremony, decisionDate: decision } = header;
  if (ceremony !== null && ceremony > today) {
    problems.push({ field: 'admissionDate', problem: kernelProblems.futureDate(), summary: P.ceremonyInFuture() });
  }
  const founded = formatVi(PARTY_FOUNDED);
  if (ceremony !== null && beforeFounding(ceremony) === 'certain') {
    problems.push({ field: 'admissionDate', problem: P.beforeFoundingField({ founded }), summary: P.admissionBeforeFounding({ date: formatVi(ceremony), founded }) });
  }
  if (decision !== null && beforeFounding(decision) === 'certain') {
    problems.push({ field: 'decision.date', problem: P.beforeFoundingField({ founded }), summary: P.decisionBeforeFounding({ date: formatVi(decision), founded }) });
  }
  if (ceremony !== null && decision !== null && decision > ceremony) {
    problems.push({
      field: 'decision.date',
      problem: P.decisionAfterCeremonyField(),
      summary: P.decisionAfterCeremony({ decision: formatVi(decision), ceremony: formatVi(ceremony) }),
    });
  }
  return problems;
}

export interface AdmissionRow {
  /** ISO, possibly partial; null when not (validly) typed. */
  birthDate: string | null;
  /** Catalogue codes as given (a value not in the catalogue is refused). */
  codes: Partial<Record<CataloguedField, string | null>>;
}

/**
 * One person's row: born before the ceremony and at least 18 on it (a year or a month alone counts from
 * its first day, so only someone certainly under 18 is refused), catalogue codes known.
 * `known(field, code)` says whether a code is in the catalogue of the field.
 */
export function admissionRowProblems(row: AdmissionRow, ceremony: string | null, known: (field: CataloguedField, code: string) => boolean): AdmissionProblem[] {
  const problems: AdmissionProblem[] = [];
  const birth = row.birthDate;
  if (birth !== null && ceremony !== null) {
    if (birth >= ceremony) {
      problems.push({ field: 'birthDate', problem: P.birthAfterCeremonyField(), summary: P.birthAfterCeremony({ birth: formatVi(birth), ceremony: formatVi(ceremony) }) });
    } else if (underAge(birth, ceremony) === 'certain') {
      problems.push({
        field: 'birthDate',
        problem: P.underAgeField({ age: MIN_ADMISSION_AGE }),
        summary: P.underAge({ birth: formatVi(birth), ceremony: formatVi(ceremony), age: MIN_ADMISSION_AGE }),
      });
    }
  }
  for (const [field, label] of Object.entries(CATALOGUED_FIELDS) as [CataloguedField, Problem][]) {
    const value = row.codes[field];
    if (typeof value !== 'string' || known(field, value)) continue;
    problems.push({ field, problem: kernelProblems.notInCatalogue(), summary: P.notInCatalogue({ label, value }) });
  }
  return problems;
}

/**
 * What is worth a look before admitting, though it is not refused (warnings, as sentences): a ceremony
 * more than 24 months ago (the people would be probationary that long without recognition), and a
 * partial birth date that may make someone under 18. `births[i]` is row i's birth date (null: none).
 */
export function admissionWarnings(ceremony: string | null, births: readonly (string | null)[], today: string): Problem[] {
  if (ceremony === null) return [];
  const out: Problem[] = [];
  if (ceremony <= today && probationOverdue(ceremony, today)) {
    out.push(kernelProblems.sentence({ text: P.admitManyProbationOverdue({ date: formatVi(ceremony), months: PROBATION_OVERDUE_MONTHS }) }));
  }
  births.forEach((birth, index) => {
    if (birth === null || birth >= ceremony || underAge(birth, ceremony) !== 'possible') return;
    const params = { birth: formatVi(birth), admission: formatVi(ceremony), age: MIN_ADMISSION_AGE };
    out.push(P.rowSays({ row: index + 1, problem: kernelProblems.sentence({ text: P.maybeUnderAgeCard(params) }) }));
  });
  return out;
}

/** Rows whose citizen ID an earlier row already has: each later row with the index of the first. Blank IDs are skipped. */
export function duplicateCitizenIds(ids: readonly string[]): { index: number; first: number }[] {
  const first = new Map<string, number>();
  const out: { index: number; first: number }[] = [];
  ids.forEach((id, index) => {
    if (id === '') return;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, index);
    else out.push({ index, first: seen });
  });
  return out;
}
