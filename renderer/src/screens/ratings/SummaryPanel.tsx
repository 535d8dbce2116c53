import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SummaryResult, Tally } from '../../../../shared/ratings/schemas.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../format.ts';

const pct = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function Rows({ tallies, indent = false }: { tallies: Tally[]; indent?: boolean }) {
  return tallies.map((x) => (
    <Table.Tr key={x.code}>
      <Table.Td pl={indent ? 'lg' : undefined}>{x.name}</Table.Td>
      <Table.Td ta="right">{formatCount(x.count)}</Table.Td>
      <Table.Td ta="right">{pct.format(x.pct)}%</Table.Td>
      <Table.Td ta="right">{x.pctOfRated === null ? '' : `${pct.format(x.pctOfRated)}%`}</Table.Td>
    </Table.Tr>
  ));
}

/** The year's tally for the chosen subtree: not subject / subject but not rated / each category. */
export function SummaryPanel({ summary, error, kind }: { summary: SummaryResult | null; error: string | null; kind: 'members' | 'organisations' }) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert message={error} />;
  if (!summary) return null;
  const name = summary.organisation?.name ?? t('ratings.summary.province');
  const m = summary.members;
  const o = summary.organisations;
  const header = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{t('ratings.summary.group')}</Table.Th>
        <Table.Th ta="right">{t('ratings.summary.count')}</Table.Th>
        <Table.Th ta="right">{t('ratings.summary.pct')}</Table.Th>
        <Table.Th ta="right">{t('ratings.summary.pctOfRated')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('ratings.summary.title', { year: summary.year, name })}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('ratings.summary.title', { year: summary.year, name })}
        </Title>
        {kind === 'members' ? (
          <>
            <Table withTableBorder striped fz="sm" maw={900} aria-label={t('ratings.summary.members')}>
              {header}
              <Table.Tbody>
                <Table.Tr fw={600}>
                  <Table.Td>{t('ratings.summary.total')}</Table.Td>
                  <Table.Td ta="right">{formatCount(m.total)}</Table.Td>
                  <Table.Td ta="right">{m.total === 0 ? '' : '100,0%'}</Table.Td>
                  <Table.Td />
                </Table.Tr>
                <Rows tallies={[m.notSubject]} />
                <Rows tallies={m.notSubjectByReason} indent />
                <Rows tallies={[m.notRated, m.rated]} />
                <Rows tallies={m.categories} indent />
              </Table.Tbody>
            </Table>
            {m.ratedNotSubject > 0 ? (
              <Text size="sm" c="orange.8">
                {t('ratings.summary.check', { n: m.ratedNotSubject })}
              </Text>
            ) : null}
          </>
        ) : (
          <Table withTableBorder striped fz="sm" maw={900} aria-label={t('ratings.summary.organisations')}>
            {header}
            <Table.Tbody>
              <Table.Tr fw={600}>
                <Table.Td>{t('ratings.summary.organisations')}</Table.Td>
                <Table.Td ta="right">{formatCount(o.total)}</Table.Td>
                <Table.Td />
                <Table.Td />
              </Table.Tr>
              <Rows tallies={[o.notRated, o.rated]} />
              <Rows tallies={o.categories} indent />
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
