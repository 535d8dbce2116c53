/**
 * "Xuất Excel" of the cadre list (cadre:export): the same query as cadre:list with the screen's
 * filters, read page after page into the list writer (../listExcel.ts) with the screen's columns.
 * Personnel files are party-internal: the export is recorded in the audit log (data-protection.md).
 */
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import type { CadreListRow } from '../../../shared/cadres/schemas.ts';
import type { ListExportResult } from '../../../shared/kernel/listExport.ts';
import type { ServiceContext } from '../context.ts';
import { dateCell, labelled, pagesFromTop, writeListWorkbook, type CellValue } from '../listExcel.ts';
import { list } from './cadreList.ts';

/** The list's largest page (cadreListInput): a province's few thousand files are a few pages. */
const PAGE = 500;

export async function exportCadres(ctx: ServiceContext, input: ParsedInput<'cadre:export'>): Promise<ListExportResult> {
  const { columns, title, filters, ...query } = input;
  const first = await list(ctx, { ...query, offset: 0, limit: PAGE });
  const pages = pagesFromTop(first.rows, PAGE, async (offset) => (await list(ctx, { ...query, offset, limit: PAGE })).rows);
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const value = (r: CadreListRow, key: string, index: number): CellValue => {
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
      case 'mainPost':
        return r.mainPost;
      case 'mainUnit':
        return r.mainUnit;
      case 'managementTier':
        return labelled(column, r.managementTier);
      case 'status':
        return labelled(column, r.status);
      case 'politicalTheory':
        return labelled(column, r.politicalTheoryCode);
      case 'retirementDate':
        return dateCell(r.retirementDate);
      case 'planned':
        return labelled(column, r.planned ? 'yes' : 'no');
    }
  };
  const { buffer, rows } = await writeListWorkbook(
    [{ name: 'Cán bộ', title: title || 'Danh sách cán bộ', filters, columns, value, pages, total: first.total }],
    { today: ctx.today, progress: (share, line) => ctx.progress(share, line) },
  );
  const fileName = `can-bo_${ctx.today}.xlsx`;
  ctx.audit({ action: 'cadre.export', entity: 'cadre', entityId: null, oldValues: null, newValues: { fileName, rows, filters, q: query.query, columns: columns.map((c) => c.key) } });
  return { fileName, base64: buffer.toString('base64'), rows };
}
