import { z } from 'zod';
import { method } from '../contract/define.ts';
import * as o from './schemas.ts';

/** The organisation tree: reading it and its effective-dated changes. */
export const organisationMethods = {
  'organisation:children': method({ input: o.childrenInput, output: z.array(o.orgNode), role: 'viewer', writes: false, summary: 'Các tổ chức trực thuộc' }),
  'organisation:get': method({ input: z.object({ id: o.orgNode.shape.id }), output: o.orgDetail, role: 'viewer', writes: false, summary: 'Chi tiết tổ chức' }),
  'organisation:search': method({ input: o.orgSearchInput, output: z.array(o.orgSearchHit), role: 'viewer', writes: false, summary: 'Tìm tổ chức theo tên' }),
  'organisation:create': method({ input: o.orgCreateInput, output: o.orgNode, role: 'clerk', writes: true, summary: 'Thành lập tổ chức' }),
  'organisation:update': method({ input: o.orgUpdateInput, output: o.orgNode, role: 'clerk', writes: true, summary: 'Sửa thông tin tổ chức' }),
  'organisation:rename': method({ input: o.orgRenameInput, output: o.orgNode, role: 'clerk', writes: true, summary: 'Đổi tên tổ chức (giữ lịch sử)' }),
  'organisation:move': method({ input: o.orgMoveInput, output: o.orgNode, role: 'clerk', writes: true, summary: 'Chuyển tổ chức sang cấp trên khác' }),
  'organisation:dissolve': method({ input: o.orgDissolveInput, output: o.orgNode, role: 'clerk', writes: true, summary: 'Giải thể tổ chức' }),
  'organisation:merge': method({ input: o.orgMergeInput, output: o.orgMergeResult, role: 'clerk', writes: true, summary: 'Hợp nhất tổ chức vào tổ chức kế thừa' }),
} as const;
