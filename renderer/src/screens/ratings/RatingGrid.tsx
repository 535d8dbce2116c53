import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingCategoryOut } from '../../../../shared/ratings/schemas.ts';
import { draftOf, isChanged, scoreMismatch, useRatingStore, type ModelRow } from './store.ts';
import { TYPE_AHEAD_MS, categoryTokens, matchKeys, shortLabel } from './keys.ts';

/** A row of the grid as loaded: what is typed in it is read from the store by the row itself. */
export interface GridRowView extends ModelRow {
  /** The leading cells (name, date of birth, cell…), after the row number. */
  cells: ReactNode[];
}

export interface GridColumn {
  header: string;
  /** Pixels (the table's layout is fixed, so a row's height never depends on its text). */
  width: number;
}

interface RatingGridProps {
  label: string;
  columns: readonly GridColumn[];
  rows: readonly GridRowView[];
  categories: RatingCategoryOut[];
  onCategory(id: number, code: string | null): void;
  onScore(id: number, text: string): void;
}

/** Every row is one line this tall: the virtualiser places rows by it. */
export const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 34;
/** Rows drawn beyond the box's edges (PageUp/PageDown move by PAGE rows). */
const OVERSCAN = 12;
const PAGE = 15;

const cell: CSSProperties = { padding: '0 8px', height: ROW_HEIGHT, borderBottom: '1px solid var(--mantine-color-gray-2)', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };
const head: CSSProperties = { ...cell, height: HEADER_HEIGHT, fontWeight: 600, textAlign: 'left', borderBottom: '2px solid var(--mantine-color-gray-4)', position: 'sticky', top: 0, background: 'white', zIndex: 1 };
const INDEX_WIDTH = 56;
const CATEGORY_WIDTH = 400;
const SCORE_WIDTH = 72;
const MESSAGE_WIDTH = 260;

type FocusTarget = 'row' | 'score';

/** The words every row shows, translated once for the grid. */
interface RowWords {
  notRated: string;
  changed: string;
  scoreMismatch: string;
}

const small: CSSProperties = { fontSize: 'var(--mantine-font-size-xs)' };
const changedStyle: CSSProperties = { ...small, color: 'var(--mantine-color-orange-8)', marginLeft: 6 };
const wrongStyle: CSSProperties = { ...small, color: 'var(--mantine-color-red-8)' };

interface RowProps {
  row: GridRowView;
  index: number;
  active: boolean;
  categories: RatingCategoryOut[];
  words: RowWords;
  onCategory(id: number, code: string | null): void;
  onScore(id: number, text: string): void;
  /** The row took the focus (a click, or a move). */
  onActivate(index: number): void;
  /** A category chosen in the row's list with the mouse: the focus goes back to the row. */
  onPicked(index: number): void;
  onScoreKey(event: KeyboardEvent<HTMLInputElement>, index: number): void;
}

/**
 * One row: it reads its own draft and message from the store, so a key typed on one row re-renders
 * that row (and the row the focus moves to), never the grid's other rows.
 */
const Row = memo(function Row({ row, index, active, categories, words, onCategory, onScore, onActivate, onPicked, onScoreKey }: RowProps) {
  const { t } = useTranslation();
  const typed = useRatingStore((s) => s.drafts[row.id]);
  const error = useRatingStore((s) => s.rowErrors[row.id] ?? null);
  const draft = typed ?? draftOf(row.rating);
  const changed = typed !== undefined && isChanged(typed, row.rating);
  const mismatch = scoreMismatch(categories, draft);
  const name = row.name;
  const labels = useMemo(() => ({ category: t('ratings.categoryOf', { name }), score: t('ratings.scoreOf', { name }) }), [t, name]);
  const options = useMemo(
    () =>
      categories.map((c) => (
        <option key={c.code} value={c.code}>
          {shortLabel(categories, c.code)} — {c.name}
        </option>
      )),
    [categories],
  );
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      onFocus={() => onActivate(index)}
      style={{ height: ROW_HEIGHT, background: active ? 'var(--mantine-color-red-0)' : changed ? 'var(--mantine-color-yellow-0)' : undefined, cursor: 'default' }}
    >
      <td style={cell}>{index + 1}</td>
      {row.cells.map((value, i) => (
        <td key={i} style={cell}>
          {value}
        </td>
      ))}
      <td style={cell}>
        <select
          aria-label={labels.category}
          tabIndex={-1}
          value={draft.categoryCode ?? ''}
          onChange={(event) => {
            onCategory(row.id, event.currentTarget.value === '' ? null : event.currentTarget.value);
            onPicked(index);
          }}
          style={{ width: 320, font: 'inherit', padding: '1px 2px' }}
        >
          <option value="">{words.notRated}</option>
          {options}
        </select>
        {changed ? <span style={changedStyle}>{words.changed}</span> : null}
      </td>
      <td style={cell}>
        <input
          aria-label={labels.score}
          aria-invalid={mismatch || error !== null}
          tabIndex={-1}
          inputMode="numeric"
          autoComplete="off"
          value={draft.score}
          size={4}
          onChange={(event) => onScore(row.id, event.currentTarget.value)}
          onKeyDown={(event) => onScoreKey(event, index)}
          style={{ width: 56, font: 'inherit', padding: '1px 4px', borderColor: mismatch ? 'var(--mantine-color-red-6)' : undefined }}
        />
      </td>
      <td style={cell} title={error ?? (mismatch ? words.scoreMismatch : undefined)}>
        {error ? (
          <span style={wrongStyle} role="alert">
            {error}
          </span>
        ) : mismatch ? (
          <span style={wrongStyle}>{words.scoreMismatch}</span>
        ) : null}
      </td>
    </tr>
  );
});

