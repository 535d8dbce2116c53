import { defineProblems } from '../kernel/problems.ts';

/** What the decision services refuse or warn about (ARCHITECTURE.md, "One catalogue of problems"). */
export const decisionProblems = defineProblems('decisions', {
  scanTooLarge: { vi: 'Tệp {{mb}} MB, quá 10 MB: quét lại với độ phân giải thấp hơn.', en: 'The file is {{mb}} MB, over 10 MB: scan it again at a lower resolution.' },
  scanNotPdfOrImage: { vi: 'Tệp không phải PDF, JPEG hay PNG (hoặc không đúng loại đã khai).', en: 'The file is not a PDF, JPEG or PNG (or not the type declared).' },
  notFound: { vi: 'Không tìm thấy quyết định.', en: 'The decision was not found.' },
  actionNotFound: { vi: 'Không tìm thấy hành động nhân sự.', en: 'The personnel action was not found.' },
  alreadyCancelled: { vi: 'Hành động này đã bị hủy ngày {{date}} (lý do: {{reason}}).', en: 'This action was already cancelled on {{date}} (reason: {{reason}}).' },
  cancelledNotCorrected: { vi: 'Hành động đã hủy không sửa được.', en: 'A cancelled action cannot be corrected.' },
  duplicateNumber: {
    vi: 'Đã có quyết định số {{number}} ngày {{date}} của {{body}} ({{summary}}): số quyết định không được trùng trong cùng cơ quan ban hành và năm.',
    en: 'Decision no. {{number}} of {{date}} by {{body}} ({{summary}}) already exists: a number is unique per issuing body and year.',
  },
  duplicateNumberField: { vi: 'Trùng số quyết định đã ghi', en: 'Same number as a decision already entered' },
  /** A refused row: "Dòng 3 (Nguyễn Văn An): …". */
  row: { vi: 'Dòng {{row}} ({{name}}): {{problem}}', en: 'Row {{row}} ({{name}}): {{problem}}' },
  refused: { vi: 'Không ghi quyết định: {{first}}.', en: 'The decision was not saved: {{first}}.' },
  refusedMore: { vi: 'Không ghi quyết định: {{first}}; và {{more}} dòng khác chưa hợp lệ.', en: 'The decision was not saved: {{first}}; and {{more}} more rows are not valid.' },
  unknownCadre: { vi: 'cán bộ mã {{id}}', en: 'cadre no. {{id}}' },
  typeUnknown: { vi: 'Loại hành động "{{code}}" không có trong danh mục', en: 'The action type "{{code}}" is not in the catalogue' },
  typeInactive: { vi: 'Loại hành động "{{name}}" đã ngừng sử dụng', en: 'The action type "{{name}}" is no longer in use' },
  cadreNotFound: { vi: 'Không tìm thấy hồ sơ cán bộ (mã {{id}})', en: 'No cadre file no. {{id}}' },
  orgNotFound: { vi: 'Không tìm thấy tổ chức (mã {{id}})', en: 'No organisation no. {{id}}' },
  cycleMissing: { vi: 'Chọn kỳ quy hoạch', en: 'Choose the planning cycle' },
  cycleUnknown: { vi: 'Kỳ quy hoạch "{{code}}" không có', en: 'There is no planning cycle "{{code}}"' },
  postMissing: { vi: 'Nhập chức vụ mới', en: 'Enter the new post' },
  postOrUnitMissing: { vi: 'Nhập chức vụ hoặc đơn vị mới', en: 'Enter the new post or unit' },
  // Warnings (the decision is saved; the screen shows them on the row).
  firstAppointmentShort: {
    vi: 'Bổ nhiệm lần đầu: tính đến ngày nhận hồ sơ {{receivedOn}} chỉ còn {{monthsLeft}} tháng công tác đến ngày nghỉ hưu {{retirementDate}} (cần ít nhất {{minMonths}} tháng)',
    en: 'First appointment: at {{receivedOn}}, when the proposal was received, only {{monthsLeft}} months of service remain before retirement on {{retirementDate}} (at least {{minMonths}} are required)',
  },
  disciplineWait: {
    vi: 'Bị kỷ luật {{level}} ngày {{decidedOn}}: chưa đủ {{waitMonths}} tháng để xem xét bổ nhiệm, giới thiệu ứng cử chức vụ cao hơn (từ ngày {{until}})',
    en: 'Disciplined ({{level}}) on {{decidedOn}}: {{waitMonths}} months must pass before a higher post may be considered (from {{until}})',
  },
  rotationDue: { vi: 'Giữ cùng chức vụ {{years}} năm (từ ngày {{since}}): nên xem xét luân chuyển', en: 'Same post for {{years}} years (since {{since}}): rotation should be considered' },
  extensionAdvised: {
    vi: 'Đến hết nhiệm kỳ ({{termEnd}}) còn dưới 2 năm công tác đến ngày nghỉ hưu {{retirementDate}}: nên kéo dài thời gian giữ chức vụ đến tuổi nghỉ hưu',
    en: 'Less than 2 years of service remain after the term ends ({{termEnd}}) before retirement on {{retirementDate}}: extending the post to retirement is advised',
  },
  planningTooManyPeople: {
    vi: 'Chức danh "{{post}}" ({{cycle}}) có {{count}} người trong quy hoạch (tối đa {{max}})',
    en: 'The post "{{post}}" ({{cycle}}) has {{count}} people in the succession plan (at most {{max}})',
  },
  planningTooManyPosts: {
    vi: 'Cán bộ được quy hoạch vào {{count}} chức danh ({{cycle}}; tối đa {{max}})',
    en: 'The cadre is planned for {{count}} posts ({{cycle}}; at most {{max}})',
  },
});
