import { Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingCategoryOut } from '../../../../shared/ratings/schemas.ts';
import { isChanged, scoreMismatch, type Draft, type ModelRow } from './store.ts';
import { TYPE_AHEAD_MS, categoryTokens, matchKeys, shortLabel } from './keys.ts';

export interface GridRowView extends ModelRow {
  /** The leading cells (name, date of birth, cell…), after the row number. */
  cells: ReactNode[];
  draft: Draft;
  error: string | null;
}

interface RatingGridProps {
  label: string;
  columns: string[];
  rows: GridRowView[];
  categories: RatingCategoryOut[];
  onCategory(id: number, code: string | null): void;
  onScore(id: number, text: string): void;
}

const cell: CSSProperties = { padding: '3px 8px', borderBottom: '1px solid var(--mantine-color-gray-2)', whiteSpace: 'nowrap' };
const head: CSSProperties = { ...cell, fontWeight: 600, textAlign: 'left', borderBottom: '2px solid var(--mantine-color-gray-4)', position: 'sticky', top: 0, background: 'white', zIndex: 1 };

interface RowProps {
  row: GridRowView;
  index: number;
  active: boolean;
  categories: RatingCategoryOut[];
  onActivate(index: number): void;
  onCategory(id: number, code: string | null): void;
  onScore(id: number, text: string): void;
  onScoreKey(event: KeyboardEvent<HTMLInputElement>, index: number): void;
}

function Row({ row, index, active, categories, onActivate, onCategory, onScore, onScoreKey }: RowProps) {
  const { t } = useTranslation();
  const changed = isChanged(row.draft, row.rating);
  const mismatch = scoreMismatch(categories, row.draft);
  const name = row.name;
  return (
    <tr
      data-index={index}
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      onClick={() => onActivate(index)}
      style={{ background: active ? 'var(--mantine-color-red-0)' : changed ? 'var(--mantine-color-yellow-0)' : undefined, cursor: 'default' }}
    >
      <td style={cell}>{index + 1}</td>
      {row.cells.map((value, i) => (
        <td key={i} style={{ ...cell, maxWidth: i === 0 ? 260 : 200, overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {value}
        </td>
      ))}
      <td style={cell}>
        <select
          aria-label={t('ratings.categoryOf', { name })}
          tabIndex={-1}
          value={row.draft.categoryCode ?? ''}
          onChange={(event) => onCategory(row.id, event.currentTarget.value === '' ? null : event.currentTarget.value)}
          style={{ minWidth: 340, font: 'inherit', padding: '1px 2px' }}
        >
          <option value="">{t('ratings.notRated')}</option>
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {shortLabel(categories, c.code)} — {c.name}
            </option>
          ))}
        </select>
        {changed ? (
          <Text span size="xs" c="orange.8" ml={6}>
            {t('ratings.changed')}
          </Text>
        ) : null}
      </td>
      <td style={cell}>
        <input
          aria-label={t('ratings.scoreOf', { name })}
          aria-invalid={mismatch || row.error !== null}
          tabIndex={-1}
          inputMode="numeric"
          autoComplete="off"
          value={row.draft.score}
          size={4}
          onChange={(event) => onScore(row.id, event.currentTarget.value)}
          onKeyDown={(event) => onScoreKey(event, index)}
          onFocus={() => onActivate(index)}
          style={{ width: 56, font: 'inherit', padding: '1px 4px', borderColor: mismatch ? 'var(--mantine-color-red-6)' : undefined }}
        />
      </td>
      <td style={{ ...cell, whiteSpace: 'normal' }}>
        {row.error ? (
          <Text size="xs" c="red.8" role="alert">
            {row.error}
          </Text>
        ) : mismatch ? (
          <Text size="xs" c="red.8">
            {t('ratings.scoreMismatch')}
          </Text>
        ) : null}
      </td>
    </tr>
  );
}

