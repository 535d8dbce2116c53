import { create } from 'zustand';
import type { SystemInfo } from '../../../shared/contract/index.ts';
import type { JobInfo } from '../../../shared/jobs/schemas.ts';
import { call } from '../api/client.ts';
import { cancelJob, runJob, type RunningJob } from '../api/jobs.ts';
import type { TabId } from './tabs.ts';

export interface DemoSummary {
  organisations: number;
  members: number;
}

interface AppState {
  activeTab: TabId;
  info: SystemInfo | null;
  /** Today as the core sees it (from system:info); null until it answers. Read it through today() (./today.ts). */
  today: string | null;
  infoLoading: boolean;
  infoError: string | null;
  /** The clerk chose "start with empty data" on the welcome panel. */
  welcomeDismissed: boolean;
  demoRunning: boolean;
  /** The demo build's job while it runs (progress bar, stop button). */
  demoJob: JobInfo | null;
  demoError: string | null;
  demoDone: DemoSummary | null;
  setTab(tab: TabId): void;
  loadInfo(): Promise<void>;
  dismissWelcome(): void;
  runDemo(members: number): Promise<boolean>;
  cancelDemo(): Promise<void>;
}

const demoHandle: RunningJob = { id: null };

export const useAppStore = create<AppState>()((set, get) => ({
  activeTab: 'overview',
  info: null,
  today: null,
  infoLoading: false,
  infoError: null,
  welcomeDismissed: false,
  demoRunning: false,
  demoJob: null,
  demoError: null,
  demoDone: null,
  setTab: (tab) => set({ activeTab: tab }),
  loadInfo: async () => {
    set({ infoLoading: true });
    const r = await call('system:info', {});
    if (r.ok) set({ info: r.value, today: r.value.today, infoLoading: false, infoError: null });
    else set({ infoLoading: false, infoError: r.error.message });
  },
  dismissWelcome: () => set({ welcomeDismissed: true, activeTab: 'organisations' }),
  runDemo: async (members) => {
    if (get().demoRunning) return false;
    set({ demoRunning: true, demoError: null, demoJob: null });
    // A job: the build runs in a worker of its own with a progress bar, and can be stopped.
    const r = await runJob('system:demo', { members }, (job) => set({ demoJob: job }), demoHandle);
    demoHandle.id = null;
    if (!r.ok) {
      set({ demoRunning: false, demoJob: null, demoError: r.error.code === 'CANCELLED' ? null : r.error.message });
      return false;
    }
    set({ demoRunning: false, demoJob: null, demoDone: r.value });
    await get().loadInfo();
    return true;
  },
  cancelDemo: () => cancelJob(demoHandle),
}));

/** True while the database holds no organisation and the clerk has not chosen how to start. */
export function selectShowWelcome(s: Pick<AppState, 'info' | 'welcomeDismissed'>): boolean {
  return s.info !== null && s.info.counts.organisations === 0 && !s.welcomeDismissed;
}
