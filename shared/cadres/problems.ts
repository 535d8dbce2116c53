import { defineProblems } from '../kernel/problems.ts';

/** What the cadre-file services refuse or warn about (ARCHITECTURE.md, "One catalogue of problems"). */
export const cadreProblems = defineProblems('cadres', {
  notFound: { vi: 'Không tìm thấy hồ sơ cán bộ.', en: 'The cadre file was not found.' },
});
