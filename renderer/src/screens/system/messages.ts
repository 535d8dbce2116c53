import type { Messages } from '../../i18n/vi.ts';

/** Messages of the system screen, the first run and backups, Vietnamese first; English mirrors the keys (checked by the type). */
export const systemVi = {
  user: 'Người dùng',
  role: 'Vai trò',
  roles: { viewer: 'Người xem', clerk: 'Chuyên viên', admin: 'Quản trị viên' },
  appVersion: 'Phiên bản ứng dụng',
  schemaVersion: 'Phiên bản cơ sở dữ liệu',
  dataDir: 'Thư mục dữ liệu',
  backup: 'Sao lưu',
  verify: 'Kiểm tra nhật ký',
  verifyOk: 'Nhật ký toàn vẹn ({{n}} mục).',
  verifyBad: 'Nhật ký đã bị thay đổi, bắt đầu từ mục số {{id}} (trên tổng {{n}} mục).',
  audit: 'Nhật ký thay đổi gần đây',
  auditEmpty: 'Chưa có mục nhật ký nào.',
  auditColumns: {
    id: 'Số',
    at: 'Thời điểm',
    user: 'Người thực hiện',
    action: 'Thao tác',
    entity: 'Đối tượng',
    changes: 'Nội dung thay đổi',
  },
  auditObjectId: '{{label}} (mã {{id}})',
  language: 'Ngôn ngữ',
};

export const firstRunVi = {
  title: 'Chào mừng đến với Sổ Tổ Chức',
  intro:
    'Cơ sở dữ liệu chưa có tổ chức đảng nào. Bạn có thể tạo một tỉnh mẫu để làm quen với chương trình, hoặc bắt đầu với dữ liệu trống và tạo tổ chức gốc (Đảng bộ tỉnh).',
  demo: 'Tạo tỉnh mẫu',
  empty: 'Bắt đầu với dữ liệu trống',
  demoRunning: 'Đang tạo tỉnh mẫu, vui lòng chờ…',
  demoDone: 'Đã tạo tỉnh mẫu: {{organisations}} tổ chức, {{members}} đảng viên.',
  confirmTitle: 'Tạo tỉnh mẫu?',
  confirmText:
    'Chương trình sẽ tạo một tỉnh với khoảng {{n}} đảng viên là dữ liệu mẫu (họ tên, ngày tháng đều giả lập) để làm quen, không phải hồ sơ thật. Đầu trang sẽ ghi “Dữ liệu mẫu” cho đến khi dữ liệu này được thay bằng dữ liệu thật.',
  confirm: 'Tạo dữ liệu mẫu',
  badge: 'Dữ liệu mẫu',
  badgeTitle: 'Tỉnh mẫu tạo ngày {{date}}: dữ liệu giả lập để làm quen, không phải hồ sơ thật.',
};

export const backupVi = {
  done: 'Đã sao lưu vào {{file}} ({{size}}).',
};

export const systemEn: Messages<typeof systemVi> = {
  user: 'User',
  role: 'Role',
  roles: { viewer: 'Viewer', clerk: 'Clerk', admin: 'Administrator' },
  appVersion: 'Application version',
  schemaVersion: 'Database schema version',
  dataDir: 'Data folder',
  backup: 'Back up',
  verify: 'Verify the audit log',
  verifyOk: 'The audit log is intact ({{n}} entries).',
  verifyBad: 'The audit log was altered, starting at entry {{id}} (of {{n}} entries).',
  audit: 'Recent changes',
  auditEmpty: 'No audit entries yet.',
  auditColumns: {
    id: 'No.',
    at: 'Time',
    user: 'By',
    action: 'Action',
    entity: 'Entity',
    changes: 'Changes',
  },
  auditObjectId: '{{label}} (id {{id}})',
  language: 'Language',
};

export const firstRunEn: Messages<typeof firstRunVi> = {
  title: 'Welcome to Sổ Tổ Chức',
  intro:
    'The database holds no party organisation yet. Create a sample province to get to know the program, or start with empty data and create the root organisation (the provincial party organisation).',
  demo: 'Create a sample province',
  empty: 'Start with empty data',
  demoRunning: 'Creating the sample province, please wait…',
  demoDone: 'Sample province created: {{organisations}} organisations, {{members}} members.',
  confirmTitle: 'Create a sample province?',
  confirmText:
    'The program will create a province of about {{n}} members as sample data (names and dates are made up) to get to know it; these are not real records. The header will say “Sample data” until this data is replaced by real data.',
  confirm: 'Create sample data',
  badge: 'Sample data',
  badgeTitle: 'Sample province created on {{date}}: made-up data to get to know the program, not real records.',
};

export const backupEn: Messages<typeof backupVi> = {
  done: 'Backed up to {{file}} ({{size}}).',
};
