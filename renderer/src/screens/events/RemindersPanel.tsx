import type { TFunction } from 'i18next';
import { Group, Loader, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reminderExportColumns, type ProbationReminder, type TemporaryReminder } from '../../../../shared/events/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { exportColumnsOf, filtersLine } from '../../components/exportColumns.ts';
import { OrgPicker, type OrgRef } from '../../components/OrgPicker.tsx';
import { Pager } from '../../components/Pager.tsx';
import { formatCount } from '../../format.ts';
import { SubjectFileModal, type FileSubject } from '../memberFile/SubjectFileModal.tsx';
import { REMINDER_PAGE, useEventStore } from './store.ts';

export const DEFAULT_WITHIN_DAYS = 30;

function daysLeftText(t: TFunction, n: number): string {
  if (n > 0) return t('events.reminders.daysLeft', { n });
  if (n === 0) return t('events.reminders.dueToday');
  return t('events.reminders.overdue', { n: -n });
}

/**
 * Nhắc việc on the overview: probationary members whose 12 months end within N days (and those
 * overdue), and members attached temporarily elsewhere for over a year, in a chosen subtree. Each
 * list is paged by the core ("x–y / total"), a row opens the member's file, and "Xuất Excel" writes
 * the whole list with the columns shown.
 */
export function RemindersPanel() {
  const { t } = useTranslation();
  const reminders = useEventStore((s) => s.reminders);
  const loading = useEventStore((s) => s.remindersLoading);
  const error = useEventStore((s) => s.remindersError);
  const [scope, setScope] = useState<OrgRef | null>(null);
  const [withinDays, setWithinDays] = useState(DEFAULT_WITHIN_DAYS);
  const [subject, setSubject] = useState<FileSubject | null>(null);
  const asked = useEventStore((s) => s.remindersAsked);
  const reload = useDebouncedCallback((organisationId: number | null, days: number) => void useEventStore.getState().loadReminders(organisationId, days), 300);

  useEffect(() => {
    void useEventStore.getState().showReminders(DEFAULT_WITHIN_DAYS);
  }, []);

  const probation = reminders?.probation;
  const temporary = reminders?.temporary;
  const probationColumns: DataColumn<ProbationReminder>[] = [
    { key: 'name', header: t('events.reminders.columns.name'), cell: (r) => r.fullName },
    { key: 'organisation', header: t('events.reminders.columns.organisation'), cell: (r) => r.organisationName },
    { key: 'admission', header: t('events.reminders.columns.admissionDate'), cell: (r) => formatVi(r.admissionDate) },
    { key: 'ends', header: t('events.reminders.columns.probationEnds'), cell: (r) => formatVi(r.probationEnds) },
    {
      key: 'daysLeft',
      header: t('events.reminders.columns.daysLeft'),
      cell: (r) => (
        <Text span size="sm" c={r.daysLeft < 0 ? 'red' : undefined} fw={r.daysLeft < 0 ? 600 : undefined}>
          {daysLeftText(t, r.daysLeft)}
        </Text>
      ),
    },
  ];
  const temporaryColumns: DataColumn<TemporaryReminder>[] = [
    { key: 'name', header: t('events.reminders.columns.name'), cell: (r) => r.fullName },
    { key: 'organisation', header: t('events.reminders.columns.organisation'), cell: (r) => r.organisationName },
    { key: 'since', header: t('events.reminders.columns.since'), cell: (r) => formatVi(r.since) },
    { key: 'host', header: t('events.reminders.columns.host'), cell: (r) => r.hostName ?? t('events.reminders.elsewhere') },
    { key: 'months', header: t('events.reminders.columns.months'), cell: (r) => t('events.reminders.months', { count: r.months }) },
  ];
  /** The list as asked last (scope and window), every row, with the columns shown. */
  const exportInput = (list: 'probation' | 'temporary', columns: readonly DataColumn<never>[]) => ({
    organisationId: asked.organisationId,
    withinDays: asked.withinDays,
    list,
    title: t(list === 'probation' ? 'events.reminders.probationList' : 'events.reminders.temporaryList'),
    filters: filtersLine([
      scope?.name ?? t('events.reminders.wholeProvince'),
      list === 'probation' ? t('events.reminders.filterWindow', { n: asked.withinDays }) : t('events.reminders.filterTemporary', { n: 12 }),
    ]),
    columns: exportColumnsOf(columns, reminderExportColumns, { host: { elsewhere: t('events.reminders.elsewhere') } }),
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('events.reminders.title')}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={3}>{t('events.reminders.title')}</Title>
          <Group align="flex-end" gap="sm">
            <OrgPicker
              label={t('events.reminders.scope')}
              placeholder={t('events.reminders.wholeProvince')}
              clearable
              w={280}
              value={scope}
              onChange={(org) => {
                setScope(org);
                void useEventStore.getState().loadReminders(org?.id ?? null, withinDays);
              }}
            />
            <NumberInput
              label={t('events.reminders.withinDays')}
              w={180}
              min={0}
              max={366}
              allowDecimal={false}
              allowNegative={false}
              value={withinDays}
              onChange={(v) => {
                const days = typeof v === 'number' ? Math.min(366, Math.max(0, Math.trunc(v))) : DEFAULT_WITHIN_DAYS;
                setWithinDays(days);
                reload(scope?.id ?? null, days);
              }}
            />
          </Group>
        </Group>
        <ErrorAlert message={error} />
        {loading && !reminders ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
        {probation ? (
          <section aria-label={t('events.reminders.probationTitle', { n: formatCount(probation.total) })}>
            <Group justify="space-between" align="flex-start">
              <Title order={4}>{t('events.reminders.probationTitle', { n: formatCount(probation.total) })}</Title>
              <ExportButton kind="event:reminderExport" disabled={probation.total === 0} input={() => exportInput('probation', probationColumns)} />
            </Group>
            <DataTable
              label={t('events.reminders.probationTitle', { n: formatCount(probation.total) })}
              columns={probationColumns}
              rows={probation.rows}
              rowKey={(r) => r.memberId}
              empty={t('events.reminders.probationEmpty')}
              onActivate={(r) => setSubject({ kind: 'member', id: r.memberId })}
              rowLabel={(r) => r.fullName}
            />
            <Pager
              offset={probation.offset}
              shown={probation.rows.length}
              total={probation.total}
              pageSize={REMINDER_PAGE}
              busy={loading}
              onPage={(offset) => void useEventStore.getState().pageReminders('probation', offset)}
            />
          </section>
        ) : null}
        {temporary ? (
          <section aria-label={t('events.reminders.temporaryTitle', { n: formatCount(temporary.total) })}>
            <Group justify="space-between" align="flex-start">
              <Title order={4}>{t('events.reminders.temporaryTitle', { n: formatCount(temporary.total) })}</Title>
              <ExportButton kind="event:reminderExport" disabled={temporary.total === 0} input={() => exportInput('temporary', temporaryColumns)} />
            </Group>
            <DataTable
              label={t('events.reminders.temporaryTitle', { n: formatCount(temporary.total) })}
              columns={temporaryColumns}
              rows={temporary.rows}
              rowKey={(r) => r.memberId}
              empty={t('events.reminders.temporaryEmpty')}
              onActivate={(r) => setSubject({ kind: 'member', id: r.memberId })}
              rowLabel={(r) => r.fullName}
            />
            <Pager
              offset={temporary.offset}
              shown={temporary.rows.length}
              total={temporary.total}
              pageSize={REMINDER_PAGE}
              busy={loading}
              onPage={(offset) => void useEventStore.getState().pageReminders('temporary', offset)}
            />
          </section>
        ) : null}
      </Stack>
      {subject ? (
        <SubjectFileModal
          subject={subject}
          onSaved={() => void useEventStore.getState().reloadReminders()}
          onClose={() => setSubject(null)}
        />
      ) : null}
    </Paper>
  );
}
