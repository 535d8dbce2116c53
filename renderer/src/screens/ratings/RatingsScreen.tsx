import { Button, Group, Loader, Modal, NumberInput, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import type { GridResult } from '../../../../shared/ratings/schemas.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { DateField } from '../../components/DateField.tsx';
import { isSaveKey } from '../../components/useSubmit.ts';
import { formatCount } from '../../format.ts';
import { changedRows, gridCategories, gridCounts, liveQuotas, maxYear, modelRows, useFirstRatingYear, useRatingStore, type RatingMode } from './store.ts';
import { SHORT_CODES, shortLabel } from './keys.ts';
import { QuotaConfirmModal } from './QuotaConfirmModal.tsx';
import { QuotaIndicator } from './QuotaIndicator.tsx';
import { QuotaSettingControl } from './QuotaSettingControl.tsx';
import { RatingGrid, type GridColumn, type GridRowView } from './RatingGrid.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';

function Legend() {
  const { t } = useTranslation();
  const categories = useRatingStore((s) => gridCategories(s));
  if (categories.length === 0) return null;
  const band = (min: number | null, below: number | null) => (min === null ? '' : below === null ? ` (≥ ${min})` : min <= 0 ? ` (< ${below})` : ` (${min}–<${below})`);
  return (
    <Group gap="lg" aria-label={t('ratings.legend')} role="list">
      {categories.map((c) => (
        <Text key={c.code} size="sm" role="listitem">
          <Text span fw={700}>
            {shortLabel(categories, c.code)}
          </Text>{' '}
          {c.name}
          {band(c.minScore, c.belowScore)}
        </Text>
      ))}
    </Group>
  );
}

function NotSubjectList() {
  const { t } = useTranslation();
  const mode = useRatingStore((s) => s.mode);
  const memberGrid = useRatingStore((s) => s.memberGrid);
  const orgGrid = useRatingStore((s) => s.orgGrid);
  const notSubjectColumns: DataColumn<GridResult['notSubject'][number]>[] = [
    { key: 'name', header: t('ratings.columns.fullName'), cell: (r) => r.fullName },
    { key: 'birth', header: t('ratings.columns.birthDate'), cell: (r) => formatVi(r.birthDate) },
    { key: 'cell', header: t('ratings.columns.cell'), cell: (r) => r.organisationName },
    {
      key: 'reason',
      header: t('ratings.columns.reason'),
      cell: (r) => (
        <>
          {r.reasonText}
          {r.rating ? (
            <Text size="xs" c="orange.8">
              {t('ratings.notSubject.storedWarning', { category: r.rating.categoryName })}
            </Text>
          ) : null}
        </>
      ),
    },
    { key: 'since', header: t('ratings.columns.since'), cell: (r) => formatVi(r.since) },
  ];
  if (mode === 'members' && memberGrid) {
    const rows = memberGrid.notSubject;
    return (
      <Paper withBorder p="sm" component="section" aria-label={t('ratings.notSubject.title', { n: formatCount(rows.length) })}>
        <Title order={3} size="h5" mb="xs">
          {t('ratings.notSubject.title', { n: formatCount(rows.length) })}
        </Title>
        <DataTable
          label={t('ratings.notSubject.title', { n: formatCount(rows.length) })}
          columns={notSubjectColumns}
          rows={rows}
          rowKey={(r) => r.memberId}
          empty={t('ratings.notSubject.none')}
          fz="sm"
          withTableBorder={false}
        />
      </Paper>
    );
  }
  if (mode === 'organisations' && orgGrid && orgGrid.notSubject.length > 0) {
    const rows = orgGrid.notSubject;
    return (
      <Paper withBorder p="sm" component="section" aria-label={t('ratings.notSubject.organisations', { n: formatCount(rows.length) })}>
        <Title order={3} size="h5" mb="xs">
          {t('ratings.notSubject.organisations', { n: formatCount(rows.length) })}
        </Title>
        <Table fz="sm" striped>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.organisationId}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{r.typeName}</Table.Td>
                <Table.Td>{r.reasonText}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    );
  }
  return null;
}

function DecisionFields() {
  const { t } = useTranslation();
  const decision = useRatingStore((s) => s.decision);
  const errors = useRatingStore((s) => s.decisionErrors);
  const setDecision = useRatingStore((s) => s.setDecision);
  return (
    <Group gap="sm" align="flex-start" role="group" aria-label={t('ratings.decision.title')}>
      <TextInput
        size="xs"
        w={260}
        label={t('ratings.decision.decidingBody')}
        value={decision.decidingBody}
        error={errors.decidingBody}
        onChange={(e) => setDecision({ decidingBody: e.currentTarget.value })}
      />
      <TextInput size="xs" w={140} label={t('ratings.decision.decisionNo')} value={decision.decisionNo} error={errors.decisionNo} onChange={(e) => setDecision({ decisionNo: e.currentTarget.value })} />
      <DateField size="xs" w={220} full label={t('ratings.decision.decisionDate')} value={decision.decisionDate} error={errors.decisionDate ?? null} onChange={(value) => setDecision({ decisionDate: value })} />
    </Group>
  );
}

