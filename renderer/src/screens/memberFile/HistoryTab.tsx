import { Button, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/memberFile/schemas.ts';
import { call } from '../../api/client.ts';
import { auditActionLabel } from '../system/auditLabels.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
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

  const columns: DataColumn<HistoryEntry>[] = [
    { key: 'at', header: t('memberFile.history.at'), width: '10rem', top: true, noWrap: true, cell: (e) => formatDateTime(e.at) },
    { key: 'user', header: t('memberFile.history.user'), width: '10rem', top: true, cell: (e) => e.userDisplayName || e.username },
    { key: 'action', header: t('memberFile.history.action'), width: '13rem', top: true, cell: (e) => auditActionLabel(t, e.action) },
    {
      key: 'changes',
      header: t('memberFile.history.changes'),
      top: true,
      cell: (e) =>
        describeChanges(t, { ...e, entity: 'member' }, catalogues).map((line, i) => (
          <Text key={i} size="sm">
            {line}
          </Text>
        )),
    },
  ];

  if (entries === null) return error ? <ErrorAlert message={error} /> : <Loader size="sm" aria-label={t('common.loading')} />;
  return (
    <Stack gap="sm">
      <DataTable
        label={t('memberFile.tabs.history')}
        columns={columns}
        rows={entries}
        rowKey={(e) => e.id}
        empty={t('memberFile.history.empty')}
        verticalSpacing={4}
      />
      <ErrorAlert message={error} />
      {hasMore ? (
        <Button variant="default" onClick={() => void more()} loading={loadingMore} style={{ alignSelf: 'flex-start' }}>
          {t('memberFile.history.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
