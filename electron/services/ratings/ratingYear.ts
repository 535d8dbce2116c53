/**
 * Yearly quality ratings (ratings-and-badges.md): the year being rated (its rating regime, categories
 * and rating date), a stored rating as the contract shows it, and the excellent-quota setting an
 * administrator may choose within the regimes' range.
 * Pure rules are in shared/ratings/rules.ts; SQL in db/repositories/ratings/ratings.ts.
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import { ratingProblems as P } from '../../../shared/ratings/problems.ts';
import type { CategoriesResult, QuotaSetting, Rating, RegimeInfo } from '../../../shared/ratings/schemas.ts';
import {
  RATING_RULES,
  categoriesFor,
  effectiveQuotaPct,
  quotaSettingRange,
  ratingDate,
  regimeForYear,
  type RatingCategory,
  type RatingRegime,
} from '../../../shared/ratings/rules.ts';
import * as repo from '../../../db/repositories/ratings/ratings.ts';
import type { MemberRatingRow, OrganisationRatingRow } from '../../../db/repositories/ratings/ratings.ts';
import { getSetting, setSetting } from '../../../db/repositories/system/settings.ts';
import type { ServiceContext } from '../context.ts';

// ---- the year: regime, categories, rating date, quota ------------------------------------------

export interface YearContext {
  year: number;
  date: string;
  regime: RegimeInfo;
  member: RatingCategory[];
  organisation: RatingCategory[];
}

function toRegime(r: { regime: number; first_year: number; last_year: number | null; quota_excellent_of_good_pct: number | null; quota_max_pct: number | null }): RatingRegime {
  return { regime: r.regime, firstYear: r.first_year, lastYear: r.last_year, quotaPct: r.quota_excellent_of_good_pct, quotaMaxPct: r.quota_max_pct };
}

function regimeInfo(r: RatingRegime, settingPct: number | null): RegimeInfo {
  return {
    regime: r.regime,
    firstYear: r.firstYear,
    lastYear: r.lastYear,
    defaultQuotaPct: r.quotaPct,
    maxQuotaPct: r.quotaPct === null ? null : Math.max(r.quotaPct, r.quotaMaxPct ?? r.quotaPct),
    quotaPct: effectiveQuotaPct(r, settingPct),
  };
}

async function quotaSettingValue(ctx: ServiceContext): Promise<number | null> {
  const raw = await getSetting(ctx.db, RATING_RULES.quotaSettingKey);
  if (raw === null) return null;
  const n = Number(raw);
  return Number.isInteger(n) ? n : null;
}

async function regimes(ctx: ServiceContext): Promise<RatingRegime[]> {
  return (await repo.listRegimes(ctx.db)).map(toRegime);
}

export async function yearContext(ctx: ServiceContext, year: number): Promise<YearContext> {
  const all = await regimes(ctx);
  const regime = regimeForYear(all, year);
  if (!regime) {
    const first = Math.min(...all.map((r) => r.firstYear));
    throw new AppFailure('RULE', P.noRegime({ year, first }), { year: P.noRegimeField() });
  }
  const rows = (await repo.listCategories(ctx.db, regime.regime)).map((c) => ({ code: c.code, name: c.name, order: c.order, minScore: c.min_score, appliesTo: c.applies_to }));
  return {
    year,
    date: ratingDate(year),
    regime: regimeInfo(regime, await quotaSettingValue(ctx)),
    member: categoriesFor(rows, 'member'),
    organisation: categoriesFor(rows, 'organisation'),
  };
}

export async function categories(ctx: ServiceContext, input: { year: number }): Promise<CategoriesResult> {
  const yc = await yearContext(ctx, input.year);
  return { year: yc.year, ratingDate: yc.date, regime: yc.regime, member: yc.member, organisation: yc.organisation };
}

export function toRating(row: MemberRatingRow | OrganisationRatingRow, categories: readonly RatingCategory[]): Rating {
  return {
    year: row.year,
    regime: row.regime,
    categoryCode: row.category_code,
    categoryName: categories.find((c) => c.code === row.category_code)?.name ?? row.category_code,
    score: row.score,
    decidingBody: row.deciding_body,
    decisionNo: row.decision_no,
    decisionDate: row.decision_date,
    note: row.note,
    updatedAt: row.updated_at,
  };
}

// ---- the quota setting --------------------------------------------------------------------------

export async function quotaSetting(ctx: ServiceContext): Promise<QuotaSetting> {
  const all = await regimes(ctx);
  const range = quotaSettingRange(all) ?? { min: 0, max: 0 };
  const pct = await quotaSettingValue(ctx);
  return { pct, min: range.min, max: range.max, regimes: all.map((r) => regimeInfo(r, pct)) };
}

export async function setQuotaSetting(ctx: ServiceContext, input: { pct: number | null }): Promise<QuotaSetting> {
  const all = await regimes(ctx);
  const range = quotaSettingRange(all);
  if (input.pct !== null && (!range || input.pct < range.min || input.pct > range.max)) {
    const message = range ? P.quotaRange({ min: range.min, max: range.max }) : P.noQuotaRegime();
    throw new AppFailure('RULE', message, { pct: message });
  }
  const old = await quotaSettingValue(ctx);
  if (old !== input.pct) {
    if (input.pct === null) await repo.deleteSetting(ctx.db, RATING_RULES.quotaSettingKey);
    else await setSetting(ctx.db, RATING_RULES.quotaSettingKey, String(input.pct));
    ctx.audit({ action: 'rating.quotaSetting', entity: 'app_setting', entityId: null, oldValues: { key: RATING_RULES.quotaSettingKey, pct: old }, newValues: { key: RATING_RULES.quotaSettingKey, pct: input.pct } });
  }
  return quotaSetting(ctx);
}
