import { create } from 'zustand';
import type { AppError } from '../../../../shared/contract/index.ts';
import type { BadgeForm, BadgeKind, BadgeRow, CandidateRow, CandidatesResult } from '../../../../shared/badges/schemas.ts';
import { today, whenTodayKnown } from '../../stores/today.ts';
import { roundOf } from '../../../../shared/badges/rules.ts';
import type { JobInfo } from '../../../../shared/jobs/schemas.ts';
import { call, dataVersion } from '../../api/client.ts';
import { cancelJob, runJob, type RunningJob } from '../../api/jobs.ts';

export interface OrgRef {
  id: number;
  name: string;
}

/** What a checkbox stands for: one badge for one member. */
export const candidateKey = (r: Pick<CandidateRow, 'memberId' | 'milestone' | 'kind'>) => `${r.memberId}:${r.milestone}:${r.kind}`;

export interface ExportDone {
  fileName: string;
  base64: string;
  rows: number;
}

interface BadgeState {
  year: number;
  roundDate: string;
  organisation: OrgRef | null;
  candidates: CandidatesResult | null;
  candidatesLoading: boolean;
  /** Keys (candidateKey) of the ticked candidates. */
  selected: Record<string, true>;
  proposed: BadgeRow[] | null;
  busy: boolean;
  /** The Excel export's job while it runs (progress bar, stop button). */
  exportJob: JobInfo | null;
  /** The last failure of a call (message, per-field messages). */
  failure: AppError | null;
  /** The last thing done, for the status line. */
  done: { kind: 'proposed' | 'withdrawn' | 'decided'; n: number } | { kind: 'exported'; fileName: string; n: number } | null;
  setYear(year: number): Promise<void>;
  setRound(roundDate: string): Promise<void>;
  setOrganisation(org: OrgRef | null): Promise<void>;
  /**
   * What the lists on screen were loaded for (keptKey): the round, the scope and the data version. The
   * store outlives the screen, so coming back to the tab shows them again without asking the core.
   */
  loadedFor: string | null;
  /** On the screen's mount: loads unless the lists kept are those of the round, scope and data. */
  open(): Promise<void>;
  /** Loads the candidates and the proposals of the chosen round and scope. */
  load(): Promise<void>;
  loadCandidates(): Promise<void>;
  loadProposed(): Promise<void>;
  toggle(keys: readonly string[], on: boolean): void;
  propose(proposedBy: string | null): Promise<boolean>;
  withdraw(badgeIds: readonly number[]): Promise<boolean>;
  decide(decisionNo: string, decisionDate: string, numbers: readonly { badgeId: number; badgeNo: string }[]): Promise<boolean>;
  exportForm(form: BadgeForm): Promise<ExportDone | null>;
  cancelExport(): Promise<void>;
  clearMessages(): void;
}

/** The round a clerk is most likely preparing: the first one on or after today. */
export function defaultRound(day: string = today()): string {
  return roundOf(day);
}

const initialRound = defaultRound();

/** Every ticked candidate, as propose items. */
export function selectedItems(candidates: CandidatesResult | null, selected: Record<string, true>): { memberId: number; milestone: number; kind: BadgeKind }[] {
  if (!candidates) return [];
  const rows = [...candidates.regular.flatMap((g) => g.rows), ...candidates.early, ...candidates.posthumous];
  return rows.filter((r) => selected[candidateKey(r)]).map((r) => ({ memberId: r.memberId, milestone: r.milestone, kind: r.kind }));
}

const exportHandle: RunningJob = { id: null };

/** The round, the scope and the version of the data (bumped by every write: api/client.ts dataVersion). */
export function keptKey(s: Pick<BadgeState, 'roundDate' | 'organisation'>): string {
  return `${s.roundDate}|${s.organisation?.id ?? 'province'}|${dataVersion()}`;
}

