import type { Messages } from '../../i18n/vi.ts';

/** Messages of the member list and record card, Vietnamese first; English mirrors the keys (checked by the type). */
export const membersVi = {
  bulkEvent: 'Ghi sự kiện cho cả danh sách',
  bulkHint: 'Ghi một sự kiện cho mọi đảng viên đang hiện trong danh sách (tối đa {{n}} người)',
  search: 'Tìm đảng viên',
  searchPlaceholder: 'Họ tên (không cần dấu), số CCCD, số thẻ hoặc số lý lịch',
  scope: 'Phạm vi tổ chức',
  wholeProvince: 'Toàn tỉnh',
  add: 'Thêm đảng viên',
  total: 'Tổng: {{n}} đảng viên',
  totalAtLeast: 'Tổng: trên {{n}} đảng viên',
  grid: 'Danh sách đảng viên',
  loadingRow: 'Đang tải…',
  matchedOtherNames: 'khớp tên gọi khác: {{names}}',
  empty: 'Không có đảng viên nào phù hợp.',
  export: {
    title: 'Danh sách đảng viên',
    search: 'tìm "{{q}}"',
    ageBand: 'độ tuổi {{band}}',
    ethnic: 'dân tộc {{name}}',
    partyAgeMin: 'tuổi Đảng ≥ {{n}}',
    partyAgeMax: 'tuổi Đảng ≤ {{n}}',
  },
  filters: {
    sex: 'Lọc nam/nữ',
    ageBand: 'Độ tuổi',
    membership: 'Loại đảng viên',
    ethnic: 'Lọc dân tộc',
    sort: 'Sắp xếp theo',
    any: 'Tất cả',
    descending: 'Giảm dần',
  },
  sort: {
    official: 'Thứ tự chính thức',
    birthDate: 'Ngày sinh',
    admissionDate: 'Ngày vào Đảng',
    recordNo: 'Số lý lịch',
  },
  columns: {
    index: 'STT',
    fullName: 'Họ và tên',
    birthDate: 'Ngày sinh',
    sex: 'Giới tính',
    citizenId: 'Số CCCD',
    cardNo: 'Số thẻ',
    organisation: 'Chi bộ/tổ chức',
    admissionDate: 'Ngày vào Đảng',
    membership: 'Dự bị/Chính thức',
  },
};

export const membersTabVi = {
  view: 'Chế độ xem',
  list: 'Danh sách đảng viên',
};

export const memberFormVi = {
  titleNew: 'Phiếu đảng viên mới',
  titleEdit: 'Sửa phiếu đảng viên: {{name}}',
  keysHint: 'Enter: sang ô tiếp theo · Ctrl+S: lưu · Ctrl+Enter: lưu và nhập phiếu mới · Esc: đóng · Ô có dấu * là bắt buộc',
  saved: 'Đã lưu phiếu đảng viên {{name}}.',
  organisationCorrectionOnly: 'Chỉ sửa khi nhập nhầm; chuyển sinh hoạt đảng ghi ở thẻ Sự kiện.',
  sections: {
    name: 'Họ tên',
    personal: 'Thông tin cá nhân',
    places: 'Quê quán, nơi ở',
    papers: 'Giấy tờ',
    party: 'Đảng',
    education: 'Trình độ',
    contact: 'Liên hệ, ghi chú',
  },
  fields: {
    familyName: 'Họ',
    middleName: 'Chữ đệm',
    givenName: 'Tên',
    nameOrder: 'Thứ tự họ tên',
    otherNames: 'Tên gọi khác',
    birthDate: 'Ngày sinh',
    sex: 'Giới tính',
    ethnicCode: 'Dân tộc',
    religionCode: 'Tôn giáo',
    birthPlace: 'Nơi sinh',
    homeTown: 'Quê quán',
    residence: 'Nơi thường trú',
    temporaryResidence: 'Nơi tạm trú',
    citizenId: 'Số CCCD',
    cardNo: 'Số thẻ đảng viên',
    recordNo: 'Số lý lịch',
    organisationId: 'Tổ chức đảng',
    admissionDate: 'Ngày vào Đảng',
    admissionDecisionDate: 'Ngày quyết định kết nạp',
    fullMemberDate: 'Ngày chính thức',
    generalEducation: 'Giáo dục phổ thông',
    professionalCode: 'Chuyên môn, nghiệp vụ',
    politicalTheoryCode: 'Lý luận chính trị',
    occupationCode: 'Nghề nghiệp',
    phone: 'Điện thoại',
    notes: 'Ghi chú',
  },
  nameOrders: {
    familyFirst: 'Họ trước (Nguyễn Văn An, Ksor Ní)',
    familyLast: 'Họ sau (Y Ngông Niê Kdăm)',
  },
  placeholders: {
    date: 'năm, tháng/năm hoặc ngày/tháng/năm',
    generalEducation: 'ví dụ 12/12',
  },
};

