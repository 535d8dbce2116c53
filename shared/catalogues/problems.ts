import { defineProblems } from '../kernel/problems.ts';

/** What the catalogue services refuse (ARCHITECTURE.md, "One catalogue of problems"). */
export const catalogueProblems = defineProblems('catalogues', {
  builtInEffect: {
    vi: 'Loại "{{name}}" có sẵn theo quy định: không đổi tác động của nó (có thể đổi tên, thời hạn, ngừng dùng).',
    en: 'The type “{{name}}” is built in: its effect cannot change (its name, term and use can).',
  },
  holidayOutsideYear: { vi: 'Ngày {{date}} không thuộc năm {{year}}', en: 'The date {{date}} is not in {{year}}' },
  holidayTwice: { vi: 'Ngày {{date}} nhập hai lần', en: 'The date {{date}} is entered twice' },
});
