import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SummaryResult, Tally } from '../../../../shared/ratings/schemas.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../format.ts';

const pct = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A line of the summary: a tally, indented under its group, or the bold total. */
interface Line {
  key: string;
  name: string;
  count: number;
  pct: string;
  pctOfRated: string;
  indent?: boolean;
  strong?: boolean;
}

const percent = (n: number | null) => (n === null ? '' : `${pct.format(n)}%`);
/** `group` keeps keys apart: a code may name a tally of two groups. */
const lines = (group: string, tallies: readonly Tally[], indent = false): Line[] =>
  tallies.map((x) => ({ key: `${group}:${x.code}`, name: x.name, count: x.count, pct: percent(x.pct), pctOfRated: percent(x.pctOfRated), indent }));

/** The year's tally for the chosen subtree: not subject / subject but not rated / each category. */
export function SummaryPanel({ summary, error, kind }: { summary: SummaryResult | null; error: string | null; kind: 'members' | 'organisations' }) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert message={error} />;
  if (!summary) return null;
  const name = summary.organisation?.name ?? t('ratings.summary.province');
  const m = summary.members;
  const o = summary.organisations;
  const columns: DataColumn<Line>[] = [
    { key: 'group', header: t('ratings.summary.group'), cell: (l) => (l.indent ? <Text span inherit pl="lg">{l.name}</Text> : l.name) },
    { key: 'count', header: t('ratings.summary.count'), align: 'right', cell: (l) => formatCount(l.count) },
    { key: 'pct', header: t('ratings.summary.pct'), align: 'right', cell: (l) => l.pct },
    { key: 'pctOfRated', header: t('ratings.summary.pctOfRated'), align: 'right', cell: (l) => l.pctOfRated },
  ];
  const table = (label: string, rows: Line[]) => (
    <DataTable label={label} columns={columns} rows={rows} rowKey={(l) => l.key} fz="sm" maw={900} strong={(l) => l.strong === true} />
  );
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('ratings.summary.title', { year: summary.year, name })}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('ratings.summary.title', { year: summary.year, name })}
        </Title>
        {kind === 'members' ? (
          <>
            {table(t('ratings.summary.members'), [
              { key: 'total', name: t('ratings.summary.total'), count: m.total, pct: m.total === 0 ? '' : '100,0%', pctOfRated: '', strong: true },
              ...lines('notSubject', [m.notSubject]),
              ...lines('reason', m.notSubjectByReason, true),
              ...lines('subject', [m.notRated, m.rated]),
              ...lines('category', m.categories, true),
            ])}
            {m.ratedNotSubject > 0 ? (
              <Text size="sm" c="orange.8">
                {t('ratings.summary.check', { n: m.ratedNotSubject })}
              </Text>
            ) : null}
          </>
        ) : (
          table(t('ratings.summary.organisations'), [
            { key: 'total', name: t('ratings.summary.organisations'), count: o.total, pct: '', pctOfRated: '', strong: true },
            ...lines('subject', [o.notRated, o.rated]),
            ...lines('category', o.categories, true),
          ])
        )}
      </Stack>
    </Paper>
  );
}
