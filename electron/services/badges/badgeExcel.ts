/**
 * The Huy hiệu Đảng forms as Excel workbooks (exceljs), laid out as reports.md asks: Times New Roman
 * 13, a title block (the provincial party organisation top left, the form code top right), the title
 * and the round, a bordered table with a header row and a row of column numbers (both repeated on
 * every printed page), A4 landscape fitted to the width, and "T/M BAN THƯỜNG VỤ" to sign.
 *
 * Columns. 4A-HHĐ is given by the domain notes; the other forms follow its pattern:
 * - 4-HHĐ (proposed for the round): 4A without "Số HHĐ" (numbers are given by the decision):
 *   STT | Họ và tên | Ngày sinh | Quê quán | Ngày QĐ kết nạp | Ngày kết nạp | Ngày chính thức |
 *   Số thẻ ĐV | Nơi đề nghị tặng | Ghi chú (early awards for gravely ill members are noted there).
 * - 4A-HHĐ (replacing lost badges): STT | Số HHĐ (of the lost badge) | Họ và tên | Ngày sinh | Quê quán |
 *   Ngày QĐ kết nạp | Ngày kết nạp | Ngày chính thức | Số thẻ ĐV | Nơi đề nghị tặng | Ghi chú.
 * - 4B-HHĐ (posthumous): 4 with "Ngày từ trần" before "Nơi đề nghị truy tặng".
 *   Forms 4, 4A and 4B list one section per milestone ("I. Huy hiệu 30 năm tuổi Đảng: 11 đồng chí").
 * - 5-HHĐ (the register of awarded badges): STT | Số HHĐ | Họ và tên | Ngày sinh | Quê quán |
 *   Ngày QĐ kết nạp | Ngày kết nạp | Số thẻ ĐV | Huy hiệu (năm) | Số quyết định | Ngày quyết định |
 *   Đợt tặng | Nơi đề nghị tặng | Ghi chú; no sections, the milestone is a number column so the
 *   register can be filtered and summed.
 * Rows come sorted by milestone, then in official order (member.sort_key). Dates are written as
 * dd/mm/yyyy text, partial dates as entered (mm/yyyy, yyyy), so a year-only birth date never turns
 * into a made-up day. Text from the records that starts with = + - @ (or a tab / carriage return) is
 * prefixed with an apostrophe so no spreadsheet program takes it for a formula (data-protection.md).
 */
// exceljs's own prebuilt, minified bundle without polyfills ("bare"), typed by the package's
// declarations (electron/types/exceljs-bare.d.ts): bundled into the Electron main it stays small and
// carries none of its dependencies' source (whose doc comments quote `require('…')` calls the
// built-main check would take for imports).
import type * as ExcelTypes from 'exceljs';
import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';
import type { BadgeForm, BadgeKind } from '../../../shared/badges/schemas.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { groupDigitsVi } from '../../../shared/kernel/text/numbers.ts';

export interface BadgeSheetRow {
  milestone: number;
  kind: BadgeKind;
  fullName: string;
  birthDate: string;
  homeTown: string | null;
  admissionDecisionDate: string | null;
  admissionDate: string;
  fullMemberDate: string | null;
  cardNo: string | null;
  proposedBy: string;
  note: string | null;
  badgeNo: string | null;
  /** REPLACEMENT: the number of the lost badge. */
  originalBadgeNo: string | null;
  deathDate: string | null;
  decisionNo: string | null;
  decisionDate: string | null;
  roundDate: string;
}

export interface BadgeWorkbookSpec {
  form: BadgeForm;
  /** The provincial party organisation ("Đảng bộ tỉnh Phú Thọ"). */
  issuer: string;
  /** The place on the date line ("Phú Thọ"). */
  place: string;
  roundDate: string | null;
  year: number | null;
  /** The date on the date line (ISO). */
  today: string;
  rows: readonly BadgeSheetRow[];
}

type Value = string | number | null;
interface Column {
  header: string;
  width: number;
  value(row: BadgeSheetRow, stt: number): Value;
  align?: 'left' | 'center';
}

export const FONT = 'Times New Roman';
export const FONT_SIZE = 13;

