import { defineProblems } from '../kernel/problems.ts';

/**
 * What the event services and the event rules refuse or warn about (ARCHITECTURE.md, "One catalogue of
 * problems"). The rules' problems (shared/events/rules.ts) are phrases made sentences by the caller.
 * Event names (`{{event}}`) are the catalogue's own names, shown as written.
 */
export const eventProblems = defineProblems('events', {
  notFound: { vi: 'Không tìm thấy sự kiện này.', en: 'This event was not found.' },
  memberOfEventNotFound: { vi: 'Không tìm thấy đảng viên của sự kiện này.', en: 'The member of this event was not found.' },
  membersNotFound: { vi: 'Không tìm thấy {{count}} đảng viên đã chọn (mã {{ids}}).', en: '{{count}} of the chosen members were not found (IDs {{ids}}).' },
  typeNotInCatalogue: { vi: 'Loại sự kiện không có trong danh mục.', en: 'The event type is not in the catalogue.' },
  chooseType: { vi: 'Chọn loại sự kiện trong danh mục', en: 'Choose an event type from the catalogue' },
  futureEvent: { vi: 'Ngày sự kiện ở tương lai: chỉ ghi sự kiện đã diễn ra.', en: 'The event date is in the future: record only events that took place.' },
  futureEventDate: { vi: 'Ngày sự kiện ở tương lai.', en: 'The event date is in the future.' },
  beforeBirth: { vi: 'Ngày sự kiện phải sau ngày sinh của đảng viên ({{birth}})', en: "The event date must be after the member's birth date ({{birth}})" },
  beforeBirthField: { vi: 'Ngày sự kiện trước ngày sinh', en: 'Event date before the birth date' },
  chooseDestination: { vi: 'Chọn chi bộ nơi đảng viên chuyển đến.', en: 'Choose the party cell the member moves to.' },
  chooseDestinationField: { vi: 'Chọn chi bộ chuyển đến', en: 'Choose the destination cell' },
  noDestination: {
    vi: 'Sự kiện “{{event}}” không chuyển đảng viên sang chi bộ khác: bỏ chọn chi bộ chuyển đến.',
    en: 'The event “{{event}}” does not move the member to another cell: clear the destination cell.',
  },
  noDestinationField: { vi: 'Không chọn chi bộ cho sự kiện này', en: 'Choose no cell for this event' },
  alreadyInCell: { vi: 'Đảng viên đang sinh hoạt ở {{name}}', en: 'The member already belongs to {{name}}' },
  chooseOtherCell: { vi: 'Chọn chi bộ khác chi bộ hiện tại', en: 'Choose a cell other than the current one' },
  oldCellInactive: { vi: 'Chi bộ cũ của đảng viên không còn hoạt động: chọn chi bộ sinh hoạt', en: "The member's former cell no longer operates: choose the cell" },
  chooseHoldingCell: { vi: 'Chọn chi bộ sinh hoạt', en: 'Choose the cell' },
  moveBeforePlacement: {
    vi: 'Ngày {{date}} đảng viên đã được {{event}} vào chi bộ hiện tại: không ghi được lần chuyển sinh hoạt có ngày trước đó',
    en: 'On {{date}} the member was placed in the current cell ({{event}}): a transfer dated before that cannot be recorded',
  },
  notBefore: { vi: 'Không được trước ngày {{date}}', en: 'Must not be before {{date}}' },
  gapLetterField: { vi: 'Nhập ngày của giấy giới thiệu', en: 'Enter the date of the transfer letter' },
  gapTypeField: { vi: 'Chỉ đánh dấu cho sự kiện chuyển đến từ tỉnh khác', en: 'Mark only a transfer in from another province' },

  // Many members under one decision (eventRecord.ts).
  member: { vi: '{{name}} (sinh {{birth}}, {{organisation}})', en: '{{name}} (born {{birth}}, {{organisation}})' },
  memberSays: { vi: '{{name}}: {{problem}}', en: '{{name}}: {{problem}}' },
  bulkRefused: {
    vi: 'Không ghi được cho đảng viên {{member}}: {{problem}}. Chưa ghi sự kiện cho đảng viên nào.',
    en: 'Could not record for member {{member}}: {{problem}}. No event was recorded for any member.',
  },
  bulkRefusedMore: {
    vi: 'Không ghi được cho đảng viên {{member}}: {{problem}} (và {{others}} đảng viên khác cũng không ghi được). Chưa ghi sự kiện cho đảng viên nào.',
    en: 'Could not record for member {{member}}: {{problem}} (and {{others}} other members could not be recorded either). No event was recorded for any member.',
  },

  // A change that makes another event impossible (eventChecks.ts): a phrase, made a sentence there.
  leadRecord: { vi: 'Không ghi được', en: 'Cannot record' },
  leadCorrect: { vi: 'Không sửa được', en: 'Cannot correct' },
  leadCancel: { vi: 'Không hủy được', en: 'Cannot cancel' },
  laterInvalid: {
    vi: '{{lead}}: sự kiện “{{event}}” ngày {{date}} sẽ không còn hợp lệ ({{problem}})',
    en: '{{lead}}: the event “{{event}}” of {{date}} would no longer be valid ({{problem}})',
  },

  // Correcting and cancelling (eventCorrections.ts).
  cancelledNoCorrect: { vi: 'Sự kiện này đã bị hủy: không sửa được.', en: 'This event was cancelled: it cannot be corrected.' },
  reorder: {
    vi: 'Không sửa được ngày: thứ tự các lần kết nạp, chuyển sinh hoạt của đảng viên sẽ thay đổi. Hãy hủy sự kiện ghi sai rồi ghi lại.',
    en: "The date cannot be corrected: the order of the member's admissions and transfers would change. Cancel the wrong event and record it again.",
  },
  reorderField: { vi: 'Ngày này đảo thứ tự các lần chuyển sinh hoạt', en: 'This date changes the order of the transfers' },
  alreadyCancelled: { vi: 'Sự kiện này đã bị hủy trước đó.', en: 'This event was already cancelled.' },
  cardAdmission: {
    vi: 'Không hủy được sự kiện kết nạp của phiếu đảng viên (ngày vào Đảng là thông tin bắt buộc của phiếu): hãy sửa ngày của sự kiện, hoặc sửa phiếu.',
    en: "The admission of the member's record card cannot be cancelled (the admission date is required on the card): correct the event's date, or edit the card.",
  },
  cardNumber: {
    vi: 'Đảng viên có số thẻ đảng viên {{card}}; chỉ đảng viên chính thức mới có thẻ: hãy xóa số thẻ trên phiếu trước khi hủy sự kiện công nhận chính thức.',
    en: 'The member has party card no. {{card}}; only full members have a card: remove the card number on the record card before cancelling the recognition as a full member.',
  },
  laterPlacement: {
    vi: 'Sau sự kiện này, ngày {{date}} đảng viên còn được {{event}}: hãy hủy sự kiện đó trước.',
    en: 'After this event, on {{date}}, the member was also placed by “{{event}}”: cancel that event first.',
  },
  previousCellInactive: {
    vi: 'Không hủy được: chi bộ trước khi chuyển ({{name}}) đã thôi hoạt động, không đưa đảng viên về đó được. Hãy ghi chuyển sinh hoạt sang một chi bộ đang hoạt động.',
    en: 'Cannot cancel: the cell before the transfer ({{name}}) has ceased to operate, so the member cannot be put back there. Record a transfer to a cell that operates.',
  },
  unknownCell: { vi: 'không rõ', en: 'unknown' },

  // Transfer deadlines and the transfer gap (shared/events/transferRules.ts).
  transferLate: {
    vi: 'Chuyển sinh hoạt sau {{days}} ngày làm việc kể từ quyết định (quy định: trong {{limit}} ngày làm việc).',
    en: 'Transferred {{days}} working days after the decision (the rule: within {{limit}} working days).',
  },
  letterLate: {
    vi: 'Nộp giấy giới thiệu sau {{days}} ngày làm việc (quy định: trong {{limit}} ngày làm việc).',
    en: 'The transfer letter was presented after {{days}} working days (the rule: within {{limit}} working days).',
  },
  gapWrongType: {
    vi: 'Chỉ sự kiện “Chuyển đến từ tỉnh khác” mới ghi được thời gian gián đoạn sinh hoạt đảng (từ ngày giấy giới thiệu đến ngày nộp): bỏ đánh dấu gián đoạn.',
    en: 'Only the event “Chuyển đến từ tỉnh khác” (transfer in from another province) can record an interruption of party life (from the transfer letter to presenting it): clear the interruption mark.',
  },
  gapNeedsLetter: {
    vi: 'Nhập ngày quyết định (ngày của giấy giới thiệu) để tính thời gian gián đoạn sinh hoạt đảng.',
    en: 'Enter the decision date (the date of the transfer letter) to count the interruption of party life.',
  },
  gapLetterAfter: {
    vi: 'Ngày giấy giới thiệu ({{letter}}) sau ngày nộp cho chi bộ ({{presented}}): không có thời gian gián đoạn để trừ vào tuổi Đảng.',
    en: 'The transfer letter ({{letter}}) is dated after it was presented to the cell ({{presented}}): there is no interruption to take off the party age.',
  },
});

