/**
 * Yearly ratings of members and organisations (member_rating, organisation_rating) and the
 * catalogue of regimes and categories. Subtrees are path ranges on organisation; members are reached
 * through member(organisation_id), so members off the list today (who may still be rated for a past
 * year) are found without a scan.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import { sqliteOf, type BulkHandle } from '../../bulk.ts';
import type { Database, MemberRatingTable, OrganisationRatingTable } from '../../schema.ts';
import { pathRangeEnd } from '../organisations/organisations.ts';

export type MemberRatingRow = Selectable<MemberRatingTable>;
export type OrganisationRatingRow = Selectable<OrganisationRatingTable>;

/** The values of a rating as written (both tables share them). */
export interface RatingValues {
  regime: number;
  category_code: string;
  score: number | null;
  deciding_body: string | null;
  decision_no: string | null;
  decision_date: string | null;
  note: string | null;
}

/** Bound parameters per IN list: well under SQLite's limit. */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// ---- catalogue ---------------------------------------------------------------------------------

export async function listRegimes(db: Kysely<Database>) {
  return db.selectFrom('cat_rating_regimes').selectAll().orderBy('regime').execute();
}

export async function listCategories(db: Kysely<Database>, regime: number) {
  return db.selectFrom('cat_rating_categories').selectAll().where('regime', '=', regime).orderBy('order').execute();
}

export async function allCategories(db: Kysely<Database>) {
  return db.selectFrom('cat_rating_categories').selectAll().execute();
}

export async function organisationTypes(db: Kysely<Database>) {
  return db.selectFrom('cat_organisation_types').select(['code', 'name', 'grassroots']).execute();
}

/** Removes an app setting (the rating quota setting back to the regimes' own values). */
export async function deleteSetting(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('app_setting').where('key', '=', key).execute();
}

// ---- organisations -----------------------------------------------------------------------------

export interface OrgLite {
  id: number;
  parent_id: number | null;
  path: string;
  name: string;
  type_code: string;
  display_order: number;
  effective_from: string;
  effective_to: string | null;
}

const orgColumns = ['id', 'parent_id', 'path', 'name', 'type_code', 'display_order', 'effective_from', 'effective_to'] as const;

export async function organisationsByIds(db: Kysely<Database>, ids: readonly number[]): Promise<OrgLite[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('organisation').select(orgColumns).where('id', 'in', ids).execute();
}

/** Every organisation of a subtree (the root included). */
export async function subtreeOrganisations(db: Kysely<Database>, path: string): Promise<OrgLite[]> {
  return db.selectFrom('organisation').select(orgColumns).where('path', '>=', path).where('path', '<', pathRangeEnd(path)).execute();
}

export async function allOrganisations(db: Kysely<Database>): Promise<OrgLite[]> {
  return db.selectFrom('organisation').select(orgColumns).execute();
}

/** The direct sub-organisations of one, active or not. */
export async function childOrganisations(db: Kysely<Database>, parentId: number): Promise<OrgLite[]> {
  return db.selectFrom('organisation').select(orgColumns).where('parent_id', '=', parentId).orderBy('display_order').orderBy('id').execute();
}

// ---- members -----------------------------------------------------------------------------------

export interface RatedMemberRow {
  id: number;
  full_name: string;
  birth_date: string;
  sort_key: string;
  membership: 'probationary' | 'full';
  organisation_id: number;
  organisation_name: string;
}

/** Members whose record sits in the subtree, on the list today or not. */
export async function subtreeMembers(db: Kysely<Database>, path: string): Promise<RatedMemberRow[]> {
  return db
    .selectFrom('organisation as o')
    .innerJoin('member as m', 'm.organisation_id', 'o.id')
    .select(['m.id', 'm.full_name', 'm.birth_date', 'm.sort_key', 'm.membership', 'm.organisation_id', 'o.name as organisation_name'])
    .where('o.path', '>=', path)
    .where('o.path', '<', pathRangeEnd(path))
    .execute();
}

export async function memberWithOrganisation(db: Kysely<Database>, memberId: number) {
  return db
    .selectFrom('member as m')
    .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
    .select(['m.id', 'm.full_name', 'm.organisation_id', 'o.path as organisation_path', 'o.name as organisation_name'])
    .where('m.id', '=', memberId)
    .executeTakeFirst();
}

export interface StatusEventRow {
  member_id: number;
  type_code: string;
  event_date: string;
  cancelled: number;
  org_to_id: number | null;
}

