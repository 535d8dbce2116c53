import type { Kysely } from 'kysely';
import type { Connection } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';
import type { CallContext } from '../core/types.ts';

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
  /** ISO timestamp of this call. */
  now: string;
  /** Today's date (local), ISO. */
  today: string;
  /** Records a change; the handler layer writes it, chained, in the same transaction. */
  audit(change: AuditChange): void;
  /** The raw connection, for bulk jobs that run inside the same transaction (demo generation). */
  connection: Connection;
  dataDir: string;
  appVersion: string;
}