/** "Đã xếp loại 12/40 · chưa xếp loại 28 · 3 thay đổi chưa lưu", recounted as the clerk types. */
function GridCounts() {
  const { t } = useTranslation();
  const counts = useRatingStore(useShallow((s) => gridCounts(s)));
  return (
    <Text size="sm" role="status">
      {t('ratings.counts', { rated: formatCount(counts.rated), total: formatCount(counts.total), missing: formatCount(counts.total - counts.rated), changed: formatCount(counts.changed) })}
    </Text>
  );
}

/** The excellent quota recounted from what is typed. */
function LiveQuotaIndicator({ none }: { none: boolean }) {
  const mode = useRatingStore((s) => s.mode);
  const memberGrid = useRatingStore((s) => s.memberGrid);
  const orgGrid = useRatingStore((s) => s.orgGrid);
  const drafts = useRatingStore((s) => s.drafts);
  const quotas = useMemo(() => liveQuotas({ mode, memberGrid, orgGrid, drafts }), [mode, memberGrid, orgGrid, drafts]);
  return <QuotaIndicator quotas={quotas} none={none} />;
}

function SaveButtons() {
  const { t } = useTranslation();
  const saving = useRatingStore((s) => s.saving);
  const changed = useRatingStore((s) => gridCounts(s).changed);
  const { save, revert } = useRatingStore.getState();
  return (
    <Group gap="xs">
      <Button variant="default" disabled={changed === 0 || saving} onClick={revert}>
        {t('ratings.revert')}
      </Button>
      <Button loading={saving} onClick={() => void save()} title="Ctrl+S">
        {t('ratings.save')}
      </Button>
    </Group>
  );
}

/** The grid's columns before the category: members by name, birth date and cell; organisations by name and type. */
function useGridRows(): { columns: GridColumn[]; rows: GridRowView[] } {
  const { t } = useTranslation();
  const mode = useRatingStore((s) => s.mode);
  const memberGrid = useRatingStore((s) => s.memberGrid);
  const orgGrid = useRatingStore((s) => s.orgGrid);
  return useMemo(() => {
    const model = modelRows({ mode, memberGrid, orgGrid });
    if (mode === 'members') {
      const byId = new Map((memberGrid?.rows ?? []).map((r) => [r.memberId, r]));
      return {
        columns: [
          { header: t('ratings.columns.fullName'), width: 220 },
          { header: t('ratings.columns.birthDate'), width: 104 },
          { header: t('ratings.columns.cell'), width: 200 },
        ],
        rows: model.map((r) => {
          const g = byId.get(r.id);
          return { ...r, cells: [r.name, formatVi(g?.birthDate), g?.organisationName ?? ''] };
        }),
      };
    }
    const byId = new Map((orgGrid?.rows ?? []).map((r) => [r.organisationId, r]));
    return {
      columns: [
        { header: t('ratings.columns.name'), width: 360 },
        { header: t('ratings.columns.type'), width: 200 },
      ],
      rows: model.map((r) => ({ ...r, cells: [r.name, byId.get(r.id)?.typeName ?? ''] })),
    };
  }, [mode, memberGrid, orgGrid, t]);
}

function GridSection() {
  const { t } = useTranslation();
  const mode = useRatingStore((s) => s.mode);
  const grid = useRatingStore((s) => (s.mode === 'members' ? s.memberGrid : s.orgGrid));
  const categories = useRatingStore((s) => gridCategories(s));
  const saving = useRatingStore((s) => s.saving);
  const notice = useRatingStore((s) => s.notice);
  const confirm = useRatingStore((s) => s.confirm);
  const summary = useRatingStore((s) => s.summary);
  const summaryError = useRatingStore((s) => s.summaryError);
  const { setCategory, setScore, save, cancelConfirm } = useRatingStore.getState();
  const { columns, rows } = useGridRows();
  if (!grid) return null;

  return (
    <Stack gap="xs" style={{ flex: 1, minHeight: 0 }}>
      <Legend />
      <Text size="xs" c="dimmed">
        {t('ratings.help', { codes: SHORT_CODES.join('/') })}
      </Text>
      <LiveQuotaIndicator none={grid.regime.quotaPct === null} />
      <RatingGrid
        label={mode === 'members' ? t('ratings.grid.members') : t('ratings.grid.organisations')}
        columns={columns}
        rows={rows}
        categories={categories}
        onCategory={setCategory}
        onScore={setScore}
      />
      <Group justify="space-between" align="flex-end">
        <GridCounts />
        {notice ? (
          <Text size="sm" c="green.8">
            {notice}
          </Text>
        ) : null}
      </Group>
      <Group justify="space-between" align="flex-start">
        <DecisionFields />
        <SaveButtons />
      </Group>
      <NotSubjectList />
      <SummaryPanel summary={summary} error={summaryError} kind={mode} />
      <QuotaConfirmModal message={confirm} busy={saving} onConfirm={() => void save(true)} onCancel={cancelConfirm} />
    </Stack>
  );
}

