import { Badge, Group, Loader, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reminderExportColumns } from '../../../../shared/events/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { digestExportKeys, type Digest } from '../../../../shared/reminders/schemas.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { exportColumnsOf, filtersLine } from '../../components/exportColumns.ts';
import { formatCount } from '../../format.ts';
import { SubjectFileModal } from '../memberFile/SubjectFileModal.tsx';
import { BadgeDeskExport } from './BadgeDeskExport.tsx';
import { DEFAULT_DESK_DAYS, useDeskStore } from './store.ts';

type Row<K extends keyof Digest> = Digest[K] extends { rows: (infer R)[] } ? R : never;

/** Opens a cadre's file (the Cán bộ tab's CadreFileModal, wired by the app shell). */
export type RenderCadreFile = (cadreId: number, onClose: () => void) => ReactNode;

interface DeskListProps<T> {
  title: string;
  total: number;
  columns: DataColumn<T>[];
  rows: readonly T[];
  rowKey(row: T): string | number;
  empty: string;
  onOpen: ((row: T) => void) | null;
  rowLabel(row: T): string;
  exportButton: ReactNode;
}

/** One list of the desk: its title with the total, "Xuất Excel", and its first rows (a row opens the person). */
function DeskList<T>({ title, total, columns, rows, rowKey, empty, onOpen, rowLabel, exportButton }: DeskListProps<T>) {
  const { t } = useTranslation();
  const heading = `${title}: ${formatCount(total)}`;
  return (
    <section aria-label={title}>
      <Group justify="space-between" align="flex-start">
        <Title order={4}>{heading}</Title>
        {exportButton}
      </Group>
      <DataTable label={title} columns={columns} rows={rows} rowKey={rowKey} empty={empty} rowLabel={rowLabel} {...(onOpen ? { onActivate: onOpen } : {})} />
      {total > rows.length ? (
        <Text size="xs" c="dimmed">
          {t('overview.desk.more', { shown: formatCount(rows.length), total: formatCount(total) })}
        </Text>
      ) : null}
    </section>
  );
}

const STAGE_COLOR = { decision: 'red', notice: 'orange', plan: 'blue' } as const;

/**
 * The clerk's desk (issue 9 §3): from one reminder:digest, the reappointment notices due within N days,
 * the retirements 12 / 6 / 3 months ahead with their stage, the probationary members due for
 * recognition, the badge candidates of the next round and the asset declarations missing this year.
 */
