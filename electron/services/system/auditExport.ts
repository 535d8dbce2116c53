/**
 * "Xuất Excel" of the audit log (system:auditExport): the entries system:auditList reads, every one
 * (newest first), page after page into the list writer (../listExcel.ts), with the system screen's
 * columns; actions and record kinds in the screen's words (sent as labels), a method's Vietnamese
 * summary for a write audited under its method name. The export itself is audited.
 */
import { contract, isMethodName } from '../../../shared/contract/index.ts';
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import type { AuditEntry } from '../../../shared/system/schemas.ts';
import type { ExportColumn, ListExportResult } from '../../../shared/kernel/listExport.ts';
import type { ServiceContext } from '../context.ts';
import { writeListWorkbook, type CellValue } from '../listExcel.ts';
import { listAudit } from './audit.ts';
import { HIDDEN_FIELDS, ORGANISATION_ID_FIELDS } from '../../../shared/system/auditFields.ts';
import { formatVi, isIsoPartialDate } from '../../../shared/kernel/dates/partialDate.ts';

/** Entries read per query. */
export const AUDIT_EXPORT_PAGE = 2000;

const pad = (n: number) => String(n).padStart(2, '0');

/** As the screen shows a timestamp: local "HH:mm dd/mm/yyyy". */
function dateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

function value(e: AuditEntry, column: ExportColumn | undefined): CellValue {
  switch (column?.key) {
    case 'id':
      return e.id;
    case 'at':
      return dateTime(e.at);
    case 'user':
      return e.userDisplayName;
    case 'action':
      return column.labels?.[e.action] ?? (isMethodName(e.action) ? contract[e.action].summary : e.action);
    case 'entity': {
      const label = column.labels?.[e.entity] ?? e.entity;
      if (e.subject !== null) return `${label}: ${e.subject}`;
      return e.entityId === null ? label : `${label} (mã ${e.entityId})`;
    }
    case 'changes':
      return changesText(e, column.labels ?? {});
    default:
      return null;
  }
}

type Values = Record<string, unknown>;
const isValues = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);
const ORG_FIELDS: ReadonlySet<string> = new Set<string>(ORGANISATION_ID_FIELDS);

/** One value as the file writes it: yes/no and none in the screen's words, organisations by name, dates as dd/mm/yyyy. */
function valueText(key: string, v: unknown, words: Readonly<Record<string, string>>, orgNames: Readonly<Record<string, string>>): string {
  if (v === null || v === undefined || v === '') return words['=none'] ?? '—';
  if (typeof v === 'boolean') return words[v ? '=yes' : '=no'] ?? String(v);
  if (ORG_FIELDS.has(key) && typeof v === 'number') return orgNames[String(v)] ?? `(mã ${v})`;
  if (typeof v === 'string') return isIsoPartialDate(v) ? formatVi(v) : v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return String(v.length);
  if (isValues(v)) return Object.entries(v).map(([k, x]) => valueText(k, x, words, orgNames)).filter((x) => x !== (words['=none'] ?? '—')).join(', ');
  return JSON.stringify(v);
}

/**
 * What changed, as the screen's "Nội dung thay đổi" column says it but written by the core (the
 * screen's label words are sent with the column): "Field: old → new" for each field that differs,
 * "Field: value" for a new record; a table saved whole counts its rows. Catalogue codes stay codes here.
 */
function changesText(e: AuditEntry, words: Readonly<Record<string, string>>): string {
  const before = isValues(e.oldValues) ? e.oldValues : null;
  const after = isValues(e.newValues) ? e.newValues : null;
  const label = (k: string) => words[`${e.entity}.${k}`] ?? words[k] ?? k;
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !HIDDEN_FIELDS.has(k));
  const parts: string[] = [];
  for (const k of keys) {
    const old = before?.[k];
    const now = after?.[k];
    if (before && after && JSON.stringify(old) === JSON.stringify(now)) continue;
    const text = (v: unknown) => valueText(k, v, words, e.orgNames);
    parts.push(before === null ? `${label(k)}: ${text(now)}` : after === null ? `${label(k)}: ${text(old)}` : `${label(k)}: ${text(old)} → ${text(now)}`);
  }
  return parts.join('; ');
}

export async function exportAudit(ctx: ServiceContext, input: ParsedInput<'system:auditExport'>): Promise<ListExportResult> {
  const byKey = new Map<string, ExportColumn>(input.columns.map((c) => [c.key, c]));
  async function* pages() {
    for (let offset = 0; ; offset += AUDIT_EXPORT_PAGE) {
      const page = await listAudit(ctx.db, { entity: input.entity, entityId: input.entityId, offset, limit: AUDIT_EXPORT_PAGE });
      if (page.length > 0) yield page;
      if (page.length < AUDIT_EXPORT_PAGE) return;
    }
  }
  const written = await writeListWorkbook(
    [
      {
        name: 'Nhật ký',
        title: input.title || 'Nhật ký thay đổi',
        filters: input.filters,
        columns: input.columns,
        value: (e: AuditEntry, key: string) => value(e, byKey.get(key)),
        pages: pages(),
        total: null,
      },
    ],
    { today: ctx.today, progress: (share, line) => ctx.progress(share, line) },
  );
  const fileName = `nhat-ky_${ctx.today}.xlsx`;
  ctx.audit({ action: 'system.auditExport', entity: 'system', entityId: null, oldValues: null, newValues: { fileName, rows: written.rows, entity: input.entity, entityId: input.entityId } });
  return { fileName, base64: written.buffer.toString('base64'), rows: written.rows };
}
