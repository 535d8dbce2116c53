import type { ReactNode } from 'react';
import type { ExportColumn } from '../../../shared/kernel/listExport.ts';

/**
 * The columns a "Xuất Excel" file holds, from the columns a screen shows (ARCHITECTURE.md, "Lists
 * exported to Excel"): those the domain can export (`keys`), with the screen's header, in the screen's
 * order; columns of controls (a tick box) are left out. `labels` gives coded values in the screen's words.
 */
export function exportColumnsOf<K extends string>(
  columns: readonly { key: string; header: ReactNode }[],
  keys: readonly K[],
  labels: Partial<Record<K, Record<string, string>>> = {},
): ExportColumn<K>[] {
  const isKey = (key: string): key is K => keys.some((k) => k === key);
  return columns.flatMap((c) => {
    if (!isKey(c.key) || typeof c.header !== 'string') return [];
    const l = labels[c.key];
    return [l ? { key: c.key, header: c.header, labels: l } : { key: c.key, header: c.header }];
  });
}

/** The filters in the clerk's words, joined for the heading line ("Nữ; tuổi Đảng ≥ 40; Chi bộ …"); empty parts left out. */
export function filtersLine(parts: readonly (string | null | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('; ');
}
