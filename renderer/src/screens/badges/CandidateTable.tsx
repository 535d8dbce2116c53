import type { TFunction } from 'i18next';
import { Checkbox, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { yearsMonthsText } from '../../i18n/units.ts';
import type { CandidateRow } from '../../../../shared/badges/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { candidateKey } from './store.ts';

/**
 * A list longer than this scrolls in a box of this many rows, and only the rows in view are drawn: a
 * province-wide round holds thousands of members (8,500 at 500,000), and drawing the first hundred
 * of each of its dozen lists held the Khen thưởng tab for seconds (issue 8).
 */
export const ROWS_IN_BOX = 12;
/** Height of a row with its checkbox (px), for the scrolling box. */
const ROW_HEIGHT = 34;

export function usePartyAge() {
  const { t } = useTranslation();
  return (months: number) => yearsMonthsText(t, months);
}

interface CandidateTableProps {
  /** The table's accessible name (the group or section title). */
  label: string;
  rows: readonly CandidateRow[];
  /** null: a list to read only (members under discipline). */
  selected: Record<string, true> | null;
  onToggle?: (keys: string[], on: boolean) => void;
  /** Extra columns: the milestone, the death date, the end of the discipline block. */
  show: { milestone?: boolean; death?: boolean; blocked?: boolean };
}

/** The columns of a candidate table (the tick column aside): what the screen shows and "Xuất Excel" writes. */
export function candidateColumns(t: TFunction, partyAge: (months: number) => string, show: CandidateTableProps['show']): DataColumn<CandidateRow>[] {
  return [
    { key: 'no', header: 'STT', width: 50, cell: (_r, i) => i + 1 },
    { key: 'name', header: t('badges.columns.name'), cell: (r) => r.fullName },
    { key: 'birth', header: t('badges.columns.birth'), width: 110, cell: (r) => formatVi(r.birthDate) },
    { key: 'organisation', header: t('badges.columns.organisation'), cell: (r) => r.organisationName },
    ...(show.milestone ? [{ key: 'milestone', header: t('badges.columns.milestone'), width: 90, cell: (r: CandidateRow) => t('badges.years', { n: r.milestone }) }] : []),
    { key: 'milestoneDate', header: t('badges.columns.milestoneDate'), width: 170, cell: (r) => formatVi(r.milestoneDate) },
    { key: 'partyAge', header: t('badges.columns.partyAge'), width: 150, cell: (r) => partyAge(r.partyAgeMonths) },
    ...(show.death ? [{ key: 'death', header: t('badges.columns.death'), width: 120, cell: (r: CandidateRow) => formatVi(r.deathDate) }] : []),
    ...(show.blocked
      ? [
          { key: 'discipline', header: t('badges.columns.discipline'), width: 160, cell: (r: CandidateRow) => r.disciplineLevel ?? '' },
          { key: 'eligibleFrom', header: t('badges.columns.eligibleFrom'), width: 120, cell: (r: CandidateRow) => formatVi(r.eligibleFrom) },
        ]
      : [{ key: 'note', header: t('badges.columns.note'), width: 200, cell: (r: CandidateRow) => (r.dueRound ? t('badges.dueRound', { round: formatVi(r.dueRound) }) : '') }]),
  ];
}

/** One list of candidates, in the order the core gives (official order within each milestone). */
export function CandidateTable({ label, rows, selected, onToggle, show }: CandidateTableProps) {
  const { t } = useTranslation();
  const partyAge = usePartyAge();
  if (rows.length === 0) return <Text c="dimmed">{t('badges.none')}</Text>;
  const keys = rows.map(candidateKey);
  const ticked = selected ? keys.filter((k) => selected[k]).length : 0;
  const columns: DataColumn<CandidateRow>[] = [
    ...(selected
      ? [
          {
            key: 'tick',
            width: 40,
            header: (
              <Checkbox
                aria-label={t('badges.selectAll', { label })}
                checked={ticked === keys.length}
                indeterminate={ticked > 0 && ticked < keys.length}
                onChange={(e) => onToggle?.(keys, e.currentTarget.checked)}
              />
            ),
            cell: (r: CandidateRow) => (
              <Checkbox
                aria-label={t('badges.selectRow', { name: r.fullName })}
                checked={selected[candidateKey(r)] === true}
                onChange={(e) => onToggle?.([candidateKey(r)], e.currentTarget.checked)}
              />
            ),
          },
        ]
      : []),
    ...candidateColumns(t, partyAge, show),
  ];
  const box = rows.length > ROWS_IN_BOX ? { virtual: { height: (ROWS_IN_BOX + 1) * ROW_HEIGHT, rowHeight: ROW_HEIGHT } } : {};
  // Fixed widths: the tables of the milestones, one under another, line up column by column.
  return <DataTable label={label} columns={columns} rows={rows} rowKey={candidateKey} verticalSpacing={4} layout="fixed" {...box} />;
}
