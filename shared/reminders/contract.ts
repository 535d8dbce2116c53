import { method } from '../contract/define.ts';
import { listExportResult } from '../kernel/listExport.ts';
import * as r from './schemas.ts';

/** The Tổng quan digest (issue 9): reappointments, retirements, probationary members, badges, asset declarations. */
export const reminderMethods = {
  'reminder:digest': method({ input: r.digestInput, output: r.digestResult, role: 'viewer', writes: false, summary: 'Tổng quan: việc đến hạn (bổ nhiệm lại, nghỉ hưu, chuyển chính thức, Huy hiệu Đảng, kê khai tài sản)' }),
  'reminder:digestExport': method({ input: r.digestExportInput, output: listExportResult, role: 'viewer', writes: false, summary: 'Xuất Excel một danh sách của Tổng quan (ghi nhật ký)', job: 'read' }),
} as const;
