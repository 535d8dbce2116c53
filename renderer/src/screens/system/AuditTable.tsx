import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contract/index.ts';
import { auditActionLabel, auditEntityLabel } from './auditLabels.ts';
import { formatDateTime } from '../../format.ts';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/**
 * The record an entry touched: its kind and what it is ("Đảng viên: Nguyễn Văn An (1965)"); the id
 * when the core could not say (a record since removed), nothing more for entries on no record.
 */
function objectText(t: TFunction, e: AuditEntry): string {
  const label = auditEntityLabel(t, e.entity);
  if (e.subject !== null) return `${label}: ${e.subject}`;
  return e.entityId === null ? label : t('system.auditObjectId', { label, id: e.entityId });
}

/**
 * Recent audit entries, newest as the core returns them: who by display name, actions and records in
 * the clerk's words; the login, the recorded codes and the record's id on hover (title) for the
 * administrator. The action stays the 4th column (the end-to-end story reads its titles there).
 */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Text c="dimmed">{t('system.auditEmpty')}</Text>;
  return (
    <Table striped withTableBorder aria-label={t('system.audit')}>
      <Table.Thead>
        <Table.Tr style={NO_WRAP}>
          <Table.Th>{t('system.auditColumns.id')}</Table.Th>
          <Table.Th>{t('system.auditColumns.at')}</Table.Th>
          <Table.Th>{t('system.auditColumns.user')}</Table.Th>
          <Table.Th>{t('system.auditColumns.action')}</Table.Th>
          <Table.Th>{t('system.auditColumns.entity')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{e.id}</Table.Td>
            <Table.Td style={NO_WRAP}>{formatDateTime(e.at)}</Table.Td>
            <Table.Td style={NO_WRAP} title={e.username}>
              {e.userDisplayName}
            </Table.Td>
            <Table.Td title={e.action}>{auditActionLabel(t, e.action)}</Table.Td>
            <Table.Td title={e.entityId === null ? e.entity : `${e.entity} #${e.entityId}`}>{objectText(t, e)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
