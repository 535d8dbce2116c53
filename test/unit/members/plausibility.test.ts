import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../../shared/contract/problems.ts';
import {
  before,
  beforeFounding,
  cardPlausibility,
  firstDay,
  keptAsWarnings,
  lastDay,
  lifeEventPlausibility,
  noteOf,
  probationOverdue,
  probationShort,
  refusals,
  shiftMonths,
  underAge,
  type CardDates,
  type PlausibilityProblem,
} from '../../../shared/members/plausibility.ts';
import { admissionHeaderProblems, admissionWarnings } from '../../../shared/members/admissionRules.ts';

const TODAY = '2026-11-20';
const card = (over: Partial<CardDates> = {}): CardDates => ({ birthDate: '1965-03-12', admissionDate: '1990-05-19', admissionDecisionDate: '1990-05-10', fullMemberDate: '1991-05-19', ...over });
const brief = (problems: readonly PlausibilityProblem[]) => problems.map((p) => [p.rule, p.severity, p.field]);
const says = (problems: readonly PlausibilityProblem[]) => problems.map((p) => renderProblem(p.summary));

describe('partial dates as ranges of days', () => {
  it('a year or a month stands for all its days', () => {
    expect([firstDay('1965'), lastDay('1965')]).toEqual(['1965-01-01', '1965-12-31']);
    expect([firstDay('2024-02'), lastDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([firstDay('2023-02-14'), lastDay('2023-02-14')]).toEqual(['2023-02-14', '2023-02-14']);
  });

  it('compares certainly, possibly, or not at all', () => {
    expect(before('1965-03', '1965-04-01')).toBe('certain');
    expect(before('1965', '1965-04-01')).toBe('possible');
    expect(before('1965-04-01', '1965')).toBe('possible');
    expect(before('1966', '1965-12-31')).toBeNull();
    expect(before('1965-04-01', '1965-04-01')).toBeNull();
  });

  it('shifts by months at its own precision', () => {
    expect(shiftMonths('2019', 12)).toBe('2020');
    expect(shiftMonths('2019-05', 12)).toBe('2020-05');
    expect(shiftMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(shiftMonths('2019', 6)).toBe('2019-07');
  });
});

describe('the rules one by one', () => {
  it('under 18: certain when even the earliest birth and the latest admission are under, possible otherwise', () => {
    expect(underAge('2000-04-01', '2010-06-01')).toBe('certain');
    expect(underAge('1990-06-01', '2008-06-01')).toBeNull();
    expect(underAge('1990-06-02', '2008-06-01')).toBe('certain');
    expect(underAge('1992', '2010-06')).toBe('possible');
    expect(underAge('1993', '2010-06')).toBe('certain');
    expect(underAge('1991', '2010-06')).toBeNull();
  });

  it('before the founding (03/02/1930)', () => {
    expect(beforeFounding('1870-06-01')).toBe('certain');
    expect(beforeFounding('1930-02-02')).toBe('certain');
    expect(beforeFounding('1930-02-03')).toBeNull();
    expect(beforeFounding('1930')).toBe('possible');
    expect(beforeFounding('1930-02')).toBe('possible');
    expect(beforeFounding('1930-03')).toBeNull();
  });

  it('12 months of probation: the due day at the admission’s precision', () => {
    expect(probationShort('2020-03-10', '2021-03-09')).toEqual({ certainty: 'certain', due: '2021-03-10' });
    expect(probationShort('2020-03-10', '2021-03-10')).toEqual({ certainty: null, due: '2021-03-10' });
    expect(probationShort('2019', '2020')).toEqual({ certainty: 'possible', due: '2020' });
    expect(probationShort('2019-05', '2020-04')).toEqual({ certainty: 'certain', due: '2020-05' });
    expect(probationShort('2019-05-15', '2020-05')).toEqual({ certainty: 'possible', due: '2020-05-15' });
  });

  it('probationary for more than 24 months, only when certain', () => {
    expect(probationOverdue('2024-11-19', TODAY)).toBe(true);
    expect(probationOverdue('2024-11-20', TODAY)).toBe(false);
    expect(probationOverdue('2024-11', TODAY)).toBe(false);
    expect(probationOverdue('2024-10', TODAY)).toBe(true);
  });
});

describe('the record card', () => {
  it('a plausible card has nothing to say', () => {
    expect(cardPlausibility(card(), {}, TODAY)).toEqual([]);
    expect(cardPlausibility(card({ birthDate: '1910', admissionDate: '1930-02-03', admissionDecisionDate: '1930-02-03', fullMemberDate: '1931-02-03' }), {}, TODAY)).toEqual([]);
  });

  it('born 2000, admitted 2010: refused under the admission date, in Vietnamese and English', () => {
    const found = cardPlausibility(card({ birthDate: '2000-04-01', admissionDate: '2010-06-01', admissionDecisionDate: null, fullMemberDate: '2011-06-01' }), {}, TODAY);
    expect(brief(found)).toEqual([['underAge', 'refuse', 'admissionDate']]);
    expect(says(found)).toEqual(['Sinh 01/04/2000, vào Đảng 01/06/2010: chưa đủ 18 tuổi (Điều lệ Đảng: từ đủ 18 tuổi)']);
    expect(renderProblem(found[0]!.problem, 'en')).toBe('Under 18 (born 01/04/2000)');
  });

  it('born 1850, admitted 1870: before the founding (and nothing else)', () => {
    const found = cardPlausibility(card({ birthDate: '1850-01-01', admissionDate: '1870-06-01', admissionDecisionDate: '1870-05-20', fullMemberDate: '1871-06-01' }), {}, TODAY);
    expect(brief(found)).toEqual([
      ['admissionBeforeFounding', 'refuse', 'admissionDate'],
      ['decisionBeforeFounding', 'refuse', 'admissionDecisionDate'],
    ]);
    expect(says(found)[0]).toBe('Ngày vào Đảng 01/06/1870 trước ngày thành lập Đảng (03/02/1930)');
  });

  it('full membership: before 12 months refused, possibly before warned', () => {
    expect(brief(cardPlausibility(card({ fullMemberDate: '1990-11-19' }), {}, TODAY))).toEqual([['probationShort', 'refuse', 'fullMemberDate']]);
    expect(says(cardPlausibility(card({ fullMemberDate: '1990-11-19' }), {}, TODAY))).toEqual([
      'Ngày chính thức 19/11/1990 chưa đủ 12 tháng dự bị kể từ ngày vào Đảng 19/05/1990: sớm nhất từ 19/05/1991',
    ]);
    expect(brief(cardPlausibility(card({ admissionDate: '1990', admissionDecisionDate: null, fullMemberDate: '1991' }), {}, TODAY))).toEqual([['probationShort', 'warn', 'fullMemberDate']]);
    // Not after the admission at all: the older rule says so, not both.
    expect(brief(cardPlausibility(card({ fullMemberDate: '1989-01-01' }), {}, TODAY))).toEqual([['fullBeforeAdmission', 'refuse', 'fullMemberDate']]);
  });

  it('the older date checks: future dates, admission not after birth, decision after the ceremony', () => {
    expect(brief(cardPlausibility(card({ birthDate: '2027-01-01' }), {}, TODAY))).toContainEqual(['birthInFuture', 'refuse', 'birthDate']);
    expect(brief(cardPlausibility(card({ admissionDate: '1965-03-12' }), {}, TODAY))[0]).toEqual(['admissionBeforeBirth', 'refuse', 'admissionDate']);
    expect(brief(cardPlausibility(card({ admissionDecisionDate: '1990-06-01' }), {}, TODAY))).toEqual([['decisionAfterAdmission', 'refuse', 'admissionDecisionDate']]);
    expect(brief(cardPlausibility(card({ fullMemberDate: '2026-12-01' }), {}, TODAY))).toContainEqual(['fullInFuture', 'refuse', 'fullMemberDate']);
  });

  it('probationary for more than 24 months: warned, unless the events explain it', () => {
    const probationary = card({ admissionDate: '2023-06-01', admissionDecisionDate: null, fullMemberDate: null });
    expect(brief(cardPlausibility(probationary, {}, TODAY))).toEqual([['probationOverdue', 'warn', 'fullMemberDate']]);
    expect(says(cardPlausibility(probationary, {}, TODAY))[0]).toMatch(/^Đã dự bị hơn 24 tháng \(vào Đảng 01\/06\/2023\)/);
    expect(cardPlausibility(probationary, { onList: false }, TODAY)).toEqual([]);
    expect(cardPlausibility(probationary, { suspended: true }, TODAY)).toEqual([]);
    expect(cardPlausibility(probationary, { membership: 'full' }, TODAY)).toEqual([]);
    expect(cardPlausibility(card({ admissionDate: '2025-06-01', admissionDecisionDate: null, fullMemberDate: null }), {}, TODAY)).toEqual([]);
  });

  it('a recorded death: the admission and the birth before it', () => {
    const dead = { deathDate: '2000-01-01', onList: false };
    expect(brief(cardPlausibility(card({ admissionDate: '2001-01-01', admissionDecisionDate: null, fullMemberDate: '2002-01-01' }), dead, TODAY))).toEqual([['admissionAfterDeath', 'refuse', 'admissionDate']]);
    expect(brief(cardPlausibility(card({ birthDate: '2000-01-01' }), dead, TODAY))).toContainEqual(['birthAfterDeath', 'refuse', 'birthDate']);
    expect(cardPlausibility(card(), dead, TODAY)).toEqual([]);
  });

  it('a refusal the stored record already had is kept as a warning; a changed one is not', () => {
    const stored = cardPlausibility(card({ birthDate: '1975-01-01' }), {}, TODAY);
    const same = keptAsWarnings(cardPlausibility(card({ birthDate: '1975-01-01' }), {}, TODAY), stored);
    expect(refusals(same)).toEqual([]);
    expect(same.map((p) => [p.severity, p.kept])).toEqual([['warn', true]]);
    expect(renderProblem(noteOf(same[0]!))).toMatch(/^Sinh 01\/01\/1975, vào Đảng 19\/05\/1990: chưa đủ 18 tuổi .*\. \(Có từ trước trong hồ sơ/);
    const moved = keptAsWarnings(cardPlausibility(card({ birthDate: '1976-01-01' }), {}, TODAY), stored);
    expect(brief(refusals(moved))).toEqual([['underAge', 'refuse', 'admissionDate']]);
  });

  it('refusals: the first per box', () => {
    const found = cardPlausibility(card({ birthDate: '2027-01-01', admissionDate: '2027-02-01', admissionDecisionDate: null, fullMemberDate: null }), {}, TODAY);
    expect(brief(refusals(found))).toEqual([
      ['birthInFuture', 'refuse', 'birthDate'],
      ['admissionInFuture', 'refuse', 'admissionDate'],
    ]);
  });
});

describe('recognition and death events', () => {
  it('a recognition before 12 months of probation, or not after the admission', () => {
    const short = lifeEventPlausibility({ kind: 'full', eventDate: '2026-05-15' }, '2025-11-15');
    expect(brief(short)).toEqual([['probationShort', 'refuse', 'eventDate']]);
    expect(says(short)).toEqual(['Chưa đủ 12 tháng dự bị: kết nạp ngày 15/11/2025, sớm nhất được công nhận chính thức từ ngày 15/11/2026']);
    expect(lifeEventPlausibility({ kind: 'full', eventDate: '2026-11-15' }, '2025-11-15')).toEqual([]);
    expect(brief(lifeEventPlausibility({ kind: 'full', eventDate: '2025-11-01' }, '2025-11-15'))).toEqual([['fullBeforeAdmission', 'refuse', 'eventDate']]);
  });

  it('a death before the admission; on the day or after is fine', () => {
    const early = lifeEventPlausibility({ kind: 'death', eventDate: '1989-01-01' }, '1990-05-19');
    expect(says(early)).toEqual(['Ngày từ trần 01/01/1989 trước ngày vào Đảng 19/05/1990']);
    expect(renderProblem(early[0]!.problem)).toBe('Trước ngày vào Đảng (19/05/1990)');
    expect(lifeEventPlausibility({ kind: 'death', eventDate: '1990-05-19' }, '1990-05-19')).toEqual([]);
    expect(lifeEventPlausibility({ kind: 'death', eventDate: '1990' }, '1990-05-19')).toEqual([]);
    expect(lifeEventPlausibility({ kind: 'death', eventDate: '1989-01-01' }, null)).toEqual([]);
  });
});

describe('admission by decision', () => {
  it('refuses a ceremony or a decision before the founding', () => {
    const found = admissionHeaderProblems({ admissionDate: '1929-09-02', decisionDate: '1929-08-25' }, TODAY);
    expect(found.map((p) => [p.field, renderProblem(p.problem)])).toEqual([
      ['admissionDate', 'Trước ngày thành lập Đảng (03/02/1930)'],
      ['decision.date', 'Trước ngày thành lập Đảng (03/02/1930)'],
    ]);
  });

  it('warns of a ceremony more than 24 months ago and of a partial birth date possibly under 18', () => {
    expect(admissionWarnings('2026-09-02', ['1990-01-01', '2008'], TODAY).map((p) => renderProblem(p))).toEqual([
      'Dòng 2: Sinh 2008, vào Đảng 02/09/2026: có thể chưa đủ 18 tuổi; ghi ngày sinh, ngày vào Đảng đầy đủ nếu biết.',
    ]);
    const old = admissionWarnings('2023-09-02', [null], TODAY).map((p) => renderProblem(p));
    expect(old).toHaveLength(1);
    expect(old[0]).toMatch(/^Lễ kết nạp 02\/09\/2023 cách đây hơn 24 tháng: .*dự bị hơn 24 tháng/);
    expect(admissionWarnings(null, ['2008'], TODAY)).toEqual([]);
  });
});
