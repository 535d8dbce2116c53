import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export interface FixedRowsWindow {
  /** The indexes to draw (the rows in view and `overscan` on each side), in order. */
  indexes: number[];
  /** Scrolls the least needed to show the row at `index` whole. */
  scrollToIndex(index: number): void;
  /** For the scroll box's onScroll. */
  onScroll(): void;
}

/**
 * Windowing for rows of one fixed height: which rows are in view comes from the scroll position alone,
 * so the work per render is the rows drawn, whatever the count. (A general virtualiser keeps a measure
 * for every row: on 500,000 members that was 100+ ms each time the list changed.)
 */
export function useFixedRows(scrollRef: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number): FixedRowsWindow {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    setHeight(el.clientHeight);
    setScrollTop(el.scrollTop);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [scrollRef]);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (el) setScrollTop(el.scrollTop);
  }, [scrollRef]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const top = index * rowHeight;
      const bottom = top + rowHeight;
      let next = el.scrollTop;
      if (top < el.scrollTop) next = top;
      else if (bottom > el.scrollTop + el.clientHeight) next = bottom - el.clientHeight;
      if (next !== el.scrollTop) {
        el.scrollTop = next;
        setScrollTop(next);
      }
    },
    [scrollRef, rowHeight],
  );

  const indexes: number[] = [];
  if (count > 0) {
    const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
    const last = Math.min(count - 1, Math.ceil((scrollTop + height) / rowHeight) + overscan);
    for (let i = first; i <= last; i++) indexes.push(i);
  }
  return { indexes, scrollToIndex, onScroll };
}
