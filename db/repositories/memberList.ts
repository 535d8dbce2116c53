import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.ts';
import { pathRangeEnd } from './organisations.ts';

/** What the member list asks of SQL, already resolved by the service (paths, date ranges, folded words). */
export interface MemberListSpec {
  orgPath: string | null;
  /** Folded search words (prefix match on words of the name). */
  words: string[];
  /** An identifier prefix (citizen ID, card or record number) instead of words. */
  digits: string | null;
  sort: 'official' | 'birthDate' | 'admissionDate' | 'recordNo';
  descending: boolean;
  sex: 'M' | 'F' | null;
  /** Birth dates in (after, onOrBefore]: from an age band. */
  birthAfter: string | null;
  birthOnOrBefore: string | null;
  membership: 'probationary' | 'full' | null;
  ethnicCode: string | null;
  offset: number;
  limit: number;
}

export interface MemberListRow {
  id: number;
  full_name: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  sex: 'M' | 'F';
  birth_date: string;
  citizen_id: string | null;
  card_no: string | null;
  record_no: string | null;
  organisation_id: number;
  organisation_name: string;
  admission_date: string;
  full_member_date: string | null;
  ethnic_code: string | null;
  membership: 'probationary' | 'full';
}

/** Above this many matches a word search is answered by scanning in list order instead of from the full-text index. */
export const SEARCH_CAP = 2000;
/** Below this many members a subtree is read by its path range and sorted; above, read in sort order. */
export const SMALL_SUBTREE = 20000;

const SORT_COLUMN = {
  official: 'sort_key',
  birthDate: 'birth_date',
  admissionDate: 'admission_date',
  recordNo: 'record_no',
} as const;

function ftsQuery(words: readonly string[]): string {
  // Words are folded to [a-z0-9]; quoting keeps FTS syntax out of user input.
  return words.map((w) => `"${w.replace(/"/g, '')}"*`).join(' ');
}

async function cappedCount(db: Kysely<Database>, inner: RawBuilder<unknown>, cap: number): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM (${inner} LIMIT ${cap})`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

export async function listMembers(db: Kysely<Database>, spec: MemberListSpec): Promise<{ rows: MemberListRow[]; total: number; totalIsLowerBound: boolean }> {
  const conds: RawBuilder<unknown>[] = [sql`m.on_list = 1`];
  let subtreeSize: number | null = null;
  if (spec.orgPath !== null) {
    conds.push(sql`m.org_path >= ${spec.orgPath} AND m.org_path < ${pathRangeEnd(spec.orgPath)}`);
    subtreeSize = await cappedCount(
      db,
      sql`SELECT 1 FROM member m INDEXED BY member_list_subtree WHERE m.on_list = 1 AND m.org_path >= ${spec.orgPath} AND m.org_path < ${pathRangeEnd(spec.orgPath)}`,
      SMALL_SUBTREE,
    );
  }
  const small = subtreeSize !== null && subtreeSize < SMALL_SUBTREE;
  const filters: RawBuilder<unknown>[] = [];
  if (spec.sex !== null) filters.push(sql`m.sex = ${spec.sex}`);
  if (spec.membership !== null) filters.push(sql`m.membership = ${spec.membership}`);
  if (spec.ethnicCode !== null) filters.push(sql`m.ethnic_code = ${spec.ethnicCode}`);
  if (spec.birthAfter !== null) filters.push(sql`m.birth_date > ${spec.birthAfter}`);
  if (spec.birthOnOrBefore !== null) filters.push(sql`m.birth_date <= ${spec.birthOnOrBefore}`);
  conds.push(...filters);
  let filtered = filters.length > 0;

  let index: 'member_list_sorted' | 'member_list_subtree' | null = small ? 'member_list_subtree' : spec.sort === 'official' ? 'member_list_sorted' : null;
  let exactTotal = true;
  if (spec.digits !== null) {
    const end = `${spec.digits}:`; // ':' follows '9'
    conds.push(
      sql`(m.citizen_id >= ${spec.digits} AND m.citizen_id < ${end} OR m.card_no >= ${spec.digits} AND m.card_no < ${end} OR m.record_no >= ${spec.digits} AND m.record_no < ${end})`,
    );
    index = null;
    filtered = true;
  } else if (spec.words.length > 0) {
    const match = ftsQuery(spec.words);
    const matches = small ? SEARCH_CAP : await cappedCount(db, sql`SELECT rowid FROM member_fts WHERE member_fts MATCH ${match}`, SEARCH_CAP + 1);
    if (matches <= SEARCH_CAP && !small) {
      conds.push(sql`m.id IN (SELECT rowid FROM member_fts WHERE member_fts MATCH ${match})`);
      index = null;
    } else {
      // Many matches (or a small subtree): read in list order and keep rows whose words start with the query words.
      for (const w of spec.words) conds.push(sql`(' ' || m.search_text) LIKE ${`% ${w}%`}`);
      if (!small) exactTotal = false;
    }
    filtered = true;
  }

  const where = sql.join(conds, sql` AND `);
  const column = sql.ref(`m.${SORT_COLUMN[spec.sort]}`);
  const dir = spec.descending ? sql`DESC` : sql`ASC`;
  const order = spec.sort === 'official' ? sql`${column} ${dir}` : sql`${column} ${dir}, m.sort_key ${dir}`;
  const from = index === null ? sql`member m` : sql`member m INDEXED BY ${sql.raw(index)}`;

  const page = await sql<MemberListRow>`
    SELECT m.id, m.full_name, m.family_name, m.middle_name, m.given_name, m.sex, m.birth_date, m.citizen_id,
           m.card_no, m.record_no, m.organisation_id, o.name AS organisation_name, m.admission_date,
           m.full_member_date, m.ethnic_code, m.membership
    FROM (SELECT m.id AS pid FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${spec.limit} OFFSET ${spec.offset}) p
    JOIN member m ON m.id = p.pid
    JOIN organisation o ON o.id = m.organisation_id
    ORDER BY ${order}`.execute(db);

  let total: number;
  if (!exactTotal) {
    total = Math.max(SEARCH_CAP, spec.offset + page.rows.length);
  } else if (!filtered && subtreeSize !== null && small) {
    total = subtreeSize;
  } else {
    // The planner picks the narrowest index for counting; list-order hints only slow it down.
    const r = await sql<{ n: number }>`SELECT count(*) AS n FROM member m WHERE ${where}`.execute(db);
    total = Number(r.rows[0]?.n ?? 0);
  }
  return { rows: page.rows, total, totalIsLowerBound: !exactTotal };
}
