import { defineProblems } from '../kernel/problems.ts';

/** What the member-file services refuse (ARCHITECTURE.md, "One catalogue of problems"). */
export const memberFileProblems = defineProblems('memberFile', {
  badData: { vi: 'Dữ liệu chưa hợp lệ: {{detail}}.', en: 'The data is not valid: {{detail}}.' },
  decisionInFuture: { vi: 'Ngày quyết định ở tương lai', en: 'Decision date in the future' },
  decisionBeforeAdmission: { vi: 'Ngày quyết định trước ngày vào Đảng ({{date}})', en: 'Decision date before the admission date ({{date}})' },
  disciplineTwice: {
    vi: 'Đã có quyết định {{level}}{{numbered}} ngày {{date}} của đồng chí {{name}}: không ghi trùng. Muốn đổi, hãy sửa quyết định đã có.',
    en: 'There is already a decision “{{level}}”{{numbered}} of {{date}} for comrade {{name}}: it is not entered twice. To change it, edit the existing decision.',
  },
  numbered: { vi: ' số {{number}}', en: ' no. {{number}}' },
  disciplineTwiceField: { vi: 'Trùng một quyết định đã ghi', en: 'Same as a decision already entered' },
  expulsionIsEvent: {
    vi: 'Kỷ luật khai trừ không ghi ở thẻ Kỷ luật: hãy ghi sự kiện "Khai trừ" ở thẻ Sự kiện của đảng viên (sự kiện này đưa đảng viên ra khỏi danh sách).',
    en: 'Expulsion is not entered on the Discipline tab: record the event "Khai trừ" (expulsion) on the member\'s Events tab (that event takes the member off the list).',
  },
  expulsionIsEventField: { vi: 'Khai trừ được ghi bằng sự kiện "Khai trừ" ở thẻ Sự kiện', en: 'Expulsion is recorded as the event "Khai trừ" on the Events tab' },
  levelNotInCatalogue: { vi: 'Hình thức kỷ luật không có trong danh mục.', en: 'The disciplinary measure is not in the catalogue.' },
  chooseLevel: { vi: 'Chọn hình thức kỷ luật trong danh mục', en: 'Choose a disciplinary measure from the catalogue' },
  levelForOrganisations: {
    vi: 'Hình thức "{{level}}" chỉ áp dụng cho tổ chức đảng, không áp dụng cho đảng viên.',
    en: 'The measure "{{level}}" applies to party organisations only, not to members.',
  },
  levelForOrganisationsField: { vi: 'Hình thức này không áp dụng cho đảng viên', en: 'This measure does not apply to members' },
  probationaryLevel: {
    vi: 'Ngày {{date}} đồng chí {{name}} là đảng viên dự bị: đảng viên dự bị chỉ có thể bị kỷ luật bằng hình thức khiển trách hoặc cảnh cáo.',
    en: 'On {{date}} comrade {{name}} was a probationary member: a probationary member can only be reprimanded or warned.',
  },
  probationaryLevelField: { vi: 'Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo', en: 'A probationary member is only reprimanded or warned' },
  disciplineNotFound: { vi: 'Không tìm thấy quyết định kỷ luật này trong hồ sơ của đảng viên.', en: "This disciplinary decision is not in the member's file." },
  disciplineCancelled: { vi: 'Quyết định kỷ luật này đã bị hủy; không sửa được.', en: 'This disciplinary decision was cancelled; it cannot be edited.' },
  disciplineCancelledBefore: { vi: 'Quyết định kỷ luật này đã được hủy trước đó.', en: 'This disciplinary decision was already cancelled.' },
  photoTooLarge: { vi: 'Ảnh quá lớn ({{mb}} MB): tối đa 2 MB.', en: 'The photo is too large ({{mb}} MB): at most 2 MB.' },
  photoTooLargeField: { vi: 'Ảnh quá lớn: tối đa 2 MB', en: 'Photo too large: at most 2 MB' },
  notAnImage: { vi: 'Tệp đã chọn không phải ảnh JPEG hoặc PNG.', en: 'The chosen file is not a JPEG or PNG image.' },
  notAnImageField: { vi: 'Chỉ nhận ảnh JPEG hoặc PNG', en: 'Only JPEG or PNG images' },
});
