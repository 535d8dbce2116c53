import { describe, expect, it } from 'vitest';
import type { ListEffect, MembershipEvent } from '../../../shared/events/membership.ts';
import { renderProblem } from '../../../shared/contract/problems.ts';
import {
  RATING_RULES,
  categoriesFor,
  categoryForScore,
  checkQuota,
  checkScore,
  countQuota,
  effectiveQuotaPct,
  latestRatedAdmission,
  notSubjectText,
  quotaCategories,
  quotaMessage,
  quotaNeedsConfirmation,
  quotaSettingRange,
  ratingDate,
  ratingSubject,
  regimeForYear,
  type RatingRegime,
} from '../../../shared/ratings/rules.ts';

/** The catalogue rows (db/seed/csv/rating-regimes.csv, rating-categories.csv). */
const REGIMES: RatingRegime[] = [
  { regime: 2008, firstYear: 2008, lastYear: 2017, quotaPct: null, quotaMaxPct: null },
  { regime: 2018, firstYear: 2018, lastYear: 2024, quotaPct: 20, quotaMaxPct: 20 },
  { regime: 2025, firstYear: 2025, lastYear: null, quotaPct: 20, quotaMaxPct: 25 },
];

const CATEGORY_ROWS = [
  { regime: 2025, appliesTo: 'both', code: 'HTXSNV', name: 'Hoàn thành xuất sắc nhiệm vụ', order: 1, minScore: 90 },
  { regime: 2025, appliesTo: 'both', code: 'HTTNV', name: 'Hoàn thành tốt nhiệm vụ', order: 2, minScore: 70 },
  { regime: 2025, appliesTo: 'both', code: 'HTNV', name: 'Hoàn thành nhiệm vụ', order: 3, minScore: 50 },
  { regime: 2025, appliesTo: 'both', code: 'KHTNV', name: 'Không hoàn thành nhiệm vụ', order: 4, minScore: 0 },
  { regime: 2018, appliesTo: 'both', code: 'HTXSNV', name: 'Hoàn thành xuất sắc nhiệm vụ', order: 1, minScore: null },
  { regime: 2018, appliesTo: 'both', code: 'HTTNV', name: 'Hoàn thành tốt nhiệm vụ', order: 2, minScore: null },
  { regime: 2018, appliesTo: 'both', code: 'HTNV', name: 'Hoàn thành nhiệm vụ', order: 3, minScore: null },
  { regime: 2018, appliesTo: 'both', code: 'KHTNV', name: 'Không hoàn thành nhiệm vụ', order: 4, minScore: null },
  { regime: 2008, appliesTo: 'organisation', code: 'TSVM', name: 'Trong sạch vững mạnh', order: 1, minScore: null },
  { regime: 2008, appliesTo: 'organisation', code: 'HTTNV', name: 'Hoàn thành tốt nhiệm vụ', order: 2, minScore: null },
  { regime: 2008, appliesTo: 'organisation', code: 'HTNV', name: 'Hoàn thành nhiệm vụ', order: 3, minScore: null },
  { regime: 2008, appliesTo: 'organisation', code: 'YK', name: 'Yếu kém', order: 4, minScore: null },
  { regime: 2008, appliesTo: 'member', code: 'DTC_HTXSNV', name: 'Đủ tư cách, hoàn thành xuất sắc nhiệm vụ', order: 1, minScore: null },
  { regime: 2008, appliesTo: 'member', code: 'DTC_HTTNV', name: 'Đủ tư cách, hoàn thành tốt nhiệm vụ', order: 2, minScore: null },
  { regime: 2008, appliesTo: 'member', code: 'DTC_HTNV', name: 'Đủ tư cách, hoàn thành nhiệm vụ', order: 3, minScore: null },
  { regime: 2008, appliesTo: 'member', code: 'VPTC', name: 'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ', order: 4, minScore: null },
];

const of = (regime: number) => CATEGORY_ROWS.filter((r) => r.regime === regime);
const c2025 = categoriesFor(of(2025), 'member');
const c2018 = categoriesFor(of(2018), 'member');

