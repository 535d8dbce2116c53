import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeholders, problemCatalogue, renderProblem, sentenceOf } from '../../../../shared/contract/problems.ts';
import { kernelProblems } from '../../../../shared/kernel/problems.ts';
import { AppFailure } from '../../../../shared/kernel/result.ts';
import { memberProblems } from '../../../../shared/members/problems.ts';
import { organisationProblems } from '../../../../shared/organisations/problems.ts';

describe('the catalogue of problems', () => {
  it('has Vietnamese and English for every code, with the same {{params}}', () => {
    expect(problemCatalogue().size).toBeGreaterThan(50);
    for (const [code, text] of problemCatalogue()) {
      expect(text.vi.trim(), code).not.toBe('');
      expect(text.en.trim(), code).not.toBe('');
      expect(placeholders(text.en), code).toEqual(placeholders(text.vi));
    }
  });

  it('renders codes exactly as the services wrote their Vietnamese messages', () => {
    const samples: [ReturnType<typeof kernelProblems.text>, string][] = [
      [organisationProblems.notFound(), 'Không tìm thấy tổ chức đảng này (có thể đã bị xóa).'],
      [organisationProblems.inactiveSince({ name: 'Chi bộ 1', date: '01/02/2024' }), 'Chi bộ 1 đã thôi hoạt động từ 01/02/2024; không thể thực hiện thao tác này.'],
      [organisationProblems.hasChildren({ name: 'Đảng bộ xã A', count: 3 }), 'Đảng bộ xã A còn 3 tổ chức trực thuộc; hãy chuyển hoặc giải thể chúng trước (hoặc dùng Hợp nhất).'],
      [organisationProblems.codeTaken({ code: 'X1', name: 'Chi bộ 2' }), 'Mã X1 đã được dùng cho Chi bộ 2.'],
      [memberProblems.partyAgeRange(), 'Tuổi đảng "từ" lớn hơn tuổi đảng "đến".'],
      [
        memberProblems.citizenIdTaken({ citizenId: '001090000001', name: 'Nguyễn Văn An', birth: '02/03/1990', organisation: 'Chi bộ 1' }),
        'Số CCCD 001090000001 đã thuộc về đảng viên Nguyễn Văn An (sinh 02/03/1990, Chi bộ 1).',
      ],
      [kernelProblems.sentence({ text: memberProblems.cardNeedsFull() }), 'Chỉ đảng viên chính thức mới có thẻ đảng viên.'],
      [kernelProblems.forbidden(), 'Tài khoản của bạn không có quyền thực hiện thao tác này.'],
      [kernelProblems.unknownMethod({ method: 'x:y' }), 'Không có chức năng "x:y".'],
    ];
    for (const [problem, vi] of samples) expect(renderProblem(problem)).toBe(vi);
  });

  it('renders nested problems in the same language, and numbers as written', () => {
    const row = memberProblems.rowsRefused({ row: 7, name: 'Lê Thị Bình', others: 2, problem: sentenceOf([memberProblems.birthAfterCeremony({ birth: '01/05/2026', ceremony: '01/05/2026' })]) ?? kernelProblems.badInputBare() });
    expect(renderProblem(row)).toBe('Dòng 7 (Lê Thị Bình): Ngày sinh 01/05/2026 không trước ngày vào Đảng 01/05/2026. Còn 2 dòng khác cũng có lỗi. Chưa kết nạp người nào.');
    expect(renderProblem(row, 'en')).toBe('Row 7 (Lê Thị Bình): Birth date 01/05/2026 is not before the admission date 01/05/2026. 2 other rows have errors too. Nobody was admitted.');
    expect(renderProblem(organisationProblems.mergeBeforeFounding({ name: 'Chi bộ 2025' }))).toBe('Ngày hợp nhất trước ngày thành lập Chi bộ 2025.');
    expect(renderProblem({ code: 'no.such', params: {} })).toBe('no.such');
  });

  it('joins phrases into one sentence', () => {
    const a = kernelProblems.text({ text: 'a' });
    const b = kernelProblems.text({ text: 'b' });
    expect(sentenceOf([])).toBeNull();
    expect(renderProblem(sentenceOf([a, b, a]) ?? a)).toBe('a; b; a.');
  });

  it('travels in an AppFailure: Vietnamese message and fields, problems beside them', () => {
    const failure = new AppFailure('RULE', organisationProblems.inactive({ name: 'Chi bộ 1' }), { organisationId: organisationProblems.inactiveField() });
    expect(failure.message).toBe('Chi bộ 1 đã thôi hoạt động.');
    expect(failure.toError()).toEqual({
      code: 'RULE',
      message: 'Chi bộ 1 đã thôi hoạt động.',
      fields: { organisationId: 'Tổ chức đã thôi hoạt động' },
      problem: { code: 'organisations.inactive', params: { name: 'Chi bộ 1' } },
      fieldProblems: { organisationId: { code: 'organisations.inactiveField', params: {} } },
    });
  });
});

/** Services throw problems, not text: a literal message in `new AppFailure(…)` is refused here. */
describe('services speak problems', () => {
  const root = fileURLToPath(new URL('../../../../electron/services/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  it.each(['members', 'memberFile', 'organisations'])('electron/services/%s throws no literal message', (domain) => {
    for (const file of files(join(root, domain))) {
      const text = readFileSync(file, 'utf8');
      expect(text.match(/new AppFailure\(\s*'[A-Z_]+',\s*[`'"]/g), file).toBeNull();
    }
  });
});
