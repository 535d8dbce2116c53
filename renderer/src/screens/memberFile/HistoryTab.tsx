import { Button, Loader, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/memberFile/schemas.ts';
import { call } from '../../api/client.ts';
import { auditActionLabel } from '../system/auditLabels.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../format.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { useMemberFileStore } from './store.ts';
import { describeChanges } from './historyFormat.ts';

const PAGE = 50;

/** "Lịch sử thay đổi": who changed what in this file and when (the card and every table), newest first. */
export function HistoryTab({ memberId }: { memberId: number }) {
  const { t } = useTranslation();
  const revision = useMemberFileStore((s) => s.revision);
  const catalogues = useCatalogueStore((s) => s.catalogues);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  // Reloaded from the top after every save made in the file.
  useEffect(() => {
    let live = true;
    void call('memberfile:history', { memberId, offset: 0, limit: PAGE }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setEntries(r.value.entries);
        setHasMore(r.value.hasMore);
        setError(null);
      } else {
        setError(r.error.message);
      }
    });
    return () => {
      live = false;
    };
  }, [memberId, revision]);

  async function more() {
    if (!entries) return;
    setLoadingMore(true);
    const r = await call('memberfile:history', { memberId, offset: entries.length, limit: PAGE });
    setLoadingMore(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setEntries([...entries, ...r.value.entries]);
    setHasMore(r.value.hasMore);
  }

  if (entries === null) return error ? <ErrorAlert message={error} /> : <Loader size="sm" aria-label={t('common.loading')} />;
  return (
    <Stack gap="sm">
      {entries.length === 0 ? (
        <Text c="dimmed">{t('memberFile.history.empty')}</Text>
      ) : (
        <Table withTableBorder striped verticalSpacing={4} aria-label={t('memberFile.tabs.history')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ width: '10rem' }}>{t('memberFile.history.at')}</Table.Th>
              <Table.Th style={{ width: '10rem' }}>{t('memberFile.history.user')}</Table.Th>
              <Table.Th style={{ width: '13rem' }}>{t('memberFile.history.action')}</Table.Th>
              <Table.Th>{t('memberFile.history.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>{e.userDisplayName || e.username}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>{auditActionLabel(t, e.action)}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  {describeChanges(t, e, catalogues).map((line, i) => (
                    <Text key={i} size="sm">
                      {line}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorAlert message={error} />
      {hasMore ? (
        <Button variant="default" onClick={() => void more()} loading={loadingMore} style={{ alignSelf: 'flex-start' }}>
          {t('memberFile.history.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
