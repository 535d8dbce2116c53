import { useEffect } from 'react';
import { create } from 'zustand';
import type { CadreFile, CadreListInput, CadreListRow } from '../../../../shared/cadres/schemas.ts';
import { call, dataVersion } from '../../api/client.ts';

/** Rows asked for at a time (the contract's largest page); "Xem thêm" asks for the next. */
export const CADRE_PAGE = 500;

/** The list's filters: cadre:list's input without the page. */
export type CadreQuery = Omit<CadreListInput, 'offset' | 'limit'>;

export const initialCadreQuery: CadreQuery = {
  query: '',
  post: '',
  tier: null,
  status: 'working',
  sex: null,
  ageFrom: null,
  ageTo: null,
  politicalTheoryCode: null,
  planning: 'any',
  retiringWithinMonths: null,
};

interface CadreListState {
  query: CadreQuery;
  rows: CadreListRow[];
  total: number | null;
  loading: boolean;
  error: string | null;
  /** Bumped by every new query: an answer for an older one is dropped. */
  version: number;
  /** The data version (api/client.ts dataVersion) the rows were read at: a write since makes them stale. */
  dataVersion: number;
  setQuery(patch: Partial<CadreQuery>): void;
  /** Asks again for the first page (after a save, or a new query). */
  reload(): Promise<void>;
  /** The next page, appended. */
  more(): Promise<void>;
}

export const useCadreListStore = create<CadreListState>()((set, get) => {
  async function fetchFrom(offset: number) {
    const version = get().version;
    set({ loading: true, dataVersion: dataVersion() });
    const r = await call('cadre:list', { ...get().query, offset, limit: CADRE_PAGE });
    if (get().version !== version) return;
    if (!r.ok) set({ loading: false, error: r.error.message });
    else set((s) => ({ loading: false, error: null, total: r.value.total, rows: offset === 0 ? r.value.rows : [...s.rows, ...r.value.rows] }));
  }
  return {
    query: initialCadreQuery,
    rows: [],
    total: null,
    loading: false,
    error: null,
    version: 0,
    dataVersion: -1,
    setQuery: (patch) => {
      set((s) => ({ query: { ...s.query, ...patch }, version: s.version + 1 }));
      void fetchFrom(0);
    },
    reload: () => {
      set((s) => ({ version: s.version + 1 }));
      return fetchFrom(0);
    },
    more: async () => {
      const { rows, total, loading } = get();
      if (loading || total === null || rows.length >= total) return;
      await fetchFrom(rows.length);
    },
  };
});

// ---- the open cadre file ------------------------------------------------------------------------

/** The parts of the open file that hold edits of their own (the CV form and each table). */
export const fileSections = ['cv', 'workHistory', 'training', 'family', 'salary', 'awards', 'discipline', 'assessments', 'assetDeclarations', 'documents', 'perusal'] as const;
export type CadreSection = (typeof fileSections)[number];

interface CadreFileState {
  cadreId: number | null;
  file: CadreFile | null;
  loading: boolean;
  error: string | null;
  dirty: Partial<Record<CadreSection, boolean>>;
  /** Forgets the previous file and loads this one (cadre:get; the viewing is logged by the core). */
  open(cadreId: number): Promise<void>;
  close(): void;
  /** Loads the open file again (after the member record changed), keeping the edits in progress. */
  refresh(): Promise<void>;
  /** Puts what a save returned into the loaded file. */
  saved(patch: Partial<CadreFile>): void;
  setDirty(section: CadreSection, dirty: boolean): void;
}

const emptyFile = { cadreId: null, file: null, loading: false, error: null, dirty: {} };

export const useCadreFileStore = create<CadreFileState>()((set, get) => ({
  ...emptyFile,
  open: async (cadreId) => {
    set({ ...emptyFile, cadreId, loading: true });
    const r = await call('cadre:get', { id: cadreId });
    if (get().cadreId !== cadreId) return;
    if (r.ok) set({ file: r.value, loading: false, error: null });
    else set({ loading: false, error: r.error.message });
  },
  close: () => set(emptyFile),
  refresh: async () => {
    const cadreId = get().cadreId;
    if (cadreId === null) return;
    const r = await call('cadre:get', { id: cadreId });
    if (r.ok && get().cadreId === cadreId) set({ file: r.value, error: null });
  },
  saved: (patch) => set((s) => ({ file: s.file ? { ...s.file, ...patch } : s.file })),
  setDirty: (section, dirty) => set((s) => (Boolean(s.dirty[section]) === dirty ? s : { dirty: { ...s.dirty, [section]: dirty } })),
}));

/** The sections with unsaved edits, in the order of the tabs. */
export function dirtyCadreSections(dirty: Partial<Record<CadreSection, boolean>>): CadreSection[] {
  return fileSections.filter((s) => dirty[s]);
}

/** Marks a section of the open cadre file dirty while `dirty`; cleared when the form goes away. */
export function useCadreSectionDirty(section: CadreSection, dirty: boolean): void {
  const setDirty = useCadreFileStore((s) => s.setDirty);
  useEffect(() => {
    setDirty(section, dirty);
  }, [section, dirty, setDirty]);
  useEffect(() => () => setDirty(section, false), [section, setDirty]);
}
