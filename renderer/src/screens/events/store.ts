import { create } from 'zustand';
import type { EventListResult, RemindersResult } from '../../../../shared/events/schemas.ts';
import { call } from '../../api/client.ts';
import { useMemberListStore } from '../members/store.ts';

/** What a member's events tab shows: the events with the status and party age derived from them. */
export type MemberEvents = EventListResult;

interface EventState {
  /** Loaded event lists by member id. */
  byMember: Record<number, MemberEvents>;
  loading: Record<number, boolean>;
  errors: Record<number, string | null>;
  /** Reminders of the overview (scope and window as last asked). */
  reminders: RemindersResult | null;
  remindersLoading: boolean;
  remindersError: string | null;
  /** (Re)loads a member's events. */
  load(memberId: number): Promise<void>;
  /** After a write: reloads the member's events and drops the cached pages of the member list (status, cell, party age changed). */
  changed(memberIds: readonly number[]): Promise<void>;
  loadReminders(organisationId: number | null, withinDays: number): Promise<void>;
}

/** Only the latest reminders request may answer (the scope or window may change while one runs). */
let remindersTicket = 0;

export const useEventStore = create<EventState>()((set, get) => ({
  byMember: {},
  loading: {},
  errors: {},
  reminders: null,
  remindersLoading: false,
  remindersError: null,

  load: async (memberId) => {
    set((s) => ({ loading: { ...s.loading, [memberId]: true } }));
    const r = await call('event:list', { memberId });
    set((s) => ({
      loading: { ...s.loading, [memberId]: false },
      errors: { ...s.errors, [memberId]: r.ok ? null : r.error.message },
      byMember: r.ok ? { ...s.byMember, [memberId]: r.value } : s.byMember,
    }));
  },

  changed: async (memberIds) => {
    useMemberListStore.getState().invalidate();
    const loaded = memberIds.filter((id) => get().byMember[id] !== undefined);
    await Promise.all(loaded.map((id) => get().load(id)));
  },

  loadReminders: async (organisationId, withinDays) => {
    const ticket = ++remindersTicket;
    set({ remindersLoading: true });
    const r = await call('event:reminders', { organisationId, withinDays });
    if (ticket !== remindersTicket) return;
    if (r.ok) set({ reminders: r.value, remindersLoading: false, remindersError: null });
    else set({ remindersLoading: false, remindersError: r.error.message });
  },
}));
