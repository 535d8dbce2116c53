import { z } from 'zod';
import { method } from '../contract/define.ts';
import * as s from './schemas.ts';

/** Catalogue methods: the code lists every form picks from. */
export const catalogueMethods = {
  'catalogue:all': method({ input: z.object({}).strict(), output: s.catalogues, role: 'viewer', writes: false, summary: 'Các danh mục dùng chung' }),
  'catalogue:saveActionType': method({ input: s.saveActionTypeInput, output: s.actionTypeRow, role: 'admin', writes: true, summary: 'Thêm hoặc sửa một loại hành động nhân sự' }),
  'catalogue:holidays': method({ input: s.holidaysInput, output: s.holidaysResult, role: 'viewer', writes: false, summary: 'Ngày nghỉ lễ của một năm (tính ngày làm việc)' }),
  'catalogue:saveHolidays': method({ input: s.saveHolidaysInput, output: s.holidaysResult, role: 'admin', writes: true, summary: 'Lưu ngày nghỉ lễ của một năm (hạn thông báo bổ nhiệm lại tính lại)' }),
} as const;
