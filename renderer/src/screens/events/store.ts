import { create } from 'zustand';
import type { EventListResult, RemindersResult } from '../../../../shared/events/schemas.ts';
import { call, dataVersion } from '../../api/client.ts';
import { useMemberListStore } from '../members/store.ts';

/** What a member's events tab shows: the events with the status and party age derived from them. */
export type MemberEvents = EventListResult;

interface EventState {
  /** Loaded event lists by member id. */
  byMember: Record<number, MemberEvents>;
  loading: Record<number, boolean>;
  errors: Record<number, string | null>;
  /** Reminders of the overview (scope and window as last asked), a page of each list. */
  reminders: RemindersResult | null;
  /** What the reminders were last asked for (a page of another list keeps the scope and window). */
  remindersAsked: RemindersAsked;
  remindersLoading: boolean;
  remindersError: string | null;
  /** The data version the reminders held were read at. */
  remindersVersion: number;
  /** (Re)loads a member's events. */
  load(memberId: number): Promise<void>;
  /** After a write: reloads the member's events and drops the cached pages of the member list (status, cell, party age changed). */
  changed(memberIds: readonly number[]): Promise<void>;
  /**
   * The overview shown again: the first pages of the province's reminders, read again only when they
   * are not those already held or some write happened since (api/client.ts dataVersion): switching to
   * Tổng quan cost a 300 ms read at 500,000 members every time (issue 8).
   */
  showReminders(withinDays: number): Promise<void>;
  /** Another scope or window: both lists from their first page. */
  loadReminders(organisationId: number | null, withinDays: number): Promise<void>;
  /** Another page of one list. */
  pageReminders(list: 'probation' | 'temporary', offset: number): Promise<void>;
  /** The same pages again (after a save in a file opened from a row). */
  reloadReminders(): Promise<void>;
}

/** Rows per page of each reminder list. */
export const REMINDER_PAGE = 50;

export interface RemindersAsked {
  organisationId: number | null;
  withinDays: number;
  probationOffset: number;
  temporaryOffset: number;
}

/** Only the latest reminders request may answer (the scope, window or page may change while one runs). */
let remindersTicket = 0;

async function askReminders(set: (patch: Partial<EventState>) => void, asked: RemindersAsked): Promise<void> {
  const ticket = ++remindersTicket;
  const version = dataVersion();
  set({ remindersLoading: true, remindersAsked: asked });
  const r = await call('event:reminders', { ...asked, limit: REMINDER_PAGE });
  if (ticket !== remindersTicket) return;
  if (r.ok) set({ reminders: r.value, remindersLoading: false, remindersError: null, remindersVersion: version });
  else set({ remindersLoading: false, remindersError: r.error.message });
}

export const useEventStore = create<EventState>()((set, get) => ({
  byMember: {},
  loading: {},
  errors: {},
  reminders: null,
  remindersAsked: { organisationId: null, withinDays: 30, probationOffset: 0, temporaryOffset: 0 },
  remindersLoading: false,
  remindersError: null,
  remindersVersion: -1,

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

  showReminders: async (withinDays) => {
    const s = get();
    const a = s.remindersAsked;
    const same = a.organisationId === null && a.withinDays === withinDays && a.probationOffset === 0 && a.temporaryOffset === 0;
    if (same && s.reminders !== null && !s.remindersLoading && s.remindersVersion === dataVersion()) return;
    await askReminders(set, { organisationId: null, withinDays, probationOffset: 0, temporaryOffset: 0 });
  },
  loadReminders: (organisationId, withinDays) => askReminders(set, { organisationId, withinDays, probationOffset: 0, temporaryOffset: 0 }),
  pageReminders: (list, offset) => askReminders(set, { ...get().remindersAsked, [list === 'probation' ? 'probationOffset' : 'temporaryOffset']: offset }),
  reloadReminders: () => askReminders(set, get().remindersAsked),
}));
