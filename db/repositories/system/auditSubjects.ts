/**
 * What an audit entry's record is, read when the log is shown (never stored: the log is append-only
 * and hash-chained). One query per table, by primary key, for the ids of one page (a page is at most
 * 500 entries, well under SQLite's bound-parameter limit). A record that no longer exists simply has
 * no row. Ratings are audited on their member or organisation (a rating is that record's year), so
 * they need no table of their own here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

export async function membersByIds(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('member').select(['id', 'full_name', 'birth_date']).where('id', 'in', ids).execute();
}

export async function organisationsByIds(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', ids).execute();
}

/** Events with their member's name and the event type's name (the code when the catalogue lacks it). */
export async function memberEventsByIds(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('member_event as e')
    .innerJoin('member as m', 'm.id', 'e.member_id')
    .leftJoin('cat_member_events as t', 't.code', 'e.type_code')
    .select(['e.id', 'm.full_name', 'e.type_code', 't.name as type_name', 'e.event_date'])
    .where('e.id', 'in', ids)
    .execute();
}

export async function memberBadgesByIds(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('member_badge as b')
    .innerJoin('member as m', 'm.id', 'b.member_id')
    .select(['b.id', 'm.full_name', 'b.milestone'])
    .where('b.id', 'in', ids)
    .execute();
}
