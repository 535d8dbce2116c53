import { defineProblems } from '../kernel/problems.ts';

/** What the Party badge services refuse (ARCHITECTURE.md, "One catalogue of problems"). */
export const badgeProblems = defineProblems('badges', {
  badge: { vi: 'Huy hiệu {{years}} năm tuổi Đảng', en: 'the {{years}}-year Party membership badge' },
  memberNotFound: { vi: 'Không tìm thấy đảng viên được đề nghị.', en: 'The proposed member was not found.' },
  notInCatalogue: { vi: 'Không có Huy hiệu {{years}} năm tuổi Đảng trong danh mục.', en: 'There is no {{years}}-year Party membership badge in the catalogue.' },
  chosenTwice: { vi: 'Đồng chí {{name}} được chọn hai lần cho {{badge}}.', en: 'Comrade {{name}} is chosen twice for {{badge}}.' },
  notAwardedYet: { vi: 'Đồng chí {{name}} chưa được tặng {{badge}}, không thể đề nghị cấp lại.', en: 'Comrade {{name}} has not been awarded {{badge}}, so a replacement cannot be proposed.' },
  replacementPending: {
    vi: 'Đồng chí {{name}} đã có đề nghị cấp lại {{badge}} đang chờ quyết định.',
    en: 'Comrade {{name}} already has a proposal to replace {{badge}} awaiting a decision.',
  },
  alreadyAwarded: { vi: 'Đồng chí {{name}} đã được tặng {{badge}} (đợt {{round}}).', en: 'Comrade {{name}} was already awarded {{badge}} (round of {{round}}).' },
  alreadyProposed: { vi: 'Đồng chí {{name}} đã được đề nghị tặng {{badge}} (đợt {{round}}).', en: 'Comrade {{name}} was already proposed for {{badge}} (round of {{round}}).' },
  noPartyAge: { vi: 'Đồng chí {{name}} chưa có ngày tính tuổi Đảng.', en: 'Comrade {{name}} has no date to count the party age from.' },
  disciplined: {
    vi: 'Đồng chí {{name}} đang trong thời gian thi hành kỷ luật; được xét tặng Huy hiệu Đảng từ ngày {{date}}.',
    en: 'Comrade {{name}} is under a disciplinary measure; a Party badge can be considered from {{date}}.',
  },
  offListPosthumousOnly: {
    vi: 'Đồng chí {{name}} không còn trong danh sách đảng viên; chỉ có thể đề nghị truy tặng.',
    en: 'Comrade {{name}} is no longer on the list of members; only a posthumous award can be proposed.',
  },
  notYetReached: {
    vi: 'Đồng chí {{name}} đủ {{years}} năm tuổi Đảng vào ngày {{date}}, sau đợt {{round}}.',
    en: 'Comrade {{name}} reaches {{years}} years of party age on {{date}}, after the round of {{round}}.',
  },
  offList: { vi: 'Đồng chí {{name}} không còn trong danh sách đảng viên.', en: 'Comrade {{name}} is no longer on the list of members.' },
  notGravelyIll: { vi: 'Đồng chí {{name}} không được ghi là ốm nặng; không thể tặng sớm.', en: 'Comrade {{name}} is not recorded as gravely ill; the badge cannot be awarded early.' },
  tooEarly: {
    vi: 'Đồng chí {{name}} đủ {{years}} năm tuổi Đảng vào ngày {{date}}: sớm hơn {{months}} tháng so với đợt {{round}}.',
    en: 'Comrade {{name}} reaches {{years}} years of party age on {{date}}: more than {{months}} months after the round of {{round}}.',
  },
  notDeceased: {
    vi: 'Chỉ truy tặng cho đảng viên đã từ trần; đồng chí {{name}} chưa có sự kiện từ trần trước đợt {{round}}.',
    en: 'Posthumous awards are only for deceased members; comrade {{name}} has no death recorded before the round of {{round}}.',
  },
  tooShortAtDeath: {
    vi: 'Khi từ trần, đồng chí {{name}} còn thiếu hơn 12 tháng để đủ {{years}} năm tuổi Đảng.',
    en: 'At death, comrade {{name}} was more than 12 months short of {{years}} years of party age.',
  },
  proposalToWithdrawNotFound: { vi: 'Không tìm thấy đề nghị tặng Huy hiệu Đảng cần rút.', en: 'The Party badge proposal to withdraw was not found.' },
  awardedNoWithdraw: {
    vi: '{{badge}} của đồng chí {{name}} đã có quyết định tặng (số {{number}}); không rút được.',
    en: 'Comrade {{name}} has already been awarded {{badge}} (no. {{number}}); it cannot be withdrawn.',
  },
  futureDecisionField: { vi: 'Ngày quyết định ở tương lai', en: 'The decision date is in the future' },
  proposalNotFound: { vi: 'Không tìm thấy đề nghị tặng Huy hiệu Đảng.', en: 'The Party badge proposal was not found.' },
  proposalNotFoundField: { vi: 'Không tìm thấy đề nghị', en: 'Proposal not found' },
  otherRound: {
    vi: 'Đồng chí {{name}} được đề nghị trong đợt {{round}}, không thuộc đợt {{chosen}}.',
    en: 'Comrade {{name}} was proposed in the round of {{round}}, not in the round of {{chosen}}.',
  },
  otherRoundField: { vi: 'Không thuộc đợt này', en: 'Not in this round' },
  twoNumbers: { vi: 'Đồng chí {{name}} có hai số Huy hiệu Đảng trong cùng quyết định.', en: 'Comrade {{name}} has two Party badge numbers in the same decision.' },
  twoNumbersField: { vi: 'Nhập hai lần', en: 'Entered twice' },
  numberTwice: {
    vi: 'Số Huy hiệu Đảng {{number}} được nhập cho cả đồng chí {{first}} và đồng chí {{second}}.',
    en: 'Party badge number {{number}} is entered for both comrade {{first}} and comrade {{second}}.',
  },
  numberTwiceField: { vi: 'Trùng số với đồng chí {{name}}', en: 'Same number as comrade {{name}}' },
  numberTaken: {
    vi: 'Số Huy hiệu Đảng {{number}} đã cấp cho đồng chí {{name}} ({{badge}}, đợt {{round}}). Chưa ghi quyết định.',
    en: 'Party badge number {{number}} was already given to comrade {{name}} ({{badge}}, round of {{round}}). The decision was not recorded.',
  },
  numberTakenField: { vi: 'Đã cấp cho đồng chí {{name}}', en: 'Already given to comrade {{name}}' },
  emptyList: { vi: 'Không có đảng viên nào trong danh sách mẫu {{form}}-HHĐ {{period}}.', en: 'There are no members in the list of form {{form}}-HHĐ {{period}}.' },
  periodRound: { vi: 'đợt {{round}}', en: 'for the round of {{round}}' },
  periodYear: { vi: 'năm {{year}}', en: 'for {{year}}' },
});
