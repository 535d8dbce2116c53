import { useEffect } from 'react';
import { create } from 'zustand';
import type { AppError } from '../../../../shared/contract/index.ts';
import type { GridResult, OrgGridResult, QuotaSetting, QuotaState, Rating, RatingCategoryOut, SummaryResult } from '../../../../shared/ratings/schemas.ts';
import { isIsoFullDate, parseTyped } from '../../../../shared/kernel/dates/partialDate.ts';
import { categoryForScore, checkQuota, decisionDateProblem, defaultRatingYear, firstRatingYear, lastRatingYear, type RatingCategory } from '../../../../shared/ratings/rules.ts';
import { call } from '../../api/client.ts';
import { problemText } from '../../api/problems.ts';
import { runJob } from '../../api/jobs.ts';
import { i18n } from '../../i18n/index.ts';
import { today, whenTodayKnown } from '../../stores/today.ts';

export type RatingMode = 'members' | 'organisations';

/** What the clerk has typed in one row: the category and the score as text. */
export interface Draft {
  categoryCode: string | null;
  score: string;
  /** The category was proposed from the score (it follows the score until the clerk chooses one). */
  proposed?: boolean;
}

export interface DecisionDraft {
  decidingBody: string;
  decisionNo: string;
  decisionDate: string;
}

/** A row of either grid as the store sees it. */
export interface ModelRow {
  id: number;
  name: string;
  rating: Rating | null;
  /** The quota group the row counts in: the organisation type in the organisation grid, '' for members. */
  group: string;
}

/** The year rated by default: the last one whose rating has begun (shared/ratings/rules.ts). */
export function defaultYear(day: string = today()): number {
  return defaultRatingYear(day);
}

/** The last year that may be chosen: today's. */
export function maxYear(day: string = today()): number {
  return lastRatingYear(day);
}

const emptyDecision: DecisionDraft = { decidingBody: '', decisionNo: '', decisionDate: '' };

interface RatingState {
  mode: RatingMode;
  organisation: { id: number; name: string } | null;
  year: number;
  memberGrid: GridResult | null;
  orgGrid: OrgGridResult | null;
  drafts: Record<number, Draft>;
  decision: DecisionDraft;
  loading: boolean;
  saving: boolean;
  error: string | null;
  /** Messages per row id (from the core's per-entry fields or the screen's own checks). */
  rowErrors: Record<number, string>;
  /** Messages of the decision fields typed once for all changed rows: shown on the field, once. */
  decisionErrors: Partial<Record<keyof DecisionDraft, string>>;
  /** The core's quota warning waiting for the clerk's confirmation. */
  confirm: string | null;
  notice: string | null;
  summary: SummaryResult | null;
  summaryError: string | null;
  /** Bumped on every new load: answers for an older one are dropped. */
  version: number;
  /** The excellent quota setting (rating:quotaSetting), loaded by the screen's setting control. */
  quotaSetting: QuotaSetting | null;
  quotaSettingError: string | null;
  setMode(mode: RatingMode): void;
  setOrganisation(organisation: { id: number; name: string } | null): void;
  setYear(year: number): void;
  load(): Promise<void>;
  /** Reloads the open grid without dropping what is typed (its quota and stored ratings may have changed). */
  refreshGrid(): Promise<void>;
  loadSummary(): Promise<void>;
  loadQuotaSetting(): Promise<void>;
  /** Sets the quota (admin); then the open grid is reloaded so that its live quota uses the new percentage. */
  saveQuotaSetting(pct: number | null): Promise<{ ok: true } | { ok: false; message: string }>;
  setCategory(id: number, code: string | null): void;
  setScore(id: number, text: string): void;
  setDecision(patch: Partial<DecisionDraft>): void;
  revert(): void;
  save(confirmQuotaBreach?: boolean): Promise<void>;
  cancelConfirm(): void;
}

interface ModelIndex {
  rows: ModelRow[];
  byId: Map<number, ModelRow>;
}

/** The rows of each loaded grid, built once per answer (every keystroke looks rows up by id). */
const modelCache = new WeakMap<GridResult | OrgGridResult, ModelIndex>();
const NO_ROWS: ModelIndex = { rows: [], byId: new Map() };

