import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/** The repeating tables of a file (`cadre_row`: kind = the table's name, data = the row as JSON). */

export interface CadreRowRecord {
  id: number;
  kind: string;
  year: number | null;
  data: string;
}

/** Every row of every table of one file, in each table's order (cadre_row_cadre index). */
export async function rowsOf(db: Kysely<Database>, cadreId: number): Promise<CadreRowRecord[]> {
  return db.selectFrom('cadre_row').select(['id', 'kind', 'year', 'data']).where('cadre_id', '=', cadreId).orderBy('kind').orderBy('sort_order').orderBy('id').execute();
}

export async function rowsOfKind(db: Kysely<Database>, cadreId: number, kind: string): Promise<CadreRowRecord[]> {
  return db
    .selectFrom('cadre_row')
    .select(['id', 'kind', 'year', 'data'])
    .where('cadre_id', '=', cadreId)
    .where('kind', '=', kind)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

/** Replaces one table's rows of one file, keeping the order given. */
export async function replaceRows(db: Kysely<Database>, cadreId: number, kind: string, rows: readonly { year: number | null; data: string }[]): Promise<void> {
  await db.deleteFrom('cadre_row').where('cadre_id', '=', cadreId).where('kind', '=', kind).execute();
  if (rows.length > 0) {
    await db
      .insertInto('cadre_row')
      .values(rows.map((r, i) => ({ cadre_id: cadreId, kind, sort_order: i, year: r.year, data: r.data })))
      .execute();
  }
}

export async function disciplineLevelCodes(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('cat_discipline_levels').select('code').execute();
  return new Set(rows.map((r) => r.code));
}

/** The levels of one kind of cat_education (political_theory, state_management…), with their order. */
export async function educationLevels(db: Kysely<Database>, kind: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('cat_education').select(['code', 'order']).where('kind', '=', kind).execute();
  return new Map(rows.map((r) => [r.code, Number(r.order)]));
}
