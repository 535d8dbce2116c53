import type { TFunction } from 'i18next';
import type { Catalogues } from '../../../../shared/contract/index.ts';
import type { HistoryEntry } from '../../../../shared/memberFile/schemas.ts';
import { formatVi, isIsoPartialDate } from '../../../../shared/kernel/dates/partialDate.ts';
import { nameOf } from '../../stores/catalogueStore.ts';
import { formatBytes } from '../../format.ts';
import { codeKeys, dateKeys, textKeys } from '../members/memberDraft.ts';
import type { ColumnKey } from './tables.ts';

/**
 * The history of changes in words: each audit entry's old → new values with the field names the
 * clerk knows from the card and the tables (the action's label is components/auditLabels.ts).
 */

const CARD_FIELDS = [...textKeys, ...dateKeys, ...codeKeys, 'sex', 'nameOrder', 'organisationId'] as const;
type CardField = (typeof CARD_FIELDS)[number];
const HISTORY_FIELDS = ['levelName', 'levelCode', 'decidedOn', 'decisionBody', 'reason', 'cancelled', 'cancelReason', 'gravelyIll', 'photo', 'membership', 'onList', 'fullName'] as const;
type HistoryField = (typeof HISTORY_FIELDS)[number];
const COLUMNS: readonly ColumnKey[] = [
  'admission',
  'fullName',
  'position',
  'unit',
  'fromDate',
  'toDate',
  'description',
  'school',
  'subject',
  'mode',
  'qualification',
  'relation',
  'birthYear',
  'homeTown',
  'residence',
  'occupation',
  'awardedOn',
  'title',
  'decisionNo',
  'decidingBody',
  'note',
];

const isCardField = (k: string): k is CardField => CARD_FIELDS.some((f) => f === k);
const isHistoryField = (k: string): k is HistoryField => HISTORY_FIELDS.some((f) => f === k);
const isColumn = (k: string): k is ColumnKey => COLUMNS.some((c) => c === k);

function fieldLabel(t: TFunction, key: string, inTable: boolean): string {
  if (inTable && isColumn(key)) return t(`memberFile.columns.${key}`);
  if (isCardField(key)) return t(`memberForm.fields.${key}`);
  if (isHistoryField(key)) return t(`memberFile.history.fields.${key}`);
  if (isColumn(key)) return t(`memberFile.columns.${key}`);
  return key;
}

const CODE_LISTS: Record<string, (c: Catalogues) => Catalogues['education']> = {
  ethnicCode: (c) => c.ethnicGroups,
  religionCode: (c) => c.religions,
  professionalCode: (c) => c.education,
  politicalTheoryCode: (c) => c.education,
  occupationCode: (c) => c.occupations,
};

export function formatValue(t: TFunction, key: string, value: unknown, catalogues: Catalogues | null): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return t(value ? 'memberFile.history.yes' : 'memberFile.history.no');
  if (key === 'sex' && (value === 'M' || value === 'F')) return t(`sex.${value}`);
  if (key === 'membership' && (value === 'probationary' || value === 'full')) return t(`membership.${value}`);
  if (key === 'nameOrder' && (value === 'familyFirst' || value === 'familyLast')) return t(`memberForm.nameOrders.${value}`);
  if (key === 'admission') return t(value === 2 ? 'memberFile.admission.again' : 'memberFile.admission.first');
  const list = CODE_LISTS[key];
  if (list && typeof value === 'string') return catalogues ? nameOf(list(catalogues), value) : value;
  if (typeof value === 'string') return isIsoPartialDate(value) ? formatVi(value) : value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

type Values = Record<string, unknown>;
const isValues = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);
const rowsOf = (v: Values | null): Values[] | null => {
  const rows = v?.rows;
  return Array.isArray(rows) ? rows.filter(isValues) : null;
};

function rowSummary(t: TFunction, row: Values, catalogues: Catalogues | null): string {
  return Object.entries(row)
    .filter(([, v]) => v !== null && v !== '' && v !== undefined)
    .map(([k, v]) => formatValue(t, k, v, catalogues))
    .join(' · ');
}

