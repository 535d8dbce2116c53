import { admissionPerson, MAX_ADMISSIONS, type AdmitManyInput } from '../../../../shared/members/admissionSchemas.ts';
import { memberProblems } from '../../../../shared/members/problems.ts';
import { admissionHeaderProblems, admissionRowProblems, admissionWarnings, duplicateCitizenIds } from '../../../../shared/members/admissionRules.ts';
import type { Problem } from '../../../../shared/kernel/problems.ts';
import { cleanDigits } from '../../../../shared/kernel/ids/identifiers.ts';
import { searchKey } from '../../../../shared/kernel/text/normalise.ts';
import { checkTypedDate, dateText } from '../../components/dates.ts';
import type { OrgRef } from '../../components/OrgPicker.tsx';
import { problemText } from '../../api/problems.ts';
import { i18n } from '../../i18n/index.ts';

/**
 * The admission-by-decision form as typed: the decision's boxes and a table of people, all text
 * until saving (nothing typed is lost on an error). Errors are keyed like the core's fields:
 * 'organisationId', 'admissionDate', 'decision.number', 'decision.date', 'people.<row>.<field>'.
 */

/** The table's columns, in the order a paste from Excel fills them; named as the contract's fields. */
export const columns = ['familyName', 'middleName', 'givenName', 'birthDate', 'sex', 'citizenId', 'ethnicCode', 'religionCode', 'homeTown', 'residence'] as const;
export type Column = (typeof columns)[number];
export type AdmitRow = Record<Column, string>;

export interface AdmitHeader {
  organisation: OrgRef | null;
  admissionDate: string;
  decisionNo: string;
  decisionDate: string;
  decisionBody: string;
  decisionSigner: string;
}

export type FieldErrors = Record<string, string>;

/** A catalogue as the table needs it: codes with their names. */
export type CatalogueItems = readonly { code: string; name: string }[] | undefined;
export interface RowCatalogues {
  ethnicGroups: CatalogueItems;
  religions: CatalogueItems;
}

export const cellKey = (row: number, column: string) => `people.${row}.${column}`;

export function emptyRow(): AdmitRow {
  return { familyName: '', middleName: '', givenName: '', birthDate: '', sex: '', citizenId: '', ethnicCode: '', religionCode: '', homeTown: '', residence: '' };
}

export function emptyHeader(organisation: OrgRef | null = null): AdmitHeader {
  return { organisation, admissionDate: '', decisionNo: '', decisionDate: '', decisionBody: '', decisionSigner: '' };
}

export const isBlankRow = (row: AdmitRow) => columns.every((c) => row[c].trim() === '');

/** The rows without the blank ones (always at least one row, so the table is never empty). */
export function compactRows(rows: readonly AdmitRow[]): AdmitRow[] {
  const kept = rows.filter((r) => !isBlankRow(r));
  return kept.length > 0 ? kept : [emptyRow()];
}

// ---- paste from Excel ---------------------------------------------------------------------------

/**
 * Tab-separated text as Excel copies it: rows end with a line break, cells are separated by tabs, a cell
 * holding a tab, a line break or a quote is quoted ("…", a quote doubled inside).
 */
