import type { MethodName, Result, Role } from '../../shared/contract/index.ts';
import type { JobEvent } from '../../shared/jobs/schemas.ts';

/** Who is calling and through which door; built by the transport, trusted by the handler layer. */
export interface CallContext {
  user: { id: number; username: string; role: Role };
  via: 'ipc' | 'http' | 'cli';
}

/** The one entry point every transport calls: validates, checks the role, runs, audits, wraps. */
export type Dispatch = (method: MethodName | string, input: unknown, ctx: CallContext) => Promise<Result<unknown>>;

/** One call of a batch (the CLI's `batch`). */
export interface BatchCall {
  method: string;
  input: unknown;
}

/** What the composition root hands to the transports. */
export interface Core {
  dispatch: Dispatch;
  /**
   * Several calls in one go: each its own transaction, or with `atomic` all in one (the first refusal
   * rolls every call back). One answer per call, in order.
   */
  batch(calls: readonly BatchCall[], ctx: CallContext, options: { atomic: boolean }): Promise<Result<unknown>[]>;
  /** Progress and ends of jobs, as they happen; returns the unsubscribe function. */
  onJobEvent(listener: (event: JobEvent) => void): () => void;
  /** The acting user for this desktop session (the local administrator until accounts exist). */
  defaultContext(via: CallContext['via']): CallContext;
  dataDir: string;
  /** Closes the database (and stops running jobs); resolves once the file is released. */
  close(): Promise<void>;
}

/** Until accounts arrive, the desktop session acts as the local administrator (user 1). */
export function localAdminContext(via: CallContext['via']): CallContext {
  return { user: { id: 1, username: 'admin', role: 'admin' }, via };
}