function modelIndex(s: Pick<RatingState, 'mode' | 'memberGrid' | 'orgGrid'>): ModelIndex {
  const grid = s.mode === 'members' ? s.memberGrid : s.orgGrid;
  if (!grid) return NO_ROWS;
  let index = modelCache.get(grid);
  if (!index) {
    const rows: ModelRow[] =
      'quota' in grid
        ? grid.rows.map((r) => ({ id: r.memberId, name: r.fullName, rating: r.rating, group: '' }))
        : grid.rows.map((r) => ({ id: r.organisationId, name: r.name, rating: r.rating, group: r.typeCode }));
    index = { rows, byId: new Map(rows.map((r) => [r.id, r])) };
    modelCache.set(grid, index);
  }
  return index;
}

/** The rows of the open grid (the same array until the grid is loaded again). */
export function modelRows(s: Pick<RatingState, 'mode' | 'memberGrid' | 'orgGrid'>): ModelRow[] {
  return modelIndex(s).rows;
}

const NO_CATEGORIES: RatingCategoryOut[] = [];

export function gridCategories(s: Pick<RatingState, 'mode' | 'memberGrid' | 'orgGrid'>): RatingCategoryOut[] {
  return (s.mode === 'members' ? s.memberGrid?.categories : s.orgGrid?.categories) ?? NO_CATEGORIES;
}

export function draftOf(rating: Rating | null): Draft {
  return { categoryCode: rating?.categoryCode ?? null, score: rating?.score === null || rating?.score === undefined ? '' : String(rating.score) };
}

/** The draft of a row: what was typed, else what is stored. */
export function currentDraft(drafts: Record<number, Draft>, row: ModelRow): Draft {
  return drafts[row.id] ?? draftOf(row.rating);
}

export function isChanged(draft: Draft, rating: Rating | null): boolean {
  const stored = draftOf(rating);
  return draft.categoryCode !== stored.categoryCode || draft.score.trim() !== stored.score;
}

/** The rows whose draft differs from the stored rating (only typed rows are looked at). */
export function changedRows(s: Pick<RatingState, 'mode' | 'memberGrid' | 'orgGrid' | 'drafts'>): ModelRow[] {
  const { byId, rows } = modelIndex(s);
  const out: ModelRow[] = [];
  for (const [key, d] of Object.entries(s.drafts)) {
    const r = byId.get(Number(key));
    if (r && isChanged(d, r.rating)) out.push(r);
  }
  // In the grid's order, as the rows are shown and sent.
  if (out.length > 1) {
    const order = new Map(rows.map((r, i) => [r.id, i]));
    out.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }
  return out;
}

/** How many rows are rated (typed or stored) and how many differ from what is stored. */
export function gridCounts(s: Pick<RatingState, 'mode' | 'memberGrid' | 'orgGrid' | 'drafts'>): { total: number; rated: number; changed: number } {
  const { rows } = modelIndex(s);
  let rated = 0;
  let changed = 0;
  for (const r of rows) {
    const d = s.drafts[r.id];
    if ((d === undefined ? (r.rating?.categoryCode ?? null) : d.categoryCode) !== null) rated++;
    if (d !== undefined && isChanged(d, r.rating)) changed++;
  }
  return { total: rows.length, rated, changed };
}

/** A typed score: null when empty, NaN when not a whole number from 0 to 100. */
export function parseScore(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d{1,3}$/.test(t)) return Number.NaN;
  const n = Number(t);
  return n <= 100 ? n : Number.NaN;
}

/** Does a draft's score disagree with its category's band (2025 regime)? The lowest category with a higher score is a warning only. */
export function scoreMismatch(categories: readonly RatingCategory[], draft: Draft): boolean {
  const score = parseScore(draft.score);
  if (score === null || Number.isNaN(score) || draft.categoryCode === null) return false;
  const band = categoryForScore(categories, score);
  return band !== null && band.code !== draft.categoryCode;
}

export interface LiveQuota {
  key: string;
  /** The organisation type's name in the organisation grid; null for members. */
  group: string | null;
  peerName: string;
  pct: number;
  excellent: number;
  good: number;
  limit: number;
  exceeded: boolean;
  outsideExcellent: number;
  outsideGood: number;
}

