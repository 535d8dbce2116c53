import { sql, type Kysely } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import { migrations } from './migrations/registry.ts';
import type { Database } from './schema.ts';

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider });
}

/** Refused: the file was written by a newer version of the app. */
export class NewerDatabaseError extends Error {
  readonly unknown: string[];
  constructor(unknown: string[]) {
    super('Cơ sở dữ liệu được tạo bởi phiên bản Sổ Tổ Chức mới hơn. Hãy cài phiên bản mới nhất để mở tệp này; dữ liệu không bị thay đổi.');
    this.name = 'NewerDatabaseError';
    this.unknown = unknown;
  }
}

/** Names of the migrations this file has applied (none for a new file). */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const table = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`.execute(db);
  if (table.rows.length === 0) return [];
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** The migrations still to apply; throws NewerDatabaseError when the file knows migrations this app does not. */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const applied = await appliedMigrations(db);
  const known = Object.keys(migrations);
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new NewerDatabaseError(unknown);
  return known.filter((name) => !applied.includes(name));
}

/** Applies the pending migrations (all, or up to and including `target`), each in its own transaction. */
export async function migrate(db: Kysely<Database>, target?: string): Promise<string[]> {
  await pendingMigrations(db);
  const m = migrator(db);
  const { error, results } = target === undefined ? await m.migrateToLatest() : await m.migrateTo(target);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
