import { create } from 'zustand';
import type { AuditEntry } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { runJob } from '../../api/jobs.ts';
import { useAppStore } from '../../stores/appStore.ts';

export interface BackupDone {
  file: string;
  bytes: number;
}

export interface VerifyOutcome {
  ok: boolean;
  entries: number;
  firstBadId: number | null;
}

interface SystemState {
  backupRunning: boolean;
  backupDone: BackupDone | null;
  backupError: string | null;
  verifyRunning: boolean;
  verifyOutcome: VerifyOutcome | null;
  verifyError: string | null;
  audit: AuditEntry[] | null;
  auditError: string | null;
  backup(): Promise<void>;
  verify(): Promise<void>;
  loadAudit(): Promise<void>;
}

export const AUDIT_PAGE = 50;

export const useSystemStore = create<SystemState>()((set, get) => ({
  backupRunning: false,
  backupDone: null,
  backupError: null,
  verifyRunning: false,
  verifyOutcome: null,
  verifyError: null,
  audit: null,
  auditError: null,
  backup: async () => {
    if (get().backupRunning) return;
    set({ backupRunning: true, backupError: null, backupDone: null });
    // A job: the copy is made by a worker of its own while the app keeps answering.
    const r = await runJob('system:backup', {});
    if (r.ok) set({ backupRunning: false, backupDone: r.value });
    else set({ backupRunning: false, backupError: r.error.message });
    // The last-backup time shown on the overview comes from system:info.
    if (r.ok) await useAppStore.getState().loadInfo();
  },
  verify: async () => {
    set({ verifyRunning: true, verifyError: null, verifyOutcome: null });
    const r = await call('system:auditVerify', {});
    if (r.ok) set({ verifyRunning: false, verifyOutcome: r.value });
    else set({ verifyRunning: false, verifyError: r.error.message });
  },
  loadAudit: async () => {
    const r = await call('system:auditList', { offset: 0, limit: AUDIT_PAGE });
    if (r.ok) set({ audit: r.value, auditError: null });
    else set({ auditError: r.error.message });
  },
}));
