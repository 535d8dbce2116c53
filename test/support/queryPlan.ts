import type BetterSqlite3 from 'better-sqlite3';
import { expect } from 'vitest';
import type { Sqlite } from '../../db/connection.ts';

/**
 * Query plans of the SQL the app really runs. A recorder is installed on a better-sqlite3 connection
 * (`recordQueries`): every statement prepared on it afterwards reports each execution (`all`, `get`,
 * `run`, `iterate`) with its SQL and parameters. This is the level both Kysely (through the statement
 * cache in db/connection.ts, which prepares on the connection) and the repositories' own prepared
 * statements run at, so nothing is copied into a test. `explain` runs `EXPLAIN QUERY PLAN` on each
 * captured query with its own parameters; `expectNoFullScan` fails on a `SCAN` of a data table that
 * uses no index.
 */

export interface CapturedQuery {
  sql: string;
  /** The arguments the statement ran with (an array, an object of named parameters, or values). */
  parameters: readonly unknown[];
}

export interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

export interface QueryPlan extends CapturedQuery {
  rows: PlanRow[];
  /** The rows' details joined with ' | ', for regular expressions. */
  text: string;
  /** Alias (or table name) → table name, read from the FROM and JOIN clauses of the SQL. */
  tables: ReadonlyMap<string, string>;
}

export interface FullScan {
  table: string;
  detail: string;
  sql: string;
}

interface Recorder {
  queries: CapturedQuery[] | null;
}

const recorders = new WeakMap<Sqlite, Recorder>();
const RUNS = new Set<PropertyKey>(['all', 'get', 'run', 'iterate']);

function watch(statement: BetterSqlite3.Statement, recorder: Recorder): BetterSqlite3.Statement {
  let bound: readonly unknown[] = [];
  const proxy: BetterSqlite3.Statement = new Proxy(statement, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (key === 'bind') bound = args;
        if (RUNS.has(key)) recorder.queries?.push({ sql: target.source, parameters: args.length > 0 ? args : bound });
        const result: unknown = Reflect.apply(value, target, args);
        return result === target ? proxy : result;
      };
    },
  });
  return proxy;
}

/**
 * Installs the recorder on `sqlite` (once; later calls return the same). Statements prepared before
 * the first call are not seen, so install it right after opening (openTestCore and eachTestWithTree do).
 */
export function recordQueries(sqlite: Sqlite): void {
  if (recorders.has(sqlite)) return;
  const recorder: Recorder = { queries: null };
  recorders.set(sqlite, recorder);
  const prepare = sqlite.prepare.bind(sqlite);
  const watched = (source: string) => watch(prepare(source), recorder);
  Object.defineProperty(sqlite, 'prepare', { value: watched, configurable: true, writable: true });
}

/** The queries run on `sqlite` while `work` runs. */
export async function captureQueries(sqlite: Sqlite, work: () => unknown): Promise<CapturedQuery[]> {
  const recorder = recorders.get(sqlite);
  if (!recorder) throw new Error('recordQueries(sqlite) was not called on this connection');
  if (recorder.queries) throw new Error('captureQueries is already running on this connection');
  const queries: CapturedQuery[] = [];
  recorder.queries = queries;
  try {
    await work();
  } finally {
    recorder.queries = null;
  }
  return queries;
}

/**
 * Statements whose plan says how rows are found. A plain `INSERT … VALUES` is left out: its plan only
 * lists the foreign-key checks SQLite would make, which are not the query.
 */
const explainable = (sql: string) => /^\s*(select|with|update|delete)\b/i.test(sql) || (/^\s*(insert|replace)\b/i.test(sql) && /\bselect\b/i.test(sql));
const NOT_ALIASES = new Set(
  ['where', 'on', 'using', 'inner', 'left', 'right', 'full', 'cross', 'natural', 'join', 'order', 'group', 'having', 'limit', 'indexed', 'not', 'union', 'except', 'intersect', 'window', 'set', 'values', 'returning'],
);

