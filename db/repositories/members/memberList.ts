import { sql, type Kysely, type RawBuilder } from 'kysely';
import { givenNamePrefixRange } from '../../../shared/kernel/text/sortKey.ts';
import type { Database } from '../../schema.ts';
import { pathRangeEnd } from '../organisations/organisations.ts';

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
  /** Party-age anchors in (anchorAfter, anchorOnOrBefore]: from a party-age range (member_list_party_age). */
  anchorOnOrBefore: string | null;
  anchorAfter: string | null;
  offset: number;
  limit: number;
  /**
   * The place of a candidate in a word search (lower first; the sort order within a place): when the
   * matches are at most SEARCH_CAP they are ranked by it. Without it a search keeps the list order.
   */
  rank?: (candidate: { full_name: string; other_names: string | null }) => number;
}

export interface MemberListRow {
  id: number;
  full_name: string;
  other_names: string | null;
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
  party_age_anchor: string | null;
}

/** Above this many matches a word search is answered in list order instead of from the full-text index. */
export const SEARCH_CAP = 2000;
/** Below this many members a subtree is read by its path range and sorted; above, read in sort order. */
export const SMALL_SUBTREE = 20000;

const SORT_COLUMN = {
  official: 'sort_key',
  birthDate: 'birth_date',
  admissionDate: 'admission_date',
  recordNo: 'record_no',
} as const;

type Sql = RawBuilder<unknown>;

/** Words are folded to [a-z0-9] by the service; quoting keeps FTS syntax out of them anyway. */
const phrase = (w: string) => `"${w.replace(/"/g, '')}"*`;
const ftsAnyColumn = (words: readonly string[]) => words.map(phrase).join(' ');
const ftsRestOnly = (words: readonly string[]) => words.map((w) => `search_rest : ${phrase(w)}`).join(' AND ');
const likeWord = (w: string) => `% ${w.replace(/[%_]/g, '')}%`;
/** Every word starts some word of the name. */
const allWordsLike = (words: readonly string[]) => words.map((w) => sql`(' ' || m.search_head || ' ' || m.search_rest) LIKE ${likeWord(w)}`);

/** Rowids matching a full-text query, at most `cap` of them (one evaluation of the query). */
async function ftsIds(db: Kysely<Database>, match: string, cap: number): Promise<number[]> {
  const r = await sql<{ rowid: number }>`SELECT rowid FROM member_fts WHERE member_fts MATCH ${match} LIMIT ${cap}`.execute(db);
  return r.rows.map((row) => row.rowid);
}

/** A condition on a known, small set of ids (passed as one JSON parameter). */
const idIn = (ids: readonly number[]) => sql`m.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

async function cappedCount(db: Kysely<Database>, inner: Sql, cap: number): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM (${inner} LIMIT ${cap})`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

const and = (conds: readonly Sql[]) => sql.join(conds, sql` AND `);

/**
 * A broad name search (more than SEARCH_CAP matches) in official order, without sorting the matches:
 * a row matches either because a query word starts its given name — those rows sit in one key range
 * per word, where the official order begins — or because every word matches its other name words.
 * Each part is read in key order and SQLite merges them (UNION on the key) up to the page.
 */
async function broadOfficialPage(db: Kysely<Database>, spec: MemberListSpec, base: readonly Sql[]): Promise<number[]> {
  const dir = spec.descending ? sql`DESC` : sql`ASC`;
  const take = spec.offset + spec.limit;
  const branch = (from: Sql, conds: readonly Sql[]) => sql`SELECT sk, pid FROM (SELECT m.sort_key AS sk, m.id AS pid FROM ${from} WHERE ${and(conds)} ORDER BY m.sort_key ${dir} LIMIT ${take})`;
  const sorted = sql`member m INDEXED BY member_list_sorted`;
  const branches: Sql[] = [];
  for (const w of new Set(spec.words)) {
    const range = givenNamePrefixRange(w);
    branches.push(branch(sorted, [...base, sql`m.sort_key >= ${range.from}`, sql`m.sort_key < ${range.to}`, sql`m.search_head LIKE ${`${w}%`}`, ...allWordsLike(spec.words)]));
  }
  const restMatches = await ftsIds(db, ftsRestOnly(spec.words), SEARCH_CAP + 1);
  if (restMatches.length <= SEARCH_CAP) {
    branches.push(branch(sql`member m`, [...base, idIn(restMatches)]));
  } else {
    branches.push(branch(sorted, [...base, ...spec.words.map((w) => sql`(' ' || m.search_rest) LIKE ${likeWord(w)}`)]));
  }
  const r = await sql<{ pid: number }>`${sql.join(branches, sql` UNION `)} ORDER BY sk ${dir} LIMIT ${spec.limit} OFFSET ${spec.offset}`.execute(db);
  return r.rows.map((row) => row.pid);
}

