/**
 * "Xuất Excel" of a round's candidates (badge:candidateExport): the same lists as badge:candidates,
 * one sheet per table the screen shows (each regular milestone, early, posthumous, under discipline),
 * each with that table's columns, through the list writer (../listExcel.ts). A person-level export,
 * so it is recorded in the audit log (data-protection.md).
 */
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import type { CandidateRow } from '../../../shared/badges/schemas.ts';
import type { ListExportResult } from '../../../shared/kernel/listExport.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import type { ServiceContext } from '../context.ts';
import { dateCell, writeListWorkbook, type CellValue } from '../listExcel.ts';
import { candidates } from './badgeRounds.ts';

function value(r: CandidateRow, key: string, index: number): CellValue {
  switch (key) {
    case 'no':
      return index + 1;
    case 'name':
      return r.fullName;
    case 'birth':
      return dateCell(r.birthDate);
    case 'organisation':
      return r.organisationName;
    case 'milestone':
      return r.milestone;
    case 'milestoneDate':
      return dateCell(r.milestoneDate);
    case 'partyAge':
      return `${Math.floor(r.partyAgeMonths / 12)} năm ${r.partyAgeMonths % 12} tháng`;
    case 'death':
      return dateCell(r.deathDate);
    case 'discipline':
      return r.disciplineLevel;
    case 'eligibleFrom':
      return dateCell(r.eligibleFrom);
    case 'note':
      return r.dueRound ? `Đến hạn từ đợt ${formatVi(r.dueRound)}` : null;
    default:
      return null;
  }
}

export async function exportCandidates(ctx: ServiceContext, input: ParsedInput<'badge:candidateExport'>): Promise<ListExportResult> {
  const c = await candidates(ctx, input);
  const rowsOf = (sheet: (typeof input.sheets)[number]): CandidateRow[] => {
    switch (sheet.group) {
      case 'regular':
        return c.regular.find((g) => g.milestone === sheet.milestone)?.rows ?? [];
      case 'early':
        return c.early;
      case 'posthumous':
        return c.posthumous;
      case 'blocked':
        return c.blocked;
    }
  };
  const sheets = input.sheets.map((sheet, i) => {
    const rows = rowsOf(sheet);
    async function* pages() {
      yield rows;
    }
    return {
      // Sheet names must differ: the milestone or the group, numbered.
      name: `${i + 1}. ${sheet.group === 'regular' ? `${sheet.milestone ?? ''} năm` : { early: 'Tặng sớm', posthumous: 'Truy tặng', blocked: 'Đang bị kỷ luật' }[sheet.group]}`,
      title: `${input.title || 'Danh sách xét tặng Huy hiệu Đảng'} — ${sheet.title}`,
      filters: input.filters,
      columns: sheet.columns,
      value,
      pages: pages(),
      total: rows.length,
    };
  });
  const written = await writeListWorkbook(sheets, { today: ctx.today, progress: (share, line) => ctx.progress(share, line) });
  const fileName = `xet-tang-HHD_dot-${input.roundDate}.xlsx`;
  ctx.audit({
    action: 'badge.candidateExport',
    entity: 'member_badge',
    entityId: null,
    oldValues: null,
    newValues: { fileName, rows: written.rows, roundDate: input.roundDate, organisationId: input.organisationId, sheets: input.sheets.map((s) => s.title) },
  });
  return { fileName, base64: written.buffer.toString('base64'), rows: written.rows };
}