/** Text a spreadsheet could read as a formula gets a leading apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const date = (iso: string | null) => (iso ? formatVi(iso) : null);

const STT: Column = { header: 'STT', width: 6, value: (_r, n) => n, align: 'center' };
const NAME: Column = { header: 'Họ và tên', width: 26, value: (r) => r.fullName };
const BIRTH: Column = { header: 'Ngày sinh', width: 13, value: (r) => date(r.birthDate), align: 'center' };
const HOME: Column = { header: 'Quê quán', width: 28, value: (r) => r.homeTown };
const DECISION_ADMIT: Column = { header: 'Ngày QĐ kết nạp', width: 13, value: (r) => date(r.admissionDecisionDate), align: 'center' };
const ADMIT: Column = { header: 'Ngày kết nạp', width: 13, value: (r) => date(r.admissionDate), align: 'center' };
const FULL: Column = { header: 'Ngày chính thức', width: 13, value: (r) => date(r.fullMemberDate), align: 'center' };
const CARD: Column = { header: 'Số thẻ ĐV', width: 16, value: (r) => r.cardNo, align: 'center' };
const PROPOSED_BY: Column = { header: 'Nơi đề nghị tặng', width: 26, value: (r) => r.proposedBy };
const NOTE: Column = { header: 'Ghi chú', width: 18, value: (r) => r.note };

interface FormLayout {
  code: string;
  title: string;
  subtitle: string | null;
  /** "Tặng đợt" / "Truy tặng đợt". */
  roundWord: string;
  columns: Column[];
  sections: boolean;
}

const LAYOUTS: Record<BadgeForm, FormLayout> = {
  '4': {
    code: '4-HHĐ',
    title: 'DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG',
    subtitle: null,
    roundWord: 'Tặng đợt',
    columns: [STT, NAME, BIRTH, HOME, DECISION_ADMIT, ADMIT, FULL, CARD, PROPOSED_BY, NOTE],
    sections: true,
  },
  '4A': {
    code: '4A-HHĐ',
    title: 'DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ CẤP LẠI HUY HIỆU ĐẢNG',
    subtitle: '(Huy hiệu Đảng bị mất)',
    roundWord: 'Tặng đợt',
    columns: [STT, { header: 'Số HHĐ', width: 12, value: (r) => r.originalBadgeNo, align: 'center' }, NAME, BIRTH, HOME, DECISION_ADMIT, ADMIT, FULL, CARD, PROPOSED_BY, NOTE],
    sections: true,
  },
  '4B': {
    code: '4B-HHĐ',
    title: 'DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ TRUY TẶNG HUY HIỆU ĐẢNG',
    subtitle: null,
    roundWord: 'Truy tặng đợt',
    columns: [
      STT,
      NAME,
      BIRTH,
      HOME,
      DECISION_ADMIT,
      ADMIT,
      FULL,
      CARD,
      { header: 'Ngày từ trần', width: 13, value: (r) => date(r.deathDate), align: 'center' },
      { ...PROPOSED_BY, header: 'Nơi đề nghị truy tặng' },
      NOTE,
    ],
    sections: true,
  },
  '5': {
    code: '5-HHĐ',
    title: 'SỔ ĐĂNG KÝ HUY HIỆU ĐẢNG',
    subtitle: null,
    roundWord: 'Đợt',
    columns: [
      STT,
      { header: 'Số HHĐ', width: 12, value: (r) => r.badgeNo, align: 'center' },
      NAME,
      BIRTH,
      HOME,
      DECISION_ADMIT,
      ADMIT,
      CARD,
      { header: 'Huy hiệu (năm)', width: 10, value: (r) => r.milestone, align: 'center' },
      { header: 'Số quyết định', width: 14, value: (r) => r.decisionNo, align: 'center' },
      { header: 'Ngày quyết định', width: 13, value: (r) => date(r.decisionDate), align: 'center' },
      { header: 'Đợt tặng', width: 12, value: (r) => date(r.roundDate), align: 'center' },
      PROPOSED_BY,
      { header: 'Ghi chú', width: 18, value: (r) => [r.kind === 'POSTHUMOUS' ? 'Truy tặng' : r.kind === 'REPLACEMENT' ? 'Cấp lại (mất)' : r.kind === 'EARLY_ILL' ? 'Tặng sớm (bệnh nặng)' : null, r.note].filter(Boolean).join('; ') || null },
    ],
    sections: false,
  },
};

