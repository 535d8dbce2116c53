import { sql, type Insertable, type Kysely, type RawBuilder, type Selectable, type Updateable } from 'kysely';
import type { Database, MemberBadgeTable } from '../../schema.ts';
import { pathRangeEnd } from '../organisations/organisations.ts';
import { EVENT } from '../../../shared/kernel/eventTypes.ts';

export type BadgeRecord = Selectable<MemberBadgeTable>;
type Sql = RawBuilder<unknown>;

/** Anchors (party_age_anchor) in (after, onOrBefore] for the milestone of `years`. */
export interface AnchorRange {
  years: number;
  after: string;
  onOrBefore: string;
}

/** What every badge list shows of a member: who, where, and the party-age anchor. */
export interface BadgePerson {
  id: number;
  full_name: string;
  birth_date: string;
  sort_key: string;
  organisation_id: number;
  organisation_name: string;
  party_age_anchor: string;
}

export interface CandidateMember extends BadgePerson {
  years: number;
  gravely_ill: number;
}

export interface DeceasedMember extends BadgePerson {
  death_date: string;
}

export interface DisciplineRow {
  member_id: number;
  decided_on: string;
  badge_wait_months: number | null;
  level_name: string;
}

export interface BadgeListRow extends BadgeRecord {
  full_name: string;
  birth_date: string;
  sort_key: string;
  organisation_id: number;
  organisation_name: string;
}

export interface BadgeExportRow extends BadgeListRow {
  home_town: string | null;
  admission_date: string;
  admission_decision_date: string | null;
  full_member_date: string | null;
  card_no: string | null;
  death_date: string | null;
  /** REPLACEMENT rows: the number of the badge that was lost. */
  original_badge_no: string | null;
}

export interface BadgeFilter {
  roundDate?: string | null;
  /** round_date in [from, to] (a year's rounds). */
  roundFrom?: string | null;
  roundTo?: string | null;
  status?: 'PROPOSED' | 'AWARDED' | null;
  kinds?: readonly MemberBadgeTable['kind'][] | null;
  orgPath?: string | null;
  memberId?: number | null;
  ids?: readonly number[] | null;
}

/** A condition on a known set of ids, passed as one JSON parameter. */
const idsIn = (column: Sql, ids: readonly number[]) => sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
const subtree = (orgPath: string | null | undefined): Sql[] => (orgPath ? [sql`m.org_path >= ${orgPath}`, sql`m.org_path < ${pathRangeEnd(orgPath)}`] : []);
const and = (conds: readonly Sql[]) => (conds.length === 0 ? sql`1` : sql.join(conds, sql` AND `));

export async function milestones(db: Kysely<Database>): Promise<{ years: number; early_months_ill: number }[]> {
  return db.selectFrom('cat_badge_milestones').select(['years', 'early_months_ill']).orderBy('years').execute();
}

/**
 * Members on the list whose anchor lies in one of the ranges (one range per milestone), without a
 * badge of that milestone: one statement over the partial index member_list_party_age (the gravely ill
 * alone: member_ill_party_age), each range an index range (the ranges table drives the loop). Sorted
 * by milestone, then official order.
 */
export async function membersByAnchor(db: Kysely<Database>, ranges: readonly AnchorRange[], options: { orgPath: string | null; illOnly: boolean }): Promise<CandidateMember[]> {
  if (ranges.length === 0) return [];
  const values = sql.join(ranges.map((r) => sql`(${r.years}, ${r.after}, ${r.onOrBefore})`));
  const conds: Sql[] = [sql`m.on_list = 1`, sql`m.party_age_anchor > w.lo`, sql`m.party_age_anchor <= w.hi`, ...subtree(options.orgPath)];
  if (options.illOnly) conds.push(sql`m.gravely_ill = 1`);
  conds.push(sql`NOT EXISTS (SELECT 1 FROM member_badge b WHERE b.member_id = m.id AND b.milestone = w.years AND b.kind <> 'REPLACEMENT')`);
  const r = await sql<CandidateMember>`
    WITH w(years, lo, hi) AS (VALUES ${values})
    SELECT w.years AS years, m.id, m.full_name, m.birth_date, m.sort_key, m.organisation_id, o.name AS organisation_name,
           m.party_age_anchor, m.gravely_ill
    FROM w CROSS JOIN member m ${options.illOnly ? sql`INDEXED BY member_ill_party_age` : sql`INDEXED BY member_list_party_age`}
    JOIN organisation o ON o.id = m.organisation_id
    WHERE ${and(conds)}
    ORDER BY w.years, m.sort_key`.execute(db);
  return r.rows;
}

