import { create } from 'zustand';
import type { MemberListInput, MemberRow, MemberSortColumn } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';

export const PAGE_SIZE = 50;
/** At most this many pages are kept; the ones farthest from the page just loaded are dropped. */
export const MAX_PAGES = 6;

export interface MemberQuery {
  organisation: { id: number; name: string } | null;
  q: string;
  sex: 'M' | 'F' | null;
  ageBand: string | null;
  membership: 'probationary' | 'full' | null;
  ethnicCode: string | null;
  /** Tuổi Đảng in whole years, both ends included (null: no bound). */
  minPartyAgeYears: number | null;
  maxPartyAgeYears: number | null;
  sort: MemberSortColumn;
  descending: boolean;
}

export const initialQuery: MemberQuery = {
  organisation: null,
  q: '',
  sex: null,
  ageBand: null,
  membership: null,
  ethnicCode: null,
  minPartyAgeYears: null,
  maxPartyAgeYears: null,
  sort: 'official',
  descending: false,
};

interface MemberListState {
  query: MemberQuery;
  /** Bumped whenever the query changes or the list is invalidated: answers for an older version are dropped. */
  version: number;
  /** Bumped only when the query changes: the grid then starts again at the top. */
  queryId: number;
  total: number | null;
  totalIsLowerBound: boolean;
  /** Loaded pages keyed by offset. */
  pages: Record<number, MemberRow[]>;
  pending: Record<number, boolean>;
  error: string | null;
  setQuery(patch: Partial<MemberQuery>): void;
  /** Drops the cached pages (after a save) and reloads what is on screen. */
  invalidate(): void;
  ensurePage(offset: number): Promise<void>;
}

export function toListInput(query: MemberQuery, offset: number): MemberListInput {
  return {
    organisationId: query.organisation?.id ?? null,
    q: query.q.trim(),
    sort: query.sort,
    descending: query.descending,
    sex: query.sex,
    ageBand: query.ageBand,
    membership: query.membership,
    ethnicCode: query.ethnicCode,
    minPartyAgeYears: query.minPartyAgeYears,
    maxPartyAgeYears: query.maxPartyAgeYears,
    offset,
    limit: PAGE_SIZE,
  };
}

/** Keeps at most MAX_PAGES pages, preferring those nearest to `around`. */
export function trimPages(pages: Record<number, MemberRow[]>, around: number): Record<number, MemberRow[]> {
  const offsets = Object.keys(pages).map(Number);
  if (offsets.length <= MAX_PAGES) return pages;
  const keep = offsets.sort((a, b) => Math.abs(a - around) - Math.abs(b - around)).slice(0, MAX_PAGES);
  const trimmed: Record<number, MemberRow[]> = {};
  for (const offset of keep) {
    const rows = pages[offset];
    if (rows) trimmed[offset] = rows;
  }
  return trimmed;
}

export const useMemberListStore = create<MemberListState>()((set, get) => ({
  query: initialQuery,
  version: 0,
  queryId: 0,
  total: null,
  totalIsLowerBound: false,
  pages: {},
  pending: {},
  error: null,

  setQuery: (patch) =>
    set((s) => ({ query: { ...s.query, ...patch }, version: s.version + 1, queryId: s.queryId + 1, pages: {}, pending: {} })),

  invalidate: () => set((s) => ({ version: s.version + 1, pages: {}, pending: {} })),

  ensurePage: async (offset) => {
    const { pages, pending, version, query } = get();
    if (pages[offset] !== undefined || pending[offset]) return;
    set((s) => ({ pending: { ...s.pending, [offset]: true } }));
    const r = await call('member:list', toListInput(query, offset));
    if (get().version !== version) return;
    if (!r.ok) {
      set((s) => ({ pending: { ...s.pending, [offset]: false }, error: r.error.message }));
      return;
    }
    set((s) => ({
      pages: trimPages({ ...s.pages, [offset]: r.value.rows }, offset),
      pending: { ...s.pending, [offset]: false },
      total: r.value.total,
      totalIsLowerBound: r.value.totalIsLowerBound,
      error: null,
    }));
  },
}));

/** The row at an index, when its page is loaded. */
export function rowAt(pages: Record<number, MemberRow[]>, index: number): MemberRow | undefined {
  const offset = Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
  return pages[offset]?.[index - offset];
}
