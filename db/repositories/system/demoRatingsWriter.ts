/**
 * Bulk reads and writes for the demo ratings (electron/services/system/demo/ratings.ts): prepared
 * better-sqlite3 statements, rows inserted many per statement, everything written in one
 * transaction (a savepoint when the caller already opened one, as system:demo does).
 */
import { sqliteOf, type BulkHandle } from '../../bulk.ts';

export interface DemoRatingCatalogue {
  regimes: { regime: number; first_year: number; last_year: number | null; quota_excellent_of_good_pct: number | null; quota_max_pct: number | null }[];
  categories: { regime: number; applies_to: string; code: string; name: string; order: number; min_score: number | null }[];
  effects: { code: string; effect_on_list: string }[];
  grassrootsTypes: Set<string>;
}

export function demoRatingCatalogue(conn: BulkHandle): DemoRatingCatalogue {
  const sqlite = sqliteOf(conn);
  return {
    regimes: sqlite.prepare('SELECT regime, first_year, last_year, quota_excellent_of_good_pct, quota_max_pct FROM cat_rating_regimes ORDER BY regime').all() as DemoRatingCatalogue['regimes'],
    categories: sqlite.prepare('SELECT regime, applies_to, code, name, "order", min_score FROM cat_rating_categories').all() as DemoRatingCatalogue['categories'],
    effects: sqlite.prepare('SELECT code, effect_on_list FROM cat_member_events').all() as DemoRatingCatalogue['effects'],
    grassrootsTypes: new Set(sqlite.prepare('SELECT code FROM cat_organisation_types WHERE grassroots = 1').pluck().all() as string[]),
  };
}

export interface DemoRatingOrganisation {
  id: number;
  parent_id: number | null;
  path: string;
  type_code: string;
  effective_from: string;
  effective_to: string | null;
}

export function demoRatingOrganisations(conn: BulkHandle): DemoRatingOrganisation[] {
  return sqliteOf(conn).prepare('SELECT id, parent_id, path, type_code, effective_from, effective_to FROM organisation ORDER BY id').all() as DemoRatingOrganisation[];
}

export interface MemberEventCursorRow {
  id: number;
  organisation_id: number;
  type_code: string | null;
  event_date: string | null;
  cancelled: number | null;
  org_to_id: number | null;
}

/**
 * Every member with its events, streamed in member id order (each member's events in date order,
 * ties in entry order); a member without events comes once with null event columns.
 */
export function memberEventCursor(conn: BulkHandle): IterableIterator<MemberEventCursorRow> {
  return sqliteOf(conn)
    .prepare(
      `SELECT m.id, m.organisation_id, e.type_code, e.event_date, e.cancelled, e.org_to_id
       FROM member m LEFT JOIN member_event e ON e.member_id = m.id
       ORDER BY m.id, e.event_date, e.id`,
    )
    .iterate() as IterableIterator<MemberEventCursorRow>;
}

export function memberCount(conn: BulkHandle): number {
  return sqliteOf(conn).prepare('SELECT count(*) FROM member').pluck().get() as number;
}

/** True when any member or organisation rating of these years exists. */
export function hasRatings(conn: BulkHandle, years: readonly number[]): boolean {
  if (years.length === 0) return false;
  const marks = years.map(() => '?').join(',');
  const any = (table: string) => sqliteOf(conn).prepare(`SELECT 1 FROM ${table} WHERE year IN (${marks}) LIMIT 1`).pluck().get(...years) !== undefined;
  return any('member_rating') || any('organisation_rating');
}

export class DemoRatingsExistError extends Error {
  constructor() {
    super('ratings of these years already exist');
    this.name = 'DemoRatingsExistError';
  }
}

/** Emits one rating: owner id (member or organisation), year, regime, category code, score or null. */
export type EmitRating = (ownerId: number, year: number, regime: number, categoryCode: string, score: number | null) => void;

export interface WriteDemoRatingsInput {
  years: readonly number[];
  /** created_at / updated_at of every row (ISO timestamp). */
  at: string;
  /** Called inside the transaction; emits the member ratings in (member, year) order for the fastest inserts. */
  members: (emit: EmitRating) => void;
  organisations: (emit: EmitRating) => void;
  /** Before each step that runs as one long statement (a Vietnamese line). */
  onStep?: (line: string) => void;
}

/** Page cache during the load, in KiB (negative: SQLite's unit for a size in KiB). */
const LOAD_CACHE_KIB = -262_144;

/** Rows per INSERT statement (5 bound values each). */
const ROWS_PER_STATEMENT = 200;

function batchedInsert(conn: BulkHandle, table: 'member_rating' | 'organisation_rating', owner: 'member_id' | 'organisation_id', at: string) {
  if (!/^[0-9T:.Z-]+$/.test(at)) throw new Error(`not a timestamp: ${at}`);
  const row = `(?, ?, ?, ?, ?, '${at}', '${at}')`;
  const head = `INSERT INTO ${table} (${owner}, year, regime, category_code, score, created_at, updated_at) VALUES `;
  const many = sqliteOf(conn).prepare(head + Array.from({ length: ROWS_PER_STATEMENT }, () => row).join(', '));
  const one = sqliteOf(conn).prepare(head + row);
  const buffer: (number | string | null)[] = [];
  let count = 0;
  return {
    emit: ((ownerId, year, regime, categoryCode, score) => {
      buffer.push(ownerId, year, regime, categoryCode, score);
      count++;
      if (buffer.length === ROWS_PER_STATEMENT * 5) {
        many.run(buffer);
        buffer.length = 0;
      }
    }) satisfies EmitRating,
    flush(): number {
      for (let i = 0; i < buffer.length; i += 5) one.run(buffer.slice(i, i + 5));
      buffer.length = 0;
      return count;
    },
  };
}

/**
 * Writes the demo ratings in one transaction. The year index of member_rating is dropped for the
 * load and recreated from its stored SQL (one sort instead of millions of B-tree inserts), inside
 * the same transaction; the rows come in (member, year) order, so the unique index only appends.
 * Throws DemoRatingsExistError when ratings of these years already exist.
 */
export function writeDemoRatings(conn: BulkHandle, input: WriteDemoRatingsInput): { members: number; organisations: number } {
  const sqlite = sqliteOf(conn);
  const load = () => {
    if (hasRatings(conn, input.years)) throw new DemoRatingsExistError();
    const yearIndex = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'member_rating' AND name = 'member_rating_year'`).get() as
      | { name: string; sql: string }
      | undefined;
    if (yearIndex) sqlite.exec(`DROP INDEX "${yearIndex.name}"`);
    const members = batchedInsert(conn, 'member_rating', 'member_id', input.at);
    input.members(members.emit);
    const memberRows = members.flush();
    input.onStep?.('Đang lập chỉ mục xếp loại theo năm');
    if (yearIndex) sqlite.exec(yearIndex.sql);
    input.onStep?.('Đang ghi xếp loại tổ chức đảng');
    const organisations = batchedInsert(conn, 'organisation_rating', 'organisation_id', input.at);
    input.organisations(organisations.emit);
    return { members: memberRows, organisations: organisations.flush() };
  };
  const tx = sqlite.transaction(load);
  // A larger page cache for the load keeps the table and index pages in memory until the commit
  // (measured 10-11 s instead of 14-17 s for 2.3 million rows); the connection's own size comes back after.
  const cache = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${LOAD_CACHE_KIB}`);
  try {
    return sqlite.inTransaction ? tx() : tx.immediate();
  } finally {
    sqlite.pragma(`cache_size = ${cache}`);
  }
}