async function fetchRows(db: Kysely<Database>, ids: readonly number[]): Promise<MemberListRow[]> {
  if (ids.length === 0) return [];
  const r = await sql<MemberListRow>`
    SELECT m.id, m.full_name, m.other_names, m.family_name, m.middle_name, m.given_name, m.sex, m.birth_date, m.citizen_id,
           m.card_no, m.record_no, m.organisation_id, o.name AS organisation_name, m.admission_date,
           m.full_member_date, m.ethnic_code, m.membership, m.party_age_anchor
    FROM member m JOIN organisation o ON o.id = m.organisation_id
    WHERE m.id IN (${sql.join(ids)})`.execute(db);
  const byId = new Map(r.rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

interface Candidate {
  id: number;
  full_name: string;
  other_names: string | null;
  sort_key: string;
  sv: string | null;
}

/** SQLite's order of text values: NULL first, then by code unit (the keys and dates are ASCII). */
const compareText = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/**
 * A word search with at most SEARCH_CAP matches, ranked: every match is read once (id, names, sort
 * values), placed by `rank`, sorted in the list order within its place, then paged; the total is
 * their number. Null when there are more matches than that (the list order is kept then).
 */
async function rankedPage(
  db: Kysely<Database>,
  spec: MemberListSpec,
  rank: NonNullable<MemberListSpec['rank']>,
  from: Sql,
  conds: readonly Sql[],
): Promise<{ rows: MemberListRow[]; total: number; totalIsLowerBound: false } | null> {
  const column = sql.ref(`m.${SORT_COLUMN[spec.sort]}`);
  const r = await sql<Candidate>`SELECT m.id, m.full_name, m.other_names, m.sort_key, ${column} AS sv FROM ${from} WHERE ${and(conds)} LIMIT ${SEARCH_CAP + 1}`.execute(db);
  if (r.rows.length > SEARCH_CAP) return null;
  const dir = spec.descending ? -1 : 1;
  const ranked = r.rows
    .map((c) => ({ c, place: rank(c) }))
    .sort((a, b) => a.place - b.place || dir * (compareText(a.c.sv, b.c.sv) || compareText(a.c.sort_key, b.c.sort_key)));
  const rows = await fetchRows(db, ranked.slice(spec.offset, spec.offset + spec.limit).map((x) => x.c.id));
  return { rows, total: ranked.length, totalIsLowerBound: false };
}

export async function listMembers(db: Kysely<Database>, spec: MemberListSpec): Promise<{ rows: MemberListRow[]; total: number; totalIsLowerBound: boolean }> {
  const base: Sql[] = [sql`m.on_list = 1`];
  let subtreeSize: number | null = null;
  if (spec.orgPath !== null) {
    base.push(sql`m.org_path >= ${spec.orgPath}`, sql`m.org_path < ${pathRangeEnd(spec.orgPath)}`);
    subtreeSize = await cappedCount(
      db,
      sql`SELECT 1 FROM member m INDEXED BY member_list_subtree WHERE m.on_list = 1 AND m.org_path >= ${spec.orgPath} AND m.org_path < ${pathRangeEnd(spec.orgPath)}`,
      SMALL_SUBTREE,
    );
  }
  const small = subtreeSize !== null && subtreeSize < SMALL_SUBTREE;
  if (spec.sex !== null) base.push(sql`m.sex = ${spec.sex}`);
  if (spec.membership !== null) base.push(sql`m.membership = ${spec.membership}`);
  if (spec.ethnicCode !== null) base.push(sql`m.ethnic_code = ${spec.ethnicCode}`);
  if (spec.birthAfter !== null) base.push(sql`m.birth_date > ${spec.birthAfter}`);
  if (spec.birthOnOrBefore !== null) base.push(sql`m.birth_date <= ${spec.birthOnOrBefore}`);
  const anchorConds: Sql[] = [];
  if (spec.anchorOnOrBefore !== null) anchorConds.push(sql`m.party_age_anchor <= ${spec.anchorOnOrBefore}`);
  if (spec.anchorAfter !== null) anchorConds.push(sql`m.party_age_anchor > ${spec.anchorAfter}`);
  base.push(...anchorConds);
  // A party-age range that holds few members (a long party age): read them by their anchor and sort
  // them, instead of walking the whole official order for a handful of matches.
  let fewByPartyAge = false;
  if (!small && anchorConds.length > 0 && spec.digits === null) {
    const where = spec.orgPath === null ? anchorConds : [...anchorConds, sql`m.org_path >= ${spec.orgPath}`, sql`m.org_path < ${pathRangeEnd(spec.orgPath)}`];
    fewByPartyAge = (await cappedCount(db, sql`SELECT 1 FROM member m INDEXED BY member_list_party_age WHERE m.on_list = 1 AND ${and(where)}`, SMALL_SUBTREE)) < SMALL_SUBTREE;
  }
  const filtered = base.length > (spec.orgPath === null ? 1 : 3);

  const conds = [...base];
  let index: 'member_list_sorted' | 'member_list_subtree' | 'member_list_party_age' | null = small
    ? 'member_list_subtree'
    : fewByPartyAge
      ? 'member_list_party_age'
      : spec.sort === 'official'
        ? 'member_list_sorted'
        : null;
  let mode: 'plain' | 'broad' = 'plain';
  if (spec.digits !== null) {
    const end = `${spec.digits}:`; // ':' follows '9'
    conds.push(
      sql`(m.citizen_id >= ${spec.digits} AND m.citizen_id < ${end} OR m.card_no >= ${spec.digits} AND m.card_no < ${end} OR m.record_no >= ${spec.digits} AND m.record_no < ${end})`,
    );
    index = null;
  } else if (spec.words.length > 0) {
    const matches = small || fewByPartyAge ? [] : await ftsIds(db, ftsAnyColumn(spec.words), SEARCH_CAP + 1);
    if (small || fewByPartyAge) {
      // A small subtree or party-age range: its rows are few, check the words on each.
      conds.push(...allWordsLike(spec.words));
    } else if (matches.length <= SEARCH_CAP) {
      conds.push(idIn(matches));
      index = null;
    } else {
      mode = 'broad';
      conds.push(...allWordsLike(spec.words));
    }
  }

  const dir = spec.descending ? sql`DESC` : sql`ASC`;
  const column = sql.ref(`m.${SORT_COLUMN[spec.sort]}`);
  const order = spec.sort === 'official' ? sql`${column} ${dir}` : sql`${column} ${dir}, m.sort_key ${dir}`;
  const from = index === null ? sql`member m` : sql`member m INDEXED BY ${sql.raw(index)}`;

  if (mode === 'plain' && spec.words.length > 0 && spec.rank) {
    const ranked = await rankedPage(db, spec, spec.rank, from, conds);
    if (ranked) return ranked;
  }

  let ids: number[];
  if (mode === 'broad' && spec.sort === 'official') {
    ids = await broadOfficialPage(db, spec, base);
  } else {
    const page = await sql<{ pid: number }>`SELECT m.id AS pid FROM ${from} WHERE ${and(conds)} ORDER BY ${order} LIMIT ${spec.limit} OFFSET ${spec.offset}`.execute(db);
    ids = page.rows.map((r) => r.pid);
  }
  const rows = await fetchRows(db, ids);

  if (mode === 'broad') return { rows, total: Math.max(SEARCH_CAP + 1, spec.offset + rows.length), totalIsLowerBound: true };
  let total: number;
  if (!filtered && spec.digits === null && spec.words.length === 0 && small && subtreeSize !== null) {
    total = subtreeSize;
  } else {
    // The planner picks the narrowest index for counting; list-order hints only slow it down.
    const r = await sql<{ n: number }>`SELECT count(*) AS n FROM member m WHERE ${and(conds)}`.execute(db);
    total = Number(r.rows[0]?.n ?? 0);
  }
  return { rows, total, totalIsLowerBound: false };
}