/**
 * Đánh giá, xếp loại: an organisation and a year give the grid of the members to rate (or, in the
 * second mode, of the organisations under an upper level), typed from the keyboard, with the excellent
 * quota recounted live, the members not subject listed apart and the subtree's tally.
 */
export function RatingsScreen() {
  const { t } = useTranslation();
  const mode = useRatingStore((s) => s.mode);
  const organisation = useRatingStore((s) => s.organisation);
  const year = useRatingStore((s) => s.year);
  const loading = useRatingStore((s) => s.loading);
  const error = useRatingStore((s) => s.error);
  const grid = useRatingStore((s) => (s.mode === 'members' ? s.memberGrid : s.orgGrid));
  const { setMode, setOrganisation, setYear, save } = useRatingStore.getState();
  const [pending, setPending] = useState<{ run: () => void; changed: number } | null>(null);
  const [yearText, setYearText] = useState<string | number>(year);
  // The box follows the store's year (the default moves to the core's today once system:info answers).
  const [shownYear, setShownYear] = useState(year);
  if (shownYear !== year) {
    setShownYear(year);
    setYearText(year);
  }

  /** Runs a switch of organisation, year or mode, asking first when typed changes would be lost. */
  function guarded(run: () => void) {
    // Counted when asked, not on every key: the screen does not re-render as the clerk types.
    const changed = changedRows(useRatingStore.getState()).length;
    if (changed > 0) setPending({ run, changed });
    else run();
  }

  const lastYear = maxYear();
  const firstYear = useFirstRatingYear();
  return (
    <Stack
      gap="sm"
      h="100%"
      style={{ minHeight: 0, overflow: 'auto' }}
      onKeyDown={(event) => {
        if (isSaveKey(event) && !(event.target instanceof Element && event.target.closest('[role="dialog"]'))) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <Group align="flex-end" gap="sm">
        <SegmentedControl
          aria-label={t('ratings.mode.label')}
          value={mode}
          data={[
            { value: 'members', label: t('ratings.mode.members') },
            { value: 'organisations', label: t('ratings.mode.organisations') },
          ]}
          onChange={(value) => guarded(() => setMode(value as RatingMode))}
        />
        <OrgPicker
          key={mode}
          label={mode === 'members' ? t('ratings.organisation') : t('ratings.upperOrganisation')}
          placeholder={t('ratings.organisationPlaceholder')}
          w={380}
          value={organisation}
          onChange={(value) => guarded(() => setOrganisation(value))}
        />
        <NumberInput
          label={t('ratings.year')}
          w={110}
          min={firstYear ?? undefined}
          max={lastYear}
          allowDecimal={false}
          allowNegative={false}
          value={yearText}
          onChange={(value) => {
            setYearText(value);
            const n = typeof value === 'number' ? value : Number(value);
            if (Number.isInteger(n) && (firstYear === null || n >= firstYear) && n <= lastYear && n !== year) guarded(() => setYear(n));
          }}
          onBlur={() => setYearText(year)}
        />
        {grid ? (
          <Text size="sm" c="dimmed" pb={6}>
            {t('ratings.ratingDate', { date: formatVi(grid.ratingDate), regime: grid.regime.regime })}
          </Text>
        ) : null}
      </Group>
      <ErrorAlert message={error} onClose={() => useRatingStore.setState({ error: null })} />
      <QuotaSettingControl />
      {organisation === null ? (
        <Text c="dimmed">{mode === 'members' ? t('ratings.chooseMembers') : t('ratings.chooseOrganisations')}</Text>
      ) : loading ? (
        <Group gap="xs">
          <Loader size="sm" />
          <Text>{t('ratings.loading')}</Text>
        </Group>
      ) : (
        <GridSection />
      )}
      <Modal opened={pending !== null} onClose={() => setPending(null)} title={t('ratings.discard.title')} centered>
        <Text size="sm" mb="md">
          {t('ratings.discard.message', { n: pending?.changed ?? 0 })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setPending(null)} data-autofocus>
            {t('ratings.discard.stay')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              const run = pending?.run;
              setPending(null);
              run?.();
            }}
          >
            {t('ratings.discard.accept')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
