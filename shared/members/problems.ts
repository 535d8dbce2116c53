import { defineProblems } from '../kernel/problems.ts';

/** What the member services and the admission rules refuse (ARCHITECTURE.md, "One catalogue of problems"). */
export const memberProblems = defineProblems('members', {
  notFound: { vi: 'Không tìm thấy đảng viên này.', en: 'This member was not found.' },
  birthInFuture: { vi: 'Ngày sinh ở tương lai', en: 'Birth date in the future' },
  admissionInFuture: { vi: 'Ngày vào Đảng ở tương lai', en: 'Admission date in the future' },
  admissionBeforeBirth: { vi: 'Ngày vào Đảng phải sau ngày sinh', en: 'The admission date must be after the birth date' },
  decisionAfterAdmission: { vi: 'Ngày quyết định kết nạp không được sau ngày vào Đảng', en: 'The admission decision must not be dated after the admission' },
  fullInFuture: { vi: 'Ngày chính thức ở tương lai', en: 'Full membership date in the future' },
  fullBeforeAdmission: { vi: 'Ngày chính thức phải sau ngày vào Đảng', en: 'The full membership date must be after the admission date' },
  cardNeedsFull: { vi: 'Chỉ đảng viên chính thức mới có thẻ đảng viên', en: 'Only full members have a party card' },
  citizenIdTaken: {
    vi: 'Số CCCD {{citizenId}} đã thuộc về đảng viên {{name}} (sinh {{birth}}, {{organisation}}).',
    en: 'Citizen ID {{citizenId}} already belongs to member {{name}} (born {{birth}}, {{organisation}}).',
  },
  citizenIdTakenField: { vi: 'Đã thuộc về đảng viên {{name}}', en: 'Already belongs to member {{name}}' },
  fullByDecision: {
    vi: 'Đảng viên đã được công nhận chính thức ngày {{date}} theo quyết định số {{number}}. Muốn bỏ ngày chính thức, hãy hủy sự kiện đó ở thẻ Sự kiện (có ghi lý do).',
    en: 'The member was recognised as a full member on {{date}} by decision no. {{number}}. To remove the full membership date, cancel that event on the Events tab (with a reason).',
  },
  fullByDecisionField: { vi: 'Đã có quyết định công nhận chính thức', en: 'A recognition decision exists' },
  organisationByEvent: {
    vi: 'Không sửa được tổ chức đảng trên phiếu: đảng viên đã có sự kiện “{{event}}” ngày {{date}}. Phiếu chỉ sửa tổ chức đảng khi nhập nhầm lúc tạo phiếu; chuyển sinh hoạt đảng sang chi bộ khác phải ghi bằng sự kiện “{{transfer}}” ở thẻ Sự kiện của hồ sơ đảng viên.',
    en: 'The party organisation cannot be changed on the record card: the member already has the event “{{event}}” of {{date}}. The card changes the organisation only to correct an entry mistake; a transfer to another cell is recorded as the event “{{transfer}}” on the Events tab of the member file.',
  },
  organisationByEventField: { vi: 'Chuyển sinh hoạt ghi ở thẻ Sự kiện', en: 'Record the transfer on the Events tab' },
  ageBandNotInCatalogue: { vi: 'Nhóm tuổi không có trong danh mục.', en: 'The age band is not in the catalogue.' },
  chooseAgeBand: { vi: 'Chọn nhóm tuổi trong danh mục', en: 'Choose an age band from the catalogue' },
  partyAgeRange: { vi: 'Tuổi Đảng "từ" lớn hơn tuổi Đảng "đến".', en: 'Party age "from" is greater than party age "to".' },
  partyAgeRangeField: { vi: 'Phải lớn hơn hoặc bằng tuổi Đảng "từ"', en: 'Must be at least party age "from"' },

  // Admission of many people under one decision (shared/members/admissionRules.ts).
  ceremonyInFuture: { vi: 'Ngày vào Đảng (lễ kết nạp) ở tương lai: chỉ ghi lễ kết nạp đã diễn ra.', en: 'The admission date (ceremony) is in the future: record only ceremonies that took place.' },
  decisionAfterCeremony: {
    vi: 'Ngày quyết định kết nạp ({{decision}}) không được sau ngày vào Đảng ({{ceremony}}).',
    en: 'The admission decision date ({{decision}}) must not be after the admission date ({{ceremony}}).',
  },
  decisionAfterCeremonyField: { vi: 'Không được sau ngày vào Đảng', en: 'Must not be after the admission date' },
  birthAfterCeremony: { vi: 'Ngày sinh {{birth}} không trước ngày vào Đảng {{ceremony}}', en: 'Birth date {{birth}} is not before the admission date {{ceremony}}' },
  birthAfterCeremonyField: { vi: 'Phải trước ngày vào Đảng', en: 'Must be before the admission date' },
  underAge: {
    vi: 'Sinh {{birth}}: chưa đủ {{age}} tuổi vào ngày kết nạp {{ceremony}} (Điều lệ Đảng: từ đủ {{age}} tuổi)',
    en: 'Born {{birth}}: under {{age}} on the admission date {{ceremony}} (Party Charter: {{age}} or over)',
  },
  underAgeField: { vi: 'Chưa đủ {{age}} tuổi vào ngày kết nạp', en: 'Under {{age}} on the admission date' },
  notInCatalogue: { vi: '{{label}} “{{value}}” không có trong danh mục', en: '{{label}} “{{value}}” is not in the catalogue' },
  duplicateCitizenId: { vi: 'Số CCCD {{citizenId}} trùng với dòng {{row}} ({{name}}).', en: 'Citizen ID {{citizenId}} is the same as row {{row}} ({{name}}).' },
  duplicateCitizenIdField: { vi: 'Trùng với dòng {{row}}', en: 'Same as row {{row}}' },
  rowRefused: { vi: 'Dòng {{row}} ({{name}}): {{problem}} Chưa kết nạp người nào.', en: 'Row {{row}} ({{name}}): {{problem}} Nobody was admitted.' },
  rowsRefused: {
    vi: 'Dòng {{row}} ({{name}}): {{problem}} Còn {{others}} dòng khác cũng có lỗi. Chưa kết nạp người nào.',
    en: 'Row {{row}} ({{name}}): {{problem}} {{others}} other rows have errors too. Nobody was admitted.',
  },
  labelEthnicCode: { vi: 'Dân tộc', en: 'Ethnic group' },
  labelReligionCode: { vi: 'Tôn giáo', en: 'Religion' },
  labelProfessionalCode: { vi: 'Chuyên môn', en: 'Professional qualification' },
  labelPoliticalTheoryCode: { vi: 'Lý luận chính trị', en: 'Political theory' },
  labelOccupationCode: { vi: 'Nghề nghiệp', en: 'Occupation' },

  // Dates that cannot be right (shared/members/plausibility.ts): a phrase for the box, a phrase saying it whole.
  beforeFoundingField: { vi: 'Trước ngày thành lập Đảng ({{founded}})', en: 'Before the Party was founded ({{founded}})' },
  maybeBeforeFoundingField: { vi: 'Có thể trước ngày thành lập Đảng ({{founded}})', en: 'Possibly before the Party was founded ({{founded}})' },
  admissionBeforeFounding: {
    vi: 'Ngày vào Đảng {{date}} trước ngày thành lập Đảng ({{founded}})',
    en: 'The admission date {{date}} is before the Party was founded ({{founded}})',
  },
  admissionMaybeBeforeFounding: {
    vi: 'Ngày vào Đảng {{date}} có thể trước ngày thành lập Đảng ({{founded}}): ghi ngày đầy đủ nếu biết',
    en: 'The admission date {{date}} may be before the Party was founded ({{founded}}): enter the full date if known',
  },
  decisionBeforeFounding: {
    vi: 'Ngày quyết định kết nạp {{date}} trước ngày thành lập Đảng ({{founded}})',
    en: 'The admission decision date {{date}} is before the Party was founded ({{founded}})',
  },
  underAgeCardField: { vi: 'Chưa đủ {{age}} tuổi (sinh {{birth}})', en: 'Under {{age}} (born {{birth}})' },
  underAgeCard: {
    vi: 'Sinh {{birth}}, vào Đảng {{admission}}: chưa đủ {{age}} tuổi (Điều lệ Đảng: từ đủ {{age}} tuổi)',
    en: 'Born {{birth}}, admitted {{admission}}: under {{age}} (Party Charter: {{age}} or over)',
  },
  maybeUnderAgeCardField: { vi: 'Có thể chưa đủ {{age}} tuổi (sinh {{birth}})', en: 'Possibly under {{age}} (born {{birth}})' },
  maybeUnderAgeCard: {
    vi: 'Sinh {{birth}}, vào Đảng {{admission}}: có thể chưa đủ {{age}} tuổi; ghi ngày sinh, ngày vào Đảng đầy đủ nếu biết',
    en: 'Born {{birth}}, admitted {{admission}}: possibly under {{age}}; enter the full birth and admission dates if known',
  },
  probationShortField: { vi: 'Chưa đủ {{months}} tháng dự bị: sớm nhất từ {{due}}', en: 'Probation of {{months}} months not over: {{due}} at the earliest' },
  probationShortCard: {
    vi: 'Ngày chính thức {{full}} chưa đủ {{months}} tháng dự bị kể từ ngày vào Đảng {{admission}}: sớm nhất từ {{due}}',
    en: 'The full membership date {{full}} is less than {{months}} months of probation after the admission on {{admission}}: {{due}} at the earliest',
  },
  probationShortEvent: {
    vi: 'Chưa đủ {{months}} tháng dự bị: kết nạp ngày {{admission}}, sớm nhất được công nhận chính thức từ ngày {{due}}',
    en: 'Probation of {{months}} months not yet over: admitted on {{admission}}, recognised as a full member on {{due}} at the earliest',
  },
  maybeProbationShortField: { vi: 'Có thể chưa đủ {{months}} tháng dự bị', en: 'Possibly less than {{months}} months of probation' },
  maybeProbationShortCard: {
    vi: 'Ngày chính thức {{full}} có thể chưa đủ {{months}} tháng dự bị kể từ ngày vào Đảng {{admission}}: ghi ngày đầy đủ nếu biết',
    en: 'The full membership date {{full}} may be less than {{months}} months of probation after the admission on {{admission}}: enter the full dates if known',
  },
  probationOverdueField: { vi: 'Dự bị hơn {{months}} tháng chưa có ngày chính thức', en: 'Probationary for more than {{months}} months' },
  probationOverdue: {
    vi: 'Đã dự bị hơn {{months}} tháng (vào Đảng {{admission}}) mà chưa được công nhận chính thức, không có sự kiện nào giải thích (xóa tên, đình chỉ sinh hoạt…): xem lại ngày chính thức',
    en: 'Probationary for more than {{months}} months (admitted {{admission}}) without recognition as a full member or an event explaining it (removal, suspension…): check the full membership date',
  },
  admitManyProbationOverdue: {
    vi: 'Lễ kết nạp {{date}} cách đây hơn {{months}} tháng: những người này sẽ là đảng viên dự bị hơn {{months}} tháng chưa được công nhận chính thức; nếu họ đã được công nhận, ghi ngày chính thức trên phiếu của từng người sau khi lưu',
    en: 'The ceremony of {{date}} was more than {{months}} months ago: these people will be probationary for more than {{months}} months without recognition; if they were recognised, enter the full membership date on each card after saving',
  },
  admissionAfterDeathField: { vi: 'Sau ngày từ trần ({{death}})', en: 'After the death ({{death}})' },
  admissionAfterDeath: {
    vi: 'Ngày vào Đảng {{admission}} sau ngày từ trần {{death}} (sự kiện “Từ trần”)',
    en: 'The admission date {{admission}} is after the death on {{death}} (the event “Từ trần”)',
  },
  birthAfterDeathField: { vi: 'Không trước ngày từ trần ({{death}})', en: 'Not before the death ({{death}})' },
  birthAfterDeath: { vi: 'Ngày sinh {{birth}} không trước ngày từ trần {{death}}', en: 'The birth date {{birth}} is not before the death on {{death}}' },
  deathBeforeAdmissionField: { vi: 'Trước ngày vào Đảng ({{admission}})', en: 'Before the admission ({{admission}})' },
  deathBeforeAdmission: {
    vi: 'Ngày từ trần {{death}} trước ngày vào Đảng {{admission}}',
    en: 'The death on {{death}} is before the admission on {{admission}}',
  },
  rowSays: { vi: 'Dòng {{row}}: {{problem}}', en: 'Row {{row}}: {{problem}}' },
  keptFromBefore: {
    vi: '{{problem}} (Có từ trước trong hồ sơ: vẫn lưu được, sửa khi có căn cứ.)',
    en: '{{problem}} (Already in the record: it still saves; correct it when the papers allow.)',
  },
});
