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
    default:
      return null;
  }
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
