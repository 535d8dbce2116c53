import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgHistoryEntry } from '../../../../shared/contract/index.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';

function detailOf(e: OrgHistoryEntry): string {
  const parts: string[] = [];
  if (e.oldName && e.newName && e.oldName !== e.newName) parts.push(`${e.oldName} → ${e.newName}`);
  else if (e.newName) parts.push(e.newName);
  if (e.otherOrganisationName) parts.push(e.otherOrganisationName);
  if (e.note) parts.push(e.note);
  return parts.join(' · ');
}

/** The organisation's dated events: founding, renames, moves, merges, dissolution. */
export function OrgHistory({ history }: { history: readonly OrgHistoryEntry[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <Text c="dimmed">{t('org.noHistory')}</Text>;
  return (
    <Table withTableBorder striped aria-label={t('org.history')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('org.historyColumns.date')}</Table.Th>
          <Table.Th>{t('org.historyColumns.kind')}</Table.Th>
          <Table.Th>{t('org.historyColumns.detail')}</Table.Th>
          <Table.Th>{t('org.historyColumns.decision')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{formatVi(e.effectiveDate)}</Table.Td>
            <Table.Td>{t(`org.kinds.${e.kind}`)}</Table.Td>
            <Table.Td>{detailOf(e)}</Table.Td>
            <Table.Td>{e.decisionNo ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
