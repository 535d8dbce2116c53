/**
 * The one writer of the lists' "Xuất Excel" (ARCHITECTURE.md, "Lists exported to Excel"): the member
 * list, the reminders, the badge candidates and the audit log each re-run their own query and hand
 * their rows here, page by page, with the columns the screen shows. The file: the list's title, the
 * filters ("Lọc: …"), the date and the count (Vietnamese separators), then a header row (frozen, with a
 * filter) and the rows. Numbers stay numbers (format "#,##0", which Excel shows with the reader's
 * separators); dates are written as the screen writes them (dd/mm/yyyy text; partial dates as entered).
 *
 * exceljs's streaming WorkbookWriter commits every row as it is added, so memory holds one page of
 * rows and the zipped bytes written so far, whatever the length of the list (500,000 members).
 * Not set on purpose: fitToPage together with outline settings (exceljs 4.4 then writes a file Excel
 * repairs).
 */
import { PassThrough } from 'node:stream';
import type * as ExcelTypes from 'exceljs';
import type { ExportColumn } from '../../shared/kernel/listExport.ts';
import { formatVi } from '../../shared/kernel/dates/partialDate.ts';

/** A cell's value: text, a number, or nothing. */
export type CellValue = string | number | null;

export interface ListSheet<R> {
  /** The worksheet's name (at most 31 characters, no []:*?/\). */
  name: string;
  /** The list's title (first line). */
  title: string;
  /** The filters in words ("Nữ; tuổi Đảng ≥ 40"); empty: no filter line. */
  filters: string;
  columns: readonly ExportColumn[];
  /** The value of `key` for a row (`index`: the row's place in the whole list, from 0). */
  value(row: R, key: string, index: number): CellValue;
  /** The rows in list order, a page at a time. */
  pages: AsyncIterable<readonly R[]>;
  /** The number of rows when known before writing (shown in the heading and used for progress). */
  total: number | null;
}

export interface ListWorkbookOptions {
  /** Today (ISO), written in the heading as the export date. */
  today: string;
  /** How far it is (share 0..1, a Vietnamese line); throws to stop (a cancelled job). */
  progress?: (share: number, line: string) => void;
}

const FONT = 'Times New Roman';
const thin = { style: 'thin' } as const;
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const TEXT_STYLE: Partial<ExcelTypes.Style> = { font: { name: FONT, size: 12 }, border: BORDER };
const NUMBER_STYLE: Partial<ExcelTypes.Style> = { ...TEXT_STYLE, numFmt: '#,##0' };

/** Vietnamese thousands separators: 2162 → "2.162". */
export function viNumber(n: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);
}

/** Text that a spreadsheet would take for a formula (= + - @, tab, carriage return) gets a leading apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** An ISO date (partial or full) as the screen shows it; anything else unchanged. */
export function dateCell(iso: string | null | undefined): string | null {
  return iso ? formatVi(iso) : null;
}

/** A coded value in the screen's words when the screen gave them. */
export function labelled(column: ExportColumn, code: string | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  return column.labels?.[code] ?? code;
}

/** Bytes of sheet XML the zip may hold unread before the writer waits for it. */
const MAX_QUEUED = 1 << 20;

/**
 * Waits until the zip has taken most of the sheet's XML written so far. Rows are added synchronously
 * and the database answers synchronously too, and exceljs 4.4's sheet stream passes its XML on
 * without backpressure: without this the deflate (on libuv's threads) gets no turn and the whole
 * sheet waits in memory as XML (about 0.5 KB a row). Its types do not show the sheet's stream: the
 * XML waiting is what its pipe (the zip's input, a readable-stream PassThrough) holds on both sides.
 */
async function drained(ws: ExcelTypes.Worksheet): Promise<void> {
  type Side = { length?: number } | undefined;
  const pipes = (ws as unknown as { stream?: { pipes?: { _writableState?: Side; _readableState?: Side }[] } }).stream?.pipes ?? [];
  const queued = () => pipes.reduce((n, p) => n + (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0), 0);
  while (queued() > MAX_QUEUED) await new Promise((resolve) => setTimeout(resolve, 1));
}

