import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeholders, problemCatalogue, renderProblem, sentenceOf } from '../../../../shared/contract/problems.ts';
import { kernelProblems } from '../../../../shared/kernel/problems.ts';
import { AppFailure } from '../../../../shared/kernel/result.ts';
import { memberProblems } from '../../../../shared/members/problems.ts';
import { organisationProblems } from '../../../../shared/organisations/problems.ts';
import { eventProblems } from '../../../../shared/events/problems.ts';
import { ratingProblems } from '../../../../shared/ratings/problems.ts';
import { badgeProblems } from '../../../../shared/badges/problems.ts';
import { systemProblems } from '../../../../shared/system/problems.ts';
import { jobProblems } from '../../../../shared/jobs/problems.ts';

describe('the catalogue of problems', () => {
  it('has Vietnamese and English for every code, with the same {{params}}', () => {
    expect(problemCatalogue().size).toBeGreaterThan(200);
    for (const domain of ['kernel', 'members', 'memberFile', 'organisations', 'events', 'ratings', 'badges', 'system', 'jobs']) {
      expect([...problemCatalogue().keys()].some((code) => code.startsWith(`${domain}.`)), domain).toBe(true);
    }
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
      [memberProblems.partyAgeRange(), 'Tuổi Đảng "từ" lớn hơn tuổi Đảng "đến".'],
      [
        memberProblems.citizenIdTaken({ citizenId: '001090000001', name: 'Nguyễn Văn An', birth: '02/03/1990', organisation: 'Chi bộ 1' }),
        'Số CCCD 001090000001 đã thuộc về đảng viên Nguyễn Văn An (sinh 02/03/1990, Chi bộ 1).',
      ],
      [kernelProblems.sentence({ text: memberProblems.cardNeedsFull() }), 'Chỉ đảng viên chính thức mới có thẻ đảng viên.'],
      [kernelProblems.forbidden(), 'Tài khoản của bạn không có quyền thực hiện thao tác này.'],
      [kernelProblems.unknownMethod({ method: 'x:y' }), 'Không có chức năng "x:y".'],
      [eventProblems.membersNotFound({ count: 2, ids: '7, 9' }), 'Không tìm thấy 2 đảng viên đã chọn (mã 7, 9).'],
      [eventProblems.previousCellInactive({ name: eventProblems.unknownCell() }), 'Không hủy được: chi bộ trước khi chuyển (không rõ) đã thôi hoạt động, không đưa đảng viên về đó được. Hãy ghi chuyển sinh hoạt sang một chi bộ đang hoạt động.'],
      [ratingProblems.noRegime({ year: 2000, first: 2008 }), 'Danh mục chưa có chế độ đánh giá, xếp loại cho năm 2000 (các chế độ có từ năm 2008).'],
      [badgeProblems.awardedNoWithdraw({ badge: badgeProblems.badge({ years: 30 }), name: 'Lê Văn C', number: 'HH-1' }), 'Huy hiệu 30 năm tuổi Đảng của đồng chí Lê Văn C đã có quyết định tặng (số HH-1); không rút được.'],
      [systemProblems.backupTimeout({ minutes: 15 }), 'Không sao lưu được: quá 15 phút chưa xong nên đã dừng. Hãy thử lại; dữ liệu hiện tại không bị ảnh hưởng.'],
      [jobProblems.unknownKind({ kind: 'x:y' }), 'Không có loại công việc "x:y".'],
      [
        kernelProblems.corrupt({ backup: kernelProblems.latestBackup({ path: '/data/backups/a.db' }) }),
        'Tệp dữ liệu bị hỏng ở phần vừa đọc, nên thao tác này không thực hiện được; thay đổi chưa được lưu. Hãy đóng ứng dụng: lần mở sau sẽ kiểm tra toàn bộ tệp. Nếu kiểm tra báo hỏng, hãy liên hệ quản trị viên để khôi phục từ bản sao lưu gần nhất. Bản sao lưu gần nhất: /data/backups/a.db.',
      ],
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
  const literal = /(new AppFailure|[^\w]fail)\(\s*'[A-Z_]+',\s*[`'"]/g;
  const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());

  it('covers every service folder', () => {
    expect(folders).toEqual(expect.arrayContaining(['badges', 'catalogues', 'events', 'jobs', 'memberFile', 'members', 'organisations', 'ratings', 'system']));
  });

  it.each(folders)('electron/services/%s throws no literal message', (domain) => {
    for (const file of files(join(root, domain))) {
      const text = readFileSync(file, 'utf8');
      expect(text.match(literal), file).toBeNull();
    }
  });

  it.each(['core/dispatch.ts', 'core/remote.ts', 'core/jobs/runner.ts', 'workers/job.worker.ts', 'workers/runBackup.ts'])('electron/%s fails with no literal message', (path) => {
    const text = readFileSync(fileURLToPath(new URL(`../../../../electron/${path}`, import.meta.url)), 'utf8');
    expect(text.match(literal), path).toBeNull();
  });
});
