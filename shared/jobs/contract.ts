import { z } from 'zod';
import { method } from '../contract/define.ts';
import * as j from './schemas.ts';

/**
 * Long work off the window's thread (ARCHITECTURE.md, "How a job flows"). The kind of a job is a
 * contract method marked `job`; its input is that method's input, checked when the job starts.
 */
export const jobMethods = {
  'job:start': method({ input: j.jobStartInput, output: j.jobStartResult, role: 'viewer', writes: false, summary: 'Bắt đầu một công việc dài (xuất Excel, tạo dữ liệu mẫu, sao lưu…)' }),
  'job:get': method({ input: j.jobIdInput, output: j.jobGetResult, role: 'viewer', writes: false, summary: 'Tiến độ và kết quả của một công việc' }),
  'job:cancel': method({ input: j.jobIdInput, output: j.jobInfo, role: 'viewer', writes: false, summary: 'Dừng một công việc đang chạy' }),
  'job:list': method({ input: z.object({}).strict(), output: z.array(j.jobInfo), role: 'viewer', writes: false, summary: 'Các công việc dài gần đây' }),
} as const;
