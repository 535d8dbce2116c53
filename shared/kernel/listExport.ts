import { z } from 'zod';

/**
 * "Xuất Excel" of a list (ARCHITECTURE.md, "Lists exported to Excel"): what every list-export method
 * takes besides its own filters. The screen sends the columns it shows — each a key the domain knows
 * and the header as the screen words it, in the screen's order — and the filters as one line in the
 * clerk's words; the service re-runs the list's own query with the same filters (never rows sent by
 * the screen) and the writer lays the file out.
 */

/** One column of the exported file: the domain's key, the header as on screen, and the words of coded values ("M" → "Nam"). */
export const exportColumn = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.object({
    key: z.enum(keys),
    header: z.string().trim().min(1).max(120),
    /** A coded value in the screen's words (sex, membership, an audit action); a code without a label is written as is. */
    labels: z.record(z.string().max(120), z.string().max(300)).optional(),
  });

/** The fields of every list-export input: the columns on screen and the filters in words. */
export const listExportFields = <K extends string>(keys: readonly [K, ...K[]]) => ({
  columns: z.array(exportColumn(keys)).min(1, 'Chọn ít nhất một cột').max(40),
  /** The list's title as on screen (the file's first line). */
  title: z.string().trim().max(200).default(''),
  /** The filters in the clerk's words ("Nữ; tuổi Đảng ≥ 40; Chi bộ …"), written under the title after "Lọc:". */
  filters: z.string().trim().max(1000).default(''),
});

export type ExportColumn<K extends string = string> = { key: K; header: string; labels?: Record<string, string> | undefined };

/** A list written as an .xlsx file (handed to the user by the door: download, or `job … --out`). */
export const listExportResult = z.object({
  fileName: z.string(),
  /** The .xlsx file, base64. */
  base64: z.string(),
  rows: z.number().int(),
});
export type ListExportResult = z.infer<typeof listExportResult>;
