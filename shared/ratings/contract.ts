import { z } from 'zod';
import { method } from '../contract/define.ts';
import * as r from './schemas.ts';

const empty = z.object({}).strict();

/**
 * Yearly quality ratings of members and organisations (issue 3, part 4). Writes that would break a
 * peer group's excellent quota fail with RULE and `fields.confirmQuotaBreach` unless the input says
 * `confirmQuotaBreach: true`.
 */
export const ratingMethods = {
  'rating:categories': method({ input: r.categoriesInput, output: r.categoriesResult, role: 'viewer', writes: false, summary: 'Chế độ và các mức xếp loại của một năm' }),
  'rating:grid': method({ input: r.gridInput, output: r.gridResult, role: 'viewer', writes: false, summary: 'Bảng xếp loại đảng viên của một tổ chức trong năm' }),
  'rating:save': method({ input: r.saveInput, output: r.saveResult, role: 'clerk', writes: true, summary: 'Lưu (hoặc xóa) xếp loại một đảng viên trong năm' }),
  'rating:saveGrid': method({ input: r.saveGridInput, output: r.saveGridResult, role: 'clerk', writes: true, summary: 'Lưu cả bảng xếp loại đảng viên (tất cả hoặc không)' }),
  'rating:orgGrid': method({ input: r.gridInput, output: r.orgGridResult, role: 'viewer', writes: false, summary: 'Bảng xếp loại các tổ chức trực thuộc trong năm' }),
  'rating:saveOrg': method({ input: r.saveOrgInput, output: r.saveOrgResult, role: 'clerk', writes: true, summary: 'Lưu (hoặc xóa) xếp loại một tổ chức đảng trong năm' }),
  'rating:saveOrgGrid': method({ input: r.saveOrgGridInput, output: r.saveOrgGridResult, role: 'clerk', writes: true, summary: 'Lưu cả bảng xếp loại tổ chức (tất cả hoặc không)' }),
  'rating:summary': method({ input: r.summaryInput, output: r.summaryResult, role: 'viewer', writes: false, summary: 'Tổng hợp kết quả xếp loại của một đảng bộ trong năm', job: 'read' }),
  'rating:member': method({ input: r.memberRatingsInput, output: r.memberRatingsResult, role: 'viewer', writes: false, summary: 'Kết quả xếp loại qua các năm của một đảng viên' }),
  'rating:quotaSetting': method({ input: empty, output: r.quotaSetting, role: 'viewer', writes: false, summary: 'Tỷ lệ xuất sắc đang áp dụng' }),
  'rating:setQuotaSetting': method({ input: r.setQuotaSettingInput, output: r.quotaSetting, role: 'admin', writes: true, summary: 'Đặt tỷ lệ xuất sắc (trong giới hạn của quy định)' }),
} as const;
