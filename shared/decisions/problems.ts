import { defineProblems } from '../kernel/problems.ts';

/** What the decision services refuse or warn about (ARCHITECTURE.md, "One catalogue of problems"). */
export const decisionProblems = defineProblems('decisions', {
  notFound: { vi: 'Không tìm thấy quyết định.', en: 'The decision was not found.' },
});
