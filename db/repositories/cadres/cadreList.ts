import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../schema.ts';

/**
 * The cadre list's SQL. A province has a few thousand files: the cadre table is read whole (in the
 * official order), each linked file's member row by its key; what SQL cannot fold (post words) or
 * compute (retirement dates) the service filters from these rows.
 */

export interface CadreListSpec {
  /** Folded name words: each starts some word of the name. */
  words: string[];
  /** A citizen ID prefix instead of words. */
  digits: string | null;
  tier: string | null;
  status: 'working' | 'retired' | 'left' | 'deceased' | null;
  sex: 'M' | 'F' | null;
  /** Birth dates in (birthAfter, birthOnOrBefore]: from an age band. */
  birthAfter: string | null;
  birthOnOrBefore: string | null;
  /**
   * LIKE patterns that every post holding a folded post word matches (a superset: the service checks
   * the folded words on the rows found), over the main post, its unit and the current posts.
   */
  postPatterns: string[];
  /** A political-theory level the file's field or a graduated course holds (the service checks it is the highest). */
  theoryHeld: string | null;
  /** Planned (or not) in a cycle that ends in this year or later; null: either. */
  planned: { inCycleEndingFrom: number; planned: boolean } | null;
}

export interface CadreListRecord {
  id: number;
  member_id: number | null;
  full_name: string;
  sex: 'M' | 'F';
  birth_date: string;
  main_post: string | null;
  main_unit: string | null;
  management_tier: string;
  status: 'working' | 'retired' | 'left' | 'deceased';
  political_theory_code: string | null;
  retirement_adjust_months: number;
}

type Sql = RawBuilder<unknown>;
const likeWord = (w: string) => `% ${w.replace(/[%_]/g, '')}%`;

function conditions(spec: CadreListSpec): Sql[] {
  const conds: Sql[] = [sql`1 = 1`];
  if (spec.status !== null) conds.push(sql`c.status = ${spec.status}`);
  if (spec.tier !== null) conds.push(sql`c.management_tier = ${spec.tier}`);
  if (spec.sex !== null) conds.push(sql`coalesce(m.sex, c.sex) = ${spec.sex}`);
  if (spec.birthAfter !== null) conds.push(sql`coalesce(m.birth_date, c.birth_date) > ${spec.birthAfter}`);
  if (spec.birthOnOrBefore !== null) conds.push(sql`coalesce(m.birth_date, c.birth_date) <= ${spec.birthOnOrBefore}`);
  for (const w of spec.words) conds.push(sql`(' ' || coalesce(m.search_head || ' ' || m.search_rest, c.search_text)) LIKE ${likeWord(w)}`);
  if (spec.digits !== null) conds.push(sql`coalesce(m.citizen_id, c.citizen_id) LIKE ${`${spec.digits}%`}`);
  for (const p of spec.postPatterns) {
    conds.push(sql`(c.main_post LIKE ${p} OR c.main_unit LIKE ${p}
      OR EXISTS (SELECT 1 FROM cadre_post cp WHERE cp.cadre_id = c.id AND (cp.title LIKE ${p} OR cp.unit LIKE ${p})))`);
  }
  if (spec.theoryHeld !== null) {
    conds.push(sql`(c.political_theory_code = ${spec.theoryHeld} OR EXISTS (SELECT 1 FROM cadre_training ct WHERE ct.cadre_id = c.id
      AND ct.kind = 'politicalTheory' AND ct.status = 'graduated' AND ct.level_code = ${spec.theoryHeld}))`);
  }
  if (spec.planned !== null) {
    const exists = sql`EXISTS (SELECT 1 FROM planning_entry pe JOIN planning_cycle pc ON pc.code = pe.cycle_code
      WHERE pe.cadre_id = c.id AND pe.removed_on IS NULL AND pc.to_year >= ${spec.planned.inCycleEndingFrom})`;
    conds.push(spec.planned.planned ? exists : sql`NOT ${exists}`);
  }
  return conds;
}

const COLUMNS = sql`c.id, c.member_id, coalesce(m.full_name, c.full_name) AS full_name, coalesce(m.sex, c.sex) AS sex,
  coalesce(m.birth_date, c.birth_date) AS birth_date, c.main_post, c.main_unit, c.management_tier, c.status,
  c.political_theory_code, c.retirement_adjust_months`;
const FROM = sql`cadre c LEFT JOIN member m ON m.id = c.member_id`;
const ORDER = sql`ORDER BY coalesce(m.sort_key, c.sort_key), c.id`;

/** What the service filters on, of a file matching the SQL filters. */
export interface CadreCandidate {
  id: number;
  sex: 'M' | 'F';
  birth_date: string;
  status: CadreListRecord['status'];
  main_post: string | null;
  main_unit: string | null;
  political_theory_code: string | null;
  retirement_adjust_months: number;
}

/** Every file matching the SQL filters, in the official order, with the columns the service filters on. */
export async function cadreCandidates(db: Kysely<Database>, spec: CadreListSpec): Promise<CadreCandidate[]> {
  const r = await sql<CadreCandidate>`
    SELECT c.id, coalesce(m.sex, c.sex) AS sex, coalesce(m.birth_date, c.birth_date) AS birth_date, c.status, c.main_post, c.main_unit,
           c.political_theory_code, c.retirement_adjust_months
    FROM ${FROM} WHERE ${sql.join(conditions(spec), sql` AND `)} ${ORDER}`.execute(db);
  return r.rows;
}

/** The list rows of some files, in the order of `ids`. */
export async function cadreRowsByIds(db: Kysely<Database>, ids: readonly number[]): Promise<CadreListRecord[]> {
  if (ids.length === 0) return [];
  const r = await sql<CadreListRecord>`SELECT ${COLUMNS} FROM ${FROM} WHERE c.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(db);
  const byId = new Map(r.rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One page of the files matching the SQL filters, and their number. */
export async function cadrePage(db: Kysely<Database>, spec: CadreListSpec, offset: number, limit: number): Promise<{ rows: CadreListRecord[]; total: number }> {
  const where = sql.join(conditions(spec), sql` AND `);
  const r = await sql<CadreListRecord>`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ${ORDER} LIMIT ${limit} OFFSET ${offset}`.execute(db);
  const n = await sql<{ n: number }>`SELECT count(*) AS n FROM ${FROM} WHERE ${where}`.execute(db);
  return { rows: r.rows, total: Number(n.rows[0]?.n ?? 0) };
}

/** The titles and units of the current posts of some files (cadre_post_cadre index). */
export async function postTexts(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (ids.length === 0) return out;
  const r = await sql<{ cadre_id: number; title: string; unit: string | null }>`
    SELECT cadre_id, title, unit FROM cadre_post WHERE cadre_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(db);
  for (const row of r.rows) {
    const list = out.get(row.cadre_id) ?? [];
    list.push(row.title, row.unit ?? '');
    out.set(row.cadre_id, list);
  }
  return out;
}

/** Which of `ids` are planned in a cycle ending in `fromYear` or later (planning_entry_cadre index). */
export async function plannedAmong(db: Kysely<Database>, ids: readonly number[], fromYear: number): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('planning_entry as pe')
    .innerJoin('planning_cycle as pc', 'pc.code', 'pe.cycle_code')
    .select('pe.cadre_id')
    .where('pe.cadre_id', 'in', [...ids])
    .where('pe.removed_on', 'is', null)
    .where('pc.to_year', '>=', fromYear)
    .execute();
  return new Set(rows.map((r) => r.cadre_id));
}
