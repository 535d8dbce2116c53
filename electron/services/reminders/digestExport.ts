/**
 * "Xuất Excel" of one Tổng quan cadre list (reminder:digestExport, a read job): every row of the list
 * the digest shows a page of (digestLists.ts), with the screen's columns, through the list writer
 * (../listExcel.ts). A person-level export, so it is recorded in the audit log.
 */
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import type { ExportColumn, ListExportResult } from '../../../shared/kernel/listExport.ts';
import type { ServiceContext } from '../context.ts';
import { dateCell, writeListWorkbook, type CellValue } from '../listExcel.ts';
import { declarationYear, missingDeclarationCount, missingDeclarations, reappointments, retirements, type DeclarationRow, type ReappointmentRow, type RetirementRow } from './digestLists.ts';

type Row = DeclarationRow & Partial<Omit<ReappointmentRow, keyof DeclarationRow>> & Partial<Omit<RetirementRow, keyof DeclarationRow>>;
type List = ParsedInput<'reminder:digestExport'>['list'];

/** The words of coded values when the screen sent none (the file is read in Vietnamese). */
const DEFAULT_WORDS: Record<string, Record<string, string>> = {
  sex: { M: 'Nam', F: 'Nữ' },
  stage: { decision: 'Ra quyết định nghỉ hưu', notice: 'Thông báo nghỉ hưu', plan: 'Chuẩn bị người thay thế' },
  extensionAdvised: { true: 'Đề nghị kéo dài', false: '' },
};

function words(column: ExportColumn | undefined, key: string, code: string | undefined): string | null {
  if (code === undefined) return null;
  return column?.labels?.[code] ?? DEFAULT_WORDS[key]?.[code] ?? code;
}

/** A column's value in any of the three lists (a column of another list is empty). */
function value(row: Row, key: string, column: ExportColumn | undefined): CellValue {
  switch (key) {
    case 'fullName':
      return row.fullName;
    case 'mainPost':
      return row.mainPost;
    case 'mainUnit':
      return row.mainUnit;
    case 'post':
      return row.post ?? null;
    case 'unit':
      return row.unit ?? null;
    case 'termEnd':
      return dateCell(row.termEnd);
    case 'noticeOn':
      return dateCell(row.noticeOn);
    case 'extensionAdvised':
      return words(column, key, row.extensionAdvised === undefined ? undefined : String(row.extensionAdvised));
    case 'birthDate':
      return dateCell(row.birthDate);
    case 'sex':
      return words(column, key, row.sex);
    case 'retirementDate':
      return dateCell(row.retirementDate);
    case 'stage':
      return words(column, key, row.stage);
    default:
      return null;
  }
}

const TITLES: Record<List, string> = {
  reappointments: 'Cán bộ đến hạn thông báo bổ nhiệm lại',
  retirements: 'Cán bộ sắp nghỉ hưu',
  assetDeclarations: 'Cán bộ chưa kê khai tài sản',
};
const SHEETS: Record<List, string> = { reappointments: 'Bổ nhiệm lại', retirements: 'Nghỉ hưu', assetDeclarations: 'Kê khai tài sản' };
const FILES: Record<List, string> = { reappointments: 'bo-nhiem-lai', retirements: 'nghi-huu', assetDeclarations: 'ke-khai-tai-san' };

/** Rows per page of the declarations list (the only list read from the database a page at a time). */
const PAGE = 1000;

export async function digestExport(ctx: ServiceContext, input: ParsedInput<'reminder:digestExport'>): Promise<ListExportResult> {
  let total: number;
  let pages: AsyncIterable<readonly Row[]>;
  if (input.list === 'assetDeclarations') {
    total = await missingDeclarationCount(ctx);
    pages = (async function* () {
      for (let offset = 0; ; offset += PAGE) {
        const rows = await missingDeclarations(ctx, PAGE, offset);
        if (rows.length > 0) yield rows;
        if (rows.length < PAGE) return;
      }
    })();
  } else {
    const rows: readonly Row[] = input.list === 'reappointments' ? await reappointments(ctx, input.withinDays) : await retirements(ctx);
    total = rows.length;
    pages = (async function* () {
      yield rows;
    })();
  }
  const byKey = new Map(input.columns.map((c) => [c.key as string, c]));
  const title = input.list === 'assetDeclarations' ? `${TITLES.assetDeclarations} năm ${declarationYear(ctx.today)}` : TITLES[input.list];
  const written = await writeListWorkbook(
    [{ name: SHEETS[input.list], title: input.title || title, filters: input.filters, columns: input.columns, value: (row: Row, key: string) => value(row, key, byKey.get(key)), pages, total }],
    { today: ctx.today, progress: (share, line) => ctx.progress(share, line) },
  );
  const fileName = `tong-quan_${FILES[input.list]}_${ctx.today}.xlsx`;
  ctx.audit({
    action: 'reminder.digestExport',
    entity: 'cadre',
    entityId: null,
    oldValues: null,
    newValues: { fileName, rows: written.rows, list: input.list, withinDays: input.withinDays, filters: input.filters },
  });
  return { fileName, base64: written.buffer.toString('base64'), rows: written.rows };
}
