/**
 * Yearly quality rating (đánh giá, xếp loại chất lượng; ratings-and-badges.md): pure rules shared by
 * the core and the screens. The catalogue tables hold the regimes (years, quota percentages) and the
 * categories per regime (order, minimum score); the few rules that are not catalogue rows live in
 * RATING_RULES below, in one place.
 */
import { completeDate, formatVi, parseIso, toIso } from '../kernel/dates/partialDate.ts';
import { deriveMembership, ADMISSION_CODES, type ListEffect, type MembershipEvent } from '../events/membership.ts';
import { EVENT } from '../kernel/eventTypes.ts';
import { kernelProblems, type Problem } from '../kernel/problems.ts';
import { ratingProblems as P } from './problems.ts';

/**
 * The rules of the rating that are not catalogue rows.
 * - The rating date (ngày xét) of year Y is RATING_RULES.ratingDay of Y: 31 December. Whether a
 *   member is subject to rating (on the list, not exempted, not suspended, admitted long enough ago)
 *   is decided on that date, from the dated events, so a past year's tally never changes.
 * - A member admitted (ADMIT or READMIT; the ceremony date, ngày vào Đảng) less than
 *   `minMonthsSinceAdmission` whole months before the rating date is not rated. Exactly 6 months
 *   counts as enough: for 31/12/2025 the latest admission date still rated is 30/06/2025
 *   (rating date minus 6 calendar months, the 31st clamped to the month's last day); 01/07/2025 is
 *   not rated. A partial admission date counts from its first day ("2025-06" = 01/06/2025), as the
 *   party-age anchor does.
 * - The quota percentage is the regime's quota_excellent_of_good_pct, raised by the app setting
 *   `quotaSettingKey` up to the regime's quota_max_pct (never lowered below the regime's value).
 * - The rating of year Y is done at the end of Y: its season opens on `seasonOpens` of Y (1 December).
 *   The year the screens rate by default is the last year whose rating has begun: Y from that day
 *   on, Y − 1 before it (on 20/11/2026 the 2025 rating, on 07/12/2026 the 2026 one). No year after
 *   today's can be rated.
 */
export const RATING_RULES = {
  ratingDay: { month: 12, day: 31 },
  seasonOpens: { month: 12, day: 1 },
  minMonthsSinceAdmission: 6,
  quotaSettingKey: 'rating.quotaPct',
} as const;

export type RatedKind = 'member' | 'organisation';

export interface RatingRegime {
  regime: number;
  firstYear: number;
  lastYear: number | null;
  /** HTXSNV may be at most this % of HTTNV in a peer group; null: no quota in this regime. */
  quotaPct: number | null;
  /** The competent level may raise the quota up to this %. */
  quotaMaxPct: number | null;
}

export interface RatingCategory {
  code: string;
  name: string;
  /** 1 = best. The quota compares order 1 (excellent) with order 2 (good). */
  order: number;
  /** Lowest score of the category (2025 regime); null when the regime has no score thresholds. */
  minScore: number | null;
  /** The score the category stays below (the next better category's minimum); null for the best one. */
  belowScore: number | null;
}

