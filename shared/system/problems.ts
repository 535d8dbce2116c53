import { defineProblems } from '../kernel/problems.ts';

/** What the system services (account, backup, demo data) refuse (ARCHITECTURE.md, "One catalogue of problems"). */
export const systemProblems = defineProblems('system', {
  noAccount: { vi: 'Tài khoản không tồn tại.', en: 'The account does not exist.' },
  notEmpty: { vi: 'Cơ sở dữ liệu đã có dữ liệu; chỉ tạo tỉnh mẫu trên cơ sở dữ liệu trống.', en: 'The database already holds data; a demo province is made only in an empty database.' },

  // Backups (electron/workers/runBackup.ts).
  backupDiskFull: {
    vi: 'Không sao lưu được: ổ đĩa chứa thư mục sao lưu đã đầy. Hãy giải phóng dung lượng rồi sao lưu lại; dữ liệu hiện tại không bị ảnh hưởng.',
    en: 'The backup failed: the disk holding the backup folder is full. Free some space and back up again; the current data is not affected.',
  },
  backupCannotOpen: {
    vi: 'Không sao lưu được: không mở được tệp dữ liệu để đọc (tệp đã bị xóa, di chuyển hoặc không có quyền đọc).',
    en: 'The backup failed: the data file could not be opened for reading (it was deleted or moved, or cannot be read).',
  },
  backupCannotWrite: {
    vi: 'Không sao lưu được: không ghi được vào thư mục sao lưu (thư mục "backups" trong thư mục dữ liệu). Hãy kiểm tra quyền ghi và dung lượng ổ đĩa; dữ liệu hiện tại không bị ảnh hưởng.',
    en: 'The backup failed: the backup folder (the "backups" folder in the data folder) could not be written. Check the write permission and the disk space; the current data is not affected.',
  },
  backupNotVerified: {
    vi: 'Không sao lưu được: bản sao không qua được bước kiểm tra nên đã bị xóa. Hãy sao lưu lại; dữ liệu hiện tại không bị ảnh hưởng.',
    en: 'The backup failed: the copy did not pass the check and was deleted. Back up again; the current data is not affected.',
  },
  backupUnexpected: { vi: 'Không sao lưu được do lỗi không mong muốn; dữ liệu hiện tại không bị ảnh hưởng.', en: 'The backup failed because of an unexpected error; the current data is not affected.' },
  backupNoThread: { vi: 'Không sao lưu được: không khởi động được luồng sao lưu.', en: 'The backup failed: the backup thread could not be started.' },
  backupTimeout: {
    vi: 'Không sao lưu được: quá {{minutes}} phút chưa xong nên đã dừng. Hãy thử lại; dữ liệu hiện tại không bị ảnh hưởng.',
    en: 'The backup failed: it was not done after {{minutes}} minutes and was stopped. Try again; the current data is not affected.',
  },
  backupCrashed: {
    vi: 'Không sao lưu được: luồng sao lưu dừng bất thường; chưa có bản sao mới. Hãy thử lại.',
    en: 'The backup failed: the backup thread stopped unexpectedly; there is no new copy. Try again.',
  },
  backupStopped: {
    vi: 'Đã dừng sao lưu vì ứng dụng đang đóng; bản sao dở dang đã được xóa, các bản sao lưu cũ vẫn nguyên.',
    en: 'The backup was stopped because the application is closing; the unfinished copy was deleted, the earlier backups are intact.',
  },

  // Demo data (electron/services/system/demo/).
  demoMembers: { vi: 'Số đảng viên mẫu phải là số nguyên từ 0 đến {{max}}.', en: 'The number of demo members must be a whole number from 0 to {{max}}.' },
  demoSeed: { vi: 'Hạt giống (seed) phải là số nguyên.', en: 'The seed must be a whole number.' },
  demoDate: { vi: 'Ngày không hợp lệ: {{date}}.', en: 'Not a valid date: {{date}}.' },
  demoNotEmpty: {
    vi: 'Cơ sở dữ liệu đã có tổ chức đảng: chỉ tạo được tỉnh mẫu trên cơ sở dữ liệu trống.',
    en: 'The database already has party organisations: a demo province can be made only in an empty database.',
  },
  demoMissingCodes: { vi: 'Danh mục thiếu mã cần cho dữ liệu mẫu ({{codes}}).', en: 'The catalogue lacks codes the demo data needs ({{codes}}).' },
  demoYear: { vi: 'Năm không hợp lệ: {{year}}.', en: 'Not a valid year: {{year}}.' },
  demoNoRegime: { vi: 'Danh mục chưa có chế độ xếp loại cho năm {{year}}.', en: 'The catalogue has no rating regime for {{year}}.' },
  demoYearNotOver: {
    vi: 'Năm {{year}} chưa kết thúc (ngày xét {{date}}) nên chưa có kết quả xếp loại.',
    en: 'The year {{year}} is not over (rating date {{date}}), so it has no ratings yet.',
  },
  demoRegimeLevels: {
    vi: 'Chế độ xếp loại {{regime}} cần đủ 4 mức cho đảng viên và tổ chức.',
    en: 'Rating regime {{regime}} needs all 4 categories for members and organisations.',
  },
  demoRatingsExist: {
    vi: 'Đã có kết quả xếp loại của năm {{years}}: không tạo thêm dữ liệu mẫu.',
    en: 'There are already ratings for {{years}}: no more demo data is made.',
  },
});
