import { describe, expect, it } from 'vitest';
import { admissionHeaderProblems, admissionRowProblems, duplicateCitizenIds, MIN_ADMISSION_AGE } from '../../../shared/members/admissionRules.ts';
import { renderProblem } from '../../../shared/contract/problems.ts';

const known = (_field: string, code: string) => code === '1';

describe('admission rules (shared by the admission screen and member:admitMany)', () => {
  it('refuses a ceremony in the future and a decision after the ceremony', () => {
    const problems = admissionHeaderProblems({ admissionDate: '2026-05-02', decisionDate: '2026-05-03' }, '2026-05-01');
    expect(problems.map((p) => [p.field, renderProblem(p.problem), renderProblem(p.summary)])).toEqual([
      ['admissionDate', 'Ngày ở tương lai', 'Ngày vào Đảng (lễ kết nạp) ở tương lai: chỉ ghi lễ kết nạp đã diễn ra.'],
      ['decision.date', 'Không được sau ngày vào Đảng', 'Ngày quyết định kết nạp (03/05/2026) không được sau ngày vào Đảng (02/05/2026).'],
    ]);
    expect(admissionHeaderProblems({ admissionDate: '2026-05-01', decisionDate: '2026-05-01' }, '2026-05-01')).toEqual([]);
    expect(admissionHeaderProblems({ admissionDate: null, decisionDate: '2026-05-03' }, '2026-05-01')).toEqual([]);
  });

  it('refuses a birth not before the ceremony, and someone certainly under 18', () => {
    const after = admissionRowProblems({ birthDate: '2026-05-01', codes: {} }, '2026-05-01', known);
    expect(after.map((p) => renderProblem(p.summary))).toEqual(['Ngày sinh 01/05/2026 không trước ngày vào Đảng 01/05/2026']);
    const young = admissionRowProblems({ birthDate: '2008-05-02', codes: {} }, '2026-05-01', known);
    expect(young.map((p) => [p.field, renderProblem(p.problem), renderProblem(p.problem, 'en')])).toEqual([
      ['birthDate', `Chưa đủ ${MIN_ADMISSION_AGE} tuổi vào ngày kết nạp`, `Under ${MIN_ADMISSION_AGE} on the admission date`],
    ]);
    expect(admissionRowProblems({ birthDate: '2008-05-01', codes: {} }, '2026-05-01', known)).toEqual([]);
    // A year alone counts from its first day: 2008 may be 18 on 01/05/2026.
    expect(admissionRowProblems({ birthDate: '2008', codes: {} }, '2026-05-01', known)).toEqual([]);
    expect(admissionRowProblems({ birthDate: null, codes: {} }, '2026-05-01', known)).toEqual([]);
  });

  it('refuses codes not in the catalogue, naming the field', () => {
    const problems = admissionRowProblems({ birthDate: '1990-01-01', codes: { ethnicCode: '99', religionCode: '1', occupationCode: null } }, '2026-05-01', known);
    expect(problems.map((p) => [p.field, renderProblem(p.problem), renderProblem(p.summary), renderProblem(p.summary, 'en')])).toEqual([
      ['ethnicCode', 'Không có trong danh mục', 'Dân tộc “99” không có trong danh mục', 'Ethnic group “99” is not in the catalogue'],
    ]);
  });

  it('finds citizen IDs given twice, each later row with the first', () => {
    expect(duplicateCitizenIds(['1', '2', '1', '', '', '1'])).toEqual([
      { index: 2, first: 0 },
      { index: 5, first: 0 },
    ]);
  });
});
