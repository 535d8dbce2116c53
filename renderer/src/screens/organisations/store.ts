import { create } from 'zustand';
import type { OrgDetail, OrgNode } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';

/** Key of a children list: 'root' for the top level, otherwise the parent's id. */
export type ParentKey = 'root' | `${number}`;

export function keyOf(parentId: number | null): ParentKey {
  return parentId === null ? 'root' : `${parentId}`;
}

interface OrganisationState {
  nodes: Record<number, OrgNode>;
  /** Children ids per parent, present once loaded. */
  children: Partial<Record<ParentKey, number[]>>;
  expanded: Record<number, boolean>;
  loading: Partial<Record<ParentKey, boolean>>;
  selectedId: number | null;
  detail: OrgDetail | null;
  detailLoading: boolean;
  error: string | null;
  loadChildren(parentId: number | null): Promise<void>;
  toggle(id: number): Promise<void>;
  select(id: number): Promise<void>;
  /** Selects an organisation and expands the tree down to it. */
  reveal(id: number): Promise<void>;
  /** Reloads the children lists around changed organisations: their own, their parents' and every ancestor's. */
  refreshAround(ids: readonly number[]): Promise<void>;
  clearError(): void;
}

export const useOrganisationStore = create<OrganisationState>()((set, get) => ({
  nodes: {},
  children: {},
  expanded: {},
  loading: {},
  selectedId: null,
  detail: null,
  detailLoading: false,
  error: null,

  loadChildren: async (parentId) => {
    const key = keyOf(parentId);
    set((s) => ({ loading: { ...s.loading, [key]: true } }));
    const r = await call('organisation:children', { parentId });
    if (!r.ok) {
      set((s) => ({ loading: { ...s.loading, [key]: false }, error: r.error.message }));
      return;
    }
    set((s) => {
      const nodes = { ...s.nodes };
      for (const node of r.value) nodes[node.id] = node;
      return {
        nodes,
        children: { ...s.children, [key]: r.value.map((n) => n.id) },
        loading: { ...s.loading, [key]: false },
      };
    });
  },

  toggle: async (id) => {
    const open = !get().expanded[id];
    set((s) => ({ expanded: { ...s.expanded, [id]: open } }));
    if (open && get().children[keyOf(id)] === undefined) await get().loadChildren(id);
  },

  select: async (id) => {
    set({ selectedId: id, detailLoading: true });
    const r = await call('organisation:get', { id });
    if (get().selectedId !== id) return;
    if (r.ok) set({ detail: r.value, detailLoading: false, error: null });
    else set({ detail: null, detailLoading: false, error: r.error.message });
  },

  reveal: async (id) => {
    await get().select(id);
    const detail = get().detail;
    if (!detail || detail.id !== id) return;
    if (get().children.root === undefined) await get().loadChildren(null);
    for (const ancestor of detail.ancestors) {
      if (get().children[keyOf(ancestor.id)] === undefined) await get().loadChildren(ancestor.id);
      set((s) => ({ expanded: { ...s.expanded, [ancestor.id]: true } }));
    }
  },

  refreshAround: async (ids) => {
    const { nodes, children } = get();
    const keys = new Set<ParentKey>(['root']);
    for (const id of ids) {
      keys.add(keyOf(id));
      let parentId = nodes[id]?.parentId ?? null;
      const seen = new Set<number>();
      while (parentId !== null && !seen.has(parentId)) {
        seen.add(parentId);
        keys.add(keyOf(parentId));
        parentId = nodes[parentId]?.parentId ?? null;
      }
    }
    const loaded = [...keys].filter((k) => children[k] !== undefined);
    await Promise.all(loaded.map((k) => get().loadChildren(k === 'root' ? null : Number(k))));
    const selected = get().selectedId;
    if (selected !== null) await get().select(selected);
  },

  clearError: () => set({ error: null }),
}));