/** A table saved whole: rows changed in place (same count), or rows added and removed. */
function rowChanges(t: TFunction, before: Values[], after: Values[], catalogues: Catalogues | null): string[] {
  if (before.length === after.length) {
    const lines: string[] = [];
    after.forEach((row, i) => {
      const old = before[i] ?? {};
      const keys = [...new Set([...Object.keys(old), ...Object.keys(row)])].filter((k) => JSON.stringify(old[k]) !== JSON.stringify(row[k]));
      if (keys.length === 0) return;
      const changes = keys.map((k) => `${fieldLabel(t, k, true)}: ${formatValue(t, k, old[k], catalogues)} → ${formatValue(t, k, row[k], catalogues)}`).join('; ');
      lines.push(t('memberFile.history.rowChanged', { n: i + 1, changes }));
    });
    return lines;
  }
  // Rows compared as a multiset: a second row equal to an existing one is an added row, not a reordering.
  const removed = unmatched(before, after);
  const added = unmatched(after, before);
  const lines = [
    ...removed.map((r) => t('memberFile.history.removed', { row: rowSummary(t, r, catalogues) })),
    ...added.map((r) => t('memberFile.history.added', { row: rowSummary(t, r, catalogues) })),
  ];
  return lines.length > 0 ? lines : [t('memberFile.history.reordered')];
}

/** The rows of `rows` left over once each is paired with an equal row of `others` (each used once). */
function unmatched(rows: Values[], others: Values[]): Values[] {
  const left = new Map<string, number>();
  for (const r of others) {
    const key = JSON.stringify(r);
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  return rows.filter((r) => {
    const key = JSON.stringify(r);
    const n = left.get(key) ?? 0;
    if (n === 0) return true;
    left.set(key, n - 1);
    return false;
  });
}

function photoText(t: TFunction, v: Values | null): string {
  if (!v) return t('common.none');
  const type = v.mime === 'image/png' ? 'PNG' : 'JPEG';
  return t('memberFile.history.photo', { type, size: typeof v.bytes === 'number' ? formatBytes(v.bytes) : '' });
}

/** The lines of one entry: "Field: old → new", context the change left as it was, table rows added or removed. */
export function describeChanges(t: TFunction, entry: Pick<HistoryEntry, 'action' | 'oldValues' | 'newValues'>, catalogues: Catalogues | null): string[] {
  const { oldValues: before, newValues: after } = entry;
  const oldRows = rowsOf(before);
  const newRows = rowsOf(after);
  if (oldRows || newRows) return rowChanges(t, oldRows ?? [], newRows ?? [], catalogues);
  if (entry.action === 'member.photo.set' || entry.action === 'member.photo.remove') {
    return [`${t('memberFile.history.fields.photo')}: ${photoText(t, before)} → ${photoText(t, after)}`];
  }
  // A level's code (REPRIMAND) is the core's; the clerk reads its name, recorded beside it.
  const named = (k: string) => k === 'levelCode' && (before?.['levelName'] !== undefined || after?.['levelName'] !== undefined);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => k !== 'id' && !named(k));
  if (before === null) {
    return keys
      .filter((k) => after?.[k] !== null && after?.[k] !== '' && after?.[k] !== undefined)
      .map((k) => `${fieldLabel(t, k, false)}: ${formatValue(t, k, after?.[k], catalogues)}`);
  }
  if (after === null) return keys.map((k) => `${fieldLabel(t, k, false)}: ${formatValue(t, k, before[k], catalogues)} → ${t('common.none')}`);
  const same = keys.filter((k) => JSON.stringify(before[k]) === JSON.stringify(after[k]));
  const changed = keys.filter((k) => !same.includes(k));
  return [
    ...same.map((k) => `${fieldLabel(t, k, false)}: ${formatValue(t, k, after[k], catalogues)}`),
    ...changed.map((k) => `${fieldLabel(t, k, false)}: ${formatValue(t, k, before[k], catalogues)} → ${formatValue(t, k, after[k], catalogues)}`),
  ];
}
