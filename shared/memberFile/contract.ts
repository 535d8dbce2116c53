import { z } from 'zod';
import { method } from '../contract/define.ts';
import * as f from './schemas.ts';

/**
 * The member file beyond the card: sponsors, work history, training, family, awards, discipline,
 * photo, the gravely-ill flag and the history of changes. The domain is spelt `memberfile` because
 * method names are `domain:verb` with a lowercase domain (test/unit/contract).
 */
export const memberFileMethods = {
  'memberfile:get': method({ input: f.memberRef, output: f.memberFile, role: 'viewer', writes: false, summary: 'Hồ sơ đảng viên: các bảng, kỷ luật, ảnh' }),
  'memberfile:saveSponsors': method({ input: f.saveSponsorsInput, output: z.array(f.sponsorRow), role: 'clerk', writes: true, summary: 'Lưu người giới thiệu vào Đảng' }),
  'memberfile:saveWorkHistory': method({ input: f.saveWorkHistoryInput, output: z.array(f.workHistoryRow), role: 'clerk', writes: true, summary: 'Lưu quá trình công tác' }),
  'memberfile:saveTraining': method({ input: f.saveTrainingInput, output: z.array(f.trainingRow), role: 'clerk', writes: true, summary: 'Lưu quá trình đào tạo, bồi dưỡng' }),
  'memberfile:saveFamily': method({ input: f.saveFamilyInput, output: z.array(f.familyRow), role: 'clerk', writes: true, summary: 'Lưu quan hệ gia đình' }),
  'memberfile:saveAwards': method({ input: f.saveAwardsInput, output: z.array(f.awardRow), role: 'clerk', writes: true, summary: 'Lưu khen thưởng' }),
  'memberfile:addDiscipline': method({ input: f.addDisciplineInput, output: f.disciplineRecord, role: 'clerk', writes: true, summary: 'Ghi quyết định kỷ luật đảng viên' }),
  'memberfile:updateDiscipline': method({ input: f.updateDisciplineInput, output: f.disciplineRecord, role: 'clerk', writes: true, summary: 'Sửa quyết định kỷ luật đã ghi' }),
  'memberfile:cancelDiscipline': method({ input: f.cancelDisciplineInput, output: f.disciplineRecord, role: 'clerk', writes: true, summary: 'Hủy quyết định kỷ luật (ghi lý do)' }),
  'memberfile:setPhoto': method({ input: f.setPhotoInput, output: f.photoInfo, role: 'clerk', writes: true, summary: 'Cập nhật ảnh 3×4 (JPEG hoặc PNG, tối đa 2 MB)' }),
  'memberfile:getPhoto': method({ input: f.memberRef, output: f.photo.nullable(), role: 'viewer', writes: false, summary: 'Ảnh 3×4 của đảng viên' }),
  'memberfile:removePhoto': method({ input: f.memberRef, output: z.object({ removed: z.boolean() }), role: 'clerk', writes: true, summary: 'Xóa ảnh của đảng viên' }),
  'memberfile:setGravelyIll': method({ input: f.setGravelyIllInput, output: z.object({ gravelyIll: z.boolean() }), role: 'clerk', writes: true, summary: 'Đánh dấu đảng viên đang ốm nặng' }),
  'memberfile:history': method({ input: f.historyInput, output: f.historyPage, role: 'viewer', writes: false, summary: 'Lịch sử thay đổi hồ sơ đảng viên' }),
} as const;
