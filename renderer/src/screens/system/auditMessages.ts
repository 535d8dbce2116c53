import type { Messages } from '../../i18n/vi.ts';

/**
 * The audit log in the clerk's words: one label for every action the services record and every
 * entity they record it on. Actions nest by their dotted code (`member.discipline.add` is
 * actions.member.discipline.add); labels are read through components/auditLabels.ts.
 * Vietnamese first; English mirrors the keys (checked by the type).
 */
export const auditVi = {
  actions: {
    organisation: {
      create: 'Thành lập tổ chức đảng',
      update: 'Sửa thông tin tổ chức đảng',
      rename: 'Đổi tên tổ chức đảng',
      move: 'Chuyển tổ chức đảng sang cấp trên khác',
      dissolve: 'Giải thể tổ chức đảng',
      merge: 'Hợp nhất tổ chức đảng',
    },
    member: {
      create: 'Tạo phiếu đảng viên',
      update: 'Sửa phiếu đảng viên',
      byEvent: 'Cập nhật theo sự kiện',
      file: { view: 'Xem hồ sơ đảng viên' },
      sponsors: { save: 'Sửa người giới thiệu' },
      workHistory: { save: 'Sửa quá trình công tác' },
      training: { save: 'Sửa đào tạo, bồi dưỡng' },
      family: { save: 'Sửa quan hệ gia đình' },
      awards: { save: 'Sửa khen thưởng' },
      discipline: {
        add: 'Ghi kỷ luật',
        update: 'Sửa quyết định kỷ luật',
        cancel: 'Hủy quyết định kỷ luật',
      },
      photo: {
        set: 'Cập nhật ảnh',
        remove: 'Xóa ảnh',
      },
      gravelyIll: { set: 'Đánh dấu ốm nặng' },
    },
    event: {
      record: 'Ghi sự kiện',
      correct: 'Sửa sự kiện',
      cancel: 'Hủy sự kiện',
      admittedElsewhere: 'Ghi nhận kết nạp ở tỉnh khác',
      admittedHere: 'Bỏ ghi nhận kết nạp ở tỉnh khác',
    },
    badge: {
      propose: 'Đề nghị tặng Huy hiệu Đảng',
      withdraw: 'Rút đề nghị tặng Huy hiệu Đảng',
      decide: 'Ghi quyết định tặng Huy hiệu',
      export: 'Xuất danh sách Huy hiệu Đảng ra Excel',
    },
    rating: {
      create: 'Ghi xếp loại chất lượng',
      update: 'Sửa xếp loại chất lượng',
      delete: 'Xóa xếp loại chất lượng',
      quotaBreachConfirmed: 'Xác nhận vượt tỷ lệ xuất sắc',
      quotaSetting: 'Đặt tỷ lệ xuất sắc',
    },
    organisationRating: {
      create: 'Ghi xếp loại tổ chức đảng',
      update: 'Sửa xếp loại tổ chức đảng',
      delete: 'Xóa xếp loại tổ chức đảng',
    },
    system: {
      backup: 'Sao lưu dữ liệu',
      demo: 'Tạo tỉnh mẫu',
    },
  },
  /** Tables the services record on, and the method domains a write without its own entry falls back to. */
  entities: {
    organisation: 'Tổ chức đảng',
    member: 'Đảng viên',
    member_event: 'Sự kiện của đảng viên',
    member_badge: 'Huy hiệu Đảng',
    member_rating: 'Xếp loại đảng viên',
    organisation_rating: 'Xếp loại tổ chức đảng',
    app_setting: 'Thiết lập',
    system: 'Hệ thống',
    memberfile: 'Hồ sơ đảng viên',
    event: 'Sự kiện',
    badge: 'Huy hiệu Đảng',
    rating: 'Xếp loại',
    catalogue: 'Danh mục',
  },
} as const;

export const auditEn: Messages<typeof auditVi> = {
  actions: {
    organisation: {
      create: 'Organisation founded',
      update: 'Organisation edited',
      rename: 'Organisation renamed',
      move: 'Organisation moved to another parent',
      dissolve: 'Organisation dissolved',
      merge: 'Organisations merged',
    },
    member: {
      create: 'Record card created',
      update: 'Record card edited',
      byEvent: 'Updated by an event',
      file: { view: 'Member file viewed' },
      sponsors: { save: 'Sponsors edited' },
      workHistory: { save: 'Work history edited' },
      training: { save: 'Training edited' },
      family: { save: 'Family edited' },
      awards: { save: 'Awards edited' },
      discipline: {
        add: 'Discipline recorded',
        update: 'Discipline corrected',
        cancel: 'Discipline cancelled',
      },
      photo: {
        set: 'Photo updated',
        remove: 'Photo removed',
      },
      gravelyIll: { set: 'Gravely-ill flag' },
    },
    event: {
      record: 'Event recorded',
      correct: 'Event corrected',
      cancel: 'Event cancelled',
      admittedElsewhere: 'Admission marked as in another province',
      admittedHere: 'Admission no longer marked as in another province',
    },
    badge: {
      propose: 'Party badge proposed',
      withdraw: 'Party badge proposal withdrawn',
      decide: 'Party badge decision recorded',
      export: 'Party badge list exported to Excel',
    },
    rating: {
      create: 'Quality rating recorded',
      update: 'Quality rating corrected',
      delete: 'Quality rating removed',
      quotaBreachConfirmed: 'Excellent quota breach confirmed',
      quotaSetting: 'Excellent quota set',
    },
    organisationRating: {
      create: 'Organisation rating recorded',
      update: 'Organisation rating corrected',
      delete: 'Organisation rating removed',
    },
    system: {
      backup: 'Data backed up',
      demo: 'Sample province created',
    },
  },
  entities: {
    organisation: 'Party organisation',
    member: 'Party member',
    member_event: 'Member event',
    member_badge: 'Party badge',
    member_rating: 'Member rating',
    organisation_rating: 'Organisation rating',
    app_setting: 'Setting',
    system: 'System',
    memberfile: 'Member file',
    event: 'Event',
    badge: 'Party badge',
    rating: 'Rating',
    catalogue: 'Catalogue',
  },
};
