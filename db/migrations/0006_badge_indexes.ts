import { sql, type Kysely } from 'kysely';

/**
 * Frozen: three indexes for the Khen thưởng screen at 500,000 members.
 * - member_ill_party_age: the gravely ill members on the list by party-age anchor (the early-award list
 *   of a round). Without it the early list read every member whose anchor fell in a two-year window
 *   (tens of thousands of rows) to keep the few gravely ill: 0.8 s of the 1 s a province round took.
 * - member_badge_member: a member's badges of every kind (the member file's badge tab, the
 *   once-per-milestone check); the partial unique index member_badge_once leaves out replacements.
 * - member_discipline_decided: the disciplines decided between two rounds (whose badge block ends in
 *   the round), read by a scan of the table before.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`CREATE INDEX member_ill_party_age ON member(party_age_anchor, org_path) WHERE on_list = 1 AND gravely_ill = 1`).execute(db);
  await sql.raw(`CREATE INDEX member_badge_member ON member_badge(member_id)`).execute(db);
  await sql.raw(`CREATE INDEX member_discipline_decided ON member_discipline(decided_on)`).execute(db);
}
