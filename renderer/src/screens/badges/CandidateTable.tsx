import { Button, Checkbox, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateRow } from '../../../../shared/badges/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { formatCount } from '../../format.ts';
import { candidateKey } from './store.ts';

/** Rows drawn at first; a province-wide round can hold thousands of members. */
export const ROWS_SHOWN = 100;

export function usePartyAge() {
  const { t } = useTranslation();
  return (months: number) => t('badges.partyAge', { years: Math.floor(months / 12), months: months % 12 });
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

/** One list of candidates, in the order the core gives (official order within each milestone). */
export function CandidateTable({ label, rows, selected, onToggle, show }: CandidateTableProps) {
  const { t } = useTranslation();
  const partyAge = usePartyAge();
  const [all, setAll] = useState(false);
  if (rows.length === 0) return <Text c="dimmed">{t('badges.none')}</Text>;
  const keys = rows.map(candidateKey);
  const ticked = selected ? keys.filter((k) => selected[k]).length : 0;
  const visible = all ? rows : rows.slice(0, ROWS_SHOWN);
  return (
    <>
      {/* Fixed widths: the tables of the milestones, one under another, line up column by column. */}
      <Table striped withTableBorder aria-label={label} verticalSpacing={4} style={{ tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            {selected ? (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('badges.selectAll', { label })}
                  checked={ticked === keys.length}
                  indeterminate={ticked > 0 && ticked < keys.length}
                  onChange={(e) => onToggle?.(keys, e.currentTarget.checked)}
                />
              </Table.Th>
            ) : null}
            <Table.Th w={50}>STT</Table.Th>
            <Table.Th>{t('badges.columns.name')}</Table.Th>
            <Table.Th w={110}>{t('badges.columns.birth')}</Table.Th>
            <Table.Th>{t('badges.columns.organisation')}</Table.Th>
            {show.milestone ? <Table.Th w={90}>{t('badges.columns.milestone')}</Table.Th> : null}
            <Table.Th w={170}>{t('badges.columns.milestoneDate')}</Table.Th>
            <Table.Th w={150}>{t('badges.columns.partyAge')}</Table.Th>
            {show.death ? <Table.Th w={120}>{t('badges.columns.death')}</Table.Th> : null}
            {show.blocked ? <Table.Th w={160}>{t('badges.columns.discipline')}</Table.Th> : null}
            {show.blocked ? <Table.Th w={120}>{t('badges.columns.eligibleFrom')}</Table.Th> : null}
            {show.blocked ? null : <Table.Th w={200}>{t('badges.columns.note')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visible.map((r, i) => {
            const key = candidateKey(r);
            return (
              <Table.Tr key={key}>
                {selected ? (
                  <Table.Td>
                    <Checkbox aria-label={t('badges.selectRow', { name: r.fullName })} checked={selected[key] === true} onChange={(e) => onToggle?.([key], e.currentTarget.checked)} />
                  </Table.Td>
                ) : null}
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{r.fullName}</Table.Td>
                <Table.Td>{formatVi(r.birthDate)}</Table.Td>
                <Table.Td>{r.organisationName}</Table.Td>
                {show.milestone ? <Table.Td>{t('badges.years', { n: r.milestone })}</Table.Td> : null}
                <Table.Td>{formatVi(r.milestoneDate)}</Table.Td>
                <Table.Td>{partyAge(r.partyAgeMonths)}</Table.Td>
                {show.death ? <Table.Td>{formatVi(r.deathDate)}</Table.Td> : null}
                {show.blocked ? <Table.Td>{r.disciplineLevel ?? ''}</Table.Td> : null}
                {show.blocked ? <Table.Td>{formatVi(r.eligibleFrom)}</Table.Td> : null}
                {show.blocked ? null : <Table.Td>{r.dueRound ? t('badges.dueRound', { round: formatVi(r.dueRound) }) : ''}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {!all && rows.length > ROWS_SHOWN ? (
        <Button variant="subtle" size="xs" onClick={() => setAll(true)}>
          {t('badges.showAll', { n: formatCount(rows.length) })}
        </Button>
      ) : null}
    </>
  );
}
