import { sql, type Kysely } from 'kysely';

/**
 * Frozen: the folded summary of a personnel decision (lowercase, no marks, đ→d; computed in app code,
 * ARCHITECTURE.md "Data rules"), so the register finds "dieu dong" in "Điều động cán bộ". Rows written
 * before it (none in use yet; a sample province's) keep null and are matched on the summary as written.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`ALTER TABLE personnel_decision ADD COLUMN summary_key TEXT`).execute(db);
}