/**
 * The keyboard-first rating grid, virtualised (only the rows in view, and the active one, are drawn):
 * Up/Down (PageUp/PageDown, Home/End) move between rows; 1–4 or the short codes XS/T/HT/K set the
 * category of the row the key is typed on and move to the next row, also when the row's category
 * list has the focus; Delete or Backspace clears it; Enter goes to the score, where Enter ends the
 * score and goes to the next row, Up/Down go to the score of the row above or below and Escape back
 * to the row.
 */
export const RatingGrid = memo(function RatingGrid({ label, columns, rows, categories, onCategory, onScore }: RatingGridProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const typed = useRef<{ text: string; at: number }>({ text: '', at: 0 });
  const tokens = useMemo(() => categoryTokens(categories), [categories]);
  const count = rows.length;
  const current = Math.min(active, Math.max(0, count - 1));
  /** Where the focus goes once the row is drawn (set by a move, applied after the render). */
  const pending = useRef<{ index: number; target: FocusTarget } | null>(null);
  const latest = useRef({ current, count });
  useLayoutEffect(() => {
    latest.current = { current, count };
  }, [current, count]);

  // The active row is always drawn, even far from the rows in view, so the focus can go to it at once.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (current < count && !indexes.includes(current)) {
        indexes.push(current);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [current, count],
  );
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor,
  });

  const applyFocus = useCallback(() => {
    const request = pending.current;
    if (!request) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-index="${request.index}"]`);
    if (!row) return;
    pending.current = null;
    // Into view when it is not: from the offsets the virtualiser keeps (no layout read per key).
    const top = HEADER_HEIGHT + request.index * ROW_HEIGHT;
    const offset = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    if (top - HEADER_HEIGHT < offset) virtualizer.scrollToOffset(top - HEADER_HEIGHT);
    else if (top + ROW_HEIGHT > offset + height) virtualizer.scrollToOffset(top + ROW_HEIGHT - height);
    const element = request.target === 'score' ? row.querySelector('input') : row;
    element?.focus({ preventScroll: true });
    if (element instanceof HTMLInputElement) element.select();
  }, [virtualizer]);

  // After each render: a move asked for in an event is applied once its row is drawn.
  useLayoutEffect(() => {
    applyFocus();
  });

  /** Moves the focus to a row (or its score); the row becomes the active one. */
  const moveTo = useCallback(
    (index: number, target: FocusTarget = 'row') => {
      const { count: n, current: now } = latest.current;
      if (n === 0) return;
      const next = Math.max(0, Math.min(n - 1, index));
      pending.current = { index: next, target };
      if (next === now) applyFocus();
      else setActive(next);
    },
    [applyFocus],
  );

  const onScoreKey = useCallback(
    (event: KeyboardEvent<HTMLInputElement>, index: number) => {
      const moves: Record<string, [number, FocusTarget]> = {
        // Enter ends the score: the next row, ready for its category key (not its score box).
        Enter: [index + 1, 'row'],
        ArrowDown: [index + 1, 'score'],
        ArrowUp: [index - 1, 'score'],
        Escape: [index, 'row'],
      };
      const move = moves[event.key];
      if (!move || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      event.stopPropagation();
      moveTo(move[0], move[1]);
    },
    [moveTo],
  );

  const onPicked = useCallback((index: number) => moveTo(index), [moveTo]);
  const words = useMemo<RowWords>(() => ({ notRated: t('ratings.notRated'), changed: t('ratings.changed'), scoreMismatch: t('ratings.scoreMismatch') }), [t]);

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    // Keys typed in the score box are its own (onScoreKey); Ctrl+S goes up to the screen, which saves.
    const target = event.target;
    if (!(target instanceof HTMLTableRowElement || target instanceof HTMLSelectElement)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tr = target.closest('tr[data-index]');
    // The row the key was typed on (the one holding the focus), whatever the grid last drew as active.
    const index = tr ? Number(tr.getAttribute('data-index')) : current;
    const row = rows[index];
    if (!row) return;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + PAGE, PageUp: index - PAGE, Home: 0, End: count - 1 };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      typed.current = { text: '', at: 0 };
      moveTo(move);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      moveTo(index, 'score');
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onCategory(row.id, null);
      moveTo(index);
      return;
    }
    if (event.key.length !== 1 || !/[0-9a-z]/i.test(event.key)) return;
    // Not the list's own type-ahead: the keys below are the grid's.
    event.preventDefault();
    const now = Date.now();
    const previous = now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '';
    let text = previous + event.key;
    let match = matchKeys(text, tokens);
    if (match.kind === 'none' && previous !== '') {
      text = event.key;
      match = matchKeys(text, tokens);
    }
    if (match.kind === 'category') {
      typed.current = { text: '', at: 0 };
      onCategory(row.id, match.code);
      moveTo(index + 1);
    } else if (match.kind === 'wait') {
      typed.current = { text, at: now };
    } else {
      typed.current = { text: '', at: 0 };
    }
  }

  const items = virtualizer.getVirtualItems().filter((v) => v.index < count);
  const spacer = (key: string, rowsSkipped: number) =>
    rowsSkipped > 0 ? (
      <tr key={key} aria-hidden style={{ height: rowsSkipped * ROW_HEIGHT }}>
        <td colSpan={columns.length + 4} style={{ padding: 0, border: 0 }} />
      </tr>
    ) : null;
  const drawn: ReactNode[] = [];
  let next = 0;
  for (const item of items) {
    drawn.push(spacer(`gap-${item.index}`, item.index - next));
    const row = rows[item.index];
    if (row) {
      drawn.push(
        <Row
          key={row.id}
          row={row}
          index={item.index}
          active={item.index === current}
          categories={categories}
          words={words}
          onCategory={onCategory}
          onScore={onScore}
          onActivate={setActive}
          onPicked={onPicked}
          onScoreKey={onScoreKey}
        />,
      );
    }
    next = item.index + 1;
  }
  drawn.push(spacer('gap-end', count - next));
  const fixedWidth = INDEX_WIDTH + columns.reduce((sum, c) => sum + c.width, 0) + CATEGORY_WIDTH + SCORE_WIDTH + MESSAGE_WIDTH;

  return (
    // As tall as its rows, up to most of the window: the screen scrolls around it, so it must not be
    // squeezed to a few rows by the panels below it.
    <div
      ref={scroller}
      data-virtual-scroller
      style={{
        flex: 'none',
        height: `min(${HEADER_HEIGHT + count * ROW_HEIGHT + 2}px, max(60vh, 300px))`,
        overflow: 'auto',
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 4,
      }}
    >
      <table role="grid" aria-label={label} aria-rowcount={count + 1} style={{ borderCollapse: 'collapse', tableLayout: 'fixed', width: '100%', minWidth: fixedWidth, fontSize: 14 }}>
        <colgroup>
          <col style={{ width: INDEX_WIDTH }} />
          {columns.map((c) => (
            <col key={c.header} style={{ width: c.width }} />
          ))}
          <col style={{ width: CATEGORY_WIDTH }} />
          <col style={{ width: SCORE_WIDTH }} />
          <col />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th style={head}>{t('ratings.columns.index')}</th>
            {columns.map((c) => (
              <th key={c.header} style={head}>
                {c.header}
              </th>
            ))}
            <th style={head}>{t('ratings.columns.category')}</th>
            <th style={head}>{t('ratings.columns.score')}</th>
            <th style={head} aria-label={t('common.none')} />
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={onKeyDown}>
          {drawn}
        </tbody>
      </table>
    </div>
  );
});