/** The events of some members, each member's in date order (ties in entry order). */
export async function eventsOfMembers(db: Kysely<Database>, memberIds: readonly number[]): Promise<StatusEventRow[]> {
  const out: StatusEventRow[] = [];
  for (const part of chunks(memberIds)) {
    const rows = await db
      .selectFrom('member_event')
      .select(['member_id', 'type_code', 'event_date', 'cancelled', 'org_to_id'])
      .where('member_id', 'in', part)
      .orderBy('member_id')
      .orderBy('event_date')
      .orderBy('id')
      .execute();
    out.push(...rows);
  }
  return out;
}


// ---- member ratings ----------------------------------------------------------------------------

export async function memberRatingsOfYear(db: Kysely<Database>, memberIds: readonly number[], year: number): Promise<MemberRatingRow[]> {
  const out: MemberRatingRow[] = [];
  // `+year`: look each member up in the unique (member_id, year) index, never walk the year index.
  for (const part of chunks(memberIds)) out.push(...(await db.selectFrom('member_rating').selectAll().where('member_id', 'in', part).where(sql<number>`+year`, '=', year).execute()));
  return out;
}

export async function memberRating(db: Kysely<Database>, memberId: number, year: number): Promise<MemberRatingRow | undefined> {
  return db.selectFrom('member_rating').selectAll().where('member_id', '=', memberId).where('year', '=', year).executeTakeFirst();
}

export async function memberRatingHistory(db: Kysely<Database>, memberId: number): Promise<MemberRatingRow[]> {
  return db.selectFrom('member_rating').selectAll().where('member_id', '=', memberId).orderBy('year', 'desc').execute();
}

/**
 * Stored member ratings of a year per category, for the members whose record sits in a subtree.
 * CROSS JOIN keeps the order organisation (path range) → member → rating (member_id, year): left to
 * itself the planner would walk every rating of the year through member_rating_year.
 */
export async function memberCategoryCounts(db: Kysely<Database>, path: string, year: number): Promise<Map<string, number>> {
  const { rows } = await sql<{ category_code: string; n: number }>`
    SELECT r.category_code, count(*) AS n
    FROM organisation o CROSS JOIN member m CROSS JOIN member_rating r
    WHERE o.path >= ${path} AND o.path < ${pathRangeEnd(path)} AND m.organisation_id = o.id AND r.member_id = m.id AND r.year = ${year}
    GROUP BY r.category_code`.execute(db);
  return new Map(rows.map((r) => [r.category_code, Number(r.n)]));
}

export async function insertMemberRating(db: Kysely<Database>, memberId: number, year: number, values: RatingValues, at: string): Promise<void> {
  await db
    .insertInto('member_rating')
    .values({ member_id: memberId, year, ...values, created_at: at, updated_at: at })
    .execute();
}

export async function updateMemberRating(db: Kysely<Database>, memberId: number, year: number, values: RatingValues, at: string): Promise<void> {
  await db
    .updateTable('member_rating')
    .set({ ...values, updated_at: at })
    .where('member_id', '=', memberId)
    .where('year', '=', year)
    .execute();
}

export async function deleteMemberRating(db: Kysely<Database>, memberId: number, year: number): Promise<void> {
  await db.deleteFrom('member_rating').where('member_id', '=', memberId).where('year', '=', year).execute();
}

// ---- organisation ratings ----------------------------------------------------------------------

export async function organisationRatingsOfYear(db: Kysely<Database>, organisationIds: readonly number[], year: number): Promise<OrganisationRatingRow[]> {
  const out: OrganisationRatingRow[] = [];
  for (const part of chunks(organisationIds)) {
    out.push(...(await db.selectFrom('organisation_rating').selectAll().where('organisation_id', 'in', part).where(sql<number>`+year`, '=', year).execute()));
  }
  return out;
}

export async function organisationRating(db: Kysely<Database>, organisationId: number, year: number): Promise<OrganisationRatingRow | undefined> {
  return db.selectFrom('organisation_rating').selectAll().where('organisation_id', '=', organisationId).where('year', '=', year).executeTakeFirst();
}

/** Stored ratings of a year per category among the direct sub-organisations of one type (organisation first, as above). */
export async function organisationCategoryCounts(db: Kysely<Database>, parentId: number | null, typeCode: string, year: number): Promise<Map<string, number>> {
  const parent = parentId === null ? sql`o.parent_id IS NULL` : sql`o.parent_id = ${parentId}`;
  const { rows } = await sql<{ category_code: string; n: number }>`
    SELECT r.category_code, count(*) AS n
    FROM organisation o CROSS JOIN organisation_rating r
    WHERE ${parent} AND o.type_code = ${typeCode} AND r.organisation_id = o.id AND r.year = ${year}
    GROUP BY r.category_code`.execute(db);
  return new Map(rows.map((r) => [r.category_code, Number(r.n)]));
}

