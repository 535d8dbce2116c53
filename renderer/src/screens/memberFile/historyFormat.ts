import type { TFunction } from 'i18next';
import type { CatalogueItem, Catalogues } from '../../../../shared/contract/index.ts';
import type { HistoryEntry } from '../../../../shared/memberFile/schemas.ts';
import { formatVi, isIsoPartialDate } from '../../../../shared/kernel/dates/partialDate.ts';
import { nameOf } from '../../stores/catalogueStore.ts';
import { formatBytes } from '../../format.ts';
import { eventTypeName } from '../events/eventText.ts';
import { fieldLabel, HIDDEN_FIELDS } from '../system/auditFields.ts';
import { leaf } from '../system/auditLabels.ts';
import { ORGANISATION_ID_FIELDS } from '../../../../shared/system/auditFields.ts';

/**
 * The history of changes in words: each audit entry's old → new values with the field names the
 * clerk knows from the card and the tables (screens/system/auditFields.ts), organisations by name
 * (the core sends the names of the ids an entry holds), catalogue codes by their names. Used by the
 * member file's history and the system screen's audit log (the action's label is system/auditLabels.ts).
 */

/** What an entry's values are read with: its record kind, the catalogues, the organisations' names. */
export interface ValueContext {
  entity: string;
  catalogues: Catalogues | null;
  orgNames: Readonly<Record<string, string>>;
}

const ORG_FIELDS: ReadonlySet<string> = new Set<string>(ORGANISATION_ID_FIELDS);

type CatalogueList = (c: Catalogues) => readonly CatalogueItem[];
const CODE_LISTS: Record<string, CatalogueList> = {
  ethnicCode: (c) => c.ethnicGroups,
  religionCode: (c) => c.religions,
  professionalCode: (c) => c.education,
  politicalTheoryCode: (c) => c.education,
  stateManagementCode: (c) => c.education,
  highestPoliticalTheoryCode: (c) => c.education,
  occupationCode: (c) => c.occupations,
  unitTypeCode: (c) => c.unitTypes,
};

/** Records whose typeCode is a personnel action type (issue 9: the actionTypes catalogue). */
const ACTION_ENTITIES: ReadonlySet<string> = new Set(['action', 'personnel_action', 'decision', 'personnel_decision']);

/** Words of the cadre file's coded values (issue 9), by field: the tab's own words. */
const CADRE_WORDS: Record<string, string> = {
  managementTier: 'cadres.tiers',
  status: 'cadres.statuses',
  postKind: 'cadres.file.postKinds',
  side: 'cadres.sides',
  mode: 'cadres.training.modes',
};

/** Names of codes whose list depends on the record: an organisation's type, an event's type, an action's type. */
function codeName(t: TFunction, key: string, value: string, ctx: ValueContext): string | null {
  if (key === 'typeCode' && ctx.entity === 'member_event') return eventTypeName(value, ctx.catalogues ? nameOf(ctx.catalogues.memberEvents, value) : null, t);
  if (key === 'typeCode' && ACTION_ENTITIES.has(ctx.entity)) return ctx.catalogues ? nameOf(ctx.catalogues.actionTypes, value) : value;
  const cadreWords = ctx.entity.startsWith('cadre') || ctx.entity === 'training' ? CADRE_WORDS[key] : undefined;
  if (cadreWords) {
    const word = leaf(t(cadreWords as 'cadres.tiers', { returnObjects: true }), [value]);
    if (word !== null) return word;
  }
  if (key === 'typeCode') return ctx.catalogues ? nameOf(ctx.catalogues.organisationTypes, value) : value;
  const list = CODE_LISTS[key];
  return list ? (ctx.catalogues ? nameOf(list(ctx.catalogues), value) : value) : null;
}

export function formatValue(t: TFunction, key: string, value: unknown, ctx: ValueContext): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return t(value ? 'memberFile.history.yes' : 'memberFile.history.no');
  if (key === 'sex' && (value === 'M' || value === 'F')) return t(`sex.${value}`);
  if (key === 'membership' && (value === 'probationary' || value === 'full')) return t(`membership.${value}`);
  if (key === 'nameOrder' && (value === 'familyFirst' || value === 'familyLast')) return t(`memberForm.nameOrders.${value}`);
  if (key === 'admission') return t(value === 2 ? 'memberFile.admission.again' : 'memberFile.admission.first');
  if (ORG_FIELDS.has(key) && typeof value === 'number') return ctx.orgNames[String(value)] ?? t('audit.orgId', { id: value });
  if (ctx.entity === 'member_badge' && typeof value === 'string') {
    const badgeWord = key === 'kind' ? leaf(t('badges.kinds', { returnObjects: true }), [value]) : key === 'status' ? leaf(t('badges.statuses', { returnObjects: true }), [value]) : null;
    if (badgeWord !== null) return badgeWord;
  }
  if (typeof value === 'string') {
    const named = codeName(t, key, value, ctx);
    if (named !== null) return named;
    return isIsoPartialDate(value) ? formatVi(value) : value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return t('audit.items', { count: value.length });
  if (isValues(value)) {
    // A nested record (the admission decision: number, body, signer): its parts in order.
    const parts = Object.values(value).filter((v) => v !== null && v !== undefined && v !== '');
    return parts.length === 0 ? t('common.none') : parts.map((v) => formatValue(t, '', v, ctx)).join(', ');
  }
  return JSON.stringify(value);
}

