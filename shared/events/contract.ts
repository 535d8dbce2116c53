import { method } from '../contract/define.ts';
import { listExportResult } from '../kernel/listExport.ts';
import * as e from './schemas.ts';

/** Life-cycle events, status as of a date, reminders (issue 3). */
export const eventMethods = {
  'event:list': method({ input: e.eventListInput, output: e.eventListResult, role: 'viewer', writes: false, summary: 'Các sự kiện của một đảng viên, trạng thái và tuổi Đảng' }),
  'event:record': method({
    input: e.eventRecordInput,
    output: e.eventRecordResult,
    role: 'clerk',
    writes: true,
    summary: 'Ghi một sự kiện cho một hoặc nhiều đảng viên (cùng một quyết định; ghi tất cả hoặc không ghi)',
  }),
  'event:correct': method({ input: e.eventCorrectInput, output: e.memberEvent, role: 'clerk', writes: true, summary: 'Sửa ngày, quyết định, ghi chú của một sự kiện' }),
  'event:cancel': method({ input: e.eventCancelInput, output: e.memberEvent, role: 'clerk', writes: true, summary: 'Hủy một sự kiện ghi sai (có lý do)' }),
  'event:reminders': method({ input: e.remindersInput, output: e.remindersResult, role: 'viewer', writes: false, summary: 'Nhắc việc: đảng viên dự bị đến hạn chuyển chính thức, sinh hoạt tạm thời quá một năm' }),
  'event:reminderExport': method({
    input: e.reminderExportInput,
    output: listExportResult,
    role: 'viewer',
    writes: false,
    summary: 'Xuất Excel một danh sách nhắc việc (ghi nhật ký)',
    job: 'read',
  }),
  'event:statusAsOf': method({ input: e.statusAsOfInput, output: e.statusAsOfResult, role: 'viewer', writes: false, summary: 'Số lượng đảng viên theo trạng thái tại một ngày' }),
} as const;
