import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { CadreTrainingTable, Database } from '../../schema.ts';

/** Training records (cadre_training) and the decisions sending people to a course. */

export interface TrainingRow {
  id: number;
  cadre_id: number;
  full_name: string;
  decision_id: number | null;
  decision_no: string | null;
  kind: CadreTrainingTable['kind'];
  level_code: string | null;
  mode: CadreTrainingTable['mode'];
  institution: string;
  subject: string | null;
  from_date: string;
  to_date: string | null;
  status: CadreTrainingTable['status'];
  qualification: string | null;
}

function trainingQuery(db: Kysely<Database>) {
  return db
    .selectFrom('cadre_training as t')
    .innerJoin('cadre as c', 'c.id', 't.cadre_id')
    .leftJoin('member as m', 'm.id', 'c.member_id')
    .leftJoin('personnel_decision as d', 'd.id', 't.decision_id')
    .select([
      't.id',
      't.cadre_id',
      sql<string>`coalesce(m.full_name, c.full_name)`.as('full_name'),
      't.decision_id',
      'd.number as decision_no',
      't.kind',
      't.level_code',
      't.mode',
      't.institution',
      't.subject',
      't.from_date',
      't.to_date',
      't.status',
      't.qualification',
    ]);
}

export async function trainingOf(db: Kysely<Database>, cadreId: number): Promise<TrainingRow[]> {
  return trainingQuery(db).where('t.cadre_id', '=', cadreId).orderBy('t.from_date').orderBy('t.id').execute();
}

export async function getTraining(db: Kysely<Database>, id: number): Promise<TrainingRow | undefined> {
  return trainingQuery(db).where('t.id', '=', id).executeTakeFirst();
}

export async function insertTraining(db: Kysely<Database>, rows: readonly Insertable<CadreTrainingTable>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const out = await db.insertInto('cadre_training').values([...rows]).returning('id').execute();
  return out.map((r) => r.id);
}

export async function updateTraining(db: Kysely<Database>, id: number, values: Updateable<CadreTrainingTable>): Promise<void> {
  await db.updateTable('cadre_training').set(values).where('id', '=', id).execute();
}

export interface TrainingFilter {
  cadreId: number | null;
  year: number | null;
  kind: CadreTrainingTable['kind'] | null;
  status: CadreTrainingTable['status'] | null;
  offset: number;
  limit: number;
}

/** A page of training records, newest course first; a year keeps the courses that started in it. */
export async function listTraining(db: Kysely<Database>, f: TrainingFilter): Promise<{ rows: TrainingRow[]; total: number }> {
  let q = trainingQuery(db);
  if (f.cadreId !== null) q = q.where('t.cadre_id', '=', f.cadreId);
  if (f.year !== null) q = q.where('t.from_date', '>=', String(f.year)).where('t.from_date', '<', String(f.year + 1));
  if (f.kind !== null) q = q.where('t.kind', '=', f.kind);
  if (f.status !== null) q = q.where('t.status', '=', f.status);
  const rows = await q.orderBy('t.from_date', 'desc').orderBy('t.id', 'desc').offset(f.offset).limit(f.limit).execute();
  const counted = await q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(counted.n) };
}

/** The graduated political-theory levels of some files (the highest level held is derived from them). */
export async function graduatedLevels(db: Kysely<Database>, kind: CadreTrainingTable['kind'], cadreIds: readonly number[] | null): Promise<{ cadre_id: number; level_code: string }[]> {
  const q = db
    .selectFrom('cadre_training')
    .select(['cadre_id', sql<string>`level_code`.as('level_code')])
    .where('kind', '=', kind)
    .where('status', '=', 'graduated')
    .where('level_code', 'is not', null);
  if (cadreIds === null) return q.execute();
  if (cadreIds.length === 0) return [];
  // Many ids go as one JSON parameter (SQLite limits bound parameters).
  return q.where('cadre_id', 'in', (eb) => eb.selectFrom(sql<{ value: number }>`json_each(${JSON.stringify(cadreIds)})`.as('j')).select('j.value')).execute();
}
