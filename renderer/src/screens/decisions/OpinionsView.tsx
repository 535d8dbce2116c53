import { Button, Checkbox, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { call } from '../../api/client.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Pager } from '../../components/Pager.tsx';
import { formatCount } from '../../format.ts';
import { OpinionFormModal, type OpinionRecord } from './OpinionFormModal.tsx';

const PAGE = 50;

/**
 * The register of opinions given to central bodies (tham gia ý kiến, issue 9 §2): requests about a
 * person, when received, the board's reply and its date; "pending" shows those not yet answered.
 * A row opens the request to write the reply.
 */
export function OpinionsView() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query, 300);
  const [year, setYear] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<{ rows: OpinionRecord[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ opinion: OpinionRecord | null } | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void call('opinion:list', { query: debouncedQuery.trim(), year, pending, offset, limit: PAGE }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [debouncedQuery, year, pending, offset, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  const columns: DataColumn<OpinionRecord>[] = [
    { key: 'receivedOn', header: t('decisions.opinions.columns.receivedOn'), cell: (r) => formatVi(r.receivedOn), noWrap: true },
    { key: 'person', header: t('decisions.opinions.columns.person'), cell: (r) => (r.personPost ? `${r.personName} (${r.personPost})` : r.personName) },
    { key: 'body', header: t('decisions.opinions.columns.body'), cell: (r) => r.requestingBody },
    { key: 'subject', header: t('decisions.opinions.columns.subject'), cell: (r) => r.subject },
    {
      key: 'repliedOn',
      header: t('decisions.opinions.columns.repliedOn'),
      cell: (r) =>
        r.repliedOn ? (
          formatVi(r.repliedOn)
        ) : (
          <Text span size="sm" c="orange.8">
            {t('decisions.opinions.notReplied')}
          </Text>
        ),
      noWrap: true,
    },
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={3}>{t('decisions.opinions.title')}</Title>
        <Button onClick={() => setEditing({ opinion: null })}>{t('decisions.opinions.add')}</Button>
      </Group>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('decisions.opinions.search')}
          w={260}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setOffset(0);
          }}
        />
        <NumberInput
          label={t('decisions.register.year')}
          w={110}
          min={1930}
          max={2100}
          allowDecimal={false}
          value={year ?? ''}
          onChange={(v) => {
            setYear(typeof v === 'number' && v >= 1930 && v <= 2100 ? v : null);
            setOffset(0);
          }}
        />
        <Checkbox
          label={t('decisions.opinions.pending')}
          checked={pending}
          onChange={(e) => {
            setPending(e.currentTarget.checked);
            setOffset(0);
          }}
        />
      </Group>
      <ErrorAlert message={error} />
      {data ? <Text size="sm">{t('decisions.opinions.count', { n: formatCount(data.total) })}</Text> : null}
      {data ? (
        <DataTable
          label={t('decisions.opinions.title')}
          columns={columns}
          rows={data.rows}
          rowKey={(r) => r.id}
          empty={t('decisions.opinions.empty')}
          onActivate={(r) => setEditing({ opinion: r })}
          rowLabel={(r) => r.personName}
        />
      ) : null}
      {data ? <Pager offset={offset} shown={data.rows.length} total={data.total} pageSize={PAGE} onPage={setOffset} /> : null}
      {editing ? (
        <OpinionFormModal
          opinion={editing.opinion}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : null}
    </Stack>
  );
}
