import { Badge, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedCallback, useWindowEvent } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadreListRow } from '../../../../shared/cadres/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { dataVersion } from '../../api/client.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { formatCount } from '../../format.ts';
import { nameOf, useCatalogueStore } from '../../stores/catalogueStore.ts';
import { searchBoxProps } from '../../useSearchHotkey.ts';
import { SEARCH_DELAY } from '../members/MembersScreen.tsx';
import { CadreCreateModal } from './CadreCreateModal.tsx';
import { CadreFileModal } from './CadreFileModal.tsx';
import { CadreFilters } from './CadreFilters.tsx';
import { cadreExportInput } from './exportParts.ts';
import { useCadreListStore } from './store.ts';

const ROW_HEIGHT = 36;

/** The list's columns (name, birth date, sex, main post, unit, political theory, retirement date, planned). */
export function useCadreColumns(): DataColumn<CadreListRow>[] {
  const { t } = useTranslation();
  const education = useCatalogueStore((s) => s.catalogues?.education);
  return useMemo(() => {
    const theory = (education ?? []).filter((e) => e.kind === 'political_theory');
    return [
      { key: 'fullName', header: t('cadres.listColumns.fullName'), cell: (r) => r.fullName, width: '16rem' },
      { key: 'birthDate', header: t('cadres.listColumns.birthDate'), cell: (r) => formatVi(r.birthDate), width: '7rem', noWrap: true },
      { key: 'sex', header: t('cadres.listColumns.sex'), cell: (r) => t(`sex.${r.sex}`), width: '5rem' },
      { key: 'mainPost', header: t('cadres.listColumns.mainPost'), cell: (r) => r.mainPost ?? '' },
      // Keys as cadre:export's columns (exportParts.ts), so the file holds what the list shows.
      { key: 'mainUnit', header: t('cadres.listColumns.unit'), cell: (r) => r.mainUnit ?? '' },
      { key: 'politicalTheory', header: t('cadres.listColumns.politicalTheory'), cell: (r) => nameOf(theory, r.politicalTheoryCode), width: '9rem' },
      { key: 'retirementDate', header: t('cadres.listColumns.retirementDate'), cell: (r) => formatVi(r.retirementDate), width: '8rem', noWrap: true },
      {
        key: 'planned',
        header: t('cadres.listColumns.planned'),
        cell: (r) => (r.planned ? <Badge size="sm" variant="light" tt="none">{t('cadres.yes')}</Badge> : ''),
        width: '6rem',
        align: 'center',
      },
    ];
  }, [t, education]);
}

interface OpenFile {
  kind: 'create' | 'file';
  cadreId: number | null;
  serial: number;
}

/**
 * Hồ sơ cán bộ: search (Ctrl+F, "/") and filters over cadre:list; Enter or a double click on a row opens the
 * cadre file; "Thêm hồ sơ" (Ctrl+N) opens the new-file form, and then the new file.
 */
export function CadreListView() {
  const { t } = useTranslation();
  const rows = useCadreListStore((s) => s.rows);
  const total = useCadreListStore((s) => s.total);
  const loading = useCadreListStore((s) => s.loading);
  const error = useCadreListStore((s) => s.error);
  const setQuery = useCadreListStore((s) => s.setQuery);
  const [text, setText] = useState(() => useCadreListStore.getState().query.query);
  const pushSearch = useDebouncedCallback((query: string) => setQuery({ query }), SEARCH_DELAY);
  const [open, setOpen] = useState<OpenFile | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const columns = useCadreColumns();

  useEffect(() => {
    void useCatalogueStore.getState().load();
    // Shown again after a write elsewhere (a decision changes the posts): read again.
    const list = useCadreListStore.getState();
    if (list.total === null || list.dataVersion !== dataVersion()) void list.reload();
  }, []);

  const show = (kind: OpenFile['kind'], cadreId: number | null) => setOpen((o) => ({ kind, cadreId, serial: (o?.serial ?? 0) + 1 }));

  useWindowEvent('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'n') return;
    if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
    event.preventDefault();
    show('create', null);
  });

  return (
    <Stack gap="sm" style={{ minHeight: 0 }}>
      <Group align="flex-end" gap="sm">
        <Tooltip label={t('app.searchShortcut')} openDelay={300}>
          <TextInput
            {...searchBoxProps}
            label={t('cadres.search')}
            placeholder={t('cadres.searchPlaceholder')}
            style={{ flex: 1, minWidth: 260 }}
            type="search"
            autoComplete="off"
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              pushSearch(event.currentTarget.value);
            }}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowDown') return;
              event.preventDefault();
              document.querySelector<HTMLElement>(`table[aria-label="${t('cadres.grid')}"] tbody tr[tabindex="0"]`)?.focus();
            }}
          />
        </Tooltip>
        <Button onClick={() => show('create', null)} title="Ctrl+N">
          {t('cadres.add')}
        </Button>
        <ExportButton
          kind="cadre:export"
          disabled={total === 0}
          input={() => cadreExportInput(t, columns, useCadreListStore.getState().query, useCatalogueStore.getState().catalogues)}
        />
      </Group>
      <CadreFilters />
      <Group justify="space-between">
        <Text fw={500} role="status">
          {total === null ? '' : t('cadres.total', { n: formatCount(total) })}
        </Text>
        {notice && open === null ? (
          <Text c="green.8" size="sm">
            {notice}
          </Text>
        ) : null}
      </Group>
      <ErrorAlert message={error} />
      <DataTable
        label={t('cadres.grid')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowLabel={(r) => t('cadres.openRow', { name: r.fullName })}
        onActivate={(r) => show('file', r.id)}
        activateOnDoubleClick
        empty={total === 0 ? t('cadres.empty') : undefined}
        virtual={{ height: 520, rowHeight: ROW_HEIGHT }}
        layout="fixed"
      />
      {total !== null && rows.length < total ? (
        <Button variant="subtle" loading={loading} onClick={() => void useCadreListStore.getState().more()} style={{ alignSelf: 'flex-start' }}>
          {t('cadres.more')}
        </Button>
      ) : null}
      {open?.kind === 'create' ? (
        <CadreCreateModal
          key={open.serial}
          onCreated={(id, name) => {
            setNotice(t('cadres.create.created', { name }));
            void useCadreListStore.getState().reload();
            show('file', id);
          }}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'file' && open.cadreId !== null ? (
        <CadreFileModal key={open.serial} cadreId={open.cadreId} onSaved={() => void useCadreListStore.getState().reload()} onClose={() => setOpen(null)} />
      ) : null}
    </Stack>
  );
}
