import type { z } from 'zod';
import type { Result } from '../../../../shared/contract/index.ts';
import {
  saveAwardsInput,
  saveFamilyInput,
  saveSponsorsInput,
  saveTrainingInput,
  saveWorkHistoryInput,
  type FileTable,
} from '../../../../shared/memberFile/schemas.ts';
import { call } from '../../api/client.ts';
import { checkTypedDate, dateText } from '../../components/dates.ts';
import { i18n } from '../../i18n/index.ts';

/**
 * How a cell is typed: free text, a (partial) date, a whole day, a number, a choice among `options`,
 * a tick box, or the admission (first / re-admission) choice.
 */
export type CellKind = 'text' | 'date' | 'fullDate' | 'year' | 'number' | 'select' | 'check' | 'admission';

export interface ColumnDef {
  /** The field of the row in the contract (for the member file also the i18n key under memberFile.columns: a ColumnKey). */
  key: string;
  kind: CellKind;
  required?: boolean;
  /** CSS width of the column. */
  width: string;
  /** The choices of a 'select' cell (the first is a new row's value). */
  options?: () => readonly { value: string; label: string }[];
}

export type ColumnKey =
  | 'admission'
  | 'fullName'
  | 'position'
  | 'unit'
  | 'fromDate'
  | 'toDate'
  | 'description'
  | 'school'
  | 'subject'
  | 'mode'
  | 'qualification'
  | 'relation'
  | 'birthYear'
  | 'homeTown'
  | 'residence'
  | 'occupation'
  | 'awardedOn'
  | 'title'
  | 'decisionNo'
  | 'decidingBody'
  | 'note';

/** A saved row as the core returns it. */
export type SavedRow = { id: number } & Record<string, unknown>;

/**
 * A table of a file edited whole by TableEditor: the member file's (memberfile:save…) and the cadre
 * file's (cadre:saveTable, screens/cadres/cadreTables.ts).
 */
export interface TableDef {
  /** The table's name: a FileTable of the member file, or the owner's own name for it. */
  table: string;
  columns: readonly ColumnDef[];
  /** The contract's input schema: the same rules are checked before the call. */
  schema: z.ZodType;
  /** Sends the parsed input to the core's save method. */
  send(input: unknown): Promise<Result<SavedRow[]>>;
  /** The input of the save for these rows of the file `ownerId`; default `{ memberId, rows }`. */
  input?(ownerId: number, rows: unknown[]): unknown;
  /** The table's name on screen; default memberFile.sections. */
  sectionLabel?(): string;
  /** A column's header; default memberFile.columns. */
  columnLabel?(key: string): string;
}

/** One row being edited: every cell as typed, and a key that survives deleting other rows. */
export interface DraftRow {
  uid: string;
  cells: Partial<Record<string, string>>;
}

/** Messages per row (by uid) and column. */
export type RowErrors = Record<string, Partial<Record<string, string>>>;

function def<S extends z.ZodType>(d: { table: FileTable; columns: readonly ColumnDef[]; schema: S; send(input: z.output<S>): Promise<Result<SavedRow[]>> }): TableDef {
  // The parsed input of the schema is what `send` is called with (readRows parses with the same schema).
  return d as TableDef;
}

export const tableDefs: Record<FileTable, TableDef> = {
  sponsors: def({
    table: 'sponsors',
    schema: saveSponsorsInput,
    send: (input) => call('memberfile:saveSponsors', input),
    columns: [
      { key: 'admission', kind: 'admission', width: '11rem' },
      { key: 'fullName', kind: 'text', required: true, width: '14rem' },
      { key: 'position', kind: 'text', width: '14rem' },
      { key: 'unit', kind: 'text', width: 'auto' },
    ],
  }),
  workHistory: def({
    table: 'workHistory',
    schema: saveWorkHistoryInput,
    send: (input) => call('memberfile:saveWorkHistory', input),
    columns: [
      { key: 'fromDate', kind: 'date', required: true, width: '8rem' },
      { key: 'toDate', kind: 'date', width: '8rem' },
      { key: 'description', kind: 'text', required: true, width: 'auto' },
    ],
  }),
  training: def({
    table: 'training',
    schema: saveTrainingInput,
    send: (input) => call('memberfile:saveTraining', input),
    columns: [
      { key: 'school', kind: 'text', required: true, width: 'auto' },
      { key: 'subject', kind: 'text', width: '11rem' },
      { key: 'fromDate', kind: 'date', width: '8rem' },
      { key: 'toDate', kind: 'date', width: '8rem' },
      { key: 'mode', kind: 'text', width: '9rem' },
      { key: 'qualification', kind: 'text', width: '15rem' },
    ],
  }),
  family: def({
    table: 'family',
    schema: saveFamilyInput,
    send: (input) => call('memberfile:saveFamily', input),
    columns: [
      { key: 'relation', kind: 'text', required: true, width: '6rem' },
      { key: 'fullName', kind: 'text', required: true, width: '11rem' },
      { key: 'birthYear', kind: 'year', width: '6rem' },
      { key: 'homeTown', kind: 'text', width: '12rem' },
      { key: 'residence', kind: 'text', width: '12rem' },
      { key: 'occupation', kind: 'text', width: '8rem' },
      { key: 'position', kind: 'text', width: '7rem' },
      { key: 'unit', kind: 'text', width: 'auto' },
    ],
  }),
  awards: def({
    table: 'awards',
    schema: saveAwardsInput,
    send: (input) => call('memberfile:saveAwards', input),
    columns: [
      { key: 'awardedOn', kind: 'date', required: true, width: '8rem' },
      { key: 'title', kind: 'text', required: true, width: 'auto' },
      { key: 'decisionNo', kind: 'text', width: '9rem' },
      { key: 'decidingBody', kind: 'text', width: '11rem' },
      { key: 'note', kind: 'text', width: '15rem' },
    ],
  }),
};

