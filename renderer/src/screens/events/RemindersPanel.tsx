import type { TFunction } from 'i18next';
import { Group, Loader, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { OrgPicker, type OrgRef } from '../../components/OrgPicker.tsx';
import { formatCount } from '../../format.ts';
import { useEventStore } from './store.ts';

export const DEFAULT_WITHIN_DAYS = 30;

function daysLeftText(t: TFunction, n: number): string {
  if (n > 0) return t('events.reminders.daysLeft', { n });
  if (n === 0) return t('events.reminders.dueToday');
  return t('events.reminders.overdue', { n: -n });
}

/**
 * Nhắc việc on the overview: probationary members whose 12 months end within N days (and those
 * overdue), and members attached temporarily elsewhere for over a year, in a chosen subtree.
 */
export function RemindersPanel() {
  const { t } = useTranslation();
  const reminders = useEventStore((s) => s.reminders);
  const loading = useEventStore((s) => s.remindersLoading);
  const error = useEventStore((s) => s.remindersError);
  const [scope, setScope] = useState<OrgRef | null>(null);
  const [withinDays, setWithinDays] = useState(DEFAULT_WITHIN_DAYS);
  const reload = useDebouncedCallback((organisationId: number | null, days: number) => void useEventStore.getState().loadReminders(organisationId, days), 300);

  useEffect(() => {
    void useEventStore.getState().loadReminders(null, DEFAULT_WITHIN_DAYS);
  }, []);

  const probation = reminders?.probation;
  const temporary = reminders?.temporary;
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
            <Title order={4}>{t('events.reminders.probationTitle', { n: formatCount(probation.total) })}</Title>
            {probation.total === 0 ? (
              <Text c="dimmed" size="sm">
                {t('events.reminders.probationEmpty')}
              </Text>
            ) : (
              <Table striped aria-label={t('events.reminders.probationTitle', { n: formatCount(probation.total) })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('events.reminders.columns.name')}</Table.Th>
                    <Table.Th>{t('events.reminders.columns.organisation')}</Table.Th>
                    <Table.Th>{t('events.reminders.columns.admissionDate')}</Table.Th>
                    <Table.Th>{t('events.reminders.columns.probationEnds')}</Table.Th>
                    <Table.Th>{t('events.reminders.columns.daysLeft')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {probation.rows.map((r) => (
                    <Table.Tr key={r.memberId}>
                      <Table.Td>{r.fullName}</Table.Td>
                      <Table.Td>{r.organisationName}</Table.Td>
                      <Table.Td>{formatVi(r.admissionDate)}</Table.Td>
                      <Table.Td>{formatVi(r.probationEnds)}</Table.Td>
                      <Table.Td>
                        <Text span size="sm" c={r.daysLeft < 0 ? 'red' : undefined} fw={r.daysLeft < 0 ? 600 : undefined}>
                          {daysLeftText(t, r.daysLeft)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {probation.rows.length < probation.total ? (
              <Text size="xs" c="dimmed">
                {t('events.reminders.more', { shown: formatCount(probation.rows.length), n: formatCount(probation.total) })}
              </Text>
            ) : null}
          </section>
        ) : null}
        {temporary ? (
          <section aria-label={t('events.reminders.temporaryTitle', { n: formatCount(temporary.total) })}>
            <Title order={4}>{t('events.reminders.temporaryTitle', { n: formatCount(temporary.total) })}</Title>
            {temporary.total === 0 ? (
              <Text c="dimmed" size="sm">
                {t('events.reminders.temporaryEmpty')}
              </Text>
            ) : (
              <Table striped aria-label={t('events.reminders.temporaryTitle', { n: formatCount(temporary.total) })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('events.reminders.columns.name')}</Table.Th>
                    <Table.Th>{t('events.reminders.columns.organisation')}</Table.Th>
                    <Table.Th>{t('events.reminders.columns.since')}</Table.Th>
                    <Table.Th>{t('events.reminders.columns.host')}</Table.Th>
                    <Table.Th>{t('events.reminders.columns.months')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {temporary.rows.map((r) => (
                    <Table.Tr key={r.memberId}>
                      <Table.Td>{r.fullName}</Table.Td>
                      <Table.Td>{r.organisationName}</Table.Td>
                      <Table.Td>{formatVi(r.since)}</Table.Td>
                      <Table.Td>{r.hostName ?? t('events.reminders.elsewhere')}</Table.Td>
                      <Table.Td>{t('events.reminders.months', { n: r.months })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {temporary.rows.length < temporary.total ? (
              <Text size="xs" c="dimmed">
                {t('events.reminders.more', { shown: formatCount(temporary.rows.length), n: formatCount(temporary.total) })}
              </Text>
            ) : null}
          </section>
        ) : null}
      </Stack>
    </Paper>
  );
}