/**
 * The keyboard-first rating grid: Up/Down (PageUp/PageDown, Home/End) move between rows; 1–4 or the
 * short codes XS/T/HT/K set the category and move on; Delete or Backspace clears it; Enter goes to the
 * score, where Enter or Down goes to the next row's score and Escape back to the row.
 */
export function RatingGrid({ label, columns, rows, categories, onCategory, onScore }: RatingGridProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  const typed = useRef<{ text: string; at: number }>({ text: '', at: 0 });
  const tokens = useMemo(() => categoryTokens(categories), [categories]);
  const focusTarget = useRef<'row' | 'score' | null>(null);
  const count = rows.length;
  const current = Math.min(active, Math.max(0, count - 1));

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-index="${current}"]`);
    const element = target === 'score' ? row?.querySelector<HTMLInputElement>('input') : row;
    element?.focus();
    if (element instanceof HTMLInputElement) element.select();
    row?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  function moveTo(index: number, target: 'row' | 'score' = 'row') {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    focusTarget.current = target;
    if (next === current) {
      // Same row: the effect does not run, so focus here.
      const row = body.current?.querySelector<HTMLElement>(`tr[data-index="${next}"]`);
      const element = target === 'score' ? row?.querySelector<HTMLInputElement>('input') : row;
      focusTarget.current = null;
      element?.focus();
      return;
    }
    setActive(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    // Ctrl+S goes up to the screen, which saves. Keys typed in the score box or the category list are theirs.
    if (!(event.target instanceof HTMLTableRowElement)) return;
    const row = rows[current];
    const page = 15;
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + page, PageUp: current - page, Home: 0, End: count - 1 };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      typed.current = { text: '', at: 0 };
      moveTo(move);
      return;
    }
    if (!row || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      moveTo(current, 'score');
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onCategory(row.id, null);
      return;
    }
    if (event.key.length !== 1 || !/[0-9a-z]/i.test(event.key)) return;
    event.preventDefault();
    const now = Date.now();
    const previous = now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '';
    let match = matchKeys(previous + event.key, tokens);
    let text = previous + event.key;
    if (match.kind === 'none' && previous !== '') {
      text = event.key;
      match = matchKeys(text, tokens);
    }
    if (match.kind === 'category') {
      typed.current = { text: '', at: 0 };
      onCategory(row.id, match.code);
      moveTo(current + 1);
    } else if (match.kind === 'wait') {
      typed.current = { text, at: now };
    } else {
      typed.current = { text: '', at: 0 };
    }
  }

  function onScoreKey(event: KeyboardEvent<HTMLInputElement>, index: number) {
    if (event.key === 'Enter' || event.key === 'ArrowDown') {
      event.preventDefault();
      event.stopPropagation();
      if (index + 1 < count) moveTo(index + 1, 'score');
      else moveTo(index);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      moveTo(index - 1, 'score');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      moveTo(index);
    }
  }

  return (
    // As tall as its rows, up to most of the window: the screen scrolls around it, so it must not be
    // squeezed to a few rows by the panels below it.
    <div style={{ flex: 'none', maxHeight: 'max(60vh, 300px)', overflow: 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
      <table role="grid" aria-label={label} aria-rowcount={count + 1} style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}>
        <thead>
          <tr>
            <th style={head}>{t('ratings.columns.index')}</th>
            {columns.map((c) => (
              <th key={c} style={head}>
                {c}
              </th>
            ))}
            <th style={head}>{t('ratings.columns.category')}</th>
            <th style={head}>{t('ratings.columns.score')}</th>
            <th style={head} aria-label={t('common.none')} />
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={onKeyDown}>
          {rows.map((row, index) => (
            <Row
              key={row.id}
              row={row}
              index={index}
              active={index === current}
              categories={categories}
              onActivate={setActive}
              onCategory={onCategory}
              onScore={onScore}
              onScoreKey={onScoreKey}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
