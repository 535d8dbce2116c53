import { admissionsVi } from '../screens/members/admissionMessages.ts';
import { auditVi } from '../screens/system/auditMessages.ts';
import { badgesVi } from '../screens/badges/messages.ts';
import { decisionsVi } from '../screens/decisions/messages.ts';
import { eventsVi } from '../screens/events/messages.ts';
import { memberFileVi } from '../screens/memberFile/messages.ts';
import { ratingsVi } from '../screens/ratings/messages.ts';
import { cadresVi } from '../screens/cadres/messages.ts';
import { memberFormVi, membersTabVi, membersVi, membershipVi, sexVi } from '../screens/members/messages.ts';
import { orgVi } from '../screens/organisations/messages.ts';
import { listsVi } from '../components/listMessages.ts';
import { overviewVi } from '../screens/overview/messages.ts';
import { cataloguesVi } from '../screens/catalogues/messages.ts';
import { backupVi, firstRunVi, systemVi } from '../screens/system/messages.ts';

/** Vietnamese messages: the default language of the app. `en.ts` mirrors these keys. */
export const vi = {
  events: eventsVi,
  admissions: admissionsVi,
  ratings: ratingsVi,
  badges: badgesVi,
  cadres: cadresVi,
  memberFile: memberFileVi,
  audit: auditVi,
  catalogues: cataloguesVi,
  decisions: decisionsVi,
  app: {
    title: 'Sổ Tổ Chức',
    crashed: 'Đã xảy ra lỗi không mong muốn trong giao diện.',
    reload: 'Tải lại',
    retry: 'Thử lại',
    user: 'Người dùng: {{name}}',
    searchShortcut: 'Tìm (Ctrl+F hoặc /)',
  },
  tabs: {
    overview: 'Tổng quan',
    organisations: 'Tổ chức đảng',
    members: 'Đảng viên',
    cadres: 'Cán bộ',
    awards: 'Khen thưởng',
    statistics: 'Thống kê',
    system: 'Hệ thống',
  },
  comingSoon: 'Chức năng này sẽ có trong phiên bản sau.',
  membersTab: membersTabVi,
  lists: listsVi,
  jobs: {
    cancel: 'Dừng',
    progress: 'Tiến độ: {{percent}} %',
  },
  /** Units with plural forms (i18next `count`; Vietnamese has one form): read through i18n/units.ts. */
  units: {
    years_one: '{{count}} năm',
    years_other: '{{count}} năm',
    months_one: '{{count}} tháng',
    months_other: '{{count}} tháng',
    yearsMonths: '{{years}} {{months}}',
  },
  common: {
    clear: 'Xóa lựa chọn',
    save: 'Lưu',
    cancel: 'Hủy',
    close: 'Đóng',
    loading: 'Đang tải…',
    noResults: 'Không tìm thấy kết quả',
    typeToSearch: 'Gõ tên để tìm',
    errorTitle: 'Không thực hiện được',
    none: '—',
    datePlaceholder: 'dd/mm/yyyy',
    noMatch: 'Không có mục nào khớp “{{text}}”. Hãy chọn một mục trong danh sách.',
    requiredHint: 'Ô có dấu * là bắt buộc',
    unsaved: {
      title: 'Bỏ những gì đã nhập?',
      body: 'Những gì đã nhập chưa được lưu. Đóng bây giờ sẽ mất chúng.',
      stay: 'Ở lại',
      discard: 'Bỏ những gì đã nhập',
    },
  },
  errors: {
    transport: 'Không kết nối được với phần lõi của ứng dụng. Vui lòng thử lại.',
    badResponse: 'Phần lõi của ứng dụng trả lời không hợp lệ (mã {{status}}).',
    invalidDate: 'Ngày không hợp lệ',
    fullDateRequired: 'Ngày không hợp lệ (nhập đủ ngày/tháng/năm)',
    required: 'Không được để trống',
    chooseOrganisation: 'Chọn tổ chức đảng',
    wholeNumber: 'Nhập số nguyên không âm',
    number: 'Nhập một số',
  },
  firstRun: firstRunVi,
  overview: overviewVi,
  backup: backupVi,
  org: orgVi,
  members: membersVi,
  sex: sexVi,
  membership: membershipVi,
  memberForm: memberFormVi,
  system: systemVi,
};

/** The same tree of keys with any text: the shape every other language must fill in. */
export type Messages<T = typeof vi> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
