import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contract/index.ts';
import { auditActionLabel, auditEntityLabel } from '../../components/auditLabels.ts';
import { formatDateTime } from '../../format.ts';

/**
 * Recent audit entries, newest as the core returns them; actions and entities in the clerk's words,
 * the recorded code on hover (title) for the administrator.
 */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Text c="dimmed">{t('system.auditEmpty')}</Text>;
  return (
    <Table striped withTableBorder aria-label={t('system.audit')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('system.auditColumns.id')}</Table.Th>
          <Table.Th>{t('system.auditColumns.at')}</Table.Th>
          <Table.Th>{t('system.auditColumns.user')}</Table.Th>
          <Table.Th>{t('system.auditColumns.action')}</Table.Th>
          <Table.Th>{t('system.auditColumns.entity')}</Table.Th>
          <Table.Th>{t('system.auditColumns.entityId')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{e.id}</Table.Td>
            <Table.Td>{formatDateTime(e.at)}</Table.Td>
            <Table.Td>{e.username}</Table.Td>
            <Table.Td title={e.action}>{auditActionLabel(t, e.action)}</Table.Td>
            <Table.Td title={e.entity}>{auditEntityLabel(t, e.entity)}</Table.Td>
            <Table.Td>{e.entityId ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
