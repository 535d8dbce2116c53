import { method } from '../contract/define.ts';
import { listExportResult } from '../kernel/listExport.ts';
import * as a from './admissionSchemas.ts';
import * as m from './schemas.ts';

/** The member registry: list, search and the record card. */
export const memberMethods = {
  'member:list': method({ input: m.memberListInput, output: m.memberListResult, role: 'viewer', writes: false, summary: 'Danh sách, lọc và tìm đảng viên' }),
  'member:export': method({
    input: m.memberExportInput,
    output: listExportResult,
    role: 'viewer',
    writes: false,
    summary: 'Xuất Excel danh sách đảng viên theo bộ lọc đang chọn (ghi nhật ký)',
    job: 'read',
  }),
  'member:get': method({ input: m.memberGetInput, output: m.member, role: 'viewer', writes: false, summary: 'Phiếu đảng viên' }),
  'member:create': method({ input: m.memberCreateInput, output: m.member, role: 'clerk', writes: true, summary: 'Thêm đảng viên' }),
  'member:update': method({ input: m.memberUpdateInput, output: m.member, role: 'clerk', writes: true, summary: 'Sửa phiếu đảng viên' }),
  'member:admitMany': method({
    input: a.admitManyInput,
    output: a.admitManyResult,
    role: 'clerk',
    writes: true,
    summary: 'Kết nạp nhiều người theo một quyết định (một chi bộ, một ngày lễ kết nạp; ghi tất cả hoặc không ghi)',
  }),
} as const;
