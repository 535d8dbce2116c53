import { ActionIcon, Table, TextInput } from '@mantine/core';
import { memo, useId, useMemo, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, columns, isGridPaste, tidyCell, type AdmitRow, type Column, type FieldErrors, type RowCatalogues } from './admitManyDraft.ts';

interface AdmitManyTableProps {
  rows: readonly AdmitRow[];
  errors: FieldErrors;
  catalogues: RowCatalogues;
  onCell(row: number, column: Column, value: string): void;
  /** A paste of several cells (tab-separated rows from Excel) starting at this cell. */
  onPasteGrid(row: number, column: Column, text: string): void;
  onRemove(row: number): void;
}

/**
 * Widths that keep the ten columns readable and, with the row number and the delete column, fit the
 * dialog on a 1366-pixel screen without a horizontal scrollbar.
 */
const WIDTH: Record<Column, number> = {
  familyName: 90,
  middleName: 92,
  givenName: 80,
  birthDate: 110,
  sex: 76,
  citizenId: 120,
  ethnicCode: 90,
  religionCode: 90,
  homeTown: 120,
  residence: 120,
};
const EDGE = 44;
const TABLE_WIDTH = Object.values(WIDTH).reduce((sum, w) => sum + w, 2 * EDGE);

/** The selector of a cell's box, for moving the cursor to it. */
export const cellSelector = (row: number, column: Column) => `[data-cell="${row}:${column}"]`;

interface RowProps extends Omit<AdmitManyTableProps, 'rows'> {
  row: AdmitRow;
  index: number;
  /** Datalist ids of the columns that suggest values. */
  lists: Partial<Record<Column, string>>;
}

/** One person's row; drawn again only when its own values, the errors or the handlers change. */
const AdmitManyRow = memo(function AdmitManyRow({ row, index: r, errors, catalogues, lists, onCell, onPasteGrid, onRemove }: RowProps) {
  const { t } = useTranslation();

  function paste(event: ClipboardEvent<HTMLInputElement>, column: Column) {
    const text = event.clipboardData.getData('text/plain');
    if (!isGridPaste(text)) return;
    event.preventDefault();
    onPasteGrid(r, column, text);
  }

  return (
    <Table.Tr>
      <Table.Td>{r + 1}</Table.Td>
      {columns.map((c) => (
        <Table.Td key={c} style={{ verticalAlign: 'top' }}>
          <TextInput
            size="xs"
            aria-label={t('admissions.table.cell', { column: t(`admissions.columns.${c}`), row: r + 1 })}
            data-cell={`${r}:${c}`}
            autoComplete="off"
            inputMode={c === 'citizenId' ? 'numeric' : undefined}
            placeholder={c === 'birthDate' ? t('common.datePlaceholder') : undefined}
            list={lists[c]}
            value={row[c]}
            error={errors[cellKey(r, c)]}
            onChange={(event) => onCell(r, c, event.currentTarget.value)}
            onPaste={(event) => paste(event, c)}
            onBlur={(event) => {
              const tidy = tidyCell(c, event.currentTarget.value, catalogues);
              if (tidy !== row[c]) onCell(r, c, tidy);
            }}
          />
        </Table.Td>
      ))}
      <Table.Td style={{ verticalAlign: 'top' }}>
        <ActionIcon variant="subtle" color="red" aria-label={t('admissions.table.removeRow', { row: r + 1 })} title={t('admissions.table.removeRow', { row: r + 1 })} onClick={() => onRemove(r)}>
          ×
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
});

/**
 * One row per person, one box per field; every box is named "<column>, dòng <n>" for screen readers.
 * Ethnic group, religion and sex are typed (suggested from the catalogue); a cell's own error shows
 * under it, red. A paste of cells copied from Excel fills the table from the box pasted into.
 */
export function AdmitManyTable({ rows, ...rest }: AdmitManyTableProps) {
  const { t } = useTranslation();
  const listId = useId();
  const lists = useMemo<Partial<Record<Column, string>>>(() => ({ ethnicCode: `${listId}-ethnic`, religionCode: `${listId}-religion`, sex: `${listId}-sex` }), [listId]);
  const { catalogues } = rest;

  return (
    <>
      <Table aria-label={t('admissions.table.label')} withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={4} style={{ tableLayout: 'fixed', minWidth: TABLE_WIDTH }}>
        <Table.Thead>
          <Table.Tr style={{ whiteSpace: 'nowrap' }}>
            <Table.Th w={EDGE}>{t('admissions.table.index')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} w={WIDTH[c]}>
                {t(`admissions.columns.${c}`)}
              </Table.Th>
            ))}
            <Table.Th w={EDGE}>{t('admissions.table.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => (
            <AdmitManyRow key={r} row={row} index={r} lists={lists} {...rest} />
          ))}
        </Table.Tbody>
      </Table>
      <datalist id={lists.ethnicCode}>
        {(catalogues.ethnicGroups ?? []).map((i) => (
          <option key={i.code} value={i.name} />
        ))}
      </datalist>
      <datalist id={lists.religionCode}>
        {(catalogues.religions ?? []).map((i) => (
          <option key={i.code} value={i.name} />
        ))}
      </datalist>
      <datalist id={lists.sex}>
        <option value={t('sex.M')} />
        <option value={t('sex.F')} />
      </datalist>
    </>
  );
}
