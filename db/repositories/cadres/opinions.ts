import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CadreOpinionTable, Database } from '../../schema.ts';

/** The opinions register (tham gia ý kiến): requests from central bodies about a person. */

export type OpinionRecord = Selectable<CadreOpinionTable>;

export async function getOpinion(db: Kysely<Database>, id: number): Promise<OpinionRecord | undefined> {
  return db.selectFrom('cadre_opinion').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertOpinion(db: Kysely<Database>, row: Insertable<CadreOpinionTable>): Promise<number> {
  const { id } = await db.insertInto('cadre_opinion').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateOpinion(db: Kysely<Database>, id: number, values: Updateable<CadreOpinionTable>): Promise<void> {
  await db.updateTable('cadre_opinion').set(values).where('id', '=', id).execute();
}

/**
 * The requests received in a year (cadre_opinion_received index), or all, newest first; pending ones
 * only when asked. A register holds a few hundred a year: the service matches the folded words.
 */
export async function opinionsReceived(db: Kysely<Database>, f: { year: number | null; pending: boolean }): Promise<OpinionRecord[]> {
  let q = db.selectFrom('cadre_opinion').selectAll();
  if (f.year !== null) q = q.where('received_on', '>=', `${f.year}-01-01`).where('received_on', '<=', `${f.year}-12-31`);
  if (f.pending) q = q.where('replied_on', 'is', null).where('reply', 'is', null);
  return q.orderBy('received_on', 'desc').orderBy('id', 'desc').execute();
}
