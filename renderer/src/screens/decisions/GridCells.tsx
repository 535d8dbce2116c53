import { TextInput } from '@mantine/core';
import { memo, useCallback, type ClipboardEvent } from 'react';
import { CatalogueSelect, type Option } from '../../components/CatalogueSelect.tsx';
import { isGridPaste } from '../members/admitManyDraft.ts';

/** The text columns of a row (the others are the type, the person and the post kind). */
export type TextColumn = 'postBefore' | 'unitBefore' | 'postAfter' | 'unitAfter' | 'termMonths' | 'planningCycle' | 'note';

/**
 * A paste handler for the boxes of row `row`: several cells copied from Excel (tabs or line breaks)
 * go to the grid; a plain word is pasted into the box as usual.
 */
export function usePasteGrid(row: number, onPasteGrid: (row: number, text: string) => void) {
  return useCallback(
    (event: ClipboardEvent<HTMLInputElement>) => {
      const text = event.clipboardData.getData('text/plain');
      if (!isGridPaste(text)) return;
      event.preventDefault();
      onPasteGrid(row, text);
    },
    [row, onPasteGrid],
  );
}

interface TextCellProps {
  row: number;
  column: TextColumn;
  label: string;
  value: string;
  error: string | undefined;
  readOnly: boolean;
  placeholder: string | undefined;
  onText(row: number, column: TextColumn, value: string): void;
  onPaste(event: ClipboardEvent<HTMLInputElement>): void;
}

/**
 * One box of the grid, drawn again only when its own value, error or state changes: a key typed in a
 * 40-row decision redraws one box, not its row (the rows are drawn again only when they change).
 */
export const TextCell = memo(function TextCell({ row, column, label, value, error, readOnly, placeholder, onText, onPaste }: TextCellProps) {
  return (
    <TextInput
      size="xs"
      aria-label={label}
      data-cell={`${row}:${column}`}
      autoComplete="off"
      readOnly={readOnly}
      tabIndex={readOnly ? -1 : undefined}
      placeholder={placeholder}
      inputMode={column === 'termMonths' ? 'numeric' : undefined}
      value={value}
      error={error}
      onChange={(event) => onText(row, column, event.currentTarget.value)}
      onPaste={onPaste}
    />
  );
});

interface ChoiceCellProps {
  row: number;
  column: 'typeCode' | 'postKind';
  label: string;
  items: readonly Option[];
  value: string | null;
  error: string | undefined;
  placeholder: string | undefined;
  required: boolean;
  onChoose(row: number, value: string | null): void;
  onPaste?: (event: ClipboardEvent<HTMLInputElement>) => void;
}

/** The type or the post kind of a row: a catalogue dropdown (typing without marks works, Enter takes and moves on). */
export const ChoiceCell = memo(function ChoiceCell({ row, column, label, items, value, error, placeholder, required, onChoose, onPaste }: ChoiceCellProps) {
  return (
    <CatalogueSelect
      size="xs"
      data-cell={`${row}:${column}`}
      aria-label={label}
      required={required}
      items={items}
      value={value}
      onChange={(v) => onChoose(row, v)}
      error={error}
      placeholder={placeholder}
      onPaste={onPaste}
    />
  );
});