/** Members who died in (after, onOrBefore] (an uncancelled DEATH event) and have a party-age anchor. */
export async function deceasedBetween(db: Kysely<Database>, after: string, onOrBefore: string, orgPath: string | null): Promise<DeceasedMember[]> {
  const r = await sql<DeceasedMember>`
    SELECT m.id, m.full_name, m.birth_date, m.sort_key, m.organisation_id, o.name AS organisation_name, m.party_age_anchor,
           min(e.event_date) AS death_date
    FROM member_event e
    JOIN member m ON m.id = e.member_id
    JOIN organisation o ON o.id = m.organisation_id
    WHERE ${and([sql`e.event_date > ${after}`, sql`e.event_date <= ${onOrBefore}`, sql`e.type_code = ${sql.lit(EVENT.DEATH)}`, sql`e.cancelled = 0`, sql`m.on_list = 0`, sql`m.party_age_anchor IS NOT NULL`, ...subtree(orgPath)])}
    GROUP BY m.id`.execute(db);
  return r.rows;
}

/** The date of a member's (uncancelled) death, if any. */
export async function deathDateOf(db: Kysely<Database>, memberId: number): Promise<string | null> {
  const row = await db
    .selectFrom('member_event')
    .where('member_id', '=', memberId)
    .where('type_code', '=', EVENT.DEATH)
    .where('cancelled', '=', 0)
    .select((eb) => eb.fn.min<string>('event_date').as('d'))
    .executeTakeFirst();
  return row?.d ?? null;
}

/** Members on the list among `ids`, in the subtree (for candidates coming back after a discipline). */
export async function membersOnList(db: Kysely<Database>, ids: readonly number[], orgPath: string | null): Promise<Omit<CandidateMember, 'years'>[]> {
  if (ids.length === 0) return [];
  const r = await sql<Omit<CandidateMember, 'years'>>`
    SELECT m.id, m.full_name, m.birth_date, m.sort_key, m.organisation_id, o.name AS organisation_name, m.party_age_anchor, m.gravely_ill
    FROM member m JOIN organisation o ON o.id = m.organisation_id
    WHERE ${and([idsIn(sql`m.id`, ids), sql`m.on_list = 1`, sql`m.party_age_anchor IS NOT NULL`, ...subtree(orgPath)])}`.execute(db);
  return r.rows;
}

/** Milestones held (any status, not counting replacements), per member. */
export async function heldMilestones(db: Kysely<Database>, memberIds: readonly number[]): Promise<Map<number, Set<number>>> {
  const held = new Map<number, Set<number>>();
  if (memberIds.length === 0) return held;
  const r = await sql<{ member_id: number; milestone: number }>`
    SELECT member_id, milestone FROM member_badge WHERE kind <> 'REPLACEMENT' AND ${idsIn(sql`member_id`, memberIds)}`.execute(db);
  for (const row of r.rows) {
    const set = held.get(row.member_id) ?? new Set<number>();
    set.add(row.milestone);
    held.set(row.member_id, set);
  }
  return held;
}

const disciplineSelect = sql`
  SELECT d.member_id, d.decided_on, l.badge_wait_months, l.name AS level_name
  FROM member_discipline d JOIN cat_discipline_levels l ON l.code = d.level_code`;

/** Uncancelled discipline decisions of these members. */
export async function disciplinesOf(db: Kysely<Database>, memberIds: readonly number[]): Promise<DisciplineRow[]> {
  if (memberIds.length === 0) return [];
  const r = await sql<DisciplineRow>`${disciplineSelect} WHERE d.cancelled = 0 AND ${idsIn(sql`d.member_id`, memberIds)}`.execute(db);
  return r.rows;
}

/** Uncancelled discipline decisions taken in (after, onOrBefore] that make a member wait. */
export async function disciplinesDecidedBetween(db: Kysely<Database>, after: string, onOrBefore: string): Promise<DisciplineRow[]> {
  const r = await sql<DisciplineRow>`${disciplineSelect}
    WHERE d.cancelled = 0 AND l.badge_wait_months IS NOT NULL AND d.decided_on > ${after} AND d.decided_on <= ${onOrBefore}`.execute(db);
  return r.rows;
}