export function layoutOf(form: BadgeForm): { code: string; title: string; headers: string[] } {
  const l = LAYOUTS[form];
  return { code: l.code, title: l.title, headers: l.columns.map((c) => c.header) };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** A milestone section's heading, its count grouped as the screens show it: "I. Huy hiệu 30 năm tuổi Đảng: 2.162 đồng chí". */
export function sectionHeading(section: number, milestone: number, count: number): string {
  return `${ROMAN[section] ?? String(section + 1)}. Huy hiệu ${milestone} năm tuổi Đảng: ${groupDigitsVi(count)} đồng chí`;
}

/** The list's total line: "Tổng cộng: 2.162 đồng chí.". */
export function totalLine(count: number): string {
  return `Tổng cộng: ${groupDigitsVi(count)} đồng chí.`;
}
const thin = { style: 'thin' } as const;
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function formalDate(place: string, iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${place}, ngày ${d} tháng ${Number(m)} năm ${y}`;
}

/** The workbook of one form, as the bytes of an .xlsx file. */
export async function buildBadgeWorkbook(spec: BadgeWorkbookSpec): Promise<Buffer> {
  const layout = LAYOUTS[spec.form];
  const cols = layout.columns;
  const n = cols.length;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sổ Tổ Chức';
  const ws = wb.addWorksheet(layout.code, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  ws.pageSetup.margins = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  ws.columns = cols.map((c) => ({ width: c.width }));

  const font = (extra: Partial<ExcelTypes.Font> = {}): Partial<ExcelTypes.Font> => ({ name: FONT, size: FONT_SIZE, ...extra });
  const put = (row: number, col: number, value: Value, style: { bold?: boolean; italic?: boolean; underline?: boolean; align?: 'left' | 'center' | 'right'; wrap?: boolean; border?: boolean } = {}) => {
    const cell = ws.getCell(row, col);
    cell.value = typeof value === 'string' ? neutralise(value) : value;
    cell.font = font({ bold: style.bold ?? false, italic: style.italic ?? false, underline: style.underline ?? false });
    cell.alignment = { horizontal: style.align ?? 'left', vertical: 'middle', wrapText: style.wrap ?? false };
    if (style.border) cell.border = BORDER;
    return cell;
  };
  const merge = (row: number, from: number, to: number) => {
    if (to > from) ws.mergeCells(row, from, row, to);
  };
  const leftSpan = Math.max(3, Math.floor(n / 3));
  const rightFrom = n - Math.max(3, Math.floor(n / 3)) + 1;

  // Title block: the issuing body top left, the form code and the Party's name top right.
  put(1, rightFrom, `Mẫu ${layout.code}`, { italic: true, align: 'right' });
  merge(1, rightFrom, n);
  put(2, 1, spec.issuer.toLocaleUpperCase('vi'), { bold: true, align: 'center' });
  merge(2, 1, leftSpan);
  put(2, rightFrom, 'ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, align: 'center' });
  merge(2, rightFrom, n);
  put(3, 1, '*', { align: 'center' });
  merge(3, 1, leftSpan);
  put(3, rightFrom, formalDate(spec.place, spec.today), { italic: true, align: 'center' });
  merge(3, rightFrom, n);

  let row = 5;
  put(row, 1, layout.title, { bold: true, align: 'center' });
  merge(row, 1, n);
  row += 1;
  if (layout.subtitle) {
    put(row, 1, layout.subtitle, { italic: true, align: 'center' });
    merge(row, 1, n);
    row += 1;
  }
  const period = spec.roundDate !== null ? `${layout.roundWord} ${formatVi(spec.roundDate)}` : `Năm ${spec.year ?? ''}`;
  put(row, 1, period, { bold: true, italic: true, align: 'center' });
  merge(row, 1, n);
  row += 2;

  // Table head: the column names, then their numbers.
  const headerRow = row;
  cols.forEach((c, i) => put(headerRow, i + 1, c.header, { bold: true, align: 'center', wrap: true, border: true }));
  ws.getRow(headerRow).height = 36;
  cols.forEach((_c, i) => put(headerRow + 1, i + 1, `(${i + 1})`, { italic: true, align: 'center', border: true }));
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow + 1}`;
  row = headerRow + 2;

  let stt = 0;
  let section = 0;
  let current: number | null = null;
  for (const r of spec.rows) {
    if (layout.sections && r.milestone !== current) {
      current = r.milestone;
      const count = spec.rows.filter((x) => x.milestone === current).length;
      put(row, 1, sectionHeading(section, current, count), { bold: true, border: true });
      for (let c = 2; c <= n; c++) put(row, c, null, { border: true });
      merge(row, 1, n);
      section += 1;
      row += 1;
    }
    stt += 1;
    cols.forEach((c, i) => put(row, i + 1, c.value(r, stt), { align: c.align ?? 'left', wrap: true, border: true }));
    row += 1;
  }

  // Total and signature.
  row += 1;
  put(row, 1, totalLine(spec.rows.length), { italic: true });
  merge(row, 1, leftSpan);
  put(row, rightFrom, 'T/M BAN THƯỜNG VỤ', { bold: true, align: 'center' });
  merge(row, rightFrom, n);
  row += 1;
  put(row, rightFrom, '(Ký tên, đóng dấu)', { italic: true, align: 'center' });
  merge(row, rightFrom, n);

  ws.pageSetup.printArea = `A1:${ws.getColumn(n).letter}${row}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
