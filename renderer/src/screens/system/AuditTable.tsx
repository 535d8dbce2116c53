import type { TFunction } from 'i18next';
import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditExportColumns } from '../../../../shared/system/schemas.ts';
import { ExportButton } from '../../components/ExportButton.tsx';
import { exportColumnsOf } from '../../components/exportColumns.ts';
import type { AuditEntry } from '../../../../shared/contract/index.ts';
import { auditActionLabel, auditEntityLabel } from './auditLabels.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../format.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { describeChanges } from '../memberFile/historyFormat.ts';

/**
 * The record an entry touched: its kind and what it is ("Đảng viên: Nguyễn Văn An (1965)"); the id
 * when the core could not say (a record since removed), nothing more for entries on no record.
 */
function objectText(t: TFunction, e: AuditEntry): string {
  const label = auditEntityLabel(t, e.entity);
  if (e.subject !== null) return `${label}: ${e.subject}`;
  return e.entityId === null ? label : t('system.auditObjectId', { label, id: e.entityId });
}

/** A tree of messages as dotted keys → text ("member.create" → "Thêm đảng viên"): the labels "Xuất Excel" writes for codes. */
function flatLabels(tree: unknown, prefix = ''): Record<string, string> {
  if (typeof tree !== 'object' || tree === null) return {};
  const out: Record<string, string> = {};
  for (const [key, node] of Object.entries(tree)) {
    if (typeof node === 'string') out[`${prefix}${key}`] = node;
    else Object.assign(out, flatLabels(node, `${prefix}${key}.`));
  }
  return out;
}

/**
 * The words the file's "what changed" column is written with: every field's label (the trees
 * fieldLabel reads, the general ones first so the more specific win; "entity.field" for labels that
 * depend on the record), and yes / no / none.
 */
function changeWords(t: TFunction): Record<string, string> {
  const tree = (key: 'memberFile.columns' | 'memberFile.history.fields' | 'audit.fields' | 'memberForm.fields' | 'audit.byEntity') => flatLabels(t(key, { returnObjects: true }));
  return {
    ...tree('memberFile.columns'),
    ...tree('memberFile.history.fields'),
    ...tree('audit.fields'),
    ...tree('memberForm.fields'),
    ...tree('audit.byEntity'),
    '=yes': t('memberFile.history.yes'),
    '=no': t('memberFile.history.no'),
    '=none': t('common.none'),
  };
}

/**
 * Recent audit entries, newest as the core returns them: who by display name, actions and records in
 * the clerk's words; the login, the recorded codes and the record's id on hover (title) for the
 * administrator; what changed in words. The action stays the 4th column (the end-to-end story reads its titles there).
 */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const catalogues = useCatalogueStore((s) => s.catalogues);
  const columns: DataColumn<AuditEntry>[] = [
    { key: 'id', header: t('system.auditColumns.id'), noWrap: true, cell: (e) => e.id },
    { key: 'at', header: t('system.auditColumns.at'), noWrap: true, cell: (e) => formatDateTime(e.at) },
    { key: 'user', header: t('system.auditColumns.user'), noWrap: true, cell: (e) => e.userDisplayName, title: (e) => e.username },
    { key: 'action', header: t('system.auditColumns.action'), cell: (e) => auditActionLabel(t, e.action), title: (e) => e.action },
    { key: 'entity', header: t('system.auditColumns.entity'), cell: (e) => objectText(t, e), title: (e) => (e.entityId === null ? e.entity : `${e.entity} #${e.entityId}`) },
    // What changed, in the words of the member file's history: labels, organisations by name, catalogue names.
    { key: 'changes', header: t('system.auditColumns.changes'), cell: (e) => describeChanges(t, e, catalogues).join('; ') },
  ];
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <ExportButton
          kind="system:auditExport"
          disabled={entries.length === 0}
          input={() => ({
            title: t('system.audit'),
            columns: exportColumnsOf(columns, auditExportColumns, {
              action: flatLabels(t('audit.actions', { returnObjects: true })),
              entity: flatLabels(t('audit.entities', { returnObjects: true })),
              changes: changeWords(t),
            }),
          })}
        />
      </Group>
      <DataTable label={t('system.audit')} columns={columns} rows={entries} rowKey={(e) => e.id} empty={t('system.auditEmpty')} />
    </Stack>
  );
}
