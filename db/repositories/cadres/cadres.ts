import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { CadreTable, Database } from '../../schema.ts';

/** The cadre row itself (cadre files, issue 9). Linked files keep no personal columns: see personOf. */

export type CadreRecord = Selectable<CadreTable>;

export async function getCadre(db: Kysely<Database>, id: number): Promise<CadreRecord | undefined> {
  return db.selectFrom('cadre').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function cadreOfMember(db: Kysely<Database>, memberId: number): Promise<CadreRecord | undefined> {
  return db.selectFrom('cadre').selectAll().where('member_id', '=', memberId).executeTakeFirst();
}

export async function cadreByCitizenId(db: Kysely<Database>, citizenId: string): Promise<CadreRecord | undefined> {
  return db.selectFrom('cadre').selectAll().where('citizen_id', '=', citizenId).executeTakeFirst();
}

/**
 * Inserts a file whose sort key needs its id (a file not linked to a member): the id is the next one
 * SQLite would choose, taken inside the caller's write transaction (cadre rows are never deleted).
 */
export async function insertCadre(db: Kysely<Database>, row: Omit<Insertable<CadreTable>, 'id' | 'sort_key'>, sortKeyFor: ((id: number) => string) | null): Promise<number> {
  const { next } = await db
    .selectFrom('cadre')
    .select((eb) => sql<number>`coalesce(${eb.fn.max('id')}, 0) + 1`.as('next'))
    .executeTakeFirstOrThrow();
  const id = Number(next);
  await db.insertInto('cadre').values({ ...row, id, sort_key: sortKeyFor === null ? null : sortKeyFor(id) }).execute();
  return id;
}

export async function updateCadre(db: Kysely<Database>, id: number, values: Updateable<CadreTable>): Promise<void> {
  await db.updateTable('cadre').set(values).where('id', '=', id).execute();
}

/** Which of `ids` are cadre files (a list of people chosen on a screen). */
export async function existingCadreIds(db: Kysely<Database>, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('cadre').select('id').where('id', 'in', [...new Set(ids)]).execute();
  return new Set(rows.map((r) => r.id));
}

/** The person of each file: the member's columns when linked, the file's own otherwise. */
export interface PersonRow {
  cadre_id: number;
  full_name: string;
  sex: 'M' | 'F';
  birth_date: string;
}

/** The name, sex and birth date of some files (one query; for lists built from other tables). */
export async function peopleOf(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, PersonRow>> {
  if (ids.length === 0) return new Map();
  const r = await sql<PersonRow>`
    SELECT c.id AS cadre_id, coalesce(m.full_name, c.full_name) AS full_name, coalesce(m.sex, c.sex) AS sex,
           coalesce(m.birth_date, c.birth_date) AS birth_date
    FROM cadre c LEFT JOIN member m ON m.id = c.member_id
    WHERE c.id IN (SELECT value FROM json_each(${JSON.stringify([...new Set(ids)])}))`.execute(db);
  return new Map(r.rows.map((row) => [row.cadre_id, row]));
}

// ---- photo -------------------------------------------------------------------------------------

export async function hasPhoto(db: Kysely<Database>, cadreId: number): Promise<boolean> {
  const row = await db.selectFrom('cadre_photo').select('cadre_id').where('cadre_id', '=', cadreId).executeTakeFirst();
  return row !== undefined;
}

export async function getPhoto(db: Kysely<Database>, cadreId: number): Promise<{ mime: string; bytes: Buffer; updated_at: string } | undefined> {
  return db.selectFrom('cadre_photo').select(['mime', 'bytes', 'updated_at']).where('cadre_id', '=', cadreId).executeTakeFirst();
}

export async function putPhoto(db: Kysely<Database>, row: { cadre_id: number; mime: string; bytes: Buffer; updated_at: string }): Promise<void> {
  await db
    .insertInto('cadre_photo')
    .values(row)
    .onConflict((oc) => oc.column('cadre_id').doUpdateSet({ mime: row.mime, bytes: row.bytes, updated_at: row.updated_at }))
    .execute();
}

// ---- perusal log -------------------------------------------------------------------------------

export interface PerusalRecord {
  id: number;
  kind: 'view' | 'borrow' | 'return';
  on_date: string;
  person: string;
  purpose: string | null;
  due_date: string | null;
  created_at: string;
}

export async function perusalsOf(db: Kysely<Database>, cadreId: number): Promise<PerusalRecord[]> {
  return db
    .selectFrom('cadre_perusal')
    .select(['id', 'kind', 'on_date', 'person', 'purpose', 'due_date', 'created_at'])
    .where('cadre_id', '=', cadreId)
    .orderBy('on_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertPerusal(db: Kysely<Database>, row: Omit<PerusalRecord, 'id'> & { cadre_id: number }): Promise<number> {
  const { id } = await db.insertInto('cadre_perusal').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The viewings of a file recorded by cadre:get in the audit log (audit_log(entity, entity_id) index). */
export async function viewingsOf(db: Kysely<Database>, cadreId: number, action: string): Promise<{ id: number; at: string; display_name: string }[]> {
  return db
    .selectFrom('audit_log as a')
    .innerJoin('app_user as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.at', 'u.display_name'])
    .where('a.entity', '=', 'cadre')
    .where('a.entity_id', '=', cadreId)
    .where('a.action', '=', action)
    .orderBy('a.id', 'desc')
    .limit(500)
    .execute();
}
