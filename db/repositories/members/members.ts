import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database, MemberEventTable, MemberTable } from '../../schema.ts';

export type MemberRecord = Selectable<MemberTable>;
export type MemberEventRow = Selectable<MemberEventTable>;

/** A member's row with the name of the organisation it sits in. */
function withOrganisation(db: Kysely<Database>) {
  return db.selectFrom('member as m').innerJoin('organisation as o', 'o.id', 'm.organisation_id').selectAll('m').select('o.name as organisation_name');
}

export async function getMember(db: Kysely<Database>, id: number): Promise<(MemberRecord & { organisation_name: string }) | undefined> {
  return withOrganisation(db).where('m.id', '=', id).executeTakeFirst();
}

export async function findByCitizenId(db: Kysely<Database>, citizenId: string): Promise<(MemberRecord & { organisation_name: string }) | undefined> {
  return withOrganisation(db).where('m.citizen_id', '=', citizenId).executeTakeFirst();
}

export async function countMembersOnList(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('member')
    .where('on_list', '=', 1)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts a member; the sort key needs the id, so it is written in a second statement. */
/**
 * Inserts a member whose sort key needs its id: the id is the next one SQLite would choose (the
 * largest plus one; member rows are never deleted), taken inside the caller's write transaction.
 */
export async function insertMember(db: Kysely<Database>, row: Omit<Insertable<MemberTable>, 'id' | 'sort_key'>, sortKeyFor: (id: number) => string): Promise<number> {
  const { next } = await db
    .selectFrom('member')
    .select((eb) => sql<number>`coalesce(${eb.fn.max('id')}, 0) + 1`.as('next'))
    .executeTakeFirstOrThrow();
  const id = Number(next);
  await db.insertInto('member').values({ ...row, id, sort_key: sortKeyFor(id) }).execute();
  return id;
}

export async function updateMember(db: Kysely<Database>, id: number, values: Updateable<MemberTable>): Promise<void> {
  await db.updateTable('member').set(values).where('id', '=', id).execute();
}

/**
 * Updates a member with only the columns whose value differs from `current` (the row as read in the
 * same transaction; a column it lacks counts as changed). SQLite rewrites the entry of every index
 * holding a column named in SET — changed or not — and member_fts_update fires whenever a search
 * column is named, so a card saved with one new phone number would otherwise rewrite all eleven
 * member indexes and the full-text entry. Writes nothing when nothing differs; returns the columns written.
 */
export async function updateMemberChanges(db: Kysely<Database>, id: number, current: Partial<MemberRecord>, values: Updateable<MemberTable>): Promise<string[]> {
  const was = current as Record<string, unknown>;
  const changed = Object.fromEntries(Object.entries(values).filter(([column, value]) => value !== undefined && (!(column in was) || was[column] !== value)));
  const columns = Object.keys(changed);
  if (columns.length > 0) await updateMember(db, id, changed);
  return columns;
}

/** The member's cached status columns (see services/events/memberStatus.ts cachedColumns). */
export async function cachedStatusOf(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('member')
    .select(['membership', 'on_list', 'exempted', 'suspended', 'temporarily_away', 'party_age_anchor'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Moves every member of one organisation to another (merge): returns the ids moved. */
export async function membersOf(db: Kysely<Database>, organisationId: number): Promise<{ id: number; on_list: number }[]> {
  return db.selectFrom('member').select(['id', 'on_list']).where('organisation_id', '=', organisationId).execute();
}

export async function moveMembers(db: Kysely<Database>, fromId: number, to: { id: number; path: string }, updatedAt: string): Promise<void> {
  await db
    .updateTable('member')
    .set({ organisation_id: to.id, org_path: to.path, updated_at: updatedAt })
    .where('organisation_id', '=', fromId)
    .execute();
}

export async function eventsOf(db: Kysely<Database>, memberId: number): Promise<MemberEventRow[]> {
  return db.selectFrom('member_event').selectAll().where('member_id', '=', memberId).orderBy('event_date').orderBy('id').execute();
}

export async function insertEvent(db: Kysely<Database>, row: Insertable<MemberEventTable>): Promise<number> {
  const { id } = await db.insertInto('member_event').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertEvents(db: Kysely<Database>, rows: Insertable<MemberEventTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('member_event').values(rows).execute();
}

export async function updateEvent(db: Kysely<Database>, id: number, values: Updateable<MemberEventTable>): Promise<void> {
  await db.updateTable('member_event').set(values).where('id', '=', id).execute();
}