export function DeskPanel({ renderCadreFile }: { renderCadreFile?: RenderCadreFile | undefined }) {
  const { t } = useTranslation();
  const digest = useDeskStore((s) => s.digest);
  const loading = useDeskStore((s) => s.loading);
  const error = useDeskStore((s) => s.error);
  const asked = useDeskStore((s) => s.asked);
  const [days, setDays] = useState(() => useDeskStore.getState().withinDays);
  const [cadre, setCadre] = useState<number | null>(null);
  const [member, setMember] = useState<number | null>(null);
  const reload = useDebouncedCallback((n: number) => void useDeskStore.getState().load(n), 300);

  useEffect(() => {
    void useDeskStore.getState().load();
  }, []);

  const openCadre = (r: { cadreId: number }) => setCadre(r.cadreId);
  const openMember = (r: { memberId: number }) => setMember(r.memberId);
  const stage = (s: Row<'retirements'>['stage']) => t(`overview.desk.stages.${s}`);
  const name = <R extends { fullName: string }>(): DataColumn<R> => ({ key: 'fullName', header: t('overview.desk.columns.fullName'), cell: (r) => r.fullName });

  const reappointColumns: DataColumn<Row<'reappointments'>>[] = [
    name(),
    { key: 'post', header: t('overview.desk.columns.post'), cell: (r) => r.post },
    { key: 'unit', header: t('overview.desk.columns.unit'), cell: (r) => r.unit ?? '' },
    { key: 'termEnd', header: t('overview.desk.columns.termEnd'), cell: (r) => formatVi(r.termEnd), noWrap: true },
    { key: 'noticeOn', header: t('overview.desk.columns.noticeOn'), cell: (r) => <Text span size="sm" c={digest && r.noticeOn < digest.today ? 'red' : undefined}>{formatVi(r.noticeOn)}</Text>, noWrap: true },
    { key: 'extensionAdvised', header: t('overview.desk.columns.extensionAdvised'), cell: (r) => (r.extensionAdvised ? t('overview.desk.extension') : '') },
  ];
  const retireColumns: DataColumn<Row<'retirements'>>[] = [
    name(),
    { key: 'mainPost', header: t('overview.desk.columns.mainPost'), cell: (r) => r.mainPost ?? '' },
    { key: 'mainUnit', header: t('overview.desk.columns.mainUnit'), cell: (r) => r.mainUnit ?? '' },
    { key: 'birthDate', header: t('overview.desk.columns.birthDate'), cell: (r) => formatVi(r.birthDate), noWrap: true },
    { key: 'retirementDate', header: t('overview.desk.columns.retirementDate'), cell: (r) => formatVi(r.retirementDate) + (r.estimated ? ` (${t('overview.desk.estimated')})` : ''), noWrap: true },
    { key: 'stage', header: t('overview.desk.columns.stage'), cell: (r) => <Badge color={STAGE_COLOR[r.stage]} variant="light">{stage(r.stage)}</Badge> },
  ];
  const assetColumns: DataColumn<Row<'assetDeclarations'>>[] = [
    name(),
    { key: 'mainPost', header: t('overview.desk.columns.mainPost'), cell: (r) => r.mainPost ?? '' },
    { key: 'mainUnit', header: t('overview.desk.columns.mainUnit'), cell: (r) => r.mainUnit ?? '' },
  ];
  const probationColumns: DataColumn<Row<'probationary'>>[] = [
    { key: 'name', header: t('overview.desk.columns.fullName'), cell: (r) => r.fullName },
    { key: 'organisation', header: t('overview.desk.columns.organisation'), cell: (r) => r.organisationName },
    { key: 'ends', header: t('overview.desk.columns.dueOn'), cell: (r) => formatVi(r.dueOn), noWrap: true },
  ];
  const badgeColumns: DataColumn<Row<'badges'>>[] = [
    { key: 'name', header: t('overview.desk.columns.fullName'), cell: (r) => r.fullName },
    { key: 'organisation', header: t('overview.desk.columns.organisation'), cell: (r) => r.organisationName },
    { key: 'milestone', header: t('overview.desk.columns.milestone'), cell: (r) => t('overview.desk.milestone', { n: r.milestone }) },
  ];

  const window = t('overview.desk.window', { n: asked });
  const cadreExport = (list: 'reappointments' | 'retirements' | 'assetDeclarations', columns: readonly DataColumn<never>[], title: string, total: number) => (
    <ExportButton
      kind="reminder:digestExport"
      disabled={total === 0}
      input={() => ({
        list,
        withinDays: asked,
        title,
        filters: filtersLine([t('overview.desk.wholeProvince'), list === 'reappointments' ? window : null]),
        columns: exportColumnsOf(columns, digestExportKeys, {
          stage: { decision: stage('decision'), notice: stage('notice'), plan: stage('plan') },
          sex: { M: t('sex.M'), F: t('sex.F') },
          extensionAdvised: { true: t('overview.desk.extension'), false: '' },
        }),
      })}
    />
  );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('overview.desk.title')}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Title order={3}>{t('overview.desk.title')}</Title>
          <NumberInput
            label={t('overview.desk.withinDays')}
            w={220}
            min={1}
            max={730}
            allowDecimal={false}
            allowNegative={false}
            value={days}
            onChange={(v) => {
              const n = typeof v === 'number' ? Math.min(730, Math.max(1, Math.trunc(v))) : DEFAULT_DESK_DAYS;
              setDays(n);
              reload(n);
            }}
          />
        </Group>
        <ErrorAlert message={error} />
        {loading && !digest ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
        {digest ? (
          <>
            <DeskList
              title={t('overview.desk.reappointments', { n: asked })}
              total={digest.reappointments.total}
              columns={reappointColumns}
              rows={digest.reappointments.rows}
              rowKey={(r) => `${r.cadreId}:${r.post}:${r.termEnd}`}
              empty={t('overview.desk.none')}
              onOpen={openCadre}
              rowLabel={(r) => r.fullName}
              exportButton={cadreExport('reappointments', reappointColumns, t('overview.desk.reappointments', { n: asked }), digest.reappointments.total)}
            />
            <DeskList
              title={t('overview.desk.retirements')}
              total={digest.retirements.total}
              columns={retireColumns}
              rows={digest.retirements.rows}
              rowKey={(r) => r.cadreId}
              empty={t('overview.desk.none')}
              onOpen={openCadre}
              rowLabel={(r) => r.fullName}
              exportButton={cadreExport('retirements', retireColumns, t('overview.desk.retirements'), digest.retirements.total)}
            />
            <DeskList
              title={t('overview.desk.probationary')}
              total={digest.probationary.total}
              columns={probationColumns}
              rows={digest.probationary.rows}
              rowKey={(r) => r.memberId}
              empty={t('overview.desk.none')}
              onOpen={openMember}
              rowLabel={(r) => r.fullName}
              exportButton={
                <ExportButton
                  kind="event:reminderExport"
                  disabled={digest.probationary.total === 0}
                  input={() => ({
                    organisationId: null,
                    withinDays: Math.min(366, asked),
                    list: 'probation',
                    title: t('overview.desk.probationary'),
                    filters: filtersLine([t('overview.desk.wholeProvince'), t('overview.desk.window', { n: Math.min(366, asked) })]),
                    columns: exportColumnsOf(probationColumns, reminderExportColumns),
                  })}
                />
              }
            />
            <DeskList
              title={digest.badges.roundDate ? t('overview.desk.badgesRound', { date: formatVi(digest.badges.roundDate) }) : t('overview.desk.badges')}
              total={digest.badges.total}
              columns={badgeColumns}
              rows={digest.badges.rows}
              rowKey={(r) => `${r.memberId}:${r.milestone}`}
              empty={t('overview.desk.none')}
              onOpen={openMember}
              rowLabel={(r) => r.fullName}
              exportButton={
                digest.badges.roundDate && digest.badges.total > 0 ? <BadgeDeskExport roundDate={digest.badges.roundDate} /> : null
              }
            />
            <DeskList
              title={t('overview.desk.assetDeclarations', { year: digest.assetDeclarations.year })}
              total={digest.assetDeclarations.total}
              columns={assetColumns}
              rows={digest.assetDeclarations.rows}
              rowKey={(r) => r.cadreId}
              empty={t('overview.desk.none')}
              onOpen={openCadre}
              rowLabel={(r) => r.fullName}
              exportButton={cadreExport('assetDeclarations', assetColumns, t('overview.desk.assetDeclarations', { year: digest.assetDeclarations.year }), digest.assetDeclarations.total)}
            />
          </>
        ) : null}
      </Stack>
      {cadre !== null ? (renderCadreFile ? renderCadreFile(cadre, () => setCadre(null)) : <SubjectFileModal subject={{ kind: 'cadre', id: cadre }} onSaved={() => void useDeskStore.getState().load()} onClose={() => setCadre(null)} />) : null}
      {member !== null ? <SubjectFileModal subject={{ kind: 'member', id: member }} onSaved={() => void useDeskStore.getState().load()} onClose={() => setMember(null)} /> : null}
    </Paper>
  );
}
