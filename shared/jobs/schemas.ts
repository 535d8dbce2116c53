import { z } from 'zod';
import type { Problem } from '../kernel/problems.ts';

export const jobStates = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];

/** Why a job did not finish: the envelope's error (its problem renders in either language). */
const jobError = z.object({ code: z.string(), message: z.string(), problem: z.custom<Problem>().optional() });

/** A job as the screens and the CLI see it. `share` is 0..1; `line` is a Vietnamese progress line. */
export const jobInfo = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(jobStates),
  share: z.number().min(0).max(1),
  line: z.string(),
  /** How long the job has been inside one step without a report of its own (the line then says it). */
  quietMs: z.number().int().min(0).optional(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  error: jobError.nullable(),
});
export type JobInfo = z.infer<typeof jobInfo>;

/** What the core pushes while a job runs (IPC events in Electron, polled through job:get elsewhere). */
export type JobEvent = { job: JobInfo };

export const jobStartInput = z.object({ kind: z.string().min(1).max(60), input: z.unknown().optional() }).strict();
export const jobStartResult = z.object({ id: z.string() });
export const jobIdInput = z.object({ id: z.string().min(1).max(60) }).strict();
/** A finished job's answer: the kind's method output (a file as { fileName, base64, … }). */
export const jobGetResult = z.object({ job: jobInfo, value: z.unknown().optional() });
export type JobGetResult = z.infer<typeof jobGetResult>;
