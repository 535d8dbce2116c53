import { z } from 'zod';
import { method } from '../contract/define.ts';
import { id } from '../kernel/schemas.ts';
import { listExportResult } from '../kernel/listExport.ts';
import * as c from './schemas.ts';

/**
 * Cadre files (issue 9): the file, its tables, photo, document register and perusal log; the
 * opinions register, training records and succession planning.
 */
export const cadreMethods = {
  'cadre:create': method({ input: c.cadreCreateInput, output: z.object({ id }), role: 'clerk', writes: true, summary: 'Lập hồ sơ cán bộ (liên kết đảng viên hoặc người ngoài Đảng)' }),
  'cadre:update': method({ input: c.cadreUpdateInput, output: c.cadreFile, role: 'clerk', writes: true, summary: 'Sửa hồ sơ cán bộ' }),
  'cadre:get': method({ input: c.cadreRef, output: c.cadreFile, role: 'viewer', writes: false, summary: 'Hồ sơ cán bộ: chức vụ, nhiệm kỳ, ngày nghỉ hưu (việc xem được ghi sổ)' }),
  'cadre:list': method({ input: c.cadreListInput, output: c.cadreListResult, role: 'viewer', writes: false, summary: 'Danh sách, lọc và tìm cán bộ' }),
  'cadre:export': method({
    input: c.cadreExportInput,
    output: listExportResult,
    role: 'viewer',
    writes: false,
    summary: 'Xuất Excel danh sách cán bộ theo bộ lọc đang chọn (ghi nhật ký)',
    job: 'read',
  }),
  'cadre:saveTable': method({ input: c.cadreSaveTableInput, output: c.cadreTablesOut, role: 'clerk', writes: true, summary: 'Lưu một bảng của hồ sơ cán bộ' }),
  'cadre:setPhoto': method({ input: c.cadreSetPhotoInput, output: z.object({ hasPhoto: z.boolean() }), role: 'clerk', writes: true, summary: 'Cập nhật ảnh 4×6 của cán bộ' }),
  'cadre:getPhoto': method({ input: c.cadreRef, output: c.cadrePhoto.nullable(), role: 'viewer', writes: false, summary: 'Ảnh 4×6 của cán bộ' }),
  'cadre:perusals': method({ input: c.cadreRef, output: z.array(c.perusalRow), role: 'viewer', writes: false, summary: 'Sổ theo dõi khai thác hồ sơ cán bộ' }),
  'cadre:logPerusal': method({ input: c.cadrePerusalInput, output: c.perusalRow, role: 'clerk', writes: true, summary: 'Ghi mượn, trả, xem hồ sơ cán bộ' }),
  'opinion:create': method({ input: c.opinionCreateInput, output: c.opinionRecord, role: 'clerk', writes: true, summary: 'Ghi đề nghị tham gia ý kiến về cán bộ' }),
  'opinion:update': method({ input: c.opinionUpdateInput, output: c.opinionRecord, role: 'clerk', writes: true, summary: 'Sửa, ghi trả lời đề nghị tham gia ý kiến' }),
  'opinion:list': method({ input: c.opinionListInput, output: c.opinionListResult, role: 'viewer', writes: false, summary: 'Sổ tham gia ý kiến về cán bộ' }),
  'training:create': method({ input: c.trainingCreateInput, output: c.trainingCreateResult, role: 'clerk', writes: true, summary: 'Cử cán bộ đi đào tạo, bồi dưỡng (một quyết định, một hay nhiều người)' }),
  'training:update': method({ input: c.trainingUpdateInput, output: c.trainingRecord, role: 'clerk', writes: true, summary: 'Cập nhật tình trạng học tập (đang học, tốt nghiệp…)' }),
  'training:list': method({ input: c.trainingListInput, output: c.trainingListResult, role: 'viewer', writes: false, summary: 'Danh sách cán bộ được cử đi đào tạo, bồi dưỡng' }),
  'planning:list': method({ input: c.planningListInput, output: c.planningListResult, role: 'viewer', writes: false, summary: 'Quy hoạch cán bộ theo nhiệm kỳ: danh sách, cảnh báo, tỷ lệ nữ và trẻ' }),
} as const;