/** The quota recounted from the drafts, per peer group, as the clerk types. */
export function liveQuotas(s: Pick<RatingState, 'mode' | 'memberGrid' | 'orgGrid' | 'drafts'>): LiveQuota[] {
  const states: QuotaState[] = s.mode === 'members' ? (s.memberGrid?.quota ? [s.memberGrid.quota] : []) : (s.orgGrid?.quotas ?? []);
  const rows = modelRows(s);
  return states.map((q) => {
    let excellent = q.outsideExcellent;
    let good = q.outsideGood;
    for (const r of rows) {
      if (s.mode === 'organisations' && r.group !== q.typeCode) continue;
      const code = currentDraft(s.drafts, r).categoryCode;
      if (code === q.excellentCode) excellent++;
      else if (code === q.goodCode) good++;
    }
    const check = checkQuota(excellent, good, q.pct);
    return {
      key: q.typeCode ?? 'members',
      group: q.typeName,
      peerName: q.peerOrganisationName,
      pct: q.pct,
      excellent,
      good,
      limit: check.limit,
      exceeded: check.exceeded,
      outsideExcellent: q.outsideExcellent,
      outsideGood: q.outsideGood,
    };
  });
}

const DECISION_FIELDS = ['decidingBody', 'decisionNo', 'decisionDate'] as const satisfies readonly (keyof DecisionDraft)[];

function isDecisionField(field: string): field is (typeof DECISION_FIELDS)[number] {
  return (DECISION_FIELDS as readonly string[]).includes(field);
}

/**
 * The core's refusal of a grid, placed where the clerk typed what it is about: a decision field typed
 * once for all rows gets its message once, on that field; other `entries.<i>.<field>` messages go to
 * the rows sent (ids in `sentIds`). The screen's message line keeps the core's message only when no
 * decision field is at fault (it would repeat the field's message once per row).
 */
function placeFailure(error: AppError, sentIds: readonly number[], typed: DecisionDraft): Pick<RatingState, 'rowErrors' | 'decisionErrors' | 'error'> {
  const rowErrors: Record<number, string> = {};
  const decisionErrors: RatingState['decisionErrors'] = {};
  for (const [key, message] of Object.entries(error.fields ?? {})) {
    const m = /^entries\.(\d+)\.(\w+)/.exec(key);
    if (!m) continue;
    const field = m[2] ?? '';
    if (isDecisionField(field) && typed[field].trim() !== '') {
      decisionErrors[field] ??= message;
      continue;
    }
    const id = sentIds[Number(m[1])];
    if (id !== undefined) rowErrors[id] ??= message;
  }
  const rows = Object.keys(rowErrors).length;
  const atDecision = Object.keys(decisionErrors).length > 0;
  return { rowErrors, decisionErrors, error: !atDecision ? error.message : rows > 0 ? i18n.t('ratings.rowErrors', { n: rows }) : null };
}

/** The decision date typed once for the changed rows: its ISO day, or the message for its field. */
function typedDecisionDate(text: string): { ok: true; iso: string | null } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, iso: null };
  const iso = parseTyped(text);
  if (iso === null || !isIsoFullDate(iso)) return { ok: false, message: i18n.t('errors.fullDateRequired') };
  const problem = decisionDateProblem(iso, today());
  return problem ? { ok: false, message: problemText(problem) } : { ok: true, iso };
}

/** The row messages without the one of `id` (the same object when it had none). */
function withoutRow(rowErrors: Record<number, string>, id: number): Record<number, string> {
  if (!(id in rowErrors)) return rowErrors;
  const { [id]: _gone, ...rest } = rowErrors;
  return rest;
}

const initial = {
  mode: 'members' as RatingMode,
  organisation: null,
  year: defaultYear(),
  memberGrid: null,
  orgGrid: null,
  drafts: {},
  decision: emptyDecision,
  loading: false,
  saving: false,
  error: null,
  rowErrors: {},
  decisionErrors: {},
  confirm: null,
  notice: null,
  summary: null,
  summaryError: null,
  version: 0,
  quotaSetting: null,
  quotaSettingError: null,
};

