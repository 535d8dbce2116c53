import type { PostKind } from '../../../../shared/cadres/schemas.ts';
import type { DecisionCreateInput } from '../../../../shared/decisions/schemas.ts';
import { MAX_ACTIONS } from '../../../../shared/decisions/schemas.ts';
import type { Problem } from '../../../../shared/kernel/problems.ts';
import { searchKey } from '../../../../shared/kernel/text/normalise.ts';
import { checkTypedDate } from '../../components/dates.ts';
import { i18n } from '../../i18n/index.ts';
import { findCode, parseTsv } from '../members/admitManyDraft.ts';

/**
 * A personnel decision as typed on the entry screen (issue 9 §2): the decision's boxes and a grid of
 * actions, all text until saving so nothing typed is lost on a refusal. Errors are keyed like the
 * core's fields: 'decision.number', 'actions.<row>.<field>' (the row's place among the rows sent).
 */

/** The grid's columns in order (Enter walks them left to right); named as the contract's fields. */
export const gridColumns = ['typeCode', 'cadreId', 'postKind', 'postBefore', 'unitBefore', 'postAfter', 'unitAfter', 'termMonths', 'planningCycle', 'note'] as const;
export type GridColumn = (typeof gridColumns)[number];

/**
 * The columns of a paste from Excel, in order (shown as the hint above the grid): the person (full
 * name or 12-digit citizen ID), the action type (name or code), post after, unit after, note.
 */
export const pasteColumns = ['person', 'type', 'postAfter', 'unitAfter', 'note'] as const;

/** A cadre as the grid shows a pick: the name and what tells two namesakes apart. */
export interface PersonRef {
  id: number;
  fullName: string;
  /** Birth date and current post, to tell namesakes apart. */
  detail: string;
}

export interface DecisionRow {
  /** Stable for React and for the answers of decision:check (a row keeps it when others are removed). */
  key: number;
  typeCode: string | null;
  /** A type pasted that matches no catalogue entry (shown for the clerk to choose). */
  typeText: string;
  personText: string;
  person: PersonRef | null;
  /** A pasted name matching several cadres (or none exactly): the clerk picks. */
  candidates: readonly PersonRef[];
  personIssue: 'ambiguous' | 'unknown' | null;
  postKind: PostKind;
  postBefore: string;
  unitBefore: string;
  /** The clerk typed in a "before" box: decision:check no longer fills it. */
  beforeEdited: boolean;
  postAfter: string;
  unitAfter: string;
  termMonths: string;
  /** The clerk typed the term: the type's default no longer replaces it. */
  termEdited: boolean;
  planningCycle: string;
  note: string;
}

export interface DecisionHeader {
  number: string;
  issuedOn: string;
  effectiveOn: string;
  receivedOn: string;
  issuingBody: string;
  signer: string;
  summary: string;
}

/** What decision:check answered for one row. */
export interface RowCheck {
  postBefore: string | null;
  unitBefore: string | null;
  termMonths: number | null;
  termEnd: string | null;
  warnings: Problem[];
}

export type FieldErrors = Record<string, string>;
export interface ActionType {
  code: string;
  name: string;
  termMonths: number | null;
  active?: boolean;
}

let nextKey = 1;
export function emptyRow(): DecisionRow {
  return {
    key: nextKey++,
    typeCode: null,
    typeText: '',
    personText: '',
    person: null,
    candidates: [],
    personIssue: null,
    postKind: 'main',
    postBefore: '',
    unitBefore: '',
    beforeEdited: false,
    postAfter: '',
    unitAfter: '',
    termMonths: '',
    termEdited: false,
    planningCycle: '',
    note: '',
  };
}

export function emptyHeader(): DecisionHeader {
  return { number: '', issuedOn: '', effectiveOn: '', receivedOn: '', issuingBody: '', signer: '', summary: '' };
}

export const cellKey = (row: number, column: GridColumn | string) => `actions.${row}.${column}`;

export const isPlanningType = (code: string | null) => code !== null && code.startsWith('PLAN_');

export function isBlankRow(row: DecisionRow): boolean {
  return (
    row.typeCode === null &&
    row.typeText.trim() === '' &&
    row.personText.trim() === '' &&
    row.person === null &&
    row.postAfter.trim() === '' &&
    row.unitAfter.trim() === '' &&
    row.note.trim() === '' &&
    row.termMonths.trim() === '' &&
    row.planningCycle.trim() === ''
  );
}