/** The longest discipline wait in the catalogue (months). */
export async function longestDisciplineWait(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('cat_discipline_levels')
    .select((eb) => eb.fn.max<number | null>('badge_wait_months').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** A member as the badge rules need it. */
export async function memberForBadges(
  db: Kysely<Database>,
  id: number,
): Promise<{ id: number; full_name: string; on_list: number; party_age_anchor: string | null; gravely_ill: number; org_path: string; organisation_id: number } | undefined> {
  return db.selectFrom('member').select(['id', 'full_name', 'on_list', 'party_age_anchor', 'gravely_ill', 'org_path', 'organisation_id']).where('id', '=', id).executeTakeFirst();
}

export async function membersForBadges(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('member')
    .select(['id', 'full_name', 'on_list', 'party_age_anchor', 'gravely_ill', 'org_path', 'organisation_id'])
    .where(sql<boolean>`${idsIn(sql`id`, ids)}`)
    .execute();
}

function filterConds(f: BadgeFilter): Sql[] {
  const conds: Sql[] = [...subtree(f.orgPath)];
  if (f.roundDate) conds.push(sql`b.round_date = ${f.roundDate}`);
  if (f.roundFrom) conds.push(sql`b.round_date >= ${f.roundFrom}`);
  if (f.roundTo) conds.push(sql`b.round_date <= ${f.roundTo}`);
  if (f.status) conds.push(sql`b.status = ${f.status}`);
  if (f.kinds && f.kinds.length > 0) conds.push(sql`b.kind IN (${sql.join(f.kinds)})`);
  if (f.memberId) conds.push(sql`b.member_id = ${f.memberId}`);
  if (f.ids) conds.push(idsIn(sql`b.id`, f.ids));
  return conds;
}

/** Badges with their member, by milestone then official order. */
export async function listBadges(db: Kysely<Database>, f: BadgeFilter): Promise<BadgeListRow[]> {
  const r = await sql<BadgeListRow>`
    SELECT b.*, m.full_name, m.birth_date, m.sort_key, m.organisation_id, o.name AS organisation_name
    FROM member_badge b JOIN member m ON m.id = b.member_id JOIN organisation o ON o.id = m.organisation_id
    WHERE ${and(filterConds(f))}
    ORDER BY b.milestone, m.sort_key, b.id`.execute(db);
  return r.rows;
}

/** What the Excel forms print, by milestone then official order. */
export async function exportRows(db: Kysely<Database>, f: BadgeFilter): Promise<BadgeExportRow[]> {
  const r = await sql<BadgeExportRow>`
    SELECT b.*, m.full_name, m.birth_date, m.sort_key, m.organisation_id, o.name AS organisation_name,
           m.home_town, m.admission_date, m.admission_decision_date, m.full_member_date, m.card_no,
           (SELECT min(e.event_date) FROM member_event e WHERE e.member_id = m.id AND e.type_code = ${sql.lit(EVENT.DEATH)} AND e.cancelled = 0) AS death_date,
           CASE WHEN b.kind = 'REPLACEMENT' THEN
             (SELECT a.badge_no FROM member_badge a WHERE a.member_id = b.member_id AND a.milestone = b.milestone AND a.kind <> 'REPLACEMENT')
           END AS original_badge_no
    FROM member_badge b JOIN member m ON m.id = b.member_id JOIN organisation o ON o.id = m.organisation_id
    WHERE ${and(filterConds(f))}
    ORDER BY b.milestone, m.sort_key, b.id`.execute(db);
  return r.rows;
}

export async function badgesByIds(db: Kysely<Database>, ids: readonly number[]): Promise<BadgeRecord[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('member_badge').selectAll().where(sql<boolean>`${idsIn(sql`id`, ids)}`).execute();
}

/** Badges of these members (for the once-per-milestone check and replacements). */
export async function badgesOfMembers(db: Kysely<Database>, memberIds: readonly number[]): Promise<BadgeRecord[]> {
  if (memberIds.length === 0) return [];
  return db.selectFrom('member_badge').selectAll().where(sql<boolean>`${idsIn(sql`member_id`, memberIds)}`).execute();
}

/** Badges already carrying one of these numbers, with the holder's name. */
export async function badgesWithNumbers(db: Kysely<Database>, numbers: readonly string[]): Promise<(BadgeRecord & { full_name: string })[]> {
  if (numbers.length === 0) return [];
  const r = await sql<BadgeRecord & { full_name: string }>`
    SELECT b.*, m.full_name FROM member_badge b JOIN member m ON m.id = b.member_id
    WHERE b.badge_no IN (SELECT value FROM json_each(${JSON.stringify(numbers)}))`.execute(db);
  return r.rows;
}

export async function insertBadge(db: Kysely<Database>, row: Insertable<MemberBadgeTable>): Promise<number> {
  const { id } = await db.insertInto('member_badge').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateBadge(db: Kysely<Database>, id: number, values: Updateable<MemberBadgeTable>): Promise<void> {
  await db.updateTable('member_badge').set(values).where('id', '=', id).execute();
}

export async function deleteBadge(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('member_badge').where('id', '=', id).execute();
}

/** Names of organisations by id. */
export async function organisationNames(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisation').select(['id', 'name']).where(sql<boolean>`${idsIn(sql`id`, ids)}`).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The root of the tree (the provincial party organisation). */
export async function rootOrganisation(db: Kysely<Database>): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('organisation').select(['id', 'name']).where('parent_id', 'is', null).orderBy('id').limit(1).executeTakeFirst();
}