export const useRatingStore = create<RatingState>()((set, get) => ({
  ...initial,

  setMode: (mode) => {
    set({ mode, organisation: null, memberGrid: null, orgGrid: null, drafts: {}, rowErrors: {}, decisionErrors: {}, error: null, notice: null, summary: null, summaryError: null });
  },

  setOrganisation: (organisation) => {
    set({ organisation, drafts: {}, rowErrors: {}, decisionErrors: {}, notice: null });
    void get().load();
  },

  setYear: (year) => {
    set({ year, drafts: {}, rowErrors: {}, decisionErrors: {}, notice: null });
    void get().load();
  },

  load: async () => {
    const { organisation, year, mode } = get();
    const version = get().version + 1;
    set({ version, error: null, confirm: null });
    if (!organisation) {
      set({ memberGrid: null, orgGrid: null, loading: false, summary: null });
      return;
    }
    set({ loading: true });
    const input = { organisationId: organisation.id, year };
    if (mode === 'members') {
      const r = await call('rating:grid', input);
      if (get().version !== version) return;
      if (r.ok) set({ memberGrid: r.value, orgGrid: null, loading: false, drafts: {} });
      else set({ memberGrid: null, loading: false, error: r.error.message });
    } else {
      const r = await call('rating:orgGrid', input);
      if (get().version !== version) return;
      if (r.ok) set({ orgGrid: r.value, memberGrid: null, loading: false, drafts: {} });
      else set({ orgGrid: null, loading: false, error: r.error.message });
    }
    void get().loadSummary();
  },

  refreshGrid: async () => {
    const { organisation, year, mode } = get();
    if (!organisation) return;
    // A newer version drops an answer still on its way for the same grid; this one ends the loading.
    const version = get().version + 1;
    set({ version, confirm: null });
    const input = { organisationId: organisation.id, year };
    if (mode === 'members') {
      const r = await call('rating:grid', input);
      if (get().version !== version) return;
      if (r.ok) set({ memberGrid: r.value, orgGrid: null, loading: false });
      else set({ loading: false, error: r.error.message });
    } else {
      const r = await call('rating:orgGrid', input);
      if (get().version !== version) return;
      if (r.ok) set({ orgGrid: r.value, memberGrid: null, loading: false });
      else set({ loading: false, error: r.error.message });
    }
    void get().loadSummary();
  },

  loadQuotaSetting: async () => {
    const r = await call('rating:quotaSetting', {});
    if (r.ok) set({ quotaSetting: r.value, quotaSettingError: null });
    else set({ quotaSettingError: r.error.message });
  },

  saveQuotaSetting: async (pct) => {
    const r = await call('rating:setQuotaSetting', { pct });
    if (!r.ok) return { ok: false, message: r.error.message };
    set({ quotaSetting: r.value, quotaSettingError: null });
    void get().refreshGrid();
    return { ok: true };
  },

  loadSummary: async () => {
    const { organisation, year, version, mode } = get();
    if (!organisation) return;
    const input = { organisationId: organisation.id, year };
    // The members' grid is of one grassroots organisation: its summary reads the grid's own members,
    // a plain call as quick as the grid (a job would start a worker thread while the grid is drawn).
    // An upper level, up to the whole province, reads every member's events: a job, on a connection
    // of its own.
    const r = mode === 'members' ? await call('rating:summary', input) : await runJob('rating:summary', input);
    if (get().version !== version) return;
    if (r.ok) set({ summary: r.value, summaryError: null });
    else set({ summary: null, summaryError: r.error.message });
  },

  setCategory: (id, code) => {
    const row = modelIndex(get()).byId.get(id);
    if (!row) return;
    const draft = currentDraft(get().drafts, row);
    set((s) => ({ drafts: { ...s.drafts, [id]: { score: draft.score, categoryCode: code } }, rowErrors: withoutRow(s.rowErrors, id), notice: null }));
  },

  setScore: (id, text) => {
    const row = modelIndex(get()).byId.get(id);
    if (!row) return;
    const draft = currentDraft(get().drafts, row);
    // A score typed on a row without a category proposes the category of its band (2025 regime),
    // and the proposal follows the score until the clerk chooses a category.
    const score = parseScore(text);
    const follows = draft.categoryCode === null || draft.proposed === true;
    const band = score === null || Number.isNaN(score) ? null : categoryForScore(gridCategories(get()), score);
    const next: Draft = follows ? { categoryCode: band?.code ?? (draft.proposed ? null : draft.categoryCode), score: text, proposed: band !== null } : { categoryCode: draft.categoryCode, score: text };
    set((s) => ({ drafts: { ...s.drafts, [id]: next }, rowErrors: withoutRow(s.rowErrors, id), notice: null }));
  },

  setDecision: (patch) =>
    set((s) => ({
      decision: { ...s.decision, ...patch },
      // A field typed again loses its message.
      decisionErrors: Object.fromEntries(Object.entries(s.decisionErrors).filter(([key]) => !(key in patch))),
    })),

  revert: () => set({ drafts: {}, rowErrors: {}, decisionErrors: {}, error: null, notice: null }),

  save: async (confirmQuotaBreach = false) => {
    const state = get();
    const { organisation, year, mode, decision } = state;
    if (!organisation || state.saving) return;
    const changed = changedRows(state);
    if (changed.length === 0) {
      set({ notice: i18n.t('ratings.nothingToSave'), confirm: null });
      return;
    }
    // The screen's own checks first: a score that is not a number, a decision date that is not a day.
    const local: Record<number, string> = {};
    for (const r of changed) {
      const score = parseScore(currentDraft(state.drafts, r).score);
      if (score !== null && Number.isNaN(score)) local[r.id] = i18n.t('ratings.scoreInvalid');
    }
    // The decision date is typed once for every changed row: its message goes on its field, once.
    const date = typedDecisionDate(decision.decisionDate);
    const decisionErrors: RatingState['decisionErrors'] = date.ok ? {} : { decisionDate: date.message };
    const rowsAtFault = Object.keys(local).length;
    if (rowsAtFault > 0 || !date.ok) {
      set({ rowErrors: local, decisionErrors, error: rowsAtFault > 0 ? i18n.t('ratings.rowErrors', { n: rowsAtFault }) : null, confirm: null, notice: null });
      return;
    }
    const decisionDate = date.iso;
    const text = (typed: string, stored: string | null | undefined) => (typed.trim() !== '' ? typed.trim() : (stored ?? null));
    const fields = (r: ModelRow) => {
      const d = currentDraft(state.drafts, r);
      return {
        categoryCode: d.categoryCode,
        score: parseScore(d.score),
        decidingBody: text(decision.decidingBody, r.rating?.decidingBody),
        decisionNo: text(decision.decisionNo, r.rating?.decisionNo),
        decisionDate: decisionDate ?? r.rating?.decisionDate ?? null,
        note: r.rating?.note ?? null,
      };
    };
    set({ saving: true, error: null, rowErrors: {}, decisionErrors: {}, confirm: null, notice: null });
    const sentIds = changed.map((r) => r.id);
    const base = { organisationId: organisation.id, year, confirmQuotaBreach };
    const r =
      mode === 'members'
        ? await call('rating:saveGrid', { ...base, entries: changed.map((row) => ({ memberId: row.id, ...fields(row) })) })
        : await call('rating:saveOrgGrid', { ...base, entries: changed.map((row) => ({ organisationId: row.id, ...fields(row) })) });
    if (!r.ok) {
      const quota = r.error.code === 'RULE' ? r.error.fields?.['confirmQuotaBreach'] : undefined;
      if (quota !== undefined) set({ saving: false, confirm: quota });
      else set({ saving: false, ...placeFailure(r.error, sentIds, decision) });
      return;
    }
    const { created, updated, removed } = r.value;
    const notice = i18n.t('ratings.saved', { created, updated, removed });
    if ('quota' in r.value.grid) set({ memberGrid: r.value.grid, orgGrid: null });
    else set({ orgGrid: r.value.grid, memberGrid: null });
    set({ saving: false, drafts: {}, rowErrors: {}, decisionErrors: {}, notice, decision: emptyDecision });
    void get().loadSummary();
  },

  cancelConfirm: () => set({ confirm: null }),
}));

// The year rated by default follows the core's today (a pinned clock) once system:info has answered.
whenTodayKnown((day) => useRatingStore.setState({ year: defaultYear(day) }));

/**
 * The first year the catalogue has a rating regime for (from rating:quotaSetting's regimes, loaded when
 * missing); null until known (the core refuses a year without a regime anyway).
 */
export function useFirstRatingYear(): number | null {
  const setting = useRatingStore((s) => s.quotaSetting);
  useEffect(() => {
    if (setting === null) void useRatingStore.getState().loadQuotaSetting();
  }, [setting]);
  return setting ? firstRatingYear(setting.regimes) : null;
}
