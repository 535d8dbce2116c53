import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database, OrganisationHistoryTable, OrganisationTable } from '../../schema.ts';

export type OrganisationRow = Selectable<OrganisationTable>;
export type OrganisationHistoryRow = Selectable<OrganisationHistoryTable>;

/** Upper bound of a subtree's path range: "/1/5/" covers every path p with "/1/5/" <= p < "/1/50". */
export function pathRangeEnd(path: string): string {
  return `${path.slice(0, -1)}0`;
}

export async function getOrganisation(db: Kysely<Database>, id: number): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisation').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getOrganisations(db: Kysely<Database>, ids: readonly number[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('organisation').selectAll().where('id', 'in', ids).execute();
}

export async function countOrganisations(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('organisation').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function childrenOf(db: Kysely<Database>, parentId: number | null, includeInactive: boolean): Promise<(OrganisationRow & { child_count: number })[]> {
  let q = db
    .selectFrom('organisation as o')
    .selectAll('o')
    .select((eb) =>
      eb
        .selectFrom('organisation as c')
        .whereRef('c.parent_id', '=', 'o.id')
        .$if(!includeInactive, (qb) => qb.where('c.effective_to', 'is', null))
        .select(eb.fn.countAll<number>().as('n'))
        .as('child_count'),
    );
  q = parentId === null ? q.where('o.parent_id', 'is', null) : q.where('o.parent_id', '=', parentId);
  if (!includeInactive) q = q.where('o.effective_to', 'is', null);
  const rows = await q.orderBy('o.display_order').orderBy('o.id').execute();
  return rows.map((r) => ({ ...r, child_count: Number(r.child_count ?? 0) }));
}

/** Members on the list in the subtree rooted at `path`. */
export async function subtreeMemberCount(db: Kysely<Database>, path: string): Promise<number> {
  const row = await db
    .selectFrom('member')
    .where('on_list', '=', 1)
    .where('org_path', '>=', path)
    .where('org_path', '<', pathRangeEnd(path))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function directMemberCount(db: Kysely<Database>, organisationId: number): Promise<number> {
  const row = await db
    .selectFrom('member')
    .where('organisation_id', '=', organisationId)
    .where('on_list', '=', 1)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function activeChildCount(db: Kysely<Database>, id: number): Promise<number> {
  const row = await db
    .selectFrom('organisation')
    .where('parent_id', '=', id)
    .where('effective_to', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Organisations whose folded name contains every word (word prefixes), active first, shallow first. */
export async function searchOrganisations(db: Kysely<Database>, words: readonly string[], limit: number): Promise<OrganisationRow[]> {
  let q = db.selectFrom('organisation').selectAll();
  for (const w of words) q = q.where(sql<boolean>`(' ' || search_text) LIKE ${`% ${w}%`}`);
  return q
    .orderBy(sql`effective_to IS NOT NULL`)
    .orderBy('depth')
    .orderBy('display_order')
    .limit(limit)
    .execute();
}

export async function nextDisplayOrder(db: Kysely<Database>, parentId: number | null): Promise<number> {
  const row = await db
    .selectFrom('organisation')
    .$call((qb) => (parentId === null ? qb.where('parent_id', 'is', null) : qb.where('parent_id', '=', parentId)))
    .select((eb) => eb.fn.max('display_order').as('m'))
    .executeTakeFirst();
  return Number(row?.m ?? 0) + 1;
}

/** Inserts with a temporary path, then sets the real one (it contains the new id). */
export async function insertOrganisation(
  db: Kysely<Database>,
  row: Omit<Insertable<OrganisationTable>, 'path' | 'depth'>,
  parent: Pick<OrganisationRow, 'path' | 'depth'> | null,
): Promise<OrganisationRow> {
  const temp = `/tmp-${Date.now()}-${Math.random()}/`;
  const inserted = await db
    .insertInto('organisation')
    .values({ ...row, path: temp, depth: parent ? parent.depth + 1 : 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = `${parent ? parent.path : '/'}${inserted.id}/`;
  await db.updateTable('organisation').set({ path }).where('id', '=', inserted.id).execute();
  const created = await getOrganisation(db, inserted.id);
  if (!created) throw new Error('organisation vanished after insert');
  return created;
}

export async function updateOrganisation(db: Kysely<Database>, id: number, values: Updateable<OrganisationTable>): Promise<void> {
  await db.updateTable('organisation').set(values).where('id', '=', id).execute();
}

/**
 * Moves a subtree: rewrites the path prefix of the organisation, its descendants and their members,
 * and shifts depths. `oldPath`/`newPath` are the moved organisation's paths.
 */
export async function rewriteSubtreePaths(db: Kysely<Database>, oldPath: string, newPath: string, depthShift: number): Promise<void> {
  const end = pathRangeEnd(oldPath);
  const cut = oldPath.length + 1;
  await db
    .updateTable('organisation')
    .set({
      path: sql<string>`${newPath} || substr(path, ${cut})`,
      depth: sql<number>`depth + ${depthShift}`,
    })
    .where('path', '>=', oldPath)
    .where('path', '<', end)
    .execute();
  await db
    .updateTable('member')
    .set({ org_path: sql<string>`${newPath} || substr(org_path, ${cut})` })
    .where('org_path', '>=', oldPath)
    .where('org_path', '<', end)
    .execute();
}

export async function activeChildren(db: Kysely<Database>, id: number): Promise<OrganisationRow[]> {
  return db.selectFrom('organisation').selectAll().where('parent_id', '=', id).where('effective_to', 'is', null).execute();
}

export async function insertHistory(db: Kysely<Database>, row: Insertable<OrganisationHistoryTable>): Promise<void> {
  await db.insertInto('organisation_history').values(row).execute();
}

export async function historyOf(db: Kysely<Database>, id: number): Promise<(OrganisationHistoryRow & { other_name: string | null })[]> {
  return db
    .selectFrom('organisation_history as h')
    .leftJoin('organisation as other', 'other.id', 'h.other_organisation_id')
    .selectAll('h')
    .select('other.name as other_name')
    .where('h.organisation_id', '=', id)
    .orderBy('h.effective_date')
    .orderBy('h.id')
    .execute();
}

/** Ids in a materialised path, root first: "/1/5/23/" → [1, 5, 23]. */
export function pathIds(path: string): number[] {
  return path
    .split('/')
    .filter((p) => p !== '')
    .map(Number);
}

export async function findByCode(db: Kysely<Database>, code: string): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('organisation').select(['id', 'name']).where('code', '=', code).executeTakeFirst();
}
