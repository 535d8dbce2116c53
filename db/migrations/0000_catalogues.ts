import { sql, type Kysely } from 'kysely';
import { catalogues } from '../seed/catalogues-2026-11.ts';

/** Frozen: the catalogue tables and their 2026-11 edition, seeded from the official CSVs. */
export async function up(db: Kysely<any>): Promise<void> {
  for (const c of catalogues) {
    const columns = c.columns.map((col) => `"${col.name}" ${col.type}`).join(', ');
    const key = c.primaryKey.map((k) => `"${k}"`).join(', ');
    await sql.raw(`CREATE TABLE ${c.table} (${columns}, PRIMARY KEY (${key}))`).execute(db);
    const names = c.columns.map((col) => col.name);
    for (const row of c.rows) {
      const values = Object.fromEntries(names.map((n, i) => [n, row[i] ?? null]));
      await db.insertInto(c.table).values(values).execute();
    }
  }
}
