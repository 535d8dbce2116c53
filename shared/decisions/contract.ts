import { method } from '../contract/define.ts';
import { id } from '../kernel/schemas.ts';
import { z } from 'zod';
import * as d from './schemas.ts';

/** Personnel decisions and their actions (issue 9): one decision, many people; the files follow. */
export const decisionMethods = {
  'decision:create': method({ input: d.decisionCreateInput, output: d.decisionCreateResult, role: 'clerk', writes: true, summary: 'Ghi quyết định nhân sự với các hành động (một hay nhiều người; ghi tất cả hoặc không ghi)' }),
  'decision:check': method({ input: d.decisionCheckInput, output: d.decisionCheckResult, role: 'viewer', writes: false, summary: 'Kiểm tra các dòng quyết định đang nhập: chức vụ trước, hạn nhiệm kỳ, cảnh báo' }),
  'decision:get': method({ input: z.object({ id }), output: d.decisionRecord, role: 'viewer', writes: false, summary: 'Quyết định nhân sự và các hành động' }),
  'decision:list': method({ input: d.decisionListInput, output: d.decisionListResult, role: 'viewer', writes: false, summary: 'Sổ quyết định nhân sự' }),
  'decision:setScan': method({ input: d.decisionSetScanInput, output: d.scanInfo, role: 'clerk', writes: true, summary: 'Đính kèm bản quét quyết định (PDF, JPEG, PNG; tối đa 10 MB; thay bản cũ)' }),
  'decision:getScan': method({ input: z.object({ id }), output: d.decisionScan.nullable(), role: 'viewer', writes: false, summary: 'Bản quét của quyết định (việc xem được ghi sổ)' }),
  'action:correct': method({ input: d.actionCorrectInput, output: d.actionRecord, role: 'clerk', writes: true, summary: 'Sửa một hành động nhân sự (ghi lý do; chức vụ hiện tại tính lại)' }),
  'action:cancel': method({ input: d.actionCancelInput, output: d.actionRecord, role: 'clerk', writes: true, summary: 'Hủy một hành động nhân sự (ghi lý do; chức vụ hiện tại tính lại)' }),
} as const;