let uidSeq = 0;
export function newUid(): string {
  uidSeq += 1;
  return `r${uidSeq}`;
}

export function blankRow(columns: readonly ColumnDef[]): DraftRow {
  const cells: DraftRow['cells'] = {};
  for (const c of columns) cells[c.key] = c.kind === 'admission' ? '1' : c.kind === 'select' ? (c.options?.()[0]?.value ?? '') : '';
  return { uid: newUid(), cells };
}

/** A saved row as the clerk sees it in the boxes: dates as dd/mm/yyyy, mm/yyyy or yyyy. */
export function draftFromRow(columns: readonly ColumnDef[], row: SavedRow): DraftRow {
  const cells: DraftRow['cells'] = {};
  for (const c of columns) {
    const v = row[c.key];
    if (c.kind === 'date' || c.kind === 'fullDate' || c.kind === 'year') cells[c.key] = typeof v === 'string' ? dateText(v) : '';
    else if (c.kind === 'admission') cells[c.key] = v === 2 ? '2' : '1';
    else if (c.kind === 'number') cells[c.key] = typeof v === 'number' ? String(v) : '';
    else if (c.kind === 'check') cells[c.key] = v === true ? '1' : '';
    else cells[c.key] = typeof v === 'string' ? v : '';
  }
  return { uid: newUid(), cells };
}

/** Cells that always hold a value (a choice, a tick): they alone do not make a row typed. */
const preset = (c: ColumnDef) => c.kind === 'admission' || c.kind === 'select' || c.kind === 'check';

/** A row with nothing typed (a choice or a tick alone does not count): left out when saving. */
export function isBlank(columns: readonly ColumnDef[], row: DraftRow): boolean {
  return columns.every((c) => preset(c) || (row.cells[c.key] ?? '').trim() === '');
}

/** What is compared to tell whether the table changed: the rows that would be saved, as typed. */
export function draftSignature(columns: readonly ColumnDef[], rows: readonly DraftRow[]): string {
  return JSON.stringify(rows.filter((r) => !isBlank(columns, r)).map((r) => columns.map((c) => (r.cells[c.key] ?? '').trim())));
}

export type ReadRows = { ok: true; input: unknown; uids: string[] } | { ok: false; errors: RowErrors };

/**
 * Turns the typed rows into the save input, checked by the contract's schema so the clerk sees the
 * same messages at once. Blank rows are left out; `uids` maps the sent rows back to the typed ones.
 */
export function readRows(d: TableDef, ownerId: number, rows: readonly DraftRow[]): ReadRows {
  const errors: RowErrors = {};
  const put = (uid: string, key: string, message: string) => {
    const e = (errors[uid] ??= {});
    e[key] ??= message;
  };
  const kept = rows.filter((r) => !isBlank(d.columns, r));
  const values = kept.map((r) => {
    const out: Record<string, unknown> = {};
    for (const c of d.columns) {
      const typed = r.cells[c.key] ?? '';
      if (c.kind === 'admission') {
        out[c.key] = typed === '2' ? 2 : 1;
      } else if (c.kind === 'date' || c.kind === 'fullDate' || c.kind === 'year') {
        const check = checkTypedDate(typed, c.kind === 'fullDate');
        if (!check.ok) put(r.uid, c.key, check.message);
        else if (check.iso === null && c.required) put(r.uid, c.key, i18n.t('errors.required'));
        out[c.key] = check.ok ? (check.iso ?? (c.required ? '' : null)) : '';
      } else if (c.kind === 'number') {
        // A comma is the Vietnamese decimal mark (hệ số 4,4).
        const n = typed.trim() === '' ? null : Number(typed.trim().replace(',', '.'));
        if (n === null && c.required) put(r.uid, c.key, i18n.t('errors.required'));
        else if (n !== null && !Number.isFinite(n)) put(r.uid, c.key, i18n.t('errors.number'));
        out[c.key] = n !== null && Number.isFinite(n) ? n : null;
      } else if (c.kind === 'check') {
        out[c.key] = typed === '1';
      } else if (c.kind === 'select') {
        out[c.key] = typed === '' ? null : typed;
      } else {
        out[c.key] = typed.trim() === '' && !c.required ? null : typed;
      }
    }
    return out;
  });
  const parsed = d.schema.safeParse(d.input ? d.input(ownerId, values) : { memberId: ownerId, rows: values });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, key] = issue.path;
      const row = head === 'rows' && typeof index === 'number' ? kept[index] : undefined;
      const column = d.columns.find((c) => c.key === key);
      if (row && column) put(row.uid, column.key, issue.message);
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: parsed.data, uids: kept.map((r) => r.uid) };
}

/** The core's per-field messages ("rows.2.toDate") put back on the typed rows that were sent. */
export function errorsFromCore(d: TableDef, uids: readonly string[], fields: Record<string, string> | undefined): RowErrors {
  const errors: RowErrors = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const [head, index, key] = path.split('.');
    const uid = head === 'rows' ? uids[Number(index)] : undefined;
    const column = d.columns.find((c) => c.key === key);
    if (uid !== undefined && column) (errors[uid] ??= {})[column.key] ??= message;
  }
  return errors;
}
