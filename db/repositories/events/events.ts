/**
 * SQL of the life-cycle events: a member's events with names, the catalogue, the reminders and the
 * status of a subtree as of a date, derived from the events in one pass (not from cached columns).
 */
import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { Database, MemberEventTable } from '../../schema.ts';
import { pathRangeEnd } from '../organisations/organisations.ts';
import { EVENT } from '../../../shared/kernel/eventTypes.ts';

/** Event codes written into SQL text as literals (as typed before; the planner sees constants). */
const ADMISSIONS = sql.join([sql.lit(EVENT.ADMIT), sql.lit(EVENT.READMIT)]);
const ADMISSIONS_AND_FULL = sql.join([sql.lit(EVENT.ADMIT), sql.lit(EVENT.READMIT), sql.lit(EVENT.FULL)]);
const STATE_STARTS = sql.join([sql.lit(EVENT.EXEMPT), sql.lit(EVENT.SUSPEND), sql.lit(EVENT.TEMP_OUT)]);

export type EventRow = Selectable<MemberEventTable>;

export interface EventRowWithNames extends EventRow {
  type_name: string;
  effect_on_list: string;
  org_from_name: string | null;
  org_to_name: string | null;
}

export async function eventTypes(db: Kysely<Database>): Promise<{ code: string; name: string; effect_on_list: string }[]> {
  return db.selectFrom('cat_member_events').select(['code', 'name', 'effect_on_list']).execute();
}

