import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database, PersonnelActionTable, PersonnelDecisionTable } from '../../schema.ts';

/** The register of personnel decisions and their actions. */

export type DecisionRow = Selectable<PersonnelDecisionTable>;
/** A decision's heading as written. */
export type DecisionHeadingRow = Insertable<PersonnelDecisionTable>;
export type ActionRow = Selectable<PersonnelActionTable> & { full_name: string };

const idsIn = (ids: readonly number[]) => sql<number>`(SELECT value FROM json_each(${JSON.stringify(ids)}))`;

// ---- lookups the checks need ----------------------------------------------------------------

export interface ActionType {
  code: string;
  name: string;
  effect: string;
  term_months: number | null;
  active: number;
}

/** The action-type catalogue (a few dozen rows). */
export async function actionTypes(db: Kysely<Database>): Promise<ActionType[]> {
  return db.selectFrom('cat_action_types').select(['code', 'name', 'effect', 'term_months', 'active']).execute();
}

export async function planningCycleCodes(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('planning_cycle').select('code').execute()).map((r) => r.code);
}

/** Which of the organisation ids exist. */
export async function existingOrganisations(db: Kysely<Database>, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organisation').select('id').where('id', 'in', idsIn(ids)).execute();
  return new Set(rows.map((r) => r.id));
}

/** The discipline rows of the cadres' files (JSON data: decidedOn, levelCode…). */
export async function disciplinesOf(db: Kysely<Database>, cadreIds: readonly number[]): Promise<{ cadre_id: number; data: string }[]> {
  if (cadreIds.length === 0) return [];
  return db.selectFrom('cadre_row').select(['cadre_id', 'data']).where('cadre_id', 'in', idsIn(cadreIds)).where('kind', '=', 'discipline').execute();
}

/** Discipline level code → name (a handful of rows). */
export async function disciplineLevelNames(db: Kysely<Database>): Promise<Map<string, string>> {
  return new Map((await db.selectFrom('cat_discipline_levels').select(['code', 'name']).execute()).map((r) => [r.code, r.name]));
}

/** Open planning entries of the cycles for the posts or the cadres given. */
export async function openPlanning(db: Kysely<Database>, cycles: readonly string[], postKeys: readonly string[], cadreIds: readonly number[]): Promise<{ cadre_id: number; cycle_code: string; post_key: string }[]> {
  if (cycles.length === 0) return [];
  const cycleList = sql`(SELECT value FROM json_each(${JSON.stringify(cycles)}))`;
  const keys = sql`(SELECT value FROM json_each(${JSON.stringify(postKeys)}))`;
  const byPost = db.selectFrom('planning_entry').select(['cadre_id', 'cycle_code', 'post_key']).where(sql<boolean>`cycle_code IN ${cycleList}`).where(sql<boolean>`post_key IN ${keys}`).where('removed_on', 'is', null);
  const byCadre = db.selectFrom('planning_entry').select(['cadre_id', 'cycle_code', 'post_key']).where('cadre_id', 'in', idsIn(cadreIds)).where(sql<boolean>`cycle_code IN ${cycleList}`).where('removed_on', 'is', null);
  return byPost.union(byCadre).execute();
}

// ---- decisions ------------------------------------------------------------------------------

export async function findByNumber(db: Kysely<Database>, bodyKey: string, year: number, numberKey: string): Promise<DecisionRow | undefined> {
  return db.selectFrom('personnel_decision').selectAll().where('issuing_body_key', '=', bodyKey).where('year', '=', year).where('number_key', '=', numberKey).executeTakeFirst();
}