type Values = Record<string, unknown>;
const isValues = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);
const rowsOf = (v: Values | null): Values[] | null => {
  const rows = v?.rows;
  return Array.isArray(rows) ? rows.filter(isValues) : null;
};

function rowSummary(t: TFunction, row: Values, ctx: ValueContext): string {
  return Object.entries(row)
    .filter(([, v]) => v !== null && v !== '' && v !== undefined)
    .map(([k, v]) => formatValue(t, k, v, ctx))
    .join(' · ');
}

/** A table saved whole: rows changed in place (same count), or rows added and removed. */
function rowChanges(t: TFunction, before: Values[], after: Values[], ctx: ValueContext): string[] {
  if (before.length === after.length) {
    const lines: string[] = [];
    after.forEach((row, i) => {
      const old = before[i] ?? {};
      const keys = [...new Set([...Object.keys(old), ...Object.keys(row)])].filter((k) => JSON.stringify(old[k]) !== JSON.stringify(row[k]));
      if (keys.length === 0) return;
      const changes = keys.map((k) => `${fieldLabel(t, ctx.entity, k, true)}: ${formatValue(t, k, old[k], ctx)} → ${formatValue(t, k, row[k], ctx)}`).join('; ');
      lines.push(t('memberFile.history.rowChanged', { n: i + 1, changes }));
    });
    return lines;
  }
  // Rows compared as a multiset: a second row equal to an existing one is an added row, not a reordering.
  const removed = unmatched(before, after);
  const added = unmatched(after, before);
  const lines = [
    ...removed.map((r) => t('memberFile.history.removed', { row: rowSummary(t, r, ctx) })),
    ...added.map((r) => t('memberFile.history.added', { row: rowSummary(t, r, ctx) })),
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
export function describeChanges(
  t: TFunction,
  entry: Pick<HistoryEntry, 'action' | 'oldValues' | 'newValues'> & { entity?: string; orgNames?: Readonly<Record<string, string>> },
  catalogues: Catalogues | null,
): string[] {
  const ctx: ValueContext = { entity: entry.entity ?? 'member', catalogues, orgNames: entry.orgNames ?? {} };
  const { oldValues: before, newValues: after } = entry;
  const oldRows = rowsOf(before);
  const newRows = rowsOf(after);
  if (oldRows || newRows) return rowChanges(t, oldRows ?? [], newRows ?? [], ctx);
  if (entry.action === 'member.photo.set' || entry.action === 'member.photo.remove') {
    return [`${t('memberFile.history.fields.photo')}: ${photoText(t, before)} → ${photoText(t, after)}`];
  }
  // A level's code (REPRIMAND) is the core's; the clerk reads its name, recorded beside it.
  const named = (k: string) => k === 'levelCode' && (before?.['levelName'] !== undefined || after?.['levelName'] !== undefined);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !HIDDEN_FIELDS.has(k) && !named(k));
  if (before === null) {
    return keys
      .filter((k) => after?.[k] !== null && after?.[k] !== '' && after?.[k] !== undefined)
      .map((k) => `${fieldLabel(t, ctx.entity, k, false)}: ${formatValue(t, k, after?.[k], ctx)}`);
  }
  if (after === null) return keys.map((k) => `${fieldLabel(t, ctx.entity, k, false)}: ${formatValue(t, k, before[k], ctx)} → ${t('common.none')}`);
  const same = keys.filter((k) => JSON.stringify(before[k]) === JSON.stringify(after[k]));
  const changed = keys.filter((k) => !same.includes(k));
  return [
    ...same.map((k) => `${fieldLabel(t, ctx.entity, k, false)}: ${formatValue(t, k, after[k], ctx)}`),
    ...changed.map((k) => `${fieldLabel(t, ctx.entity, k, false)}: ${formatValue(t, k, before[k], ctx)} → ${formatValue(t, k, after[k], ctx)}`),
  ];
}
