import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type {
  Database,
  MemberAwardTable,
  MemberDisciplineTable,
  MemberFamilyTable,
  MemberPhotoTable,
  MemberSponsorTable,
  MemberTrainingTable,
  MemberWorkHistoryTable,
} from '../../schema.ts';

/** The member file's tables: every function takes the transaction (or the db for reads). */

export type SponsorRecord = Selectable<MemberSponsorTable>;
export type WorkHistoryRecord = Selectable<MemberWorkHistoryTable>;
export type TrainingRecord = Selectable<MemberTrainingTable>;
export type FamilyRecord = Selectable<MemberFamilyTable>;
export type AwardRecord = Selectable<MemberAwardTable>;
export type DisciplineRecord = Selectable<MemberDisciplineTable> & { level_name: string };
export type PhotoRecord = Selectable<MemberPhotoTable>;

type Row<T> = Omit<Insertable<T>, 'id' | 'member_id' | 'sort_order'>;

// ---- the tables saved whole ------------------------------------------------------------------

export async function sponsorsOf(db: Kysely<Database>, memberId: number): Promise<SponsorRecord[]> {
  return db.selectFrom('member_sponsor').selectAll().where('member_id', '=', memberId).orderBy('admission').orderBy('sort_order').orderBy('id').execute();
}

export async function replaceSponsors(db: Kysely<Database>, memberId: number, rows: readonly Row<MemberSponsorTable>[]): Promise<void> {
  await db.deleteFrom('member_sponsor').where('member_id', '=', memberId).execute();
  if (rows.length > 0) await db.insertInto('member_sponsor').values(rows.map((r, i) => ({ ...r, member_id: memberId, sort_order: i }))).execute();
}

export async function workHistoryOf(db: Kysely<Database>, memberId: number): Promise<WorkHistoryRecord[]> {
  return db.selectFrom('member_work_history').selectAll().where('member_id', '=', memberId).orderBy('sort_order').orderBy('id').execute();
}

export async function replaceWorkHistory(db: Kysely<Database>, memberId: number, rows: readonly Row<MemberWorkHistoryTable>[]): Promise<void> {
  await db.deleteFrom('member_work_history').where('member_id', '=', memberId).execute();
  if (rows.length > 0) await db.insertInto('member_work_history').values(rows.map((r, i) => ({ ...r, member_id: memberId, sort_order: i }))).execute();
}

export async function trainingOf(db: Kysely<Database>, memberId: number): Promise<TrainingRecord[]> {
  return db.selectFrom('member_training').selectAll().where('member_id', '=', memberId).orderBy('sort_order').orderBy('id').execute();
}

export async function replaceTraining(db: Kysely<Database>, memberId: number, rows: readonly Row<MemberTrainingTable>[]): Promise<void> {
  await db.deleteFrom('member_training').where('member_id', '=', memberId).execute();
  if (rows.length > 0) await db.insertInto('member_training').values(rows.map((r, i) => ({ ...r, member_id: memberId, sort_order: i }))).execute();
}

export async function familyOf(db: Kysely<Database>, memberId: number): Promise<FamilyRecord[]> {
  return db.selectFrom('member_family').selectAll().where('member_id', '=', memberId).orderBy('sort_order').orderBy('id').execute();
}

export async function replaceFamily(db: Kysely<Database>, memberId: number, rows: readonly Row<MemberFamilyTable>[]): Promise<void> {
  await db.deleteFrom('member_family').where('member_id', '=', memberId).execute();
  if (rows.length > 0) await db.insertInto('member_family').values(rows.map((r, i) => ({ ...r, member_id: memberId, sort_order: i }))).execute();
}

/** Awards have no order column: they are kept in the order entered (by id), which is how they are shown. */
export async function awardsOf(db: Kysely<Database>, memberId: number): Promise<AwardRecord[]> {
  return db.selectFrom('member_award').selectAll().where('member_id', '=', memberId).orderBy('id').execute();
}

export async function replaceAwards(db: Kysely<Database>, memberId: number, rows: readonly Omit<Insertable<MemberAwardTable>, 'id' | 'member_id'>[]): Promise<void> {
  await db.deleteFrom('member_award').where('member_id', '=', memberId).execute();
  if (rows.length > 0) await db.insertInto('member_award').values(rows.map((r) => ({ ...r, member_id: memberId }))).execute();
}

// ---- discipline ------------------------------------------------------------------------------