export async function insertDecision(db: Kysely<Database>, row: Insertable<PersonnelDecisionTable>): Promise<number> {
  const r = await db.insertInto('personnel_decision').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Inserts the actions (one statement per 500 rows) and answers their ids in order. */
export async function insertActions(db: Kysely<Database>, rows: readonly Insertable<PersonnelActionTable>[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const done = await db.insertInto('personnel_action').values(rows.slice(i, i + 500)).returning('id').execute();
    ids.push(...done.map((r) => r.id));
  }
  return ids;
}

export async function getDecision(db: Kysely<Database>, id: number): Promise<DecisionRow | undefined> {
  return db.selectFrom('personnel_decision').selectAll().where('id', '=', id).executeTakeFirst();
}

const actionColumns = sql`a.*, COALESCE(m.full_name, c.full_name, '') AS full_name`;

/** The actions of a decision, in row order, with the cadre's name. */
export async function actionsOfDecision(db: Kysely<Database>, decisionId: number): Promise<ActionRow[]> {
  const r = await sql<ActionRow>`SELECT ${actionColumns}
      FROM personnel_action a JOIN cadre c ON c.id = a.cadre_id LEFT JOIN member m ON m.id = c.member_id
     WHERE a.decision_id = ${decisionId} ORDER BY a.seq`.execute(db);
  return r.rows;
}

export async function getAction(db: Kysely<Database>, id: number): Promise<ActionRow | undefined> {
  const r = await sql<ActionRow>`SELECT ${actionColumns}
      FROM personnel_action a JOIN cadre c ON c.id = a.cadre_id LEFT JOIN member m ON m.id = c.member_id
     WHERE a.id = ${id}`.execute(db);
  return r.rows[0];
}

export async function updateAction(db: Kysely<Database>, id: number, changes: Partial<Insertable<PersonnelActionTable>>): Promise<void> {
  await db.updateTable('personnel_action').set(changes).where('id', '=', id).execute();
}

// ---- the register ---------------------------------------------------------------------------

export interface DecisionFilter {
  /** Folded words: each must be in the number, the issuing body or the summary. */
  words: readonly string[];
  /** The raw query's words, for a summary stored without its folded key. */
  rawWords: readonly string[];
  year: number | null;
  typeCode: string | null;
  cadreId: number | null;
  offset: number;
  limit: number;
}

const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function where(f: DecisionFilter) {
  const conds = [sql`1 = 1`];
  f.words.forEach((w, i) => {
    const raw = f.rawWords[i] ?? w;
    conds.push(
      sql`(d.number_key LIKE ${like(w)} ESCAPE '\\' OR d.issuing_body_key LIKE ${like(w)} ESCAPE '\\' OR d.summary_key LIKE ${like(w)} ESCAPE '\\' OR (d.summary_key IS NULL AND d.summary LIKE ${like(raw)} ESCAPE '\\'))`,
    );
  });
  if (f.year !== null) conds.push(sql`d.year = ${f.year}`);
  if (f.typeCode !== null) conds.push(sql`d.id IN (SELECT decision_id FROM personnel_action WHERE type_code = ${f.typeCode})`);
  if (f.cadreId !== null) conds.push(sql`d.id IN (SELECT decision_id FROM personnel_action WHERE cadre_id = ${f.cadreId})`);
  return sql.join(conds, sql` AND `);
}

export async function listDecisions(db: Kysely<Database>, f: DecisionFilter): Promise<{ rows: DecisionRow[]; total: number }> {
  const rows = await sql<DecisionRow>`SELECT d.* FROM personnel_decision d WHERE ${where(f)}
     ORDER BY d.issued_on DESC, d.id DESC LIMIT ${f.limit} OFFSET ${f.offset}`.execute(db);
  const total = await sql<{ n: number }>`SELECT count(*) AS n FROM personnel_decision d WHERE ${where(f)}`.execute(db);
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

/** Per decision: how many actions and which types (in row order of first appearance). */
export async function actionSummaries(db: Kysely<Database>, decisionIds: readonly number[]): Promise<Map<number, { count: number; types: string[] }>> {
  const map = new Map<number, { count: number; types: string[] }>();
  if (decisionIds.length === 0) return map;
  const rows = await db.selectFrom('personnel_action').select(['decision_id', 'type_code']).where('decision_id', 'in', idsIn(decisionIds)).orderBy('decision_id').orderBy('seq').execute();
  for (const r of rows) {
    const s = map.get(r.decision_id) ?? { count: 0, types: [] };
    s.count += 1;
    if (!s.types.includes(r.type_code)) s.types.push(r.type_code);
    map.set(r.decision_id, s);
  }
  return map;
}

/** The scan attached to a decision (cadre_scan, owner 'decision'), without its bytes. */
export async function scanInfoOf(db: Kysely<Database>, decisionId: number) {
  return db
    .selectFrom('cadre_scan')
    .select(['file_name', 'mime', 'created_at', sql<number>`length(bytes)`.as('size')])
    .where('owner', '=', 'decision')
    .where('owner_id', '=', decisionId)
    .executeTakeFirst();
}

export async function scanOf(db: Kysely<Database>, decisionId: number) {
  return db.selectFrom('cadre_scan').select(['file_name', 'mime', 'created_at', 'bytes']).where('owner', '=', 'decision').where('owner_id', '=', decisionId).executeTakeFirst();
}

/** One scan per decision: a new one replaces the old. */
export async function replaceScan(db: Kysely<Database>, decisionId: number, row: { file_name: string; mime: string; bytes: Buffer; created_at: string }): Promise<void> {
  await db.deleteFrom('cadre_scan').where('owner', '=', 'decision').where('owner_id', '=', decisionId).execute();
  await db.insertInto('cadre_scan').values({ owner: 'decision', owner_id: decisionId, ...row }).execute();
}