export async function getEvent(db: Kysely<Database>, id: number): Promise<EventRow | undefined> {
  return db.selectFrom('member_event').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A member's events in date order (then entry order), with the type's and the organisations' names. */
export async function eventsWithNames(db: Kysely<Database>, memberId: number): Promise<EventRowWithNames[]> {
  return db
    .selectFrom('member_event as e')
    .innerJoin('cat_member_events as t', 't.code', 'e.type_code')
    .leftJoin('organisation as f', 'f.id', 'e.org_from_id')
    .leftJoin('organisation as o', 'o.id', 'e.org_to_id')
    .selectAll('e')
    .select(['t.name as type_name', 't.effect_on_list', 'f.name as org_from_name', 'o.name as org_to_name'])
    .where('e.member_id', '=', memberId)
    .orderBy('e.event_date')
    .orderBy('e.id')
    .execute();
}

export interface MemberHead {
  id: number;
  full_name: string;
  birth_date: string;
  organisation_id: number;
  organisation_name: string;
  admission_date: string;
  full_member_date: string | null;
  card_no: string | null;
}

export async function memberHeads(db: Kysely<Database>, ids: readonly number[]): Promise<MemberHead[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('member as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select(['m.id', 'm.full_name', 'm.birth_date', 'm.organisation_id', 'o.name as organisation_name', 'm.admission_date', 'm.full_member_date', 'm.card_no'])
    .where('m.id', 'in', ids)
    .execute();
}

// ---- reminders ----------------------------------------------------------------------------------

/** What a reminder list shows of a member. */
interface ReminderPerson {
  id: number;
  full_name: string;
  birth_date: string;
  organisation_id: number;
  organisation_name: string;
  sort_key: string;
}

export interface ProbationRow extends ReminderPerson {
  /** Ceremony date of the current admission (latest non-cancelled ADMIT / READMIT). */
  admitted: string | null;
}

const range = (path: string | null) => (path === null ? sql`1` : sql`m.org_path >= ${path} AND m.org_path < ${pathRangeEnd(path)}`);

/**
 * Probationary members on the list of the subtree (null path: the province), with the date of their
 * current admission. Uses the small partial index member_list_probationary.
 */
export async function probationaryMembers(db: Kysely<Database>, path: string | null): Promise<ProbationRow[]> {
  const r = await sql<ProbationRow>`
    SELECT m.id, m.full_name, m.birth_date, m.organisation_id, o.name AS organisation_name, m.sort_key,
      (SELECT max(e.event_date) FROM member_event e
        WHERE e.member_id = m.id AND e.cancelled = 0 AND e.type_code IN (${ADMISSIONS})) AS admitted
    FROM member m INDEXED BY member_list_probationary
    JOIN organisation o ON o.id = m.organisation_id
    WHERE m.on_list = 1 AND m.membership = 'probationary' AND ${range(path)}`.execute(db);
  return r.rows;
}

export interface TemporaryRow extends ReminderPerson {
  /** The latest non-cancelled TEMP_OUT: its date and host organisation. */
  since: string | null;
  host_name: string | null;
}

/** Members of the subtree attached temporarily elsewhere, with the open temporary transfer. */
export async function temporarilyAwayMembers(db: Kysely<Database>, path: string | null): Promise<TemporaryRow[]> {
  const r = await sql<TemporaryRow>`
    SELECT m.id, m.full_name, m.birth_date, m.organisation_id, o.name AS organisation_name, m.sort_key,
      t.event_date AS since, h.name AS host_name
    FROM member m INDEXED BY member_list_away
    JOIN organisation o ON o.id = m.organisation_id
    LEFT JOIN member_event t ON t.id = (SELECT e.id FROM member_event e
        WHERE e.member_id = m.id AND e.cancelled = 0 AND e.type_code = ${sql.lit(EVENT.TEMP_OUT)} ORDER BY e.event_date DESC, e.id DESC LIMIT 1)
    LEFT JOIN organisation h ON h.id = t.org_to_id
    WHERE m.on_list = 1 AND m.temporarily_away = 1 AND ${range(path)}`.execute(db);
  return r.rows;
}

// ---- status as of a date ------------------------------------------------------------------------

export interface StatusCodes {
  /** Event codes that add to / remove from the list (catalogue). */
  adds: readonly string[];
  removes: readonly string[];
  /** Events that move a member between cells of the province (their org_from is where the member was). */
  moves: readonly string[];
}

export interface StatusCounts {
  on_list: number;
  probationary: number;
  full: number;
  exempted: number;
  suspended: number;
  temporarily_away: number;
}

const list = (codes: readonly string[]) => (codes.length > 0 ? sql.join(codes) : sql`NULL`);

/**
 * Counts as of `asOf` derived from the events (the same rules as deriveMembership): for each member the
 * last list event, the last admission/full event and the last event of each state on or before the
 * date (by date, then entry order) decide. Keys are "date padded to 10 + 13-digit id", so partial dates
 * sort before the full dates of their period and ties go by entry order, as in the derivation.
 *
 * The province: one grouped pass over all events for the list and membership, and a second pass only
 * over the members who had an exemption, suspension or temporary transfer by then (a state is on only
 * after its start event).
 *
 * A subtree: a member counts in the subtree that held them on that date: the cell the first later move
 * (transfer within the province, reorganisation, …) took them from, or, when they have not moved since,
 * their current cell; cells are placed in today's tree. Only the members who are in the subtree now or
 * moved out of it since are read.
 */
export async function statusAsOf(db: Kysely<Database>, asOf: string, path: string | null, codes: StatusCodes): Promise<StatusCounts> {
  const adds = list(codes.adds);
  const removes = list(codes.removes);
  const key = sql`substr(e.event_date || '      ', 1, 10) || (1000000000000 + e.id)`;
  const listKey = sql`max(CASE WHEN e.type_code IN (${removes})
             OR (e.type_code IN (${adds}) AND NOT (e.type_code IN (${ADMISSIONS}) AND e.org_to_id IS NULL))
          THEN ${key} || (e.type_code IN (${adds})) END)`;
  const fullKey = sql`max(CASE WHEN e.type_code IN (${ADMISSIONS_AND_FULL}) THEN ${key} || (e.type_code = ${sql.lit(EVENT.FULL)}) END)`;
  const flag = (on: string, off: string) => sql`max(CASE WHEN e.type_code IN (${on}, ${off}) OR e.type_code IN (${removes}) THEN ${key} || (e.type_code = ${on}) END)`;
  const flagKeys = sql`${flag(EVENT.EXEMPT, EVENT.EXEMPT_END)} AS xk, ${flag(EVENT.SUSPEND, EVENT.SUSPEND_END)} AS sk, ${flag(EVENT.TEMP_OUT, EVENT.TEMP_IN)} AS tk`;
  const last1 = (k: string) => sql`coalesce(substr(${sql.ref(k)}, -1) = '1', 0)`;
  const flagTotals = sql`
      coalesce(sum(on_list AND ${last1('xk')}), 0) AS exempted,
      coalesce(sum(on_list AND ${last1('sk')}), 0) AS suspended,
      coalesce(sum(on_list AND ${last1('tk')}), 0) AS temporarily_away`;

  if (path === null) {
    const main = await sql<{ on_list: number; probationary: number; full: number }>`
      SELECT coalesce(sum(on_list), 0) AS on_list, coalesce(sum(on_list AND NOT is_full), 0) AS probationary, coalesce(sum(on_list AND is_full), 0) AS full
      FROM (
        SELECT ${last1('lk')} AS on_list, ${last1('mk')} AS is_full
        FROM (SELECT ${listKey} AS lk, ${fullKey} AS mk FROM member_event e WHERE e.cancelled = 0 AND e.event_date <= ${asOf} GROUP BY e.member_id)
      )`.execute(db);
    const flags = await sql<{ exempted: number; suspended: number; temporarily_away: number }>`
      WITH fm(mid) AS (
        SELECT DISTINCT member_id FROM member_event
        WHERE type_code IN (${STATE_STARTS}) AND event_date <= ${asOf} AND cancelled = 0
      )
      SELECT ${flagTotals} FROM (
        SELECT ${last1('lk')} AS on_list, xk, sk, tk FROM (
          SELECT ${listKey} AS lk, ${flagKeys}
          FROM fm CROSS JOIN member_event e ON e.member_id = fm.mid
          WHERE e.cancelled = 0 AND e.event_date <= ${asOf}
          GROUP BY e.member_id
        )
      )`.execute(db);
    return numbers({ ...(main.rows[0] ?? { on_list: 0, probationary: 0, full: 0 }), ...(flags.rows[0] ?? { exempted: 0, suspended: 0, temporarily_away: 0 }) });
  }

  const end = pathRangeEnd(path);
  const moves = list(codes.moves);
  const r = await sql<StatusCounts>`
    WITH cand(mid) AS MATERIALIZED (
      SELECT m.id FROM organisation o JOIN member m ON m.organisation_id = o.id WHERE o.path >= ${path} AND o.path < ${end}
      UNION
      SELECT e.member_id FROM member_event e JOIN organisation o ON o.id = e.org_from_id
        WHERE e.type_code IN (${moves}) AND e.event_date > ${asOf} AND e.cancelled = 0 AND o.path >= ${path} AND o.path < ${end}
    ),
    agg AS (
      SELECT e.member_id AS mid,
        max(CASE WHEN e.event_date <= ${asOf} AND (e.type_code IN (${removes})
               OR (e.type_code IN (${adds}) AND NOT (e.type_code IN (${ADMISSIONS}) AND e.org_to_id IS NULL)))
            THEN ${key} || (e.type_code IN (${adds})) END) AS lk,
        max(CASE WHEN e.event_date <= ${asOf} AND e.type_code IN (${ADMISSIONS_AND_FULL}) THEN ${key} || (e.type_code = ${sql.lit(EVENT.FULL)}) END) AS mk,
        ${stateBefore(EVENT.EXEMPT, EVENT.EXEMPT_END, asOf, removes, key)} AS xk,
        ${stateBefore(EVENT.SUSPEND, EVENT.SUSPEND_END, asOf, removes, key)} AS sk,
        ${stateBefore(EVENT.TEMP_OUT, EVENT.TEMP_IN, asOf, removes, key)} AS tk,
        min(CASE WHEN e.event_date > ${asOf} AND e.type_code IN (${moves}) AND e.org_from_id IS NOT NULL THEN ${key} || ':' || e.org_from_id END) AS nk
      FROM cand CROSS JOIN member_event e ON e.member_id = cand.mid
      WHERE e.cancelled = 0
      GROUP BY e.member_id
    )
    SELECT coalesce(sum(on_list), 0) AS on_list, coalesce(sum(on_list AND NOT is_full), 0) AS probationary, coalesce(sum(on_list AND is_full), 0) AS full, ${flagTotals}
    FROM (
      SELECT ${last1('lk')} AS on_list, ${last1('mk')} AS is_full, a.xk, a.sk, a.tk
      FROM agg a JOIN member m ON m.id = a.mid
      JOIN organisation o ON o.id = coalesce(CAST(substr(a.nk, 25) AS INTEGER), m.organisation_id)
      WHERE o.path >= ${path} AND o.path < ${end}
    )`.execute(db);
  return numbers(r.rows[0]);
}

function stateBefore(on: string, off: string, asOf: string, removes: RawBuilder<unknown>, key: RawBuilder<unknown>) {
  return sql`max(CASE WHEN e.event_date <= ${asOf} AND (e.type_code IN (${on}, ${off}) OR e.type_code IN (${removes})) THEN ${key} || (e.type_code = ${on}) END)`;
}

function numbers(row: StatusCounts | undefined): StatusCounts {
  return {
    on_list: Number(row?.on_list ?? 0),
    probationary: Number(row?.probationary ?? 0),
    full: Number(row?.full ?? 0),
    exempted: Number(row?.exempted ?? 0),
    suspended: Number(row?.suspended ?? 0),
    temporarily_away: Number(row?.temporarily_away ?? 0),
  };
}
