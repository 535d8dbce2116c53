import type { Messages } from '../../i18n/vi.ts';

/** Messages of the overview screen, Vietnamese first; English mirrors the keys (checked by the type). */
export const overviewVi = {
  organisations: 'Số tổ chức đảng',
  members: 'Số đảng viên',
  dataDir: 'Thư mục dữ liệu',
  lastBackup: 'Lần sao lưu gần nhất',
  never: 'Chưa sao lưu lần nào',
  backupNow: 'Sao lưu ngay',
};

export const overviewEn: Messages<typeof overviewVi> = {
  organisations: 'Party organisations',
  members: 'Party members',
  dataDir: 'Data folder',
  lastBackup: 'Last backup',
  never: 'Never backed up',
  backupNow: 'Back up now',
};
