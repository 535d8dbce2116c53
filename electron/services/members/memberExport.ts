/**
 * "Xuất Excel" of the member list (member:export): the same query as member:list with the screen's
 * filters and sort, read page after page and streamed into the list writer (../listExcel.ts) with the
 * grid's columns. A person-level export, so it is recorded in the audit log (data-protection.md).
 */
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import type { ListExportResult } from '../../../shared/kernel/listExport.ts';
import type { MemberRow } from '../../../shared/members/schemas.ts';
import type { ServiceContext } from '../context.ts';
import { dateCell, labelled, pagesFromTop, writeListWorkbook, type CellValue } from '../listExcel.ts';
import { list } from './members.ts';

/** Rows read per query: large enough that paging costs little, small enough that memory stays flat. */
export const EXPORT_PAGE = 10_000;

export async function exportMembers(ctx: ServiceContext, input: ParsedInput<'member:export'>): Promise<ListExportResult> {
  const { columns, title, filters, ...query } = input;
  const first = await list(ctx, { ...query, offset: 0, limit: EXPORT_PAGE });
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const value = (r: MemberRow, key: string, index: number): CellValue => {
    const column = byKey.get(key as (typeof columns)[number]['key']);
    if (!column) return null;
    switch (column.key) {
      case 'index':
        return index + 1;
      case 'fullName':
        return r.fullName;
      case 'birthDate':
        return dateCell(r.birthDate);
      case 'sex':
        return labelled(column, r.sex);
      case 'citizenId':
        return r.citizenId;
      case 'cardNo':
        return r.cardNo;
      case 'organisation':
        return r.organisationName;
      case 'admissionDate':
        return dateCell(r.admissionDate);
      case 'membership':
        return labelled(column, r.membership);
      case 'partyAge':
        return r.partyAgeMonths === null || r.partyAgeMonths === undefined ? null : Math.floor(r.partyAgeMonths / 12);
    }
  };
  const { buffer, rows } = await writeListWorkbook(
    [
      {
        name: 'Đảng viên',
        title: title || 'Danh sách đảng viên',
        filters,
        columns,
        value,
        pages: pagesFromTop(first.rows, EXPORT_PAGE, async (offset) => (await list(ctx, { ...query, offset, limit: EXPORT_PAGE })).rows),
        total: first.totalIsLowerBound ? null : first.total,
      },
    ],
    { today: ctx.today, progress: (share, line) => ctx.progress(share, line) },
  );
  const fileName = `dang-vien_${ctx.today}.xlsx`;
  ctx.audit({
    action: 'member.export',
    entity: 'member',
    entityId: null,
    oldValues: null,
    newValues: { fileName, rows, filters, organisationId: query.organisationId, q: query.q, columns: columns.map((c) => c.key) },
  });
  return { fileName, base64: buffer.toString('base64'), rows };
}