/** Alias → table from the FROM and JOIN clauses (`from "member" as "m"`, `JOIN member m`, `FROM member`). */
export function tablesOf(sql: string): Map<string, string> {
  const tables = new Map<string, string>();
  const clause = /\b(?:from|join)\s+"?(\w+)"?(?:\s+(?:as\s+)?"?(\w+)"?)?/gi;
  for (const m of sql.matchAll(clause)) {
    const table = m[1]!;
    tables.set(table, table);
    const alias = m[2];
    if (alias && !NOT_ALIASES.has(alias.toLowerCase())) tables.set(alias, table);
  }
  return tables;
}

/** EXPLAIN QUERY PLAN of each captured query that reads or writes rows, with its own parameters. */
export function explain(sqlite: Sqlite, queries: readonly CapturedQuery[]): QueryPlan[] {
  return queries
    .filter((q) => explainable(q.sql))
    .map((q) => {
      const rows = sqlite.prepare<unknown[], PlanRow>(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.parameters);
      return { ...q, rows, text: rows.map((r) => r.detail).join(' | '), tables: tablesOf(q.sql) };
    });
}

/** The plans of every query `work` runs on `sqlite` (which must have the recorder installed). */
export async function plansOf(sqlite: Sqlite, work: () => unknown): Promise<QueryPlan[]> {
  return explain(sqlite, await captureQueries(sqlite, work));
}

/** The tables that grow with the province: every table but the catalogues, settings, users and bookkeeping. */
export function hotTables(sqlite: Sqlite): Set<string> {
  const names = sqlite.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
  return new Set(names.filter((n) => !/^(cat_|app_|kysely_|sqlite_)/.test(n) && !/^member_fts_/.test(n)));
}

const SCAN = /^SCAN (\S+)(.*)$/;
/** `… ORDER BY id [DESC] LIMIT n`: a walk of the rowid b-tree in key order that stops after n rows. */
const ROWID_ORDER_LIMIT = /\border by\s+(?:"?\w+"?\.)?"?id"?(?:\s+(?:asc|desc))?\s+limit\b/i;

/**
 * The full scans in `plans`: a `SCAN` of a hot table (or its alias) that walks no index (`USING INDEX`,
 * `USING COVERING INDEX`, `USING PRIMARY KEY` or a virtual table's index do not count, nor a walk of
 * the rowid in key order that a LIMIT stops, such as the audit chain's last entry).
 */
export function fullScans(plans: readonly QueryPlan[], hot: ReadonlySet<string>, allow: readonly string[] = []): FullScan[] {
  const found: FullScan[] = [];
  for (const plan of plans) {
    for (const row of plan.rows) {
      const m = SCAN.exec(row.detail);
      if (!m) continue;
      const table = plan.tables.get(m[1]!) ?? m[1]!;
      if (!hot.has(table) || allow.includes(table)) continue;
      if (/USING (COVERING )?INDEX|USING PRIMARY KEY|VIRTUAL TABLE/.test(m[2]!)) continue;
      if (m[2] === '' && ROWID_ORDER_LIMIT.test(plan.sql) && !/TEMP B-TREE FOR ORDER BY/.test(plan.text)) continue;
      found.push({ table, detail: row.detail, sql: plan.sql });
    }
  }
  return found;
}

/**
 * Fails when no query was captured, or when a plan scans a hot table (`hotTables(sqlite)`) without an
 * index; `allow` names tables whose scan is expected (a small table read whole on purpose).
 */
export function expectNoFullScan(sqlite: Sqlite, plans: readonly QueryPlan[], options: { allow?: readonly string[] } = {}): void {
  expect(plans.length, 'no query was captured: the check would prove nothing').toBeGreaterThan(0);
  const scans = fullScans(plans, hotTables(sqlite), options.allow);
  expect(scans, scans.map((s) => `${s.detail} (${s.table}) in ${s.sql}`).join('\n')).toEqual([]);
}

/** The plan of the one captured query whose SQL matches `pattern` (fails on none or several). */
export function planMatching(plans: readonly QueryPlan[], pattern: RegExp): QueryPlan {
  const found = plans.filter((p) => pattern.test(p.sql));
  expect(found.length, `queries matching ${String(pattern)}:\n${plans.map((p) => p.sql).join('\n')}`).toBe(1);
  return found[0]!;
}
