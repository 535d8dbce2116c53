import { sql, type Kysely } from 'kysely';
import type { Sqlite } from '../../connection.ts';
import type { Database } from '../../schema.ts';

export async function getSetting(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function setSetting(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto('app_setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Bookkeeping of the app itself (not records): when the file last passed a full check, and whether a session is open. */
export const INTEGRITY_LAST_OK = 'integrity.lastOk';
export const SESSION_OPEN = 'session.open';
/** The day a sample province was built in this file (system:demo); absent for real data. */
export const DEMO_BUILT_ON = 'system.demoBuiltOn';

export async function hasSettingsTable(db: Kysely<Database>): Promise<boolean> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'app_setting'`.execute(db);
  return Number(r.rows[0]?.n ?? 0) > 0;
}

/** Marks the session closed, synchronously (called while the connection closes). Ignored on a read-only file. */
export function markSessionClosed(sqlite: Sqlite): void {
  try {
    sqlite.prepare(`INSERT INTO app_setting (key, value) VALUES (?, '0') ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(SESSION_OPEN);
  } catch {
    // A read-only or damaged file: the next start simply runs the full check.
  }
}
