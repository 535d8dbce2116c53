import { sqliteOf, type BulkHandle } from '../../bulk.ts';
import type { Selectable } from 'kysely';
import type { CadrePostTable, PlanningEntryTable } from '../../schema.ts';

/**
 * The tables derived from the actions (`cadre_post`, `planning_entry`, the cached main post of
 * `cadre`): read and rewritten with prepared statements, for one decision's 40 cadres as for the
 * demo province's thousands (the ids travel as one JSON array: one statement text whatever the count).
 */

export interface ActionForDerivation {
  id: number;
  cadre_id: number;
  decision_id: number;
  decision_no: string;
  seq: number;
  type_code: string;
  effect: string;
  effective_on: string;
  post_kind: 'main' | 'concurrent' | 'committee';
  post_before: string | null;
  unit_before: string | null;
  post_after: string | null;
  unit_after: string | null;
  org_after_id: number | null;
  term_months: number | null;
  planning_cycle: string | null;
  note: string | null;
  status: 'active' | 'cancelled';
}

export interface CadreFacts {
  id: number;
  full_name: string;
  sex: 'M' | 'F';
  birth_date: string;
  retirement_adjust_months: number;
  status: string;
}

const IDS = 'SELECT value FROM json_each(?)';

/** The active actions of the cadres, with their type's effect and their decision's number. */
export function activeActionsOf(bulk: BulkHandle, cadreIds: readonly number[]): ActionForDerivation[] {
  if (cadreIds.length === 0) return [];
  return sqliteOf(bulk)
    .prepare(
      `SELECT a.id, a.decision_id, d.number AS decision_no, a.seq, a.type_code, t.effect, a.effective_on, a.post_kind,
              a.post_before, a.unit_before, a.post_after, a.unit_after, a.org_after_id, a.term_months, a.planning_cycle, a.note, a.status,
              a.cadre_id
         FROM personnel_action a
         JOIN personnel_decision d ON d.id = a.decision_id
         JOIN cat_action_types t ON t.code = a.type_code
        WHERE a.cadre_id IN (${IDS}) AND a.status = 'active'`,
    )
    .all(JSON.stringify(cadreIds)) as ActionForDerivation[];
}

/** Name, sex, birth date and status of the cadres (the member's own fields for a linked file). */
export function cadreFactsOf(bulk: BulkHandle, cadreIds: readonly number[]): CadreFacts[] {
  if (cadreIds.length === 0) return [];
  return sqliteOf(bulk)
    .prepare(
      `SELECT c.id, COALESCE(m.full_name, c.full_name) AS full_name, COALESCE(m.sex, c.sex) AS sex,
              COALESCE(m.birth_date, c.birth_date) AS birth_date, c.retirement_adjust_months, c.status
         FROM cadre c LEFT JOIN member m ON m.id = c.member_id
        WHERE c.id IN (${IDS})`,
    )
    .all(JSON.stringify(cadreIds)) as CadreFacts[];
}

/**
 * The cadres with an active action that took effect after `after` and by `until` (inclusive). Read
 * through the type index, one range per type, so the province's actions are not walked.
 */
export function cadresWithActionsBetween(bulk: BulkHandle, after: string, until: string): number[] {
  return sqliteOf(bulk)
    .prepare(
      `SELECT DISTINCT cadre_id FROM personnel_action
        WHERE type_code IN (SELECT code FROM cat_action_types) AND effective_on > ? AND effective_on <= ? AND status = 'active'`,
    )
    .pluck()
    .all(after, until) as number[];
}

/** The cadres holding a post whose term ends on or after `from` (their notice dates count the holidays). */
export function cadresWithTermEndFrom(bulk: BulkHandle, from: string): number[] {
  return sqliteOf(bulk).prepare(`SELECT DISTINCT cadre_id FROM cadre_post WHERE term_end >= ?`).pluck().all(from) as number[];
}

/** The holiday table as a set of ISO dates (read once per derivation). */
export function holidaySet(bulk: BulkHandle): Set<string> {
  return new Set(sqliteOf(bulk).prepare('SELECT date FROM holiday').pluck().all() as string[]);
}

/** Rows of the derived tables as written (the schema's columns, without the generated id). */
export type PostRow = Omit<Selectable<CadrePostTable>, 'id'>;
export type PlanningRow = Omit<Selectable<PlanningEntryTable>, 'id'>;

export interface CadreCache {
  id: number;
  main_post: string | null;
  main_unit: string | null;
  main_org_id: number | null;
  /** 'retired' after a retirement; 'working' back when a retirement was undone; null: unchanged. */
  status: 'retired' | 'working' | null;
}

/** Rewrites the derived rows of the cadres: their posts, planning entries and cached main post. */
export function writeDerived(bulk: BulkHandle, cadreIds: readonly number[], posts: readonly PostRow[], planning: readonly PlanningRow[], caches: readonly CadreCache[]): void {
  if (cadreIds.length === 0) return;
  const sqlite = sqliteOf(bulk);
  const ids = JSON.stringify(cadreIds);
  sqlite.prepare(`DELETE FROM cadre_post WHERE cadre_id IN (${IDS})`).run(ids);
  sqlite.prepare(`DELETE FROM planning_entry WHERE cadre_id IN (${IDS})`).run(ids);
  const insertPost = sqlite.prepare(
    'INSERT INTO cadre_post (cadre_id, post_kind, title, unit, org_id, since, term_end, notice_on, action_id) VALUES (@cadre_id, @post_kind, @title, @unit, @org_id, @since, @term_end, @notice_on, @action_id)',
  );
  for (const p of posts) insertPost.run(p);
  const insertPlanning = sqlite.prepare(
    `INSERT INTO planning_entry (cadre_id, cycle_code, post, post_key, added_on, added_action_id, removed_on, removed_action_id, removal_reason)
     VALUES (@cadre_id, @cycle_code, @post, @post_key, @added_on, @added_action_id, @removed_on, @removed_action_id, @removal_reason)`,
  );
  for (const p of planning) insertPlanning.run(p);
  const cache = sqlite.prepare(
    `UPDATE cadre SET main_post = @main_post, main_unit = @main_unit, main_org_id = @main_org_id, status = COALESCE(@status, status)
      WHERE id = @id AND (main_post IS NOT @main_post OR main_unit IS NOT @main_unit OR main_org_id IS NOT @main_org_id OR status IS NOT COALESCE(@status, status))`,
  );
  for (const c of caches) cache.run(c);
}
