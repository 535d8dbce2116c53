import { sql, type Kysely } from 'kysely';

/**
 * Frozen: the order of a member's name (names-and-dates.md). Ê Đê names put the family name last
 * ("Y Ngông Niê Kdăm"); the app now stores where the family name stands and derives the full name
 * with it. Every full name written so far was family first: existing rows get 'familyFirst' and their
 * full names are left as they are.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(`ALTER TABLE member ADD COLUMN name_order TEXT NOT NULL DEFAULT 'familyFirst' CHECK (name_order IN ('familyFirst', 'familyLast'))`)
    .execute(db);
}
