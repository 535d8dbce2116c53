import { defineProblems } from '../kernel/problems.ts';

/**
 * What the rating services and rules refuse (ARCHITECTURE.md, "One catalogue of problems"). Category
 * names (`{{category}}`, `{{excellent}}`, `{{good}}`) are the catalogue's own names, shown as written.
 */
export const ratingProblems = defineProblems('ratings', {
  // Scores (shared/ratings/rules.ts, checkScore); `{{band}}` is one of the band phrases below.
  scoreAboveLowest: {
    vi: 'Điểm {{score}} cao hơn ngưỡng của mức "{{category}}" ({{band}}): chỉ xếp mức này khi thuộc trường hợp không hoàn thành nhiệm vụ; hãy ghi rõ lý do ở phần ghi chú.',
    en: 'A score of {{score}} is above the band of "{{category}}" ({{band}}): give this category only when the duties were not fulfilled; write the reason in the note.',
  },
  scoreBelow: { vi: 'Điểm {{score}} chưa đạt mức "{{category}}" ({{band}}).', en: 'A score of {{score}} does not reach "{{category}}" ({{band}}).' },
  scoreAbove: { vi: 'Điểm {{score}} vượt ngưỡng của mức "{{category}}" ({{band}}).', en: 'A score of {{score}} is above the band of "{{category}}" ({{band}}).' },
  bandFrom: { vi: 'từ {{min}} điểm', en: '{{min}} points or more' },
  bandBelow: { vi: 'dưới {{below}} điểm', en: 'below {{below}} points' },
  bandBetween: { vi: '{{min}} đến dưới {{below}} điểm', en: '{{min}} to below {{below}} points' },

  // The excellent quota (shared/ratings/rules.ts, quotaMessage).
  quotaBreached: {
    vi: 'Vượt tỷ lệ "{{excellent}}" của {{group}}: {{count}} trong khi tối đa là {{limit}} ({{pct}}% của {{goodCount}} "{{good}}"). Chỉ lưu khi cấp có thẩm quyền đã đồng ý: hãy xác nhận để lưu.',
    en: 'The share of "{{excellent}}" in {{group}} is exceeded: {{count}} where at most {{limit}} are allowed ({{pct}}% of {{goodCount}} "{{good}}"). Save only with the approval of the competent level: confirm to save.',
  },
  peerGroup: { vi: 'nhóm {{type}} trực thuộc {{parent}}', en: 'the group of {{type}} under {{parent}}' },
  quotaRange: {
    vi: 'Tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" phải từ {{min}}% đến {{max}}% số "Hoàn thành tốt nhiệm vụ".',
    en: 'The share of "Hoàn thành xuất sắc nhiệm vụ" (excellent) must be from {{min}}% to {{max}}% of "Hoàn thành tốt nhiệm vụ" (good).',
  },
  noQuotaRegime: { vi: 'Danh mục không có chế độ xếp loại nào có tỷ lệ xuất sắc.', en: 'The catalogue has no rating regime with an excellent quota.' },

  // Who is not rated (shared/ratings/rules.ts, notSubjectText): as a label, and within a sentence.
  exempted: { vi: 'Miễn công tác và sinh hoạt đảng', en: 'Exempted from party work and activities' },
  suspended: { vi: 'Đình chỉ sinh hoạt đảng', en: 'Suspended from party activities' },
  recentlyAdmitted: { vi: 'Kết nạp chưa đủ {{months}} tháng tính đến ngày xét {{date}}', en: 'Admitted less than {{months}} months before the rating date {{date}}' },
  notOnList: { vi: 'Không có tên trong danh sách đảng viên ngày {{date}}', en: 'Not on the list of members on {{date}}' },
  exemptedLower: { vi: 'miễn công tác và sinh hoạt đảng', en: 'exempted from party work and activities' },
  suspendedLower: { vi: 'đình chỉ sinh hoạt đảng', en: 'suspended from party activities' },
  recentlyAdmittedLower: { vi: 'kết nạp chưa đủ {{months}} tháng tính đến ngày xét {{date}}', en: 'admitted less than {{months}} months before the rating date {{date}}' },
  notOnListLower: { vi: 'không có tên trong danh sách đảng viên ngày {{date}}', en: 'not on the list of members on {{date}}' },
  dissolvedSince: { vi: 'Thôi hoạt động từ {{date}}', en: 'Ceased to operate on {{date}}' },

  // The services.
  noRegime: {
    vi: 'Danh mục chưa có chế độ đánh giá, xếp loại cho năm {{year}} (các chế độ có từ năm {{first}}).',
    en: 'The catalogue has no rating regime for {{year}} (the regimes start in {{first}}).',
  },
  noRegimeField: { vi: 'Năm chưa có chế độ xếp loại', en: 'No rating regime for this year' },
  notSubject: { vi: '{{name}} không thuộc diện đánh giá, xếp loại năm {{year}}: {{reason}}.', en: '{{name}} is not subject to the rating of {{year}}: {{reason}}.' },
  notGrassroots: {
    vi: 'Đảng viên được xếp loại theo từng tổ chức cơ sở đảng: hãy chọn một đảng bộ cơ sở, chi bộ cơ sở hoặc chi bộ ({{name}} là cấp trên cơ sở).',
    en: 'Members are rated by grassroots party organisation: choose a grassroots party committee, a grassroots cell or a cell ({{name}} is above the grassroots level).',
  },
  notGrassrootsField: { vi: 'Chọn tổ chức cơ sở đảng hoặc chi bộ', en: 'Choose a grassroots party organisation or a cell' },
  orgInactiveOnDate: {
    vi: '{{name}} không hoạt động vào ngày xét {{date}}, nên không xếp loại năm {{year}}.',
    en: '{{name}} did not operate on the rating date {{date}}, so it is not rated for {{year}}.',
  },
  categoryNotInRegime: {
    vi: 'Mức xếp loại "{{category}}" không có trong chế độ xếp loại năm {{year}} ({{codes}}).',
    en: 'The category "{{category}}" is not in the rating regime of {{year}} ({{codes}}).',
  },

  // One grid (all or nothing): the row's name, then a phrase.
  gridRefused: { vi: 'Chưa lưu bảng xếp loại: {{name}}: {{problem}}', en: 'The rating table was not saved: {{name}}: {{problem}}' },
  gridRefusedMore: {
    vi: 'Chưa lưu bảng xếp loại: {{name}}: {{problem}} (và {{others}} dòng khác có lỗi)',
    en: 'The rating table was not saved: {{name}}: {{problem}} ({{others}} other rows have errors too)',
  },
  memberNumber: { vi: 'Đảng viên số {{id}}', en: 'Member no. {{id}}' },
  organisationNumber: { vi: 'Tổ chức số {{id}}', en: 'Organisation no. {{id}}' },
  memberTwice: { vi: 'đảng viên này có hai dòng trong bảng.', en: 'this member has two rows in the table.' },
  organisationTwice: { vi: 'tổ chức này có hai dòng trong bảng.', en: 'this organisation has two rows in the table.' },
  memberOutside: {
    vi: 'không thuộc {{organisation}} hoặc không có tên trong danh sách năm {{year}}.',
    en: 'does not belong to {{organisation}} or is not on the list in {{year}}.',
  },
  organisationOutside: {
    vi: 'không trực thuộc {{organisation}} hoặc không hoạt động năm {{year}}.',
    en: 'does not come under {{organisation}} or did not operate in {{year}}.',
  },
  memberNotSubject: { vi: 'không thuộc diện xếp loại ({{reason}}).', en: 'is not subject to the rating ({{reason}}).' },
  organisationDissolved: { vi: 'đã thôi hoạt động trước ngày xét {{date}}.', en: 'ceased to operate before the rating date {{date}}.' },
});