export const sexVi = { M: 'Nam', F: 'Nữ' };

export const membershipVi = { probationary: 'Dự bị', full: 'Chính thức' };

export const membersEn: Messages<typeof membersVi> = {
  bulkEvent: 'Record an event for the whole list',
  bulkHint: 'Record one event for every member now listed (at most {{n}})',
  search: 'Find member',
  searchPlaceholder: 'Name (diacritics optional), citizen ID, card or record number',
  scope: 'Organisation scope',
  wholeProvince: 'Whole province',
  add: 'Add member',
  total: 'Total: {{n}} members',
  totalAtLeast: 'Total: more than {{n}} members',
  grid: 'Party member list',
  loadingRow: 'Loading…',
  matchedOtherNames: 'matched other name: {{names}}',
  empty: 'No member matches.',
  export: {
    title: 'Party member list',
    search: 'search "{{q}}"',
    ageBand: 'age {{band}}',
    ethnic: 'ethnic group {{name}}',
    partyAgeMin: 'party age ≥ {{n}}',
    partyAgeMax: 'party age ≤ {{n}}',
  },
  filters: {
    sex: 'Filter by sex',
    ageBand: 'Age band',
    membership: 'Membership',
    ethnic: 'Filter by ethnic group',
    sort: 'Sort by',
    any: 'All',
    descending: 'Descending',
  },
  sort: {
    official: 'Official order',
    birthDate: 'Date of birth',
    admissionDate: 'Admission date',
    recordNo: 'Record number',
  },
  columns: {
    index: 'No.',
    fullName: 'Full name',
    // Short enough for the grid's columns at 1366 px (test/e2e/words.test.ts).
    birthDate: 'Born',
    sex: 'Sex',
    citizenId: 'Citizen ID',
    cardNo: 'Card no.',
    organisation: 'Cell/organisation',
    admissionDate: 'Admitted',
    membership: 'Membership',
  },
};

export const membersTabEn: Messages<typeof membersTabVi> = {
  view: 'View',
  list: 'Member list',
};

export const memberFormEn: Messages<typeof memberFormVi> = {
  titleNew: 'New member record',
  titleEdit: 'Edit member record: {{name}}',
  keysHint: 'Enter: next field · Ctrl+S: save · Ctrl+Enter: save and start a new record · Esc: close · Boxes marked * are required',
  saved: 'Saved the record of {{name}}.',
  organisationCorrectionOnly: 'Change only to fix a wrong entry; record a transfer on the Events tab.',
  sections: {
    name: 'Name',
    personal: 'Personal details',
    places: 'Home town, residence',
    papers: 'Papers',
    party: 'Party',
    education: 'Education',
    contact: 'Contact, notes',
  },
  fields: {
    familyName: 'Family name',
    middleName: 'Middle name',
    givenName: 'Given name',
    nameOrder: 'Name order',
    otherNames: 'Other names',
    birthDate: 'Date of birth',
    sex: 'Sex',
    ethnicCode: 'Ethnic group',
    religionCode: 'Religion',
    birthPlace: 'Place of birth',
    homeTown: 'Home town',
    residence: 'Permanent residence',
    temporaryResidence: 'Temporary residence',
    citizenId: 'Citizen ID',
    cardNo: 'Party card number',
    recordNo: 'Record number',
    organisationId: 'Party organisation',
    admissionDate: 'Admission date',
    admissionDecisionDate: 'Admission decision date',
    fullMemberDate: 'Full membership date',
    generalEducation: 'General education',
    professionalCode: 'Professional qualification',
    politicalTheoryCode: 'Political theory',
    occupationCode: 'Occupation',
    phone: 'Phone',
    notes: 'Notes',
  },
  nameOrders: {
    familyFirst: 'Family name first (Nguyễn Văn An, Ksor Ní)',
    familyLast: 'Family name last (Y Ngông Niê Kdăm)',
  },
  placeholders: {
    date: 'year, month/year or day/month/year',
    generalEducation: 'e.g. 12/12',
  },
};

export const sexEn: Messages<typeof sexVi> = { M: 'Male', F: 'Female' };

export const membershipEn: Messages<typeof membershipVi> = { probationary: 'Probationary', full: 'Full' };
