import { asErrorCode, fail, ok, type Result } from '../../shared/kernel/result.ts';
import type { JobEvent, JobGetResult, JobInfo } from '../../shared/jobs/schemas.ts';
import type { Core } from '../core/types.ts';

/** What following a job needs from the terminal (injected: tests pass their own). */
export interface JobTerminal {
  stderr(text: string): void;
  /** True when stderr is a terminal: the bar is redrawn in place; otherwise a line every 10 %. */
  stderrIsTTY?: boolean;
  /** Ctrl+C: the job is cancelled (its writes roll back); returns the unsubscribe function. */
  onInterrupt?(handler: () => void): () => void;
}

const WIDTH = 30;

/** The progress bar: `[#########.....]  45 %  Đã tạo 225.000 / 500.000 đảng viên`. */
export function progressBar(share: number, line: string): string {
  const filled = Math.round(Math.min(1, Math.max(0, share)) * WIDTH);
  const percent = String(Math.floor(share * 100)).padStart(3);
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${percent} %  ${line}`;
}

/** Starts a job, draws its progress, and resolves with its result (the kind's output) or failure. */
export async function runJob(core: Core, kind: string, input: unknown, terminal: JobTerminal): Promise<Result<unknown>> {
  const ctx = core.defaultContext('cli');
  let id: string | null = null;
  const early: JobEvent[] = [];
  let lastTenth = -1;
  let settle: (job: JobInfo) => void = () => undefined;
  const endedJob = new Promise<JobInfo>((resolve) => (settle = resolve));
  const show = (event: JobEvent) => {
    const { job } = event;
    if (terminal.stderrIsTTY) terminal.stderr(`\r${progressBar(job.share, job.line).padEnd(100).slice(0, 120)}`);
    else if (Math.floor(job.share * 10) > lastTenth) {
      lastTenth = Math.floor(job.share * 10);
      terminal.stderr(`${progressBar(job.share, job.line)}\n`);
    }
    if (job.state !== 'queued' && job.state !== 'running') settle(job);
  };
  const off = core.onJobEvent((event) => {
    if (id === null) early.push(event);
    else if (event.job.id === id) show(event);
  });
  let offInterrupt: () => void = () => undefined;
  try {
    const started = await core.dispatch('job:start', { kind, input }, ctx);
    if (!started.ok) return started;
    const jobId = (started.value as { id: string }).id;
    id = jobId;
    offInterrupt =
      terminal.onInterrupt?.(() => {
        terminal.stderr('\nĐang dừng công việc…\n');
        void core.dispatch('job:cancel', { id: jobId }, ctx);
      }) ?? offInterrupt;
    for (const event of early) if (event.job.id === jobId) show(event);
    // The job may have ended before this door listened: its state says so.
    const now = await core.dispatch('job:get', { id: jobId }, ctx);
    if (now.ok) show({ job: (now.value as JobGetResult).job });
    const job = await endedJob;
    if (terminal.stderrIsTTY) terminal.stderr('\n');
    if (job.state !== 'done') return fail(asErrorCode(job.error?.code), job.error?.message ?? 'Công việc không hoàn thành.');
    const got = await core.dispatch('job:get', { id: jobId }, ctx);
    return got.ok ? ok((got.value as JobGetResult).value) : got;
  } finally {
    off();
    offInterrupt();
  }
}
