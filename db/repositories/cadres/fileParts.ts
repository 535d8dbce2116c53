import type { Kysely, Selectable } from 'kysely';
import type { CadrePostTable, Database } from '../../schema.ts';

/** What cadre:get reads beside the row and its tables: the current posts and the derived history. */

export type PostRecord = Omit<Selectable<CadrePostTable>, 'id' | 'cadre_id'> & { decision_no: string };

/** The current posts (cadre_post, derived from the actions) with their decision's number. */
export async function postsOf(db: Kysely<Database>, cadreId: number): Promise<PostRecord[]> {
  return db
    .selectFrom('cadre_post as p')
    .innerJoin('personnel_action as a', 'a.id', 'p.action_id')
    .innerJoin('personnel_decision as d', 'd.id', 'a.decision_id')
    .select(['p.post_kind', 'p.title', 'p.unit', 'p.org_id', 'p.since', 'p.term_end', 'p.notice_on', 'p.action_id', 'd.number as decision_no'])
    .where('p.cadre_id', '=', cadreId)
    .orderBy('p.post_kind')
    .orderBy('p.since')
    .orderBy('p.id')
    .execute();
}

export interface HistoryRecord {
  action_id: number;
  decision_id: number;
  decision_no: string;
  effective_on: string;
  type_code: string;
  post_kind: 'main' | 'concurrent' | 'committee';
  post_after: string | null;
  unit_after: string | null;
  status: 'active' | 'cancelled';
}

/** Every action about the cadre (active and cancelled), by effective date (personnel_action_cadre index). */
export async function historyOf(db: Kysely<Database>, cadreId: number): Promise<HistoryRecord[]> {
  return db
    .selectFrom('personnel_action as a')
    .innerJoin('personnel_decision as d', 'd.id', 'a.decision_id')
    .select(['a.id as action_id', 'a.decision_id', 'd.number as decision_no', 'a.effective_on', 'a.type_code', 'a.post_kind', 'a.post_after', 'a.unit_after', 'a.status'])
    .where('a.cadre_id', '=', cadreId)
    .orderBy('a.effective_on')
    .orderBy('a.id')
    .execute();
}
