import { z } from 'zod';
import { notSubjectReasons } from './rules.ts';
import { code, fullDate, id, optionalText } from '../kernel/schemas.ts';

/** A rating year (the catalogue's regimes start in 2008; older years have no regime and are refused by the core). */
export const ratingYear = z.number('Nhập năm').int('Năm phải là số nguyên').min(1930, 'Năm không hợp lệ').max(2200, 'Năm không hợp lệ');

const score = z.number('Điểm phải là số').int('Điểm phải là số nguyên').min(0, 'Điểm từ 0 đến 100').max(100, 'Điểm từ 0 đến 100');

/** What a rating carries besides its category (ratings-and-badges.md). */
const details = {
  score: score.nullable().default(null),
  decidingBody: optionalText(300),
  decisionNo: optionalText(60),
  decisionDate: fullDate.nullable().default(null),
  note: optionalText(2000),
};

/**
 * Set to true to save although the peer group then breaks the excellent quota (the competent level
 * agreed). Without it such a save fails with RULE and `fields.confirmQuotaBreach` holding the warning.
 */
const confirmQuotaBreach = z.boolean().default(false);

export const ratingCategory = z.object({
  code: z.string(),
  name: z.string(),
  order: z.number().int(),
  minScore: z.number().int().nullable(),
  belowScore: z.number().int().nullable(),
});
export type RatingCategoryOut = z.infer<typeof ratingCategory>;

export const regimeInfo = z.object({
  regime: z.number().int(),
  firstYear: z.number().int(),
  lastYear: z.number().int().nullable(),
  /** The catalogue's quota for the regime, and how far the setting may raise it (null: no quota). */
  defaultQuotaPct: z.number().int().nullable(),
  maxQuotaPct: z.number().int().nullable(),
  /** The quota in force (the setting applied). */
  quotaPct: z.number().int().nullable(),
});
export type RegimeInfo = z.infer<typeof regimeInfo>;

export const categoriesInput = z.object({ year: ratingYear });
export const categoriesResult = z.object({
  year: z.number().int(),
  /** The rating date (ngày xét), ISO: subject-to-rating is decided on it. */
  ratingDate: z.string(),
  regime: regimeInfo,
  member: z.array(ratingCategory),
  organisation: z.array(ratingCategory),
});
export type CategoriesResult = z.infer<typeof categoriesResult>;

