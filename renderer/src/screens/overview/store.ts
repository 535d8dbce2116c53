import { create } from 'zustand';
import type { Digest } from '../../../../shared/reminders/schemas.ts';
import { call } from '../../api/client.ts';

/** Reappointment notices due within this many days, unless the clerk asks otherwise. */
export const DEFAULT_DESK_DAYS = 90;
/** Rows shown per list (each list says its total; "Xuất Excel" writes every row). */
export const DESK_ROWS = 50;

interface DeskState {
  withinDays: number;
  digest: Digest | null;
  loading: boolean;
  error: string | null;
  /** The window of the digest on screen (the exports use it). */
  asked: number;
  load(withinDays?: number): Promise<void>;
}

let serial = 0;

/** The clerk's desk (Tổng quan): one reminder:digest for the whole province. */
export const useDeskStore = create<DeskState>()((set, get) => ({
  withinDays: DEFAULT_DESK_DAYS,
  digest: null,
  loading: false,
  error: null,
  asked: DEFAULT_DESK_DAYS,
  load: async (withinDays = get().withinDays) => {
    const mine = ++serial;
    set({ withinDays, loading: true });
    const r = await call('reminder:digest', { withinDays, limit: DESK_ROWS });
    if (mine !== serial) return; // a newer window was asked meanwhile
    if (r.ok) set({ digest: r.value, loading: false, error: null, asked: withinDays });
    else set({ loading: false, error: r.error.message });
  },
}));
