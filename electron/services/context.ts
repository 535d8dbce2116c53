import type { Kysely } from 'kysely';
import type { BulkHandle } from '../../db/bulk.ts';
import type { Database } from '../../db/schema.ts';
import type { CallContext } from '../core/types.ts';
import type { JobControl } from './jobs/control.ts';

export interface AuditChange {
  action: string;
  entity: string;
  entityId: number | null;
  oldValues: Record<string, unknown> | null;
  newValues: Record<string, unknown> | null;
}

/** What a service gets: the transaction (never the outer db), the actor, the clock, the audit sink. */
export interface ServiceContext {
  db: Kysely<Database>;
  user: CallContext['user'];
  /** Who is calling and through which door (the job runner hands it on to the job). */
  call: CallContext;
  /** ISO timestamp of this call. */
  now: string;
  /** Today's date (local), ISO. */
  today: string;
  /** Records a change; the handler layer writes it, chained, in the same transaction. */
  audit(change: AuditChange): void;
  /**
   * For repositories that stream or load many rows with prepared statements (demo writer, rating
   * summary chunks): opaque here, so a service passes it on but runs no SQL with it.
   */
  bulk: BulkHandle;
  /** The database file (a backup copies it). */
  dbFile: string;
  /**
   * Long work says how far it is (share 0..1, a Vietnamese line). Inside a job this reaches the screen
   * and throws AppFailure('CANCELLED') once the job was cancelled; in a plain call it does nothing.
   */
  progress(share: number, line: string): void;
  /** The job runner (job:* methods). */
  jobs: JobControl;
  dataDir: string;
  appVersion: string;
}