export async function insertOrganisationRating(db: Kysely<Database>, organisationId: number, year: number, values: RatingValues, at: string): Promise<void> {
  await db
    .insertInto('organisation_rating')
    .values({ organisation_id: organisationId, year, ...values, created_at: at, updated_at: at })
    .execute();
}

export async function updateOrganisationRating(db: Kysely<Database>, organisationId: number, year: number, values: RatingValues, at: string): Promise<void> {
  await db
    .updateTable('organisation_rating')
    .set({ ...values, updated_at: at })
    .where('organisation_id', '=', organisationId)
    .where('year', '=', year)
    .execute();
}

export async function deleteOrganisationRating(db: Kysely<Database>, organisationId: number, year: number): Promise<void> {
  await db.deleteFrom('organisation_rating').where('organisation_id', '=', organisationId).where('year', '=', year).execute();
}

/** Category per organisation of a subtree for a year (the summary); the whole province through the year index. */
export async function organisationCategoriesInSubtree(db: Kysely<Database>, path: string | null, year: number): Promise<Map<number, string>> {
  const { rows } =
    path === null
      ? await sql<{ organisation_id: number; category_code: string }>`SELECT organisation_id, category_code FROM organisation_rating WHERE year = ${year}`.execute(db)
      : await sql<{ organisation_id: number; category_code: string }>`
          SELECT r.organisation_id, r.category_code
          FROM organisation o CROSS JOIN organisation_rating r
          WHERE o.path >= ${path} AND o.path < ${pathRangeEnd(path)} AND r.organisation_id = o.id AND r.year = ${year}`.execute(db);
  return new Map(rows.map((r) => [r.organisation_id, r.category_code]));
}

// ---- bulk reads for the summary (raw statements: up to the whole province) -------------------

/** Ids of the members whose record sits in the subtree (all members when `path` is null), ascending. */
export function memberIdsInSubtree(bulk: BulkHandle, path: string | null): number[] {
  const sqlite = sqliteOf(bulk);
  const ids =
    path === null
      ? (sqlite.prepare('SELECT id FROM member ORDER BY id').pluck().all() as number[])
      : (sqlite
          .prepare('SELECT m.id FROM organisation o JOIN member m ON m.organisation_id = o.id WHERE o.path >= ? AND o.path < ?')
          .pluck()
          .all(path, pathRangeEnd(path)) as number[]);
  if (path !== null) ids.sort((a, b) => a - b);
  return ids;
}

/**
 * Walks sorted member ids in chunks, giving each chunk's events (per member in date order) and the
 * year's rating categories. A chunk whose ids are dense is read as an id range (one index range
 * instead of many look-ups), otherwise as an IN list.
 */
export function forEachMemberChunk(
  bulk: BulkHandle,
  sortedIds: readonly number[],
  year: number,
  visit: (ids: readonly number[], events: StatusEventRow[], ratings: Map<number, string>) => void,
  size = 5000,
): void {
  const sqlite = sqliteOf(bulk);
  const eventsRange = sqlite.prepare(
    'SELECT member_id, type_code, event_date, cancelled, org_to_id FROM member_event WHERE member_id BETWEEN ? AND ? ORDER BY member_id, event_date, id',
  );
  // `+year`: the range on member_id through the unique (member_id, year) index, never the year index.
  const ratingsRange = sqlite.prepare('SELECT member_id, category_code FROM member_rating WHERE member_id BETWEEN ? AND ? AND +year = ?');
  for (let start = 0; start < sortedIds.length; start += size) {
    const ids = sortedIds.slice(start, start + size);
    const lo = ids[0] as number;
    const hi = ids[ids.length - 1] as number;
    let events: StatusEventRow[];
    let ratings: { member_id: number; category_code: string }[];
    if (hi - lo + 1 <= ids.length * 2) {
      const wanted = new Set(ids);
      events = (eventsRange.all(lo, hi) as StatusEventRow[]).filter((e) => wanted.has(e.member_id));
      ratings = (ratingsRange.all(lo, hi, year) as { member_id: number; category_code: string }[]).filter((r) => wanted.has(r.member_id));
    } else {
      events = [];
      ratings = [];
      for (const part of chunks(ids)) {
        const marks = part.map(() => '?').join(',');
        events.push(
          ...(sqlite
            .prepare(`SELECT member_id, type_code, event_date, cancelled, org_to_id FROM member_event WHERE member_id IN (${marks}) ORDER BY member_id, event_date, id`)
            .all(...part) as StatusEventRow[]),
        );
        ratings.push(
          ...(sqlite.prepare(`SELECT member_id, category_code FROM member_rating WHERE member_id IN (${marks}) AND +year = ?`).all(...part, year) as {
            member_id: number;
            category_code: string;
          }[]),
        );
      }
    }
    visit(ids, events, new Map(ratings.map((r) => [r.member_id, r.category_code])));
  }
}