export const useBadgeStore = create<BadgeState>()((set, get) => ({
  year: Number(initialRound.slice(0, 4)),
  roundDate: initialRound,
  organisation: null,
  candidates: null,
  candidatesLoading: false,
  selected: {},
  proposed: null,
  busy: false,
  exportJob: null,
  failure: null,
  done: null,
  loadedFor: null,

  setYear: async (year) => {
    if (!Number.isInteger(year) || year < 1930 || year > 2200) return;
    const day = get().roundDate.slice(4);
    set({ year, roundDate: `${year}${day}`, selected: {}, candidates: null, proposed: null });
    await get().load();
  },
  setRound: async (roundDate) => {
    set({ roundDate, year: Number(roundDate.slice(0, 4)), selected: {}, candidates: null, proposed: null });
    await get().load();
  },
  setOrganisation: async (organisation) => {
    set({ organisation, selected: {}, candidates: null, proposed: null });
    await get().load();
  },
  open: async () => {
    const s = get();
    if (s.candidates !== null && s.proposed !== null && s.loadedFor === keptKey(s)) return;
    await get().load();
  },
  load: async () => {
    const key = keptKey(get());
    set({ loadedFor: null });
    await Promise.all([get().loadCandidates(), get().loadProposed()]);
    // Kept only when both answered for this round and scope, with no write in between.
    const s = get();
    if (s.candidates !== null && s.proposed !== null && keptKey(s) === key) set({ loadedFor: key });
  },
  loadCandidates: async () => {
    const { roundDate, organisation } = get();
    set({ candidatesLoading: true });
    const r = await call('badge:candidates', { organisationId: organisation?.id ?? null, roundDate });
    // A newer choice of round or scope wins over a late answer.
    if (get().roundDate !== roundDate || get().organisation?.id !== organisation?.id) return;
    if (r.ok) set({ candidates: r.value, candidatesLoading: false });
    else set({ failure: r.error, candidatesLoading: false });
  },
  loadProposed: async () => {
    const { roundDate, organisation } = get();
    const r = await call('badge:list', { roundDate, organisationId: organisation?.id ?? null });
    if (get().roundDate !== roundDate || get().organisation?.id !== organisation?.id) return;
    if (r.ok) set({ proposed: r.value });
    else set({ failure: r.error });
  },
  toggle: (keys, on) => {
    const current = get().selected;
    if (on) set({ selected: { ...current, ...Object.fromEntries(keys.map((k) => [k, true as const])) } });
    else {
      const drop = new Set(keys);
      set({ selected: Object.fromEntries(Object.entries(current).filter(([k]) => !drop.has(k))) });
    }
  },
  propose: async (proposedBy) => {
    const items = selectedItems(get().candidates, get().selected);
    if (items.length === 0) return false;
    set({ busy: true, failure: null, done: null });
    const r = await call('badge:propose', { roundDate: get().roundDate, items, proposedBy: proposedBy?.trim() || null });
    set({ busy: false });
    if (!r.ok) {
      set({ failure: r.error });
      return false;
    }
    set({ selected: {}, done: { kind: 'proposed', n: r.value.length } });
    await get().load();
    return true;
  },
  withdraw: async (badgeIds) => {
    if (badgeIds.length === 0) return false;
    set({ busy: true, failure: null, done: null });
    const r = await call('badge:withdraw', { badgeIds: [...badgeIds] });
    set({ busy: false });
    if (!r.ok) {
      set({ failure: r.error });
      return false;
    }
    set({ done: { kind: 'withdrawn', n: r.value.withdrawn } });
    await get().load();
    return true;
  },
  decide: async (decisionNo, decisionDate, numbers) => {
    set({ busy: true, failure: null, done: null });
    const r = await call('badge:decide', { roundDate: get().roundDate, decisionNo, decisionDate, numbers: [...numbers] });
    set({ busy: false });
    if (!r.ok) {
      set({ failure: r.error });
      return false;
    }
    set({ done: { kind: 'decided', n: r.value.length } });
    await get().loadProposed();
    return true;
  },
  exportForm: async (form) => {
    set({ busy: true, failure: null, done: null });
    const { roundDate, organisation } = get();
    // A job: the province's register is built in a worker of its own, with a progress bar.
    const r = await runJob('badge:export', { form, roundDate, organisationId: organisation?.id ?? null }, (job) => set({ exportJob: job }), exportHandle);
    exportHandle.id = null;
    set({ busy: false, exportJob: null });
    if (!r.ok) {
      if (r.error.code !== 'CANCELLED') set({ failure: r.error });
      return null;
    }
    set({ done: { kind: 'exported', fileName: r.value.fileName, n: r.value.rows } });
    return r.value;
  },
  cancelExport: () => cancelJob(exportHandle),
  clearMessages: () => set({ failure: null, done: null }),
}));

// The default round follows the core's today (a pinned clock) once system:info has answered.
whenTodayKnown((day) => {
  const round = defaultRound(day);
  useBadgeStore.setState({ year: Number(round.slice(0, 4)), roundDate: round });
});