/** A row decision:check can look at: a type and a person chosen. */
export const isCompleteRow = (row: DecisionRow): row is DecisionRow & { typeCode: string; person: PersonRef } => row.typeCode !== null && row.person !== null;

/** The rows without the blank ones (always at least one, so the grid is never empty). */
export function compactRows(rows: readonly DecisionRow[]): DecisionRow[] {
  const kept = rows.filter((r) => !isBlankRow(r));
  return kept.length > 0 ? kept : [emptyRow()];
}

/** The row with a type chosen: the term defaults to the type's (unless typed), the cycle is kept for PLAN_* only. */
export function withType(row: DecisionRow, code: string | null, types: readonly ActionType[] | undefined): DecisionRow {
  const type = types?.find((t) => t.code === code);
  const termMonths = row.termEdited ? row.termMonths : type?.termMonths != null ? String(type.termMonths) : '';
  return { ...row, typeCode: code, typeText: '', termMonths, planningCycle: isPlanningType(code) ? row.planningCycle : '' };
}

/** The answer of decision:check put into a row: the "before" boxes fill unless the clerk typed in them. */
export function withCheck(row: DecisionRow, check: RowCheck): DecisionRow {
  if (row.beforeEdited) return row;
  const postBefore = check.postBefore ?? '';
  const unitBefore = check.unitBefore ?? '';
  return postBefore === row.postBefore && unitBefore === row.unitBefore ? row : { ...row, postBefore, unitBefore };
}

// ---- paste from Excel ---------------------------------------------------------------------------

/** One pasted line, before the names are looked up. */
export interface PastedLine {
  person: string;
  type: string;
  postAfter: string;
  unitAfter: string;
  note: string;
}

/** Tab-separated lines in the order of `pasteColumns`; blank lines skipped, missing cells empty. */
export function parsePaste(text: string): PastedLine[] {
  return parseTsv(text)
    .map((cells) => cells.map((c) => c.trim()))
    .filter((cells) => cells.some((c) => c !== ''))
    .map(([person = '', type = '', postAfter = '', unitAfter = '', note = '']) => ({ person, type, postAfter, unitAfter, note }));
}

/** A 12-digit citizen ID (spaces and dots allowed, as Excel shows it). */
export const isCitizenId = (text: string) => /^\d{12}$/.test(text.replace(/[\s.]/g, ''));

/** The cadres a search answered for a pasted name or ID. */
export interface Found {
  rows: readonly PersonRef[];
  total: number;
}

/**
 * Who a pasted cell means: one cadre whose full name is exactly the text (marks and case aside), or the
 * only answer to a citizen ID; several namesakes → ambiguous (the clerk picks); nothing → unknown.
 */
export function resolvePerson(text: string, found: Found): Pick<DecisionRow, 'person' | 'candidates' | 'personIssue'> {
  if (isCitizenId(text)) {
    if (found.total === 1 && found.rows[0]) return { person: found.rows[0], candidates: [], personIssue: null };
    return found.total === 0 ? { person: null, candidates: [], personIssue: 'unknown' } : { person: null, candidates: found.rows, personIssue: 'ambiguous' };
  }
  const key = searchKey(text);
  const exact = found.rows.filter((r) => searchKey(r.fullName) === key);
  if (exact.length === 1 && exact[0]) return { person: exact[0], candidates: [], personIssue: null };
  if (exact.length > 1) return { person: null, candidates: exact, personIssue: 'ambiguous' };
  return found.rows.length > 0 ? { person: null, candidates: found.rows, personIssue: 'ambiguous' } : { person: null, candidates: [], personIssue: 'unknown' };
}

/** A row from a pasted line and the answer of the search for its person. */
export function rowFromPaste(line: PastedLine, found: Found, types: readonly ActionType[] | undefined): DecisionRow {
  const code = findCode(types, line.type);
  const base = withType({ ...emptyRow(), personText: line.person, postAfter: line.postAfter, unitAfter: line.unitAfter, note: line.note }, code, types);
  const resolved = resolvePerson(line.person, found);
  return { ...base, ...resolved, typeText: code === null ? line.type : '', personText: resolved.person?.fullName ?? line.person };
}

/**
 * Pasted rows put into the grid from row `at` on: the blank rows there are replaced, the others kept
 * (a paste never overwrites typed rows); one blank row stays at the end for typing on.
 */