/** A stored rating. */
export const rating = z.object({
  year: z.number().int(),
  regime: z.number().int(),
  categoryCode: z.string(),
  categoryName: z.string(),
  score: z.number().int().nullable(),
  decidingBody: z.string().nullable(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type Rating = z.infer<typeof rating>;

/**
 * The excellent quota of one peer group (members of one grassroots organisation; organisations of
 * one type under one upper-level organisation), counted from the stored ratings. `outside*` are the
 * stored ratings of the group that are not rows of the grid asked for (other cells, not-subject
 * members), so a screen can recount live: excellent = outsideExcellent + entered excellent.
 */
export const quotaState = z.object({
  peerOrganisationId: id,
  peerOrganisationName: z.string(),
  /** Organisation grids: the type the group is made of; null for member groups. */
  typeCode: z.string().nullable(),
  typeName: z.string().nullable(),
  pct: z.number().int(),
  excellentCode: z.string(),
  excellentName: z.string(),
  goodCode: z.string(),
  goodName: z.string(),
  excellent: z.number().int(),
  good: z.number().int(),
  limit: z.number().int(),
  exceeded: z.boolean(),
  outsideExcellent: z.number().int(),
  outsideGood: z.number().int(),
});
export type QuotaState = z.infer<typeof quotaState>;

const orgRef = z.object({ id, name: z.string(), typeCode: z.string() });

// ---- member grid ----------------------------------------------------------------------------

export const gridInput = z.object({ organisationId: id, year: ratingYear });

export const gridRow = z.object({
  memberId: id,
  fullName: z.string(),
  birthDate: z.string(),
  organisationId: id,
  organisationName: z.string(),
  membership: z.enum(['probationary', 'full']),
  rating: rating.nullable(),
});
export type GridRow = z.infer<typeof gridRow>;

export const notSubjectRow = z.object({
  memberId: id,
  fullName: z.string(),
  birthDate: z.string(),
  organisationName: z.string(),
  reason: z.enum(notSubjectReasons),
  reasonText: z.string(),
  /** When the state began (exemption, suspension, admission), if known. */
  since: z.string().nullable(),
  /** A rating stored although the member is not subject (entered before the event was recorded). */
  rating: rating.nullable(),
});
export type NotSubjectRow = z.infer<typeof notSubjectRow>;

export const gridResult = z.object({
  organisation: orgRef,
  year: z.number().int(),
  ratingDate: z.string(),
  regime: regimeInfo,
  categories: z.array(ratingCategory),
  /** Members subject to rating, in the official order within each cell. */
  rows: z.array(gridRow),
  /** Members on the list on the rating date who are not rated, with the reason. */
  notSubject: z.array(notSubjectRow),
  /** null when the regime has no quota. */
  quota: quotaState.nullable(),
});
export type GridResult = z.infer<typeof gridResult>;

/** One member's rating for a year; `categoryCode: null` removes the year's rating. */
export const saveInput = z.object({ memberId: id, year: ratingYear, categoryCode: code.nullable(), ...details, confirmQuotaBreach });
export type SaveInput = z.input<typeof saveInput>;
export const saveResult = z.object({ rating: rating.nullable(), quota: quotaState.nullable() });

export const gridEntry = z.object({ memberId: id, categoryCode: code.nullable(), ...details });
export type GridEntryInput = z.input<typeof gridEntry>;

/** A grid's changed rows, saved all or nothing; `categoryCode: null` removes a rating. */
export const saveGridInput = z.object({
  organisationId: id,
  year: ratingYear,
  entries: z.array(gridEntry).max(10_000),
  confirmQuotaBreach,
});
export type SaveGridInput = z.input<typeof saveGridInput>;

const writeCounts = {
  created: z.number().int(),
  updated: z.number().int(),
  removed: z.number().int(),
  unchanged: z.number().int(),
};

export const saveGridResult = z.object({ ...writeCounts, grid: gridResult });
export type SaveGridResult = z.infer<typeof saveGridResult>;

// ---- organisation grid --------------------------------------------------------------------------

export const orgGridRow = z.object({
  organisationId: id,
  name: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  rating: rating.nullable(),
});
export type OrgGridRow = z.infer<typeof orgGridRow>;

export const orgNotSubjectRow = z.object({
  organisationId: id,
  name: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  reason: z.enum(['dissolved']),
  reasonText: z.string(),
  since: z.string().nullable(),
  rating: rating.nullable(),
});

export const orgGridResult = z.object({
  organisation: orgRef,
  year: z.number().int(),
  ratingDate: z.string(),
  regime: regimeInfo,
  categories: z.array(ratingCategory),
  /** The organisations directly under the chosen one, active on the rating date. */
  rows: z.array(orgGridRow),
  /** Those that ceased during the year (dissolved, merged). */
  notSubject: z.array(orgNotSubjectRow),
  /** One peer group per organisation type present. */
  quotas: z.array(quotaState),
});
export type OrgGridResult = z.infer<typeof orgGridResult>;

export const saveOrgInput = z.object({ organisationId: id, year: ratingYear, categoryCode: code.nullable(), ...details, confirmQuotaBreach });
export const saveOrgResult = z.object({ rating: rating.nullable(), quotas: z.array(quotaState) });

export const orgGridEntry = z.object({ organisationId: id, categoryCode: code.nullable(), ...details });
export type OrgGridEntryInput = z.input<typeof orgGridEntry>;

export const saveOrgGridInput = z.object({
  /** The upper-level organisation whose direct sub-organisations are rated. */
  organisationId: id,
  year: ratingYear,
  entries: z.array(orgGridEntry).max(10_000),
  confirmQuotaBreach,
});
export const saveOrgGridResult = z.object({ ...writeCounts, grid: orgGridResult });

// ---- summary, history, setting ------------------------------------------------------------------

export const summaryInput = z.object({
  /** null: the whole province. */
  organisationId: id.nullable().default(null),
  year: ratingYear,
});

export const tally = z.object({
  code: z.string(),
  name: z.string(),
  count: z.number().int(),
  /** Percent of the members (organisations) on the list on the rating date, one decimal. */
  pct: z.number(),
  /** Percent of those rated, one decimal (categories only; null for the groups). */
  pctOfRated: z.number().nullable(),
});
export type Tally = z.infer<typeof tally>;

export const summaryResult = z.object({
  organisation: orgRef.nullable(),
  year: z.number().int(),
  ratingDate: z.string(),
  regime: regimeInfo,
  members: z.object({
    /** On the list on the rating date. */
    total: z.number().int(),
    notSubject: tally,
    /** The not-subject members by reason (exempted, suspended, recentlyAdmitted). */
    notSubjectByReason: z.array(tally),
    notRated: tally,
    rated: tally,
    categories: z.array(tally),
    /** Stored ratings of members who were not subject (or not on the list) on the rating date: to check. */
    ratedNotSubject: z.number().int(),
  }),
  organisations: z.object({
    /** The organisations below the chosen one (the province root excluded), active on the rating date. */
    total: z.number().int(),
    notRated: tally,
    rated: tally,
    categories: z.array(tally),
  }),
});
export type SummaryResult = z.infer<typeof summaryResult>;

export const memberRatingsInput = z.object({ memberId: id });
export const memberRatingsResult = z.object({
  memberId: id,
  fullName: z.string(),
  /** Newest year first. */
  ratings: z.array(rating),
});
export type MemberRatingsResult = z.infer<typeof memberRatingsResult>;

export const quotaSetting = z.object({
  /** The app setting (rating.quotaPct); null: each regime's own percentage. */
  pct: z.number().int().nullable(),
  /** The range the setting may take. */
  min: z.number().int(),
  max: z.number().int(),
  regimes: z.array(regimeInfo),
});
export type QuotaSetting = z.infer<typeof quotaSetting>;

export const setQuotaSettingInput = z.object({
  pct: z.number('Nhập tỷ lệ phần trăm').int('Tỷ lệ phải là số nguyên').min(0).max(100).nullable(),
});
