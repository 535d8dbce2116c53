import { Alert, Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Pager } from '../../components/Pager.tsx';
import { formatCount } from '../../format.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { DecisionDetailModal } from './DecisionDetailModal.tsx';
import { DecisionEntryModal } from './DecisionEntryModal.tsx';
import { DECISION_PAGE, useDecisionStore, type DecisionListRow } from './store.ts';

/**
 * The register of personnel decisions (issue 9 §2): search by number, summary or body, filter by year
 * and action type; a row opens the decision and its actions (correct or cancel one with a reason);
 * "Nhập quyết định" opens the entry screen for a decision and its people.
 */
export function DecisionsView() {
  const { t } = useTranslation();
  const catalogues = useCatalogueStore((s) => s.catalogues);
  const filters = useDecisionStore((s) => s.filters);
  const rows = useDecisionStore((s) => s.rows);
  const total = useDecisionStore((s) => s.total);
  const offset = useDecisionStore((s) => s.offset);
  const loading = useDecisionStore((s) => s.loading);
  const error = useDecisionStore((s) => s.error);
  const opened = useDecisionStore((s) => s.opened);
  const openError = useDecisionStore((s) => s.openError);
  const [query, setQuery] = useState(filters.query);
  const [entry, setEntry] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const search = useDebouncedCallback((q: string) => useDecisionStore.getState().setFilters({ query: q }), 300);

  useEffect(() => {
    void useCatalogueStore.getState().load();
    void useDecisionStore.getState().load(0);
  }, []);

  const typeName = useMemo(() => new Map((catalogues?.actionTypes ?? []).map((a) => [a.code, a.name])), [catalogues]);
  const columns: DataColumn<DecisionListRow>[] = [
    { key: 'number', header: t('decisions.register.columns.number'), cell: (r) => r.number, noWrap: true },
    { key: 'issuedOn', header: t('decisions.register.columns.issuedOn'), cell: (r) => formatVi(r.issuedOn), noWrap: true },
    { key: 'effectiveOn', header: t('decisions.register.columns.effectiveOn'), cell: (r) => formatVi(r.effectiveOn), noWrap: true },
    { key: 'issuingBody', header: t('decisions.register.columns.issuingBody'), cell: (r) => r.issuingBody },
    { key: 'summary', header: t('decisions.register.columns.summary'), cell: (r) => r.summary ?? r.typeCodes.map((c) => typeName.get(c) ?? c).join(', ') },
    { key: 'count', header: t('decisions.register.columns.count'), cell: (r) => formatCount(r.actionCount), align: 'right' },
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={3}>{t('decisions.register.title')}</Title>
        <Button onClick={() => setEntry((s) => (s ?? 0) + 1)}>{t('decisions.entry.button')}</Button>
      </Group>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('decisions.register.search')}
          w={280}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            search(e.currentTarget.value);
          }}
        />
        <NumberInput
          label={t('decisions.register.year')}
          w={110}
          min={1930}
          max={2100}
          allowDecimal={false}
          value={filters.year ?? ''}
          onChange={(v) => {
            const year = typeof v === 'number' && v >= 1930 && v <= 2100 ? v : null;
            if (year !== filters.year && (year !== null || v === '')) useDecisionStore.getState().setFilters({ year });
          }}
        />
        <CatalogueSelect
          label={t('decisions.register.type')}
          placeholder={t('decisions.register.allTypes')}
          w={220}
          moveOnAfterChoice={false}
          items={catalogues?.actionTypes}
          value={filters.typeCode}
          onChange={(typeCode) => useDecisionStore.getState().setFilters({ typeCode })}
        />
      </Group>
      {notice ? (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert message={error ?? openError} />
      {total !== null ? <Text size="sm">{t('decisions.register.count', { n: formatCount(total) })}</Text> : null}
      <DataTable
        label={t('decisions.register.title')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        empty={loading ? undefined : t('decisions.register.empty')}
        onActivate={(r) => void useDecisionStore.getState().open(r.id)}
        rowLabel={(r) => r.number}
      />
      {total !== null ? <Pager offset={offset} shown={rows.length} total={total} pageSize={DECISION_PAGE} busy={loading} onPage={(o) => void useDecisionStore.getState().load(o)} /> : null}
      {entry !== null ? (
        <DecisionEntryModal
          key={entry}
          onClose={() => setEntry(null)}
          onDone={(saved) => {
            setEntry(null);
            setNotice(t('decisions.entry.saved', { number: saved.number, n: saved.count }));
            void useDecisionStore.getState().load(0);
          }}
        />
      ) : null}
      {opened ? <DecisionDetailModal decision={opened} typeName={typeName} onClose={() => useDecisionStore.getState().close()} /> : null}
    </Stack>
  );
}