describe('regimes and categories', () => {
  it('finds the regime of a year from the catalogue', () => {
    expect(regimeForYear(REGIMES, 2007)).toBeNull();
    expect(regimeForYear(REGIMES, 2008)?.regime).toBe(2008);
    expect(regimeForYear(REGIMES, 2017)?.regime).toBe(2008);
    expect(regimeForYear(REGIMES, 2018)?.regime).toBe(2018);
    expect(regimeForYear(REGIMES, 2024)?.regime).toBe(2018);
    expect(regimeForYear(REGIMES, 2025)?.regime).toBe(2025);
    expect(regimeForYear(REGIMES, 2031)?.regime).toBe(2025);
  });

  it('gives members and organisations their own categories, best first, with score bands', () => {
    expect(categoriesFor(of(2008), 'member').map((c) => c.code)).toEqual(['DTC_HTXSNV', 'DTC_HTTNV', 'DTC_HTNV', 'VPTC']);
    expect(categoriesFor(of(2008), 'organisation').map((c) => c.code)).toEqual(['TSVM', 'HTTNV', 'HTNV', 'YK']);
    expect(categoriesFor(of(2025), 'organisation').map((c) => c.code)).toEqual(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
    expect(c2025.map((c) => [c.code, c.minScore, c.belowScore])).toEqual([
      ['HTXSNV', 90, null],
      ['HTTNV', 70, 90],
      ['HTNV', 50, 70],
      ['KHTNV', 0, 50],
    ]);
    expect(c2018.every((c) => c.minScore === null && c.belowScore === null)).toBe(true);
  });

  it('puts a score in its category (2025 thresholds only)', () => {
    expect(categoryForScore(c2025, 100)?.code).toBe('HTXSNV');
    expect(categoryForScore(c2025, 90)?.code).toBe('HTXSNV');
    expect(categoryForScore(c2025, 89)?.code).toBe('HTTNV');
    expect(categoryForScore(c2025, 70)?.code).toBe('HTTNV');
    expect(categoryForScore(c2025, 69)?.code).toBe('HTNV');
    expect(categoryForScore(c2025, 50)?.code).toBe('HTNV');
    expect(categoryForScore(c2025, 49)?.code).toBe('KHTNV');
    expect(categoryForScore(c2025, 0)?.code).toBe('KHTNV');
    expect(categoryForScore(c2018, 95)).toBeNull();
  });
});

describe('score and category agreement', () => {
  it('accepts scores inside the band, boundaries included below and excluded above', () => {
    for (const [code, score] of [
      ['HTXSNV', 90],
      ['HTXSNV', 100],
      ['HTTNV', 70],
      ['HTTNV', 89],
      ['HTNV', 50],
      ['HTNV', 69],
      ['KHTNV', 0],
      ['KHTNV', 49],
    ] as const) {
      expect(checkScore(c2025, code, score, null), `${code} ${score}`).toEqual({ ok: true });
    }
  });

  it('refuses scores outside the band, saying which band', () => {
    const said = (check: ReturnType<typeof checkScore>, language: 'vi' | 'en' = 'vi') => (check.ok ? null : renderProblem(check.problem, language));
    expect(said(checkScore(c2025, 'HTXSNV', 89, null))).toBe('Điểm 89 chưa đạt mức "Hoàn thành xuất sắc nhiệm vụ" (từ 90 điểm).');
    expect(said(checkScore(c2025, 'HTTNV', 90, null))).toBe('Điểm 90 vượt ngưỡng của mức "Hoàn thành tốt nhiệm vụ" (70 đến dưới 90 điểm).');
    expect(said(checkScore(c2025, 'HTTNV', 90, null), 'en')).toBe('A score of 90 is above the band of "Hoàn thành tốt nhiệm vụ" (70 to below 90 points).');
    expect(said(checkScore(c2025, 'KHTNV', 72, null))).toMatch(/\(dưới 50 điểm\)/);
    expect(checkScore(c2025, 'HTTNV', 69, null).ok).toBe(false);
    expect(checkScore(c2025, 'HTNV', 70, null).ok).toBe(false);
    expect(checkScore(c2025, 'HTNV', 49, null).ok).toBe(false);
  });

  it('lets the lowest category take a higher score only for a disqualifying case written in the note', () => {
    const refused = checkScore(c2025, 'KHTNV', 72, null);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && renderProblem(refused.problem)).toContain('hãy ghi rõ lý do ở phần ghi chú');
    expect(checkScore(c2025, 'KHTNV', 72, '  ')).toMatchObject({ ok: false });
    expect(checkScore(c2025, 'KHTNV', 72, 'Bị kỷ luật khiển trách trong năm')).toEqual({ ok: true });
  });

  it('needs no score, and checks none in regimes without thresholds', () => {
    expect(checkScore(c2025, 'HTXSNV', null, null)).toEqual({ ok: true });
    expect(checkScore(c2018, 'HTXSNV', 10, null)).toEqual({ ok: true });
  });
});