function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Danh sách';
}

/** Writes the sheets in turn into one .xlsx file, streamed; returns the file and the number of rows written. */
export async function writeListWorkbook<R>(sheets: readonly ListSheet<R>[], options: ListWorkbookOptions): Promise<{ buffer: Buffer; rows: number }> {
  // Loaded on the first export only (the package is large); the full package, as its streaming writer
  // is not in the prebuilt browser bundle the badge forms use.
  const ExcelJS = (await import('exceljs')).default;
  const out = new PassThrough();
  // The zip stream's chunks are small views of larger buffers: kept as they come they would hold
  // those buffers (ten times the file). Joined every megabyte into buffers of their own size.
  const parts: Buffer[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length > 0) parts.push(Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  out.on('data', (chunk: Buffer) => {
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= 1 << 20) flush();
  });
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Sổ Tổ Chức';
  const grand = sheets.reduce((n, s) => n + (s.total ?? 0), 0);
  let written = 0;
  let lastReport = 0;
  for (const sheet of sheets) {
    written += await writeSheet(workbook, sheet, options, (n) => {
      const now = Date.now();
      if (options.progress && now - lastReport >= 100) {
        lastReport = now;
        const done = written + n;
        options.progress(grand > 0 ? Math.min(0.99, done / grand) : 0, `Đã ghi ${viNumber(done)}${grand > 0 ? ` / ${viNumber(grand)}` : ''} dòng`);
      }
    });
  }
  await workbook.commit();
  await ended;
  flush();
  return { buffer: Buffer.concat(parts), rows: written };
}

async function writeSheet<R>(workbook: ExcelTypes.stream.xlsx.WorkbookWriter, sheet: ListSheet<R>, options: ListWorkbookOptions, onRows: (n: number) => void): Promise<number> {
  const columns = sheet.columns;
  const heading: string[] = [sheet.title];
  heading.push(`Lọc: ${sheet.filters === '' ? 'không' : sheet.filters}`);
  heading.push(`Ngày xuất: ${formatVi(options.today)}${sheet.total === null ? '' : ` — ${viNumber(sheet.total)} dòng`}`);
  const headerRow = heading.length + 2;
  const ws = workbook.addWorksheet(sheetName(sheet.name), {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: { paperSize: 9, orientation: 'landscape', printTitlesRow: `${headerRow}:${headerRow}` },
  });
  ws.columns = columns.map((c) => ({ key: c.key, width: Math.min(48, Math.max(10, c.header.length + 4)) }));
  heading.forEach((line, i) => {
    const row = ws.addRow([line]);
    row.font = { name: FONT, size: i === 0 ? 14 : 12, bold: i === 0 };
    row.commit();
  });
  ws.addRow([]).commit();
  const header = ws.addRow(columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.commit();
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };

  let index = 0;
  for await (const page of sheet.pages) {
    for (const r of page) {
      const values = columns.map((c) => {
        const v = sheet.value(r, c.key, index);
        return typeof v === 'string' ? neutralise(v) : v;
      });
      const row = ws.addRow(values);
      // One shared style object per kind of cell: exceljs then finds its style id in a WeakMap instead
      // of rendering each cell's style to compare it (the difference is several times the speed).
      values.forEach((v, i) => {
        row.getCell(i + 1).style = typeof v === 'number' ? NUMBER_STYLE : TEXT_STYLE;
      });
      row.commit();
      index += 1;
      if (index % 500 === 0) await drained(ws);
    }
    onRows(index);
  }
  ws.commit();
  return index;
}

/**
 * The pages of a list read by offset from the top (the first one already read, for its total),
 * until a short or empty page: what a list's export hands to writeListWorkbook.
 */
export async function* pagesFromTop<R>(first: R[], size: number, read: (offset: number) => Promise<R[]>): AsyncGenerator<R[]> {
  let page = first;
  let offset = 0;
  for (;;) {
    yield page;
    if (page.length < size) return;
    offset += size;
    page = await read(offset);
    if (page.length === 0) return;
  }
}
