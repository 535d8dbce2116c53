import { defineProblems } from '../kernel/problems.ts';

/** What the job runner and the job worker refuse (ARCHITECTURE.md, "One catalogue of problems"). */
export const jobProblems = defineProblems('jobs', {
  closing: { vi: 'Ứng dụng đang đóng; không bắt đầu công việc mới.', en: 'The application is closing; no new job is started.' },
  unknownKind: { vi: 'Không có loại công việc "{{kind}}".', en: 'There is no job of kind "{{kind}}".' },
  badInput: { vi: 'Dữ liệu của công việc chưa hợp lệ.', en: "The job's data is not valid." },
  writeRunning: {
    vi: 'Đang có một công việc ghi dữ liệu chạy; hãy chờ nó xong rồi làm tiếp.',
    en: 'A job that writes data is running; wait for it to finish, then continue.',
  },
  notFoundOld: { vi: 'Không tìm thấy công việc này (có thể đã quá cũ).', en: 'This job was not found (it may be too old).' },
  notFound: { vi: 'Không tìm thấy công việc này.', en: 'This job was not found.' },
  noNestedJobs: { vi: 'Một công việc không bắt đầu công việc khác.', en: 'A job does not start another job.' },
  cancelled: { vi: 'Đã dừng theo yêu cầu; không có thay đổi nào được lưu.', en: 'Stopped as asked; no change was saved.' },
  cannotOpen: { vi: 'Không mở được tệp dữ liệu cho công việc này.', en: 'The data file could not be opened for this job.' },
});
