import { useEffect } from 'react';
import { create } from 'zustand';
import type { MemberFile } from '../../../../shared/memberFile/schemas.ts';
import { call } from '../../api/client.ts';
import { PAGE_SIZE, rowAt, toListInput, useMemberListStore } from '../members/store.ts';

/** The parts of the open file that hold edits of their own (the card and each editable tab). */
export type FileSection = 'card' | 'sponsors' | 'workHistory' | 'training' | 'family' | 'awards' | 'discipline' | 'events' | 'ratings';

type Loaded = Omit<MemberFile, 'memberId'>;

interface MemberFileState {
  /** The member whose file is open (null: none). */
  memberId: number | null;
  file: MemberFile | null;
  loading: boolean;
  error: string | null;
  /** Bumped after every successful write in the file, so the history tab reloads. */
  revision: number;
  /** Sections with edits not yet saved. */
  dirty: Partial<Record<FileSection, boolean>>;
  /** Forgets the previous file and loads this member's (memberfile:get). */
  open(memberId: number): Promise<void>;
  close(): void;
  /** Puts what a save returned into the loaded file and counts a revision. */
  saved(patch: Partial<Loaded>): void;
  setDirty(section: FileSection, dirty: boolean): void;
}

const empty = { memberId: null, file: null, loading: false, error: null, revision: 0, dirty: {} };

export const useMemberFileStore = create<MemberFileState>()((set, get) => ({
  ...empty,

  open: async (memberId) => {
    set({ ...empty, memberId, loading: true });
    const r = await call('memberfile:get', { memberId });
    if (get().memberId !== memberId) return;
    if (r.ok) set({ file: r.value, loading: false, error: null });
    else set({ loading: false, error: r.error.message });
  },

  close: () => set(empty),

  saved: (patch) =>
    set((s) => ({
      file: s.file ? { ...s.file, ...patch } : s.file,
      revision: s.revision + 1,
    })),

  setDirty: (section, dirty) =>
    set((s) => (Boolean(s.dirty[section]) === dirty ? s : { dirty: { ...s.dirty, [section]: dirty } })),
}));

/** The sections with unsaved edits, in a stable order. */
export function dirtySections(dirty: Partial<Record<FileSection, boolean>>): FileSection[] {
  const order: FileSection[] = ['card', 'sponsors', 'workHistory', 'training', 'family', 'awards', 'discipline', 'events', 'ratings'];
  return order.filter((s) => dirty[s]);
}

/**
 * Marks a section of the open file as holding unsaved edits while `dirty` (a small form with typed
 * text), so closing the file or moving to another member asks first; cleared when the form goes away.
 */
export function useSectionDirty(section: FileSection, dirty: boolean): void {
  const setDirty = useMemberFileStore((s) => s.setDirty);
  useEffect(() => {
    setDirty(section, dirty);
  }, [section, dirty, setDirty]);
  useEffect(() => () => setDirty(section, false), [section, setDirty]);
}

// ---- moving through the member list without leaving the file ----------------------------------

/** Where a member sits in the member list's loaded pages, or null when its page is not loaded. */
export function listIndexOf(memberId: number): number | null {
  const { pages } = useMemberListStore.getState();
  for (const [offset, rows] of Object.entries(pages)) {
    const i = rows.findIndex((r) => r.id === memberId);
    if (i >= 0) return Number(offset) + i;
  }
  return null;
}

/**
 * The member at `index` of the current list (its query, sort and filters), fetching its page when it
 * is not loaded (pages far from the grid's view are dropped, and a save empties the cache).
 */
export async function memberAtIndex(index: number): Promise<{ id: number; index: number } | null> {
  const list = useMemberListStore.getState();
  if (index < 0 || (list.total !== null && index >= list.total)) return null;
  const offset = Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
  let row = rowAt(list.pages, index);
  if (!row) {
    await list.ensurePage(offset);
    row = rowAt(useMemberListStore.getState().pages, index);
  }
  if (!row) {
    // The page was being fetched for the grid (or the answer was for an older query): ask directly.
    const r = await call('member:list', toListInput(useMemberListStore.getState().query, offset));
    if (r.ok) row = r.value.rows[index - offset];
  }
  return row ? { id: row.id, index } : null;
}
