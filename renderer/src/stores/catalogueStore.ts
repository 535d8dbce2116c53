import { create } from 'zustand';
import type { CatalogueItem, Catalogues } from '../../../shared/contract/index.ts';
import { call } from '../api/client.ts';

interface CatalogueState {
  catalogues: Catalogues | null;
  loading: boolean;
  error: string | null;
  /** Loads the catalogues once; later calls return at once. */
  load(): Promise<void>;
  /** Loads them again (after an administrator changed one). */
  reload(): Promise<void>;
}

export const useCatalogueStore = create<CatalogueState>()((set, get) => ({
  catalogues: null,
  loading: false,
  error: null,
  load: async () => {
    if (get().catalogues || get().loading) return;
    set({ loading: true });
    const r = await call('catalogue:all', {});
    if (r.ok) set({ catalogues: r.value, loading: false, error: null });
    else set({ loading: false, error: r.error.message });
  },
  reload: async () => {
    const r = await call('catalogue:all', {});
    if (r.ok) set({ catalogues: r.value, error: null });
  },
}));

/** The display name of a code in a catalogue list, or the code itself when unknown. */
export function nameOf(items: readonly CatalogueItem[] | undefined, code: string | null): string {
  if (code === null) return '';
  return items?.find((i) => i.code === code)?.name ?? code;
}