/** The order of life-cycle events (shared/events/rules.ts): phrases, made sentences by the rules. */
export const sequenceProblemTexts = defineProblems('events.sequence', {
  notOnList: { vi: 'Ngày {{date}} đảng viên {{state}}: không ghi được sự kiện “{{event}}”', en: 'On {{date}} the member {{state}}: the event “{{event}}” cannot be recorded' },
  alreadyAdmitted: {
    vi: 'Đảng viên đã được kết nạp; người đã ra khỏi Đảng được kết nạp lại thì ghi sự kiện “Kết nạp lại”',
    en: 'The member was already admitted; for someone readmitted after leaving the Party, record the event “Kết nạp lại” (readmission)',
  },
  alreadyAdmittedOn: {
    vi: 'Đảng viên đã được kết nạp (ngày {{date}}); người đã ra khỏi Đảng được kết nạp lại thì ghi sự kiện “Kết nạp lại”',
    en: 'The member was already admitted (on {{date}}); for someone readmitted after leaving the Party, record the event “Kết nạp lại” (readmission)',
  },
  readmitOnly: {
    vi: 'Chỉ kết nạp lại người đã ra khỏi Đảng (xin ra khỏi Đảng, bị xóa tên hoặc khai trừ); ngày {{date}} đảng viên {{state}}',
    en: 'Only someone who left the Party (left voluntarily, removed or expelled) is readmitted; on {{date}} the member {{state}}',
  },
  restoreOnly: {
    vi: 'Chỉ phục hồi đảng tịch cho người đã bị khai trừ hoặc xóa tên; ngày {{date}} đảng viên {{state}}',
    en: 'Party membership is restored only for someone expelled or removed; on {{date}} the member {{state}}',
  },
  transferInOnly: {
    vi: 'Chỉ ghi chuyển đến từ tỉnh khác cho đảng viên đã chuyển đi tỉnh khác hoặc được kết nạp ở tỉnh khác; ngày {{date}} đảng viên {{state}}',
    en: 'A transfer in from another province is recorded only for a member who transferred to another province or was admitted in another province; on {{date}} the member {{state}}',
  },
  localInAfterOut: {
    vi: 'Sự kiện chuyển đến trong tỉnh phải đi liền sau sự kiện chuyển đi trong tỉnh cùng ngày (ghi một lần chuyển sinh hoạt trong tỉnh)',
    en: 'A transfer in within the province must come right after a transfer out within the province of the same day (record one transfer within the province)',
  },
  localOutBeforeIn: {
    vi: 'Sự kiện chuyển đi trong tỉnh phải đi liền với sự kiện chuyển đến chi bộ mới cùng ngày (ghi một lần chuyển sinh hoạt trong tỉnh)',
    en: 'A transfer out within the province must come with a transfer in to the new cell of the same day (record one transfer within the province)',
  },
  alreadyFull: { vi: 'Đảng viên đã là đảng viên chính thức', en: 'The member is already a full member' },
  alreadyFullSince: { vi: 'Đảng viên đã là đảng viên chính thức từ ngày {{date}}', en: 'The member has been a full member since {{date}}' },
  probationShort: {
    vi: 'Chưa đủ {{months}} tháng dự bị: kết nạp ngày {{admitted}}, sớm nhất được công nhận chính thức từ ngày {{due}}',
    en: 'Probation of {{months}} months not yet over: admitted on {{admitted}}, recognised as a full member on {{due}} at the earliest',
  },
  expelProbationary: {
    vi: 'Đảng viên dự bị không bị khai trừ (chỉ bị khiển trách hoặc cảnh cáo; nếu không đủ tư cách thì xóa tên)',
    en: 'A probationary member is not expelled (only reprimanded or warned; removed if unfit)',
  },
  cardNeedsFull: {
    vi: 'Chỉ đảng viên chính thức mới có thẻ đảng viên; ngày {{date}} đảng viên đang là đảng viên dự bị',
    en: 'Only full members have a party card; on {{date}} the member is a probationary member',
  },
  flagAlready: { vi: 'Đảng viên {{flag}} từ ngày {{date}}', en: 'The member {{flag}} since {{date}}' },
  flagNot: { vi: 'Ngày {{date}} đảng viên {{flag}}: không ghi được sự kiện “{{event}}”', en: 'On {{date}} the member {{flag}}: the event “{{event}}” cannot be recorded' },
  decisionAfterAdmission: {
    vi: 'Ngày quyết định kết nạp ({{decision}}) không được sau ngày kết nạp ({{ceremony}})',
    en: 'The admission decision date ({{decision}}) must not be after the admission date ({{ceremony}})',
  },

  // The member's state, after "đảng viên" / "the member".
  neverAdmitted: { vi: 'chưa được kết nạp', en: 'has not been admitted' },
  outside: { vi: 'được kết nạp ở tỉnh khác và chưa chuyển đến tỉnh', en: 'was admitted in another province and has not transferred to the province' },
  offSince: { vi: '{{state}} (ngày {{date}})', en: '{{state}} (on {{date}})' },
  offList: { vi: 'không có trong danh sách', en: 'is not on the list' },
  onList: { vi: 'đang có trong danh sách', en: 'is on the list' },
  onProvinceList: { vi: 'đang có trong danh sách của tỉnh', en: "is on the province's list" },
  offDEATH: { vi: 'đã từ trần', en: 'has died' },
  offEXPEL: { vi: 'đã bị khai trừ', en: 'was expelled' },
  offREMOVE: { vi: 'đã bị xóa tên', en: 'was removed from the rolls' },
  offQUIT: { vi: 'đã ra khỏi Đảng', en: 'has left the Party' },
  offTRANSFER_OUT_PROVINCE: { vi: 'đã chuyển đi tỉnh khác', en: 'transferred to another province' },
  offTRANSFER_OUT_LOCAL: { vi: 'đang chuyển sinh hoạt trong tỉnh', en: 'is transferring within the province' },
  offOther: { vi: 'không còn trong danh sách', en: 'is no longer on the list' },
  exemptedOn: { vi: 'đang được miễn công tác và sinh hoạt đảng', en: 'is exempted from party work and activities' },
  exemptedOff: { vi: 'không được miễn công tác và sinh hoạt đảng', en: 'is not exempted from party work and activities' },
  suspendedOn: { vi: 'đang bị đình chỉ sinh hoạt đảng', en: 'is suspended from party activities' },
  suspendedOff: { vi: 'không bị đình chỉ sinh hoạt đảng', en: 'is not suspended from party activities' },
  awayOn: { vi: 'đang sinh hoạt tạm thời ở nơi khác', en: 'is temporarily attached elsewhere' },
  awayOff: { vi: 'không sinh hoạt tạm thời ở nơi khác', en: 'is not temporarily attached elsewhere' },
});
