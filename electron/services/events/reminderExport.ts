/**
 * "Xuất Excel" of a reminder list (event:reminderExport): the same lists as event:reminders, every row,
 * with the overview's columns, through the list writer (../listExcel.ts). Recorded in the audit log
 * like every person-level export (data-protection.md).
 */
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import type { ProbationReminder, TemporaryReminder } from '../../../shared/events/schemas.ts';
import type { ExportColumn, ListExportResult } from '../../../shared/kernel/listExport.ts';
import type { ServiceContext } from '../context.ts';
import { dateCell, writeListWorkbook, type CellValue } from '../listExcel.ts';
import { reminderLists } from './eventReports.ts';

type Row = Partial<ProbationReminder & TemporaryReminder> & Pick<ProbationReminder, 'fullName' | 'birthDate' | 'organisationName'>;

/** A column's value in either list (a column of the other list is empty). */
function value(row: Row, key: string, column: ExportColumn | undefined): CellValue {
  switch (key) {
    case 'name':
      return row.fullName;
    case 'birthDate':
      return dateCell(row.birthDate);
    case 'organisation':
      return row.organisationName;
    case 'admission':
      return dateCell(row.admissionDate);
    case 'ends':
      return dateCell(row.probationEnds);
    case 'daysLeft':
      return row.daysLeft ?? null;
    case 'since':
      return dateCell(row.since);
    case 'host':
      return row.hostName ?? column?.labels?.['elsewhere'] ?? null;
    case 'months':
      return row.months ?? null;
    default:
      return null;
  }
}

const TITLES = { probation: 'Đảng viên dự bị đến hạn xét chuyển chính thức', temporary: 'Đảng viên sinh hoạt tạm thời quá một năm' } as const;

export async function exportReminders(ctx: ServiceContext, input: ParsedInput<'event:reminderExport'>): Promise<ListExportResult> {
  const lists = await reminderLists(ctx, input);
  const rows: readonly Row[] = input.list === 'probation' ? lists.probation : lists.temporary;
  const byKey = new Map(input.columns.map((c) => [c.key as string, c]));
  async function* pages() {
    yield rows;
  }
  const written = await writeListWorkbook(
    [
      {
        name: input.list === 'probation' ? 'Dự bị đến hạn' : 'Sinh hoạt tạm thời',
        title: input.title || TITLES[input.list],
        filters: input.filters,
        columns: input.columns,
        value: (row: Row, key: string) => value(row, key, byKey.get(key)),
        pages: pages(),
        total: rows.length,
      },
    ],
    { today: ctx.today, progress: (share, line) => ctx.progress(share, line) },
  );
  const fileName = `nhac-viec_${input.list === 'probation' ? 'du-bi' : 'tam-thoi'}_${ctx.today}.xlsx`;
  ctx.audit({
    action: 'event.reminderExport',
    entity: 'member',
    entityId: null,
    oldValues: null,
    newValues: { fileName, rows: written.rows, list: input.list, organisationId: input.organisationId, withinDays: input.withinDays, filters: input.filters },
  });
  return { fileName, base64: written.buffer.toString('base64'), rows: written.rows };
}
