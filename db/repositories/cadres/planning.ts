import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/** Succession planning: the cycles and the entries (written by the decisions' PLAN_ADD / PLAN_REMOVE). */

export interface PlanningRecord {
  id: number;
  cadre_id: number;
  cycle_code: string;
  post: string;
  post_key: string;
  added_on: string;
  removed_on: string | null;
  removal_reason: string | null;
}

const PLANNING_COLUMNS = ['id', 'cadre_id', 'cycle_code', 'post', 'post_key', 'added_on', 'removed_on', 'removal_reason'] as const;

export async function planningOf(db: Kysely<Database>, cadreId: number): Promise<PlanningRecord[]> {
  return db.selectFrom('planning_entry').select(PLANNING_COLUMNS).where('cadre_id', '=', cadreId).orderBy('cycle_code').orderBy('added_on').orderBy('id').execute();
}

/** The entries of one cycle (planning_entry_cycle index), removed ones too when asked. */
export async function planningOfCycle(db: Kysely<Database>, cycleCode: string, includeRemoved: boolean): Promise<PlanningRecord[]> {
  let q = db.selectFrom('planning_entry').select(PLANNING_COLUMNS).where('cycle_code', '=', cycleCode);
  if (!includeRemoved) q = q.where('removed_on', 'is', null);
  return q.orderBy('post_key').orderBy('added_on').orderBy('id').execute();
}

export async function planningCycles(db: Kysely<Database>): Promise<{ code: string; name: string; kind: 'party' | 'state'; from_year: number; to_year: number }[]> {
  return db.selectFrom('planning_cycle').select(['code', 'name', 'kind', 'from_year', 'to_year']).orderBy('from_year').orderBy('code').execute();
}