export function parseTsv(text: string): string[][] {
  const t = text.replace(/\r\n?/g, '\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < t.length; i += 1) {
    const c = t[i] as string;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (t[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A paste copied from cells (a tab or a line break; one Excel cell ends with one): it fills cells, not the cursor's place. */
export const isGridPaste = (text: string) => /[\t\r\n]/.test(text);

/**
 * Puts pasted cells into the table from (row, column) on, right and down; rows are added as needed
 * and blank pasted lines are skipped. Returns the new rows and the last row filled.
 */
export function pasteInto(rows: readonly AdmitRow[], at: { row: number; column: number }, text: string): { rows: AdmitRow[]; lastRow: number } {
  const next = rows.map((r) => ({ ...r }));
  const lines = parseTsv(text).filter((cells) => cells.some((c) => c.trim() !== ''));
  let target = at.row;
  for (const cells of lines) {
    while (next.length <= target) next.push(emptyRow());
    const row = next[target] as AdmitRow;
    cells.forEach((value, k) => {
      const column = columns[at.column + k];
      if (column !== undefined) row[column] = value.replace(/\s*\n\s*/g, ' ').trim();
    });
    target += 1;
  }
  return { rows: next, lastRow: Math.max(at.row, target - 1) };
}

// ---- reading the cells --------------------------------------------------------------------------

/** "Nam" / "Nữ" (also without marks, or M / F). */
export function parseSex(text: string): 'M' | 'F' | null {
  const key = searchKey(text);
  if (key === 'nam' || key === 'm') return 'M';
  if (key === 'nu' || key === 'f') return 'F';
  return null;
}

/** The code of a catalogue entry typed by its name (marks optional) or its code; null when not found. */
export function findCode(items: CatalogueItems, text: string): string | null {
  const wanted = text.trim();
  if (wanted === '') return null;
  const key = searchKey(wanted);
  return (items ?? []).find((i) => i.code === wanted || searchKey(i.name) === key)?.code ?? null;
}

/** What a cell shows once the cursor leaves it: a date in its usual form, "Nữ", the catalogue's own name. */
export function tidyCell(column: Column, text: string, catalogues: RowCatalogues): string {
  if (column === 'birthDate') {
    const check = checkTypedDate(text);
    return check.ok && check.iso !== null ? dateText(check.iso) : text;
  }
  if (column === 'sex') {
    const sex = parseSex(text);
    return sex === null ? text : i18n.t(`sex.${sex}`);
  }
  if (column === 'ethnicCode' || column === 'religionCode') {
    const items = column === 'ethnicCode' ? catalogues.ethnicGroups : catalogues.religions;
    const code = findCode(items, text);
    return code === null ? text : (items?.find((i) => i.code === code)?.name ?? text);
  }
  return text;
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** One row as the contract takes it, its messages added to `errors` under `people.<index>.…`. */
function readRow(row: AdmitRow, index: number, ceremony: string | null, catalogues: RowCatalogues, errors: FieldErrors) {
  const own: FieldErrors = {};
  const birth = checkTypedDate(row.birthDate);
  if (!birth.ok) own.birthDate = birth.message;
  const sex = parseSex(row.sex);
  if (row.sex.trim() !== '' && sex === null) own.sex = i18n.t('admissions.errors.sex');
  const codes = { ethnicCode: findCode(catalogues.ethnicGroups, row.ethnicCode), religionCode: findCode(catalogues.religions, row.religionCode) };
  // The rules both sides check: a name typed that is not in the catalogue goes to the rule as it is.
  const typed = (key: 'ethnicCode' | 'religionCode') => codes[key] ?? blankToNull(row[key]);
  const items = { ethnicCode: catalogues.ethnicGroups, religionCode: catalogues.religions };
  const ruled = admissionRowProblems({ birthDate: birth.ok ? birth.iso : null, codes: { ethnicCode: typed('ethnicCode'), religionCode: typed('religionCode') } }, ceremony, (field, code) =>
    field === 'ethnicCode' || field === 'religionCode' ? (items[field] ?? []).some((i) => i.code === code) : true,
  );
  for (const p of ruled) own[p.field] ??= problemText(p.problem);
  if (/^\d{11}$/.test(cleanDigits(row.citizenId.trim()))) own.citizenId = i18n.t('admissions.errors.citizenIdExcel');

  const parsed = admissionPerson.safeParse({
    familyName: row.familyName,
    middleName: row.middleName,
    givenName: row.givenName,
    sex,
    birthDate: birth.ok ? (birth.iso ?? '') : '',
    citizenId: row.citizenId,
    ethnicCode: codes.ethnicCode,
    religionCode: codes.religionCode,
    homeTown: blankToNull(row.homeTown),
    residence: blankToNull(row.residence),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      own[key] ??= key === 'sex' || key === 'birthDate' ? i18n.t('errors.required') : issue.message;
    }
  }
  for (const [key, message] of Object.entries(own)) errors[cellKey(index, key)] = message;
  return parsed.success && Object.keys(own).length === 0 ? parsed.data : null;
}

/** Citizen IDs typed twice: every later row is marked, naming the first. */
function markDuplicates(rows: readonly AdmitRow[], errors: FieldErrors): void {
  for (const { index, first } of duplicateCitizenIds(rows.map((row) => cleanDigits(row.citizenId.trim())))) {
    errors[cellKey(index, 'citizenId')] ??= problemText(memberProblems.duplicateCitizenIdField({ row: first + 1 }));
  }
}

export type AdmitCheck = { ok: true; input: AdmitManyInput } | { ok: false; errors: FieldErrors };

/** The input of member:admitMany, or the messages of every box and cell that is not ready. */
export function readAdmission(header: AdmitHeader, rows: readonly AdmitRow[], catalogues: RowCatalogues, today: string): AdmitCheck {
  const errors: FieldErrors = {};
  const required = i18n.t('errors.required');
  if (header.organisation === null) errors.organisationId = i18n.t('errors.chooseOrganisation');
  const ceremony = checkTypedDate(header.admissionDate, true);
  if (!ceremony.ok) errors.admissionDate = ceremony.message;
  else if (ceremony.iso === null) errors.admissionDate = required;
  const decisionDate = checkTypedDate(header.decisionDate, true);
  if (!decisionDate.ok) errors['decision.date'] = decisionDate.message;
  else if (decisionDate.iso === null) errors['decision.date'] = required;
  for (const p of admissionHeaderProblems({ admissionDate: ceremony.ok ? ceremony.iso : null, decisionDate: decisionDate.ok ? decisionDate.iso : null }, today)) {
    errors[p.field] ??= problemText(p.problem);
  }
  if (header.decisionNo.trim() === '') errors['decision.number'] = required;

  const people = rows.filter((r) => !isBlankRow(r));
  if (people.length === 0) errors.people = i18n.t('admissions.errors.noRows');
  if (people.length > MAX_ADMISSIONS) errors.people = i18n.t('admissions.errors.tooMany', { n: MAX_ADMISSIONS });
  const iso = ceremony.ok ? ceremony.iso : null;
  const read = rows.map((row, index) => (isBlankRow(row) ? null : readRow(row, index, iso, catalogues, errors)));
  markDuplicates(rows, errors);

  if (Object.keys(errors).length > 0 || header.organisation === null || !ceremony.ok || ceremony.iso === null || !decisionDate.ok || decisionDate.iso === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      organisationId: header.organisation.id,
      admissionDate: ceremony.iso,
      decision: { number: header.decisionNo.trim(), date: decisionDate.iso, body: blankToNull(header.decisionBody), signer: blankToNull(header.decisionSigner) },
      people: read.filter((p) => p !== null),
    },
  };
}

/**
 * What is worth a look while typing, though it saves (shared/members/admissionRules.ts admissionWarnings):
 * a ceremony more than 24 months ago, a partial birth date that may be under 18. Boxes not yet dates
 * count as empty.
 */
export function admissionNotes(header: Pick<AdmitHeader, 'admissionDate'>, rows: readonly AdmitRow[], today: string): Problem[] {
  const iso = (text: string) => {
    const check = checkTypedDate(text);
    return check.ok ? check.iso : null;
  };
  return admissionWarnings(iso(header.admissionDate), rows.map((r) => iso(r.birthDate)), today);
}

/** Errors after row `removed` was taken out: the later rows' cells move up one. */
export function shiftErrors(errors: FieldErrors, removed: number): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const m = /^people\.(\d+)\.(.+)$/.exec(key);
    if (!m) out[key] = message;
    else if (Number(m[1]) < removed) out[key] = message;
    else if (Number(m[1]) > removed) out[cellKey(Number(m[1]) - 1, m[2] as string)] = message;
  }
  return out;
}
