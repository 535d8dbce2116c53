import { ActionIcon, Table, Text } from '@mantine/core';
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { postKinds, type PostKind } from '../../../../shared/cadres/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { problemText } from '../../api/problems.ts';
import type { Option } from '../../components/CatalogueSelect.tsx';
import { errorRow, isPlanningType, type DecisionRow, type FieldErrors, type GridColumn, type PersonRef, type RowCheck } from './decisionDraft.ts';
import { ChoiceCell, TextCell, usePasteGrid, type TextColumn } from './GridCells.tsx';
import { PersonCell } from './PersonCell.tsx';


export interface GridHandlers {
  onType(row: number, code: string | null): void;
  onPersonText(row: number, text: string): void;
  onPerson(row: number, person: PersonRef): void;
  onPostKind(row: number, kind: PostKind): void;
  onText(row: number, column: TextColumn, value: string): void;
  /** Tab-separated lines pasted into a box of `row`. */
  onPasteGrid(row: number, text: string): void;
  onRemove(row: number): void;
}

interface DecisionGridProps extends GridHandlers {
  rows: readonly DecisionRow[];
  checks: Readonly<Record<number, RowCheck>>;
  errors: FieldErrors;
  types: readonly Option[];
}

const WIDTH: Record<GridColumn, number> = {
  typeCode: 150,
  cadreId: 170,
  postKind: 110,
  postBefore: 130,
  unitBefore: 130,
  postAfter: 130,
  unitAfter: 130,
  termMonths: 64,
  planningCycle: 76,
  note: 120,
};
const EDGE = 36;
const CHECK_WIDTH = 220;
const TABLE_WIDTH = Object.values(WIDTH).reduce((sum, w) => sum + w, 2 * EDGE + CHECK_WIDTH);

/** The selector of a cell's box, for moving the cursor to it. */
export const cellSelector = (row: number, column: GridColumn) => `input[data-cell="${row}:${column}"]`;

/** The errors of one row only, so a row is drawn again only when its own errors change. */
function rowErrors(errors: FieldErrors, row: number): FieldErrors | null {
  let out: FieldErrors | null = null;
  for (const [key, message] of Object.entries(errors)) {
    if (errorRow(key) !== row) continue;
    out ??= {};
    out[key.slice(`actions.${row}.`.length) || '_row'] = message;
  }
  return out;
}

interface RowProps extends GridHandlers {
  row: DecisionRow;
  index: number;
  check: RowCheck | undefined;
  /** This row's errors by column ('_row' when the core named the row only). */
  errors: FieldErrors | null;
  types: readonly Option[];
  kinds: readonly Option[];
}

const DecisionGridRow = memo(function DecisionGridRow({ row, index: r, check, errors, types, kinds, ...on }: RowProps) {
  const { t } = useTranslation();
  const label = (column: GridColumn) => t('decisions.entry.cell', { column: t(`decisions.entry.columns.${column}`), row: r + 1 });
  const err = (column: GridColumn) => errors?.[column];
  const paste = usePasteGrid(r, on.onPasteGrid);
  const onKind = on.onPostKind;
  const chooseKind = useCallback((row: number, k: string | null) => onKind(row, (k ?? 'main') as PostKind), [onKind]);
  const planning = isPlanningType(row.typeCode);
  const text = (column: TextColumn, readOnly = false, placeholder?: string) => (
    <Table.Td style={{ verticalAlign: 'top' }}>
      <TextCell row={r} column={column} label={label(column)} value={row[column]} error={err(column)} readOnly={readOnly} placeholder={placeholder} onText={on.onText} onPaste={paste} />
    </Table.Td>
  );
  const refused = errors !== null;
  return (
    <Table.Tr data-row={r} aria-invalid={refused || undefined} style={refused ? { background: 'var(--mantine-color-red-0)' } : undefined}>
      <Table.Td style={{ verticalAlign: 'top' }}>{r + 1}</Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <ChoiceCell
          row={r}
          column="typeCode"
          label={label('typeCode')}
          items={types}
          value={row.typeCode}
          required={false}
          onChoose={on.onType}
          error={err('typeCode') ?? (row.typeText !== '' && row.typeCode === null ? t('decisions.entry.errors.unknownType', { text: row.typeText }) : undefined)}
          placeholder={row.typeText || undefined}
          onPaste={paste}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <PersonCell
          row={r}
          label={label('cadreId')}
          text={row.personText}
          person={row.person}
          candidates={row.candidates}
          error={err('cadreId') ?? (row.personIssue === 'ambiguous' && row.person === null ? t('decisions.entry.errors.ambiguous') : row.personIssue === 'unknown' && row.person === null ? t('decisions.entry.errors.unknownPerson', { text: row.personText }) : undefined)}
          onText={on.onPersonText}
          onPick={on.onPerson}
          onPaste={paste}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <ChoiceCell row={r} column="postKind" label={label('postKind')} items={kinds} value={row.postKind} required onChoose={chooseKind} error={err('postKind')} placeholder={undefined} />
      </Table.Td>
      {text('postBefore')}
      {text('unitBefore')}
      {text('postAfter')}
      {text('unitAfter')}
      {text('termMonths')}
      {text('planningCycle', !planning, planning ? 'P2025' : undefined)}
      {text('note')}
      <Table.Td style={{ verticalAlign: 'top' }} aria-label={t('decisions.entry.checkOf', { row: r + 1 })}>
        {check?.termEnd ? <Text size="xs">{t('decisions.entry.termEnd', { date: formatVi(check.termEnd) })}</Text> : null}
        {check?.warnings.map((w, i) => (
          <Text key={i} size="xs" c="orange.8">
            {problemText(w)}
          </Text>
        ))}
        {errors?._row ? (
          <Text size="xs" c="red">
            {errors._row}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <ActionIcon variant="subtle" color="red" tabIndex={-1} aria-label={t('decisions.entry.removeRow', { row: r + 1 })} title={t('decisions.entry.removeRow', { row: r + 1 })} onClick={() => on.onRemove(r)}>
          ×
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
});

/**
 * The actions of a decision, one row per person: type, person, post kind, the "before" boxes (filled by
 * decision:check, editable), the "after" boxes, term, planning cycle, note, and what the check says
 * (term end, warnings). Each box is named "<column>, dòng <n>"; a refused row turns red.
 */
export function DecisionGrid({ rows, checks, errors, types, ...handlers }: DecisionGridProps) {
  const { t } = useTranslation();
  const kinds = useMemo(() => postKinds.map((k) => ({ code: k, name: t(`decisions.postKinds.${k}`) })), [t]);
  return (
    <Table aria-label={t('decisions.entry.table')} withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={4} style={{ tableLayout: 'fixed', minWidth: TABLE_WIDTH }}>
      <Table.Thead>
        <Table.Tr style={{ whiteSpace: 'nowrap' }}>
          <Table.Th w={EDGE}>#</Table.Th>
          {(Object.keys(WIDTH) as GridColumn[]).map((c) => (
            <Table.Th key={c} w={WIDTH[c]}>
              {t(`decisions.entry.columns.${c}`)}
            </Table.Th>
          ))}
          <Table.Th w={CHECK_WIDTH}>{t('decisions.entry.columns.check')}</Table.Th>
          <Table.Th w={EDGE} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, r) => (
          <DecisionGridRow key={row.key} row={row} index={r} check={checks[row.key]} errors={rowErrors(errors, r)} types={types} kinds={kinds} {...handlers} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