describe('the excellent quota', () => {
  it('allows excellent up to pct % of good, the good count being the denominator', () => {
    expect(checkQuota(4, 20, 20)).toEqual({ excellent: 4, good: 20, pct: 20, limit: 4, exceeded: false });
    expect(checkQuota(5, 20, 20)).toEqual({ excellent: 5, good: 20, pct: 20, limit: 4, exceeded: true });
    expect(checkQuota(5, 20, 25)).toMatchObject({ limit: 5, exceeded: false });
    expect(checkQuota(6, 20, 25)).toMatchObject({ limit: 5, exceeded: true });
    // Rounds down: 20 % of 24 is 4.8, so 4.
    expect(checkQuota(5, 24, 20)).toMatchObject({ limit: 4, exceeded: true });
    expect(checkQuota(0, 0, 20)).toMatchObject({ limit: 0, exceeded: false });
    expect(checkQuota(1, 0, 20)).toMatchObject({ limit: 0, exceeded: true });
  });

  it('takes the regime percentage, raised by the setting up to the regime maximum only', () => {
    const [r2008, r2018, r2025] = REGIMES as [RatingRegime, RatingRegime, RatingRegime];
    expect(effectiveQuotaPct(r2008, 25)).toBeNull();
    expect(effectiveQuotaPct(r2018, null)).toBe(20);
    expect(effectiveQuotaPct(r2018, 25)).toBe(20);
    expect(effectiveQuotaPct(r2025, null)).toBe(20);
    expect(effectiveQuotaPct(r2025, 25)).toBe(25);
    expect(effectiveQuotaPct(r2025, 22)).toBe(22);
    expect(effectiveQuotaPct(r2025, 40)).toBe(25);
    expect(effectiveQuotaPct(r2025, 10)).toBe(20);
    expect(quotaSettingRange(REGIMES)).toEqual({ min: 20, max: 25 });
  });

  it('compares the best category with the next one, and counts them', () => {
    const pair = quotaCategories(c2025);
    expect([pair?.excellent.code, pair?.good.code]).toEqual(['HTXSNV', 'HTTNV']);
    expect(quotaCategories(categoriesFor(of(2008), 'organisation'))?.excellent.code).toBe('TSVM');
    expect(countQuota(['HTXSNV', 'HTTNV', null, 'HTTNV', 'HTNV'], 'HTXSNV', 'HTTNV')).toEqual({ excellent: 1, good: 2 });
  });

  it('asks for confirmation only when a change makes a broken quota worse', () => {
    expect(quotaNeedsConfirmation({ excellent: 4, good: 20 }, checkQuota(5, 20, 20))).toBe(true);
    expect(quotaNeedsConfirmation({ excellent: 5, good: 21 }, checkQuota(5, 20, 20))).toBe(true);
    expect(quotaNeedsConfirmation({ excellent: 5, good: 20 }, checkQuota(5, 20, 20))).toBe(false);
    expect(quotaNeedsConfirmation({ excellent: 6, good: 20 }, checkQuota(5, 20, 20))).toBe(false);
    expect(quotaNeedsConfirmation({ excellent: 3, good: 20 }, checkQuota(4, 20, 20))).toBe(false);
  });

  it('states the counts and the limit in the warning', () => {
    expect(renderProblem(quotaMessage('Chi bộ thôn Đồng Xuân', checkQuota(5, 20, 20), 'Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'))).toBe(
      'Vượt tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" của Chi bộ thôn Đồng Xuân: 5 trong khi tối đa là 4 (20% của 20 "Hoàn thành tốt nhiệm vụ"). ' +
        'Chỉ lưu khi cấp có thẩm quyền đã đồng ý: hãy xác nhận để lưu.',
    );
  });
});

