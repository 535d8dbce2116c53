import { z } from 'zod';
import { method } from '../contract/define.ts';
import { listExportResult } from '../kernel/listExport.ts';
import * as s from './schemas.ts';

const empty = z.object({}).strict();

/** System and audit methods. */
export const systemMethods = {
  'system:info': method({ input: empty, output: s.systemInfo, role: 'viewer', writes: false, summary: 'Thông tin hệ thống và người dùng' }),
  'system:backup': method({ input: empty, output: s.backupResult, role: 'clerk', writes: false, summary: 'Sao lưu cơ sở dữ liệu', job: 'read' }),
  'system:auditVerify': method({ input: empty, output: s.auditVerifyResult, role: 'admin', writes: false, summary: 'Kiểm tra tính toàn vẹn của nhật ký' }),
  'system:auditList': method({ input: s.auditListInput, output: z.array(s.auditEntry), role: 'admin', writes: false, summary: 'Xem nhật ký thay đổi' }),
  'system:auditExport': method({
    input: s.auditExportInput,
    output: listExportResult,
    role: 'admin',
    writes: false,
    summary: 'Xuất Excel nhật ký thay đổi (ghi nhật ký)',
    job: 'read',
  }),
  'system:demo': method({ input: s.demoInput, output: s.demoResult, role: 'admin', writes: true, summary: 'Tạo tỉnh mẫu (chỉ khi cơ sở dữ liệu trống)', job: 'write' }),
} as const;
