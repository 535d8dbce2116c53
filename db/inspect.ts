import BetterSqlite3 from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';

/**
 * What is in the data file, looked at before it is opened for writing (opening for writing switches
 * it to WAL, which rewrites its header, and migrating would change it more):
 * - `NEW`: no file, or an SQLite file with no tables yet (a first start cut off before migrating);
 * - `EMPTY`: a 0-byte file with no write-ahead log behind it: whatever it held is gone;
 * - `FOREIGN`: an SQLite database with tables but without this app's migrations table;
 * - `OURS`: this app's database (its version is checked by the migrator);
 * - `UNKNOWN`: it could not be read here; the normal open reports why.
 */
export type FileContents = 'NEW' | 'EMPTY' | 'FOREIGN' | 'OURS' | 'UNKNOWN';

const MIGRATIONS_TABLE = 'kysely_migration';

function size(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export function inspectDatabaseFile(file: string): FileContents {
  if (!existsSync(file)) return 'NEW';
  // A 0-byte file whose log holds frames is a database still living in its WAL: SQLite reads it.
  if (size(file) === 0 && size(`${file}-wal`) === 0) return 'EMPTY';
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).pluck().all() as string[];
    if (tables.length === 0) return 'NEW';
    return tables.includes(MIGRATIONS_TABLE) ? 'OURS' : 'FOREIGN';
  } catch {
    return 'UNKNOWN';
  } finally {
    db?.close();
  }
}
