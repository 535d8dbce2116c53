import { z } from 'zod';
import { method } from '../contract/define.ts';
import { listExportResult } from '../kernel/listExport.ts';
import * as b from './schemas.ts';

/** Huy hiệu Đảng: rounds, candidate lists, proposals, the Standing Committee's decision, the register and its forms. */
export const badgeMethods = {
  'badge:rounds': method({ input: b.roundsInput, output: b.roundsResult, role: 'viewer', writes: false, summary: 'Các đợt tặng Huy hiệu Đảng trong năm' }),
  'badge:candidates': method({ input: b.candidatesInput, output: b.candidatesResult, role: 'viewer', writes: false, summary: 'Đảng viên đến hạn Huy hiệu Đảng trong đợt' }),
  'badge:candidateExport': method({
    input: b.candidateExportInput,
    output: listExportResult,
    role: 'viewer',
    writes: false,
    summary: 'Xuất Excel danh sách xét tặng Huy hiệu Đảng của đợt (ghi nhật ký)',
    job: 'read',
  }),
  'badge:propose': method({ input: b.proposeInput, output: z.array(b.badgeRow), role: 'clerk', writes: true, summary: 'Đề nghị tặng Huy hiệu Đảng' }),
  'badge:withdraw': method({ input: b.withdrawInput, output: b.withdrawResult, role: 'clerk', writes: true, summary: 'Rút đề nghị tặng Huy hiệu Đảng' }),
  'badge:decide': method({ input: b.decideInput, output: z.array(b.badgeRow), role: 'clerk', writes: true, summary: 'Ghi quyết định tặng và số Huy hiệu Đảng' }),
  'badge:list': method({ input: b.listInput, output: z.array(b.badgeRow), role: 'viewer', writes: false, summary: 'Danh sách đề nghị và sổ Huy hiệu Đảng' }),
  'badge:export': method({ input: b.exportInput, output: b.exportResult, role: 'viewer', writes: false, summary: 'Xuất Excel mẫu 4-HHĐ, 4A, 4B, 5-HHĐ (ghi nhật ký)', job: 'read' }),
  'badge:member': method({ input: b.memberBadgesInput, output: b.memberBadgesResult, role: 'viewer', writes: false, summary: 'Huy hiệu Đảng của một đảng viên và mốc kế tiếp' }),
} as const;
