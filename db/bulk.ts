/**
 * A connection as bulk work sees it: repositories that stream or load hundreds of thousands of rows
 * with prepared better-sqlite3 statements (the demo writer, the rating summary's chunked reads) take a
 * BulkHandle; services only pass it along. It is opaque outside db/, so a service cannot run SQL with
 * it (ARCHITECTURE.md, "The arrows": SQL lives in repositories).
 */
import type { Connection, Sqlite } from './connection.ts';

declare const bulk: unique symbol;

export interface BulkHandle {
  readonly [bulk]: true;
}

const handles = new WeakMap<BulkHandle, Sqlite>();

/** The handle of an open connection (made by the composition root or the job runner). */
export function bulkHandle(connection: Pick<Connection, 'sqlite'>): BulkHandle {
  const handle = Object.freeze({}) as BulkHandle;
  handles.set(handle, connection.sqlite);
  return handle;
}

/** The connection behind a handle; for repositories only. */
export function sqliteOf(handle: BulkHandle): Sqlite {
  const sqlite = handles.get(handle);
  if (!sqlite) throw new Error('Not a bulk handle of an open connection.');
  return sqlite;
}
