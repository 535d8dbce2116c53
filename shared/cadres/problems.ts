import { defineProblems } from '../kernel/problems.ts';

/** What the cadre-file services refuse or warn about (ARCHITECTURE.md, "One catalogue of problems"). */
export const cadreProblems = defineProblems('cadres', {
  notFound: { vi: 'Không tìm thấy hồ sơ cán bộ.', en: 'The cadre file was not found.' },
  someNotFound: { vi: 'Không tìm thấy hồ sơ cán bộ số {{ids}}: không ghi gì.', en: 'Cadre file(s) {{ids}} not found: nothing was saved.' },
  memberNotFound: { vi: 'Không tìm thấy đảng viên được chọn.', en: 'The chosen member was not found.' },
  chooseMember: { vi: 'Chọn đảng viên trong danh sách', en: 'Choose a member from the list' },
  memberHasFile: {
    vi: 'Đảng viên {{name}} (sinh {{birth}}) đã có hồ sơ cán bộ: mở hồ sơ đó thay vì lập hồ sơ mới.',
    en: 'Member {{name}} (born {{birth}}) already has a cadre file: open it instead of creating a new one.',
  },
  memberHasFileField: { vi: 'Đã có hồ sơ cán bộ', en: 'Already has a cadre file' },
  citizenIdTaken: {
    vi: 'Số CCCD {{citizenId}} đã có trong hồ sơ cán bộ {{name}} (sinh {{birth}}).',
    en: 'Citizen ID {{citizenId}} is already on the cadre file of {{name}} (born {{birth}}).',
  },
  citizenIdTakenField: { vi: 'Đã có trong hồ sơ cán bộ {{name}}', en: 'Already on the cadre file of {{name}}' },
  citizenIdOfMember: {
    vi: 'Số CCCD {{citizenId}} là của đảng viên {{name}} (sinh {{birth}}, {{organisation}}): hãy lập hồ sơ liên kết với đảng viên đó thay vì nhập lại thông tin cá nhân.',
    en: 'Citizen ID {{citizenId}} belongs to member {{name}} (born {{birth}}, {{organisation}}): link the file to that member instead of entering the personal data again.',
  },
  citizenIdOfMemberField: { vi: 'Là của đảng viên {{name}}: chọn liên kết đảng viên', en: 'Belongs to member {{name}}: link the member' },
  levelNotInCatalogue: { vi: 'Mức {{level}} không có trong danh mục {{catalogue}}.', en: 'Level {{level}} is not in the {{catalogue}} catalogue.' },
  chooseLevel: { vi: 'Chọn mức trong danh mục', en: 'Choose a level from the catalogue' },
  disciplineLevelRow: { vi: 'Dòng {{row}}: hình thức kỷ luật {{level}} không có trong danh mục.', en: 'Row {{row}}: discipline level {{level}} is not in the catalogue.' },
  photoTooLarge: { vi: 'Ảnh {{mb}} MB, quá 2 MB: chọn ảnh nhỏ hơn.', en: 'The photo is {{mb}} MB, over 2 MB: choose a smaller one.' },
  photoTooLargeField: { vi: 'Ảnh quá 2 MB', en: 'Photo over 2 MB' },
  notAnImage: { vi: 'Tệp không phải ảnh JPEG hay PNG.', en: 'The file is not a JPEG or PNG image.' },
  notAnImageField: { vi: 'Chọn ảnh JPEG hoặc PNG', en: 'Choose a JPEG or PNG image' },
  opinionNotFound: { vi: 'Không tìm thấy đề nghị tham gia ý kiến này.', en: 'This opinion request was not found.' },
  replyBeforeReceived: { vi: 'Ngày trả lời trước ngày nhận đề nghị ({{date}}).', en: 'The reply date is before the request was received ({{date}}).' },
  replyBeforeReceivedField: { vi: 'Trước ngày nhận {{date}}', en: 'Before the received date {{date}}' },
  trainingNotFound: { vi: 'Không tìm thấy bản ghi đào tạo này.', en: 'This training record was not found.' },
  toBeforeFrom: { vi: 'Ngày kết thúc trước ngày bắt đầu.', en: 'The end date is before the start date.' },
  toBeforeFromField: { vi: 'Trước ngày bắt đầu', en: 'Before the start date' },
  cycleNotFound: { vi: 'Không có nhiệm kỳ quy hoạch {{code}}.', en: 'There is no planning cycle {{code}}.' },
});