function disciplineQuery(db: Kysely<Database>) {
  return db
    .selectFrom('member_discipline as d')
    .innerJoin('cat_discipline_levels as l', 'l.code', 'd.level_code')
    .selectAll('d')
    .select('l.name as level_name');
}

export async function disciplineOf(db: Kysely<Database>, memberId: number): Promise<DisciplineRecord[]> {
  return disciplineQuery(db).where('d.member_id', '=', memberId).orderBy('d.decided_on', 'desc').orderBy('d.id', 'desc').execute();
}

export async function getDiscipline(db: Kysely<Database>, id: number): Promise<DisciplineRecord | undefined> {
  return disciplineQuery(db).where('d.id', '=', id).executeTakeFirst();
}

export async function insertDiscipline(db: Kysely<Database>, row: Insertable<MemberDisciplineTable>): Promise<number> {
  const { id } = await db.insertInto('member_discipline').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateDiscipline(db: Kysely<Database>, id: number, values: Updateable<MemberDisciplineTable>): Promise<void> {
  await db.updateTable('member_discipline').set(values).where('id', '=', id).execute();
}

/** Levels whose `applies_to` names members ("member" or "member,organisation"), mildest first. */
export async function memberDisciplineLevels(db: Kysely<Database>): Promise<{ code: string; name: string }[]> {
  const rows = await db.selectFrom('cat_discipline_levels').select(['code', 'name', 'applies_to']).execute();
  return rows.filter((r) => r.applies_to.split(',').map((s) => s.trim()).includes('member')).map((r) => ({ code: r.code, name: r.name }));
}

export async function disciplineLevel(db: Kysely<Database>, code: string): Promise<{ code: string; name: string; applies_to: string } | undefined> {
  return db.selectFrom('cat_discipline_levels').select(['code', 'name', 'applies_to']).where('code', '=', code).executeTakeFirst();
}

// ---- photo and flag --------------------------------------------------------------------------

export async function getPhoto(db: Kysely<Database>, memberId: number): Promise<PhotoRecord | undefined> {
  return db.selectFrom('member_photo').selectAll().where('member_id', '=', memberId).executeTakeFirst();
}

export async function hasPhoto(db: Kysely<Database>, memberId: number): Promise<boolean> {
  const row = await db.selectFrom('member_photo').select('member_id').where('member_id', '=', memberId).executeTakeFirst();
  return row !== undefined;
}

export async function putPhoto(db: Kysely<Database>, row: Insertable<MemberPhotoTable>): Promise<void> {
  await db
    .insertInto('member_photo')
    .values(row)
    .onConflict((oc) => oc.column('member_id').doUpdateSet({ mime: row.mime, data: row.data, updated_at: row.updated_at }))
    .execute();
}

export async function deletePhoto(db: Kysely<Database>, memberId: number): Promise<void> {
  await db.deleteFrom('member_photo').where('member_id', '=', memberId).execute();
}

export async function setGravelyIll(db: Kysely<Database>, memberId: number, gravelyIll: boolean, updatedAt: string): Promise<void> {
  await db.updateTable('member').set({ gravely_ill: gravelyIll ? 1 : 0, updated_at: updatedAt }).where('id', '=', memberId).execute();
}

// ---- history ---------------------------------------------------------------------------------

/**
 * The audit entries of one member (entity 'member': the card and every sub-record), newest first,
 * without the entries that only record a view. Uses the audit_log(entity, entity_id) index.
 */
export async function memberHistory(
  db: Kysely<Database>,
  memberId: number,
  offset: number,
  limit: number,
): Promise<{ id: number; at: string; username: string; display_name: string; action: string; old_values: string | null; new_values: string | null }[]> {
  return db
    .selectFrom('audit_log as a')
    .innerJoin('app_user as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.at', 'u.username', 'u.display_name', 'a.action', 'a.old_values', 'a.new_values'])
    .where('a.entity', '=', 'member')
    .where('a.entity_id', '=', memberId)
    .where('a.action', 'not like', '%.view')
    .orderBy('a.id', 'desc')
    .offset(offset)
    .limit(limit)
    .execute();
}

/** The cadre file linked to the member, if any (cadre.member_id is unique). */
export async function cadreIdOf(db: Kysely<Database>, memberId: number): Promise<number | null> {
  const row = await db.selectFrom('cadre').select('id').where('member_id', '=', memberId).executeTakeFirst();
  return row?.id ?? null;
}
