import type { JobGetResult, JobInfo } from '../../../shared/jobs/schemas.ts';
import type { CallContext } from '../../core/types.ts';

/**
 * What the job:* handlers reach: the core's job runner (electron/core/jobs/runner.ts). Long work runs
 * in a worker of its own (ARCHITECTURE.md, "How a job flows").
 */
export interface JobControl {
  /** Checks the kind and its input, queues the job and returns its id at once. Throws AppFailure. */
  start(kind: string, input: unknown, call: CallContext): string;
  get(id: string, call: CallContext): JobGetResult;
  cancel(id: string, call: CallContext): JobInfo;
  list(call: CallContext): JobInfo[];
}
