import { create } from 'zustand';
import type { DecisionRecord } from '../../../../shared/decisions/schemas.ts';
import type { Output } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';

export const DECISION_PAGE = 50;

export type DecisionListRow = Output<'decision:list'>['rows'][number];

export interface DecisionFilters {
  query: string;
  year: number | null;
  typeCode: string | null;
}

interface DecisionState {
  filters: DecisionFilters;
  offset: number;
  rows: DecisionListRow[];
  total: number | null;
  loading: boolean;
  error: string | null;
  /** The decision opened (its actions), or null. */
  opened: DecisionRecord | null;
  openError: string | null;
  setFilters(patch: Partial<DecisionFilters>): void;
  load(offset?: number): Promise<void>;
  open(id: number): Promise<void>;
  close(): void;
}

let serial = 0;

/** The register of personnel decisions (decision:list) and the decision opened (decision:get). */
export const useDecisionStore = create<DecisionState>()((set, get) => ({
  filters: { query: '', year: null, typeCode: null },
  offset: 0,
  rows: [],
  total: null,
  loading: false,
  error: null,
  opened: null,
  openError: null,
  setFilters: (patch) => {
    set((s) => ({ filters: { ...s.filters, ...patch } }));
    void get().load(0);
  },
  load: async (offset = get().offset) => {
    const mine = ++serial;
    const { query, year, typeCode } = get().filters;
    set({ loading: true, offset });
    const r = await call('decision:list', { query: query.trim(), year, typeCode, cadreId: null, offset, limit: DECISION_PAGE });
    if (mine !== serial) return; // a newer filter was asked meanwhile
    if (r.ok) set({ rows: r.value.rows, total: r.value.total, loading: false, error: null });
    else set({ loading: false, error: r.error.message });
  },
  open: async (id) => {
    const r = await call('decision:get', { id });
    if (r.ok) set({ opened: r.value, openError: null });
    else set({ openError: r.error.message });
  },
  close: () => set({ opened: null, openError: null }),
}));
