import { z } from 'zod';
import { method } from './define.ts';
import * as m from './schemas/member.ts';
import * as o from './schemas/organisation.ts';
import * as s from './schemas/system.ts';

const empty = z.object({}).strict();

/**
 * The single contract: every method the app exposes, over IPC, the browser host and the CLI.
 * Names are `domain:verb`. The handler map (electron/core/handlers.ts) must cover every key.
 */
export const contract = {
  'system:info': method({ input: empty, output: s.systemInfo, role: 'viewer', writes: false, summary: 'Thông tin hệ thống và người dùng' }),
  'system:backup': method({ input: empty, output: s.backupResult, role: 'clerk', writes: false, summary: 'Sao lưu cơ sở dữ liệu' }),
  'system:auditVerify': method({ input: empty, output: s.auditVerifyResult, role: 'admin', writes: false, summary: 'Kiểm tra tính toàn vẹn của nhật ký' }),
  'system:auditList': method({ input: s.auditListInput, output: z.array(s.auditEntry), role: 'admin', writes: false, summary: 'Xem nhật ký thay đổi' }),
  'system:demo': method({ input: s.demoInput, output: s.demoResult, role: 'admin', writes: true, summary: 'Tạo tỉnh mẫu (chỉ khi cơ sở dữ liệu trống)' }),
  'catalogue:all': method({ input: empty, output: s.catalogues, role: 'viewer', writes: false, summary: 'Các danh mục dùng chung' }),

  'organisation:children': method({ input: o.childrenInput, output: z.array(o.orgNode), role: 'viewer', writes: false, summary: 'Các tổ chức trực thuộc' }),
  'organisation:get': method({ input: z.object({ id: o.orgNode.shape.id }), output: o.orgDetail, role: 'viewer', writes: false, summary: 'Chi tiết tổ chức' }),
  'organisation:search': method({ input: o.orgSearchInput, output: z.array(o.orgSearchHit), role: 'viewer', writes: false, summary: 'Tìm tổ chức theo tên' }),
  'organisation:create': method({ input: o.orgCreateInput, output: o.orgNode, role: 'clerk', writes: true, summary: 'Thành lập tổ chức' }),
  'organisation:update': method({ input: o.orgUpdateInput, output: o.orgNode, role: 'clerk', writes: true, summary: 'Sửa thông tin tổ chức' }),
  'organisation:rename': method({ input: o.orgRenameInput, output: o.orgNode, role: 'clerk', writes: true, summary: 'Đổi tên tổ chức (giữ lịch sử)' }),
  'organisation:move': method({ input: o.orgMoveInput, output: o.orgNode, role: 'clerk', writes: true, summary: 'Chuyển tổ chức sang cấp trên khác' }),
  'organisation:dissolve': method({ input: o.orgDissolveInput, output: o.orgNode, role: 'clerk', writes: true, summary: 'Giải thể tổ chức' }),
  'organisation:merge': method({ input: o.orgMergeInput, output: o.orgMergeResult, role: 'clerk', writes: true, summary: 'Hợp nhất tổ chức vào tổ chức kế thừa' }),

  'member:list': method({ input: m.memberListInput, output: m.memberListResult, role: 'viewer', writes: false, summary: 'Danh sách, lọc và tìm đảng viên' }),
  'member:get': method({ input: m.memberGetInput, output: m.member, role: 'viewer', writes: false, summary: 'Phiếu đảng viên' }),
  'member:create': method({ input: m.memberCreateInput, output: m.member, role: 'clerk', writes: true, summary: 'Thêm đảng viên' }),
  'member:update': method({ input: m.memberUpdateInput, output: m.member, role: 'clerk', writes: true, summary: 'Sửa phiếu đảng viên' }),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Output<K extends MethodName> = z.output<Contract[K]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