/** The rating date (ngày xét) of a year, ISO. */
export function ratingDate(year: number): string {
  const { month, day } = RATING_RULES.ratingDay;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year rated by default on `today` (ISO): the last year whose rating season has opened (see RATING_RULES). */
export function defaultRatingYear(today: string): number {
  const year = Number(today.slice(0, 4));
  const { month, day } = RATING_RULES.seasonOpens;
  const opens = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return today.slice(0, 10) >= opens ? year : year - 1;
}

/** The last year that can be rated on `today`: today's year (its season may not have opened yet). */
export function lastRatingYear(today: string): number {
  return Number(today.slice(0, 4));
}

/** A rating's decision date (ISO, full) may not be after today; null when it is fine or not given. */
export function decisionDateProblem(date: string | null, today: string): Problem | null {
  return date !== null && date > today ? kernelProblems.futureDecisionDate() : null;
}

const latestRatedCache = new Map<string, string>();

/** The latest admission date still rated on `date` (a full ISO date minus the minimum months, the day clamped to the month's end). */
export function latestRatedAdmission(date: string): string {
  let latest = latestRatedCache.get(date);
  if (latest === undefined) {
    latest = computeLatestRated(date);
    if (latestRatedCache.size > 200) latestRatedCache.clear();
    latestRatedCache.set(date, latest);
  }
  return latest;
}

function computeLatestRated(date: string): string {
  const d = parseIso(date);
  if (!d || d.month === undefined || d.day === undefined) throw new RangeError(`not a full date: ${date}`);
  const index = d.year * 12 + (d.month - 1) - RATING_RULES.minMonthsSinceAdmission;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return toIso({ year, month, day: Math.min(d.day, last) });
}

/** The first year the catalogue has a regime for (years before it cannot be rated); null with no regimes. */
export function firstRatingYear(regimes: readonly Pick<RatingRegime, 'firstYear'>[]): number | null {
  return regimes.reduce<number | null>((first, r) => (first === null || r.firstYear < first ? r.firstYear : first), null);
}

/** The regime in force for a year, or null (before the first regime in the catalogue). */
export function regimeForYear<R extends RatingRegime>(regimes: readonly R[], year: number): R | null {
  return regimes.find((r) => r.firstYear <= year && (r.lastYear === null || year <= r.lastYear)) ?? null;
}

/** A regime's categories for members or organisations ('both' rows serve both), best first, with score bands. */
export function categoriesFor(
  rows: readonly { code: string; name: string; order: number; minScore: number | null; appliesTo: string }[],
  kind: RatedKind,
): RatingCategory[] {
  const own = rows.filter((r) => r.appliesTo === kind || r.appliesTo === 'both').sort((a, b) => a.order - b.order);
  return own.map((r, i) => {
    const better = i > 0 ? own[i - 1] : undefined;
    return { code: r.code, name: r.name, order: r.order, minScore: r.minScore, belowScore: better?.minScore ?? null };
  });
}

/** The category a score falls in (regimes with thresholds), or null. */
export function categoryForScore(categories: readonly RatingCategory[], score: number): RatingCategory | null {
  if (categories.every((c) => c.minScore === null)) return null;
  return categories.find((c) => c.minScore !== null && score >= c.minScore && (c.belowScore === null || score < c.belowScore)) ?? null;
}

/** The score band of a category with thresholds. */
function band(c: RatingCategory & { minScore: number }): Problem {
  if (c.belowScore === null) return P.bandFrom({ min: c.minScore });
  if (c.minScore <= 0) return P.bandBelow({ below: c.belowScore });
  return P.bandBetween({ min: c.minScore, below: c.belowScore });
}

export type ScoreCheck = { ok: true } | { ok: false; problem: Problem };

/**
 * Does a score agree with the category (2025 regime: HTXSNV ≥ 90, HTTNV 70 to < 90, HTNV 50 to < 70,
 * KHTNV < 50)? The lowest category is also given for a disqualifying case whatever the score
 * (e.g. disciplined during the year): with a higher score the note must say why.
 * Regimes without thresholds accept any score from 0 to 100.
 */
export function checkScore(categories: readonly RatingCategory[], code: string, score: number | null, note: string | null): ScoreCheck {
  if (score === null) return { ok: true };
  const category = categories.find((c) => c.code === code);
  if (!category || category.minScore === null) return { ok: true };
  const named = { score, category: category.name, band: band({ ...category, minScore: category.minScore }) };
  if (score >= category.minScore && (category.belowScore === null || score < category.belowScore)) return { ok: true };
  const lowest = categories.at(-1);
  if (category === lowest && score >= (category.belowScore ?? 0)) {
    if (note !== null && note.trim() !== '') return { ok: true };
    return { ok: false, problem: P.scoreAboveLowest(named) };
  }
  if (score < category.minScore) return { ok: false, problem: P.scoreBelow(named) };
  return { ok: false, problem: P.scoreAbove(named) };
}

/** The percentage in force for a regime, given the app setting (null: not set). Null when the regime has no quota. */
export function effectiveQuotaPct(regime: Pick<RatingRegime, 'quotaPct' | 'quotaMaxPct'>, settingPct: number | null): number | null {
  if (regime.quotaPct === null) return null;
  if (settingPct === null) return regime.quotaPct;
  const max = Math.max(regime.quotaPct, regime.quotaMaxPct ?? regime.quotaPct);
  return Math.min(max, Math.max(regime.quotaPct, settingPct));
}

/** The range the quota setting may take over all regimes with a quota: [smallest default, largest maximum]. */
export function quotaSettingRange(regimes: readonly RatingRegime[]): { min: number; max: number } | null {
  const with_ = regimes.filter((r) => r.quotaPct !== null);
  if (with_.length === 0) return null;
  const min = Math.min(...with_.map((r) => r.quotaPct as number));
  const max = Math.max(...with_.map((r) => Math.max(r.quotaPct as number, r.quotaMaxPct ?? 0)));
  return { min, max };
}

/** The excellent (order 1) and good (order 2) categories the quota compares; null when there are fewer than two. */
export function quotaCategories(categories: readonly RatingCategory[]): { excellent: RatingCategory; good: RatingCategory } | null {
  const excellent = categories.find((c) => c.order === Math.min(...categories.map((x) => x.order)));
  const good = categories.filter((c) => c !== excellent).sort((a, b) => a.order - b.order)[0];
  return excellent && good ? { excellent, good } : null;
}

export interface QuotaCheck {
  excellent: number;
  good: number;
  pct: number;
  /** The most excellent ratings allowed: ⌊good × pct / 100⌋. */
  limit: number;
  exceeded: boolean;
}

/** Excellent ≤ pct % of good (the denominator is the good count, not the total): 4 of 20 fits 20 %, 5 does not. */
export function checkQuota(excellent: number, good: number, pct: number): QuotaCheck {
  const limit = Math.floor((good * pct) / 100);
  return { excellent, good, pct, limit, exceeded: excellent > limit };
}

/** Counts of the quota's two categories among category codes (null: not rated). */
export function countQuota(codes: Iterable<string | null>, excellentCode: string, goodCode: string): { excellent: number; good: number } {
  let excellent = 0;
  let good = 0;
  for (const c of codes) {
    if (c === excellentCode) excellent++;
    else if (c === goodCode) good++;
  }
  return { excellent, good };
}

/**
 * Must a change be confirmed? Only when the peer group breaks the quota after it and the change made
 * the ratio worse (more excellent or fewer good): re-saving an already confirmed group is not asked again.
 */
export function quotaNeedsConfirmation(before: { excellent: number; good: number }, after: QuotaCheck): boolean {
  return after.exceeded && (after.excellent > before.excellent || after.good < before.good);
}

/** The warning for a broken quota: the group, the counts and the limit. */
export function quotaMessage(group: string | Problem, check: QuotaCheck, excellentName: string, goodName: string): Problem {
  return P.quotaBreached({ excellent: excellentName, group, count: check.excellent, limit: check.limit, pct: check.pct, goodCount: check.good, good: goodName });
}

export const notSubjectReasons = ['exempted', 'suspended', 'recentlyAdmitted', 'notOnList'] as const;
export type NotSubjectReason = (typeof notSubjectReasons)[number];

export type RatingSubject = { subject: true } | { subject: false; reason: NotSubjectReason; since: string | null };

/** The date of the last uncancelled event of one of `codes` on or before `asOf`. */
function lastEventDate(events: readonly MembershipEvent[], codes: ReadonlySet<string>, asOf: string): string | null {
  let last: string | null = null;
  for (const e of events) if (!e.cancelled && codes.has(e.typeCode) && e.eventDate <= asOf && (last === null || e.eventDate >= last)) last = e.eventDate;
  return last;
}

const EXEMPT = new Set<string>([EVENT.EXEMPT]);
const SUSPEND = new Set<string>([EVENT.SUSPEND]);

/**
 * Is a member subject to the rating of the year whose rating date is `date`? Not subject: off the
 * list on that date, exempted from work and activities, suspended, or admitted less than the minimum
 * months before (see RATING_RULES). Members on sick or maternity leave, temporarily attached elsewhere
 * or probationary are rated.
 */
export function ratingSubject(events: readonly MembershipEvent[], effects: ReadonlyMap<string, ListEffect>, date: string): RatingSubject {
  const status = deriveMembership(events, effects, date);
  if (!status.onList) return { subject: false, reason: 'notOnList', since: null };
  if (status.exempted) return { subject: false, reason: 'exempted', since: lastEventDate(events, EXEMPT, date) };
  if (status.suspended) return { subject: false, reason: 'suspended', since: lastEventDate(events, SUSPEND, date) };
  const admitted = lastEventDate(events, ADMISSION_CODES, date);
  // A full date compares as it is; a partial one counts from its first day.
  if (admitted !== null && (admitted.length === 10 ? admitted : completeDate(admitted).iso) > latestRatedAdmission(date)) return { subject: false, reason: 'recentlyAdmitted', since: admitted };
  return { subject: true };
}

/** Why a member is not rated (for lists and messages): a label, or `lower` within a sentence. */
export function notSubjectText(reason: NotSubjectReason, date: string, lower = false): Problem {
  const months = RATING_RULES.minMonthsSinceAdmission;
  switch (reason) {
    case 'exempted':
      return lower ? P.exemptedLower() : P.exempted();
    case 'suspended':
      return lower ? P.suspendedLower() : P.suspended();
    case 'recentlyAdmitted':
      return (lower ? P.recentlyAdmittedLower : P.recentlyAdmitted)({ months, date: formatVi(date) });
    case 'notOnList':
      return (lower ? P.notOnListLower : P.notOnList)({ date: formatVi(date) });
  }
}
