/**
 * The cadre lists of the Tổng quan digest (reminder:digest, electron/services/reminders/digest.ts).
 * A cadre linked to a member keeps no copy of the personal data (migration 0007): name, sex and birth
 * date come from the member row then, else from the cadre's own columns. Only working cadres are due.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/** The person columns of a cadre, from the member row when linked. */
const PERSON = sql`COALESCE(m.full_name, c.full_name) AS full_name, COALESCE(m.sort_key, c.sort_key, '') AS sort_key,
  COALESCE(m.sex, c.sex) AS sex, COALESCE(m.birth_date, c.birth_date) AS birth_date,
  c.retirement_adjust_months, c.main_post, c.main_unit`;

export interface CadrePerson {
  cadre_id: number;
  full_name: string;
  sort_key: string;
  sex: 'M' | 'F';
  birth_date: string;
  retirement_adjust_months: number;
  main_post: string | null;
  main_unit: string | null;
}

export interface NoticeRow extends CadrePerson {
  title: string;
  unit: string | null;
  term_end: string;
  notice_on: string;
}

/**
 * Posts of working cadres whose reappointment notice falls on or before `noticeBy` while the term
 * still runs on `today` (term_end ≥ today), by notice date. The partial index on notice_on bounds it.
 */
export async function noticesDue(db: Kysely<Database>, noticeBy: string, today: string): Promise<NoticeRow[]> {
  const r = await sql<NoticeRow>`
    SELECT p.cadre_id, p.title, p.unit, p.term_end, p.notice_on, ${PERSON}
    FROM cadre_post p INDEXED BY cadre_post_notice
    JOIN cadre c ON c.id = p.cadre_id
    LEFT JOIN member m ON m.id = c.member_id
    WHERE p.notice_on IS NOT NULL AND p.notice_on <= ${noticeBy} AND p.term_end >= ${today} AND c.status = 'working'
    ORDER BY p.notice_on, sort_key, p.id`.execute(db);
  return r.rows;
}

/**
 * Working cadres who may retire by `by` (sex and birth date; the retirement ladder is computed in the
 * service). A superset by a bound the schedule never goes below (men 60, women 55 years, with the
 * person's adjustment), so only the few near retirement cross to the service; a birth year alone
 * ("1966") sorts before its dates and stays in.
 */
export async function cadresNearRetirement(db: Kysely<Database>, by: string): Promise<CadrePerson[]> {
  const r = await sql<CadrePerson>`
    SELECT c.id AS cadre_id, ${PERSON}
    FROM cadre c LEFT JOIN member m ON m.id = c.member_id
    WHERE c.status = 'working'
      AND COALESCE(m.birth_date, c.birth_date) <= date(${by}, printf('-%d months', CASE COALESCE(m.sex, c.sex) WHEN 'M' THEN 720 ELSE 660 END + c.retirement_adjust_months))`.execute(db);
  return r.rows;
}

/** Working cadres without a submitted asset declaration for `year`: no row of that year, or its submittedOn empty. */
const MISSING_DECLARATION = (year: number) => sql`c.status = 'working' AND NOT EXISTS (
    SELECT 1 FROM cadre_row r INDEXED BY cadre_row_year
    WHERE r.kind = 'assetDeclarations' AND r.year = ${year} AND r.cadre_id = c.id
      AND COALESCE(json_extract(r.data, '$.submittedOn'), '') <> '')`;

export async function missingDeclarationCount(db: Kysely<Database>, year: number): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM cadre c WHERE ${MISSING_DECLARATION(year)}`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/** A page of them in name order (`limit` null: every row, for the export). */
export async function missingDeclarations(db: Kysely<Database>, year: number, limit: number | null, offset = 0): Promise<CadrePerson[]> {
  const r = await sql<CadrePerson>`
    SELECT c.id AS cadre_id, ${PERSON}
    FROM cadre c LEFT JOIN member m ON m.id = c.member_id
    WHERE ${MISSING_DECLARATION(year)}
    ORDER BY sort_key, c.id
    LIMIT ${limit ?? -1} OFFSET ${offset}`.execute(db);
  return r.rows;
}
