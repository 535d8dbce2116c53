import { sql, type Kysely } from 'kysely';

/**
 * Frozen: the transfer gap (issue 3). A transfer in from another province may be marked by the clerk
 * as "the time from the transfer letter (decision date) to presenting it was an interruption of party
 * life": party age then leaves that time out. Existing events are not marked (0).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`ALTER TABLE member_event ADD COLUMN interrupts_party_age INTEGER NOT NULL DEFAULT 0 CHECK (interrupts_party_age IN (0, 1))`).execute(db);
}