export function insertRows(rows: readonly DecisionRow[], at: number, pasted: readonly DecisionRow[]): DecisionRow[] {
  const before = rows.slice(0, at);
  const after = rows.slice(at).filter((r) => !isBlankRow(r));
  return [...before, ...pasted, ...after, emptyRow()];
}

// ---- reading the form ---------------------------------------------------------------------------

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

export type DecisionCheck = { ok: true; input: DecisionCreateInput } | { ok: false; errors: FieldErrors };

function readDate(text: string, key: string, required: boolean, errors: FieldErrors): string | null {
  const check = checkTypedDate(text, true);
  if (!check.ok) errors[key] = check.message;
  else if (check.iso === null && required) errors[key] = i18n.t('errors.required');
  return check.ok ? check.iso : null;
}

/** The input of decision:create from rows already compacted (their indexes are the core's), or every box not ready. */
export function readDecision(header: DecisionHeader, rows: readonly DecisionRow[]): DecisionCheck {
  const errors: FieldErrors = {};
  const required = i18n.t('errors.required');
  if (header.number.trim() === '') errors['decision.number'] = required;
  if (header.issuingBody.trim() === '') errors['decision.issuingBody'] = required;
  const issuedOn = readDate(header.issuedOn, 'decision.issuedOn', true, errors);
  const effectiveOn = readDate(header.effectiveOn, 'decision.effectiveOn', true, errors);
  const receivedOn = readDate(header.receivedOn, 'decision.receivedOn', false, errors);

  const typed = rows.filter((r) => !isBlankRow(r));
  if (typed.length === 0) errors.actions = i18n.t('decisions.entry.errors.noRows');
  if (typed.length > MAX_ACTIONS) errors.actions = i18n.t('decisions.entry.errors.tooMany', { n: MAX_ACTIONS });
  const actions: DecisionCreateInput['actions'] = [];
  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    if (row.typeCode === null) errors[cellKey(index, 'typeCode')] = row.typeText.trim() === '' ? required : i18n.t('decisions.entry.errors.unknownType', { text: row.typeText });
    if (row.person === null) {
      errors[cellKey(index, 'cadreId')] =
        row.personIssue === 'ambiguous' ? i18n.t('decisions.entry.errors.ambiguous') : row.personText.trim() === '' ? required : i18n.t('decisions.entry.errors.unknownPerson', { text: row.personText });
    }
    const term = row.termMonths.trim();
    const months = term === '' ? null : Number(term);
    if (months !== null && (!Number.isInteger(months) || months < 1 || months > 240)) errors[cellKey(index, 'termMonths')] = i18n.t('decisions.entry.errors.term');
    if (isPlanningType(row.typeCode) && row.planningCycle.trim() === '') errors[cellKey(index, 'planningCycle')] = required;
    if (row.typeCode === null || row.person === null) return;
    actions.push({
      typeCode: row.typeCode,
      cadreId: row.person.id,
      postKind: row.postKind,
      postBefore: blankToNull(row.postBefore),
      unitBefore: blankToNull(row.unitBefore),
      postAfter: blankToNull(row.postAfter),
      unitAfter: blankToNull(row.unitAfter),
      orgAfterId: null,
      termMonths: months,
      effectiveOn: null,
      planningCycle: isPlanningType(row.typeCode) ? blankToNull(row.planningCycle) : null,
      note: blankToNull(row.note),
    });
  });
  if (Object.keys(errors).length > 0 || issuedOn === null || effectiveOn === null) return { ok: false, errors };
  return {
    ok: true,
    input: {
      decision: {
        number: header.number.trim(),
        issuedOn,
        effectiveOn,
        receivedOn,
        issuingBody: header.issuingBody.trim(),
        signer: blankToNull(header.signer),
        summary: blankToNull(header.summary),
      },
      actions,
    },
  };
}

/** The row index an error key names ('actions.3.cadreId' → 3), or null. */
export function errorRow(key: string): number | null {
  const m = /^actions\.(\d+)(\.|$)/.exec(key);
  return m ? Number(m[1]) : null;
}

/** Errors after row `removed` was taken out: the later rows' cells move up one. */
export function shiftErrors(errors: FieldErrors, removed: number): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const m = /^actions\.(\d+)(.*)$/.exec(key);
    if (!m) out[key] = message;
    else if (Number(m[1]) < removed) out[key] = message;
    else if (Number(m[1]) > removed) out[`actions.${Number(m[1]) - 1}${m[2] ?? ''}`] = message;
  }
  return out;
}
