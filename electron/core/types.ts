import type { MethodName, Result, Role } from '../../shared/contract/index.ts';

/** Who is calling and through which door; built by the transport, trusted by the handler layer. */
export interface CallContext {
  user: { id: number; username: string; role: Role };
  via: 'ipc' | 'http' | 'cli';
}

/** The one entry point every transport calls: validates, checks the role, runs, audits, wraps. */
export type Dispatch = (method: MethodName | string, input: unknown, ctx: CallContext) => Promise<Result<unknown>>;

/** What the composition root hands to the transports. */
export interface Core {
  dispatch: Dispatch;
  /** The acting user for this desktop session (the local administrator until accounts exist). */
  defaultContext(via: CallContext['via']): CallContext;
  dataDir: string;
  close(): void;
}
