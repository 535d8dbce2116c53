import { defineProblems } from '../kernel/problems.ts';

/**
 * The warnings of the eligibility and planning rules (shared/cadres/eligibility.ts, planningRules.ts):
 * shown when an action is entered, never a refusal (cadres.md). Dates in the parameters are written
 * dd/mm/yyyy by the rules; a discipline level is its catalogue name.
 */
export const cadreWarnings = defineProblems('cadres', {
  firstAppointmentServiceShort: {
    vi: 'Bổ nhiệm lần đầu: còn {{monthsLeft}} tháng công tác đến ngày nghỉ hưu {{retirementDate}} (cần ít nhất {{minMonths}} tháng tính đến ngày nhận hồ sơ đề nghị).',
    en: 'First appointment: {{monthsLeft}} months of service left before retirement on {{retirementDate}} (at least {{minMonths}} months are required at the date the proposal was received).',
  },
  disciplineWaitRunning: {
    vi: 'Bị kỷ luật {{levelCode}} ngày {{decidedOn}}: chưa đủ {{waitMonths}} tháng (đến {{until}} mới được xem xét bổ nhiệm vào chức vụ cao hơn).',
    en: 'Disciplined ({{levelCode}}) on {{decidedOn}}: {{waitMonths}} months have not passed (a higher post may be considered from {{until}}).',
  },
  rotationDue: {
    vi: 'Giữ một chức vụ đứng đầu {{years}} năm (từ {{since}}): thuộc diện luân chuyển (từ 8 năm).',
    en: 'Heading the same body for {{years}} years (since {{since}}): due for rotation (8 years or more).',
  },
  planningTooManyPeople: {
    vi: 'Chức danh "{{postKey}}" ({{cycleCode}}) có {{count}} người trong quy hoạch (tối đa {{max}}).',
    en: 'The post “{{postKey}}” ({{cycleCode}}) has {{count}} people in planning (at most {{max}}).',
  },
  planningTooManyPosts: {
    vi: 'Một người được quy hoạch {{count}} chức danh ({{cycleCode}}; tối đa {{max}}).',
    en: 'One person is planned for {{count}} posts ({{cycleCode}}; at most {{max}}).',
  },
});