describe('who is subject to rating', () => {
  const effects = new Map<string, ListEffect>([
    ['ADMIT', 'add'],
    ['READMIT', 'add'],
    ['TRANSFER_IN_PROVINCE', 'add'],
    ['DEATH', 'remove'],
    ['TRANSFER_OUT_PROVINCE', 'remove'],
    ['EXPEL', 'remove'],
    ['FULL', 'none'],
    ['EXEMPT', 'none'],
    ['EXEMPT_END', 'none'],
    ['SUSPEND', 'none'],
    ['SUSPEND_END', 'none'],
    ['TEMP_OUT', 'none'],
  ]);
  const ev = (typeCode: string, eventDate: string, extra: Partial<MembershipEvent> = {}): MembershipEvent => ({ typeCode, eventDate, ...extra });
  const date = ratingDate(2025);

  it('rates on 31 December of the year, kept in one place', () => {
    expect(RATING_RULES.ratingDay).toEqual({ month: 12, day: 31 });
    expect(ratingDate(2025)).toBe('2025-12-31');
    expect(latestRatedAdmission('2025-12-31')).toBe('2025-06-30');
    expect(latestRatedAdmission('2024-08-31')).toBe('2024-02-29');
  });

  it('rates a member admitted exactly 6 months before the rating date, not one admitted a day later', () => {
    expect(ratingSubject([ev('ADMIT', '2025-06-30')], effects, date)).toEqual({ subject: true });
    expect(ratingSubject([ev('ADMIT', '2025-07-01')], effects, date)).toEqual({ subject: false, reason: 'recentlyAdmitted', since: '2025-07-01' });
    expect(ratingSubject([ev('ADMIT', '2025-12-31')], effects, date)).toMatchObject({ reason: 'recentlyAdmitted' });
  });

  it('counts a partial admission date from its first day', () => {
    expect(ratingSubject([ev('ADMIT', '2025-06')], effects, date)).toEqual({ subject: true });
    expect(ratingSubject([ev('ADMIT', '2025-07')], effects, date)).toMatchObject({ reason: 'recentlyAdmitted' });
    expect(ratingSubject([ev('ADMIT', '2025')], effects, date)).toEqual({ subject: true });
  });

  it('uses the latest admission: a re-admitted member waits 6 months again', () => {
    const events = [ev('ADMIT', '1990-05-19'), ev('EXPEL', '2010-01-01'), ev('READMIT', '2025-09-02')];
    expect(ratingSubject(events, effects, date)).toEqual({ subject: false, reason: 'recentlyAdmitted', since: '2025-09-02' });
    expect(ratingSubject(events, effects, ratingDate(2026))).toEqual({ subject: true });
  });

  it('does not rate members exempted or suspended on the rating date', () => {
    const exempt = [ev('ADMIT', '1970-01-01'), ev('EXEMPT', '2025-03-01')];
    expect(ratingSubject(exempt, effects, date)).toEqual({ subject: false, reason: 'exempted', since: '2025-03-01' });
    expect(ratingSubject(exempt, effects, ratingDate(2024))).toEqual({ subject: true });
    expect(ratingSubject([...exempt, ev('EXEMPT_END', '2025-11-01')], effects, date)).toEqual({ subject: true });
    const suspended = [ev('ADMIT', '2000-01-01'), ev('SUSPEND', '2025-10-10')];
    expect(ratingSubject(suspended, effects, date)).toEqual({ subject: false, reason: 'suspended', since: '2025-10-10' });
    expect(ratingSubject([...suspended, ev('SUSPEND_END', '2025-12-31')], effects, date)).toEqual({ subject: true });
  });

  it('rates members temporarily attached elsewhere and probationary members', () => {
    expect(ratingSubject([ev('ADMIT', '2025-01-10'), ev('TEMP_OUT', '2025-04-01')], effects, date)).toEqual({ subject: true });
  });

  it('ignores cancelled events and events after the rating date', () => {
    expect(ratingSubject([ev('ADMIT', '2000-01-01'), ev('EXEMPT', '2025-03-01', { cancelled: true })], effects, date)).toEqual({ subject: true });
    expect(ratingSubject([ev('ADMIT', '2000-01-01'), ev('DEATH', '2026-01-05')], effects, date)).toEqual({ subject: true });
    expect(ratingSubject([ev('ADMIT', '2026-01-05')], effects, date)).toEqual({ subject: false, reason: 'notOnList', since: null });
  });

  it('does not rate members off the list on the rating date', () => {
    expect(ratingSubject([ev('ADMIT', '2000-01-01'), ev('DEATH', '2025-12-20')], effects, date)).toMatchObject({ reason: 'notOnList' });
    expect(ratingSubject([ev('ADMIT', '2000-01-01'), ev('TRANSFER_OUT_PROVINCE', '2025-05-01')], effects, date)).toMatchObject({ reason: 'notOnList' });
  });

  it('rates a member transferred in, counting the 6 months from the admission elsewhere', () => {
    expect(ratingSubject([ev('ADMIT', '2010-01-01', { outside: true }), ev('TRANSFER_IN_PROVINCE', '2025-11-01')], effects, date)).toEqual({ subject: true });
    expect(ratingSubject([ev('ADMIT', '2025-08-01', { outside: true }), ev('TRANSFER_IN_PROVINCE', '2025-11-01')], effects, date)).toMatchObject({
      reason: 'recentlyAdmitted',
    });
  });

  it('explains each reason, as a label and within a sentence', () => {
    const text = (reason: Parameters<typeof notSubjectText>[0], lower = false) => renderProblem(notSubjectText(reason, date, lower));
    expect(text('exempted')).toBe('Miễn công tác và sinh hoạt đảng');
    expect(text('suspended')).toBe('Đình chỉ sinh hoạt đảng');
    expect(text('recentlyAdmitted')).toBe('Kết nạp chưa đủ 6 tháng tính đến ngày xét 31/12/2025');
    expect(text('notOnList')).toBe('Không có tên trong danh sách đảng viên ngày 31/12/2025');
    for (const reason of ['exempted', 'suspended', 'recentlyAdmitted', 'notOnList'] as const) expect(text(reason, true)).toBe(text(reason).toLocaleLowerCase('vi'));
  });
});
