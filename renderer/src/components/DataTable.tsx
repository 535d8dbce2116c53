import { Table, Text, type TableProps } from '@mantine/core';
import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

/** One column of a DataTable: its header, how a row shows in it, and how it sits. */
export interface DataColumn<T> {
  /** Stable React key of the column. */
  key: string;
  header: ReactNode;
  /** The cell of `row` (`index`: its position in `rows`, from 0). Format numbers and dates here, as elsewhere (format.ts). */
  cell: (row: T, index: number) => ReactNode;
  /** CSS width of the column (a number is pixels). */
  width?: number | string;
  align?: 'left' | 'center' | 'right';
  /** Keep the cell on one line. */
  noWrap?: boolean;
  /** Align the cell's content to the top (cells of several lines). */
  top?: boolean;
  /** Text shown on hover (the recorded code behind a label, for instance). */
  title?: (row: T) => string | undefined;
}

export interface DataTableProps<T> {
  /** The table's accessible name: queries and screen readers find the table by it. */
  label: string;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Shown instead of the table when there are no rows (dimmed text when a string). */
  empty?: ReactNode;
  /** Called when a row is clicked or Enter is pressed on it; the rows then take the keyboard focus in turn. */
  onActivate?: (row: T) => void;
  /** A double click activates (a click only puts the focus on the row), as in the member list. */
  activateOnDoubleClick?: boolean;
  /** The accessible name of an activatable row (defaults to its text). */
  rowLabel?: (row: T) => string;
  /**
   * Draw only the rows in view, in a box of `height` pixels (long lists: thousands of rows); the
   * header stays at the top of the box. Without it every row is drawn and the header sticks to the
   * top of the page's scroll.
   */
  virtual?: { height: number; rowHeight: number };
  striped?: boolean;
  withTableBorder?: boolean;
  verticalSpacing?: TableProps['verticalSpacing'];
  /** `fixed`: widths as given, so tables one under another line up column by column. */
  layout?: 'auto' | 'fixed';
  fz?: TableProps['fz'];
  maw?: TableProps['maw'];
  /** Bold rows (a total line). */
  strong?: (row: T) => boolean;
}

function cellStyle<T>(c: DataColumn<T>): CSSProperties | undefined {
  const style: CSSProperties = {};
  if (c.noWrap) style.whiteSpace = 'nowrap';
  if (c.top) style.verticalAlign = 'top';
  if (c.align) style.textAlign = c.align;
  return Object.keys(style).length > 0 ? style : undefined;
}

/**
 * A box in a hidden tab (display: none) measures 0 × 0: the rows it drew stay drawn instead of being
 * dropped and drawn again when the tab is shown (Khen thưởng's dozen boxes held the tab switch).
 */
function keepRectWhileHidden(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void): (() => void) | undefined {
  return observeElementRect(instance, (rect) => {
    if (rect.width > 0 || rect.height > 0) cb(rect);
  });
}

/**
 * The read-only table of the app's lists (reminders, rating summaries, the audit log, a member's
 * history, badge candidates and proposals): columns with header, cell, width and alignment; a sticky
 * header; optional virtualisation; rows activated by click or Enter; an empty state. The markup stays
 * a table (role table, rows, column headers), so screens and tests find it by its name.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { label, columns, rows, rowKey, empty, onActivate, rowLabel, virtual } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => virtual?.rowHeight ?? 0,
    overscan: 10,
    observeElementRect: keepRectWhileHidden,
  });

  if (rows.length === 0 && empty !== undefined) return typeof empty === 'string' ? <Text c="dimmed">{empty}</Text> : <>{empty}</>;

  const items = virtual ? virtualizer.getVirtualItems() : null;
  const drawn: { row: T; index: number }[] = items ? items.flatMap((v) => (rows[v.index] === undefined ? [] : [{ row: rows[v.index] as T, index: v.index }])) : rows.map((row, index) => ({ row, index }));
  const before = items && items.length > 0 ? (items[0]?.start ?? 0) : 0;
  const after = items && items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  const rowStyle: CSSProperties | undefined =
    onActivate || virtual ? { ...(onActivate ? { cursor: 'pointer' } : {}), ...(virtual ? { height: virtual.rowHeight } : {}) } : undefined;

  const table = (
    <Table
      striped={props.striped ?? true}
      withTableBorder={props.withTableBorder ?? true}
      verticalSpacing={props.verticalSpacing}
      fz={props.fz}
      maw={props.maw}
      stickyHeader
      highlightOnHover={onActivate !== undefined}
      aria-label={label}
      aria-rowcount={virtual ? rows.length + 1 : undefined}
      style={props.layout === 'fixed' ? { tableLayout: 'fixed' } : undefined}
    >
      <Table.Thead>
        <Table.Tr aria-rowindex={virtual ? 1 : undefined}>
          {columns.map((c) => (
            <Table.Th key={c.key} w={c.width} style={cellStyle(c)}>
              {c.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {before > 0 ? <tr aria-hidden style={{ height: before }} /> : null}
        {drawn.map(({ row, index }) => (
          <Table.Tr
            key={rowKey(row)}
            aria-rowindex={virtual ? index + 2 : undefined}
            fw={props.strong?.(row) ? 600 : undefined}
            style={rowStyle}
            {...(onActivate
              ? {
                  tabIndex: 0,
                  'aria-label': rowLabel?.(row),
                  ...(props.activateOnDoubleClick
                    ? { onClick: (e: MouseEvent<HTMLElement>) => e.currentTarget.focus(), onDoubleClick: () => onActivate(row) }
                    : { onClick: () => onActivate(row) }),
                  onKeyDown: (e: KeyboardEvent) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      onActivate(row);
                    }
                  },
                }
              : {})}
          >
            {columns.map((c) => (
              <Table.Td key={c.key} style={cellStyle(c)} title={c.title?.(row)}>
                {c.cell(row, index)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
        {after > 0 ? <tr aria-hidden style={{ height: after }} /> : null}
      </Table.Tbody>
    </Table>
  );
  if (!virtual) return table;
  return (
    <div ref={scrollRef} data-virtual-scroller style={{ height: virtual.height, overflowY: 'auto' }}>
      {table}
    </div>
  );
}
