import { sql, type Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

export async function loadCatalogues(db: Kysely<Database>) {
  const [ethnicGroups, religions, organisationTypes, unitTypes, education, occupations, memberEvents, bands, actionTypes] = await Promise.all([
    db.selectFrom('cat_ethnic_groups').select(['code', 'name']).orderBy(sql`cast(code AS INTEGER)`).execute(),
    db.selectFrom('cat_religions').select(['code', 'name']).execute(),
    db.selectFrom('cat_organisation_types').select(['code', 'name', 'grassroots']).execute(),
    db.selectFrom('cat_unit_types').select(['code', 'name']).execute(),
    db.selectFrom('cat_education').select(['kind', 'code', 'name', 'order']).orderBy('kind').orderBy('order').execute(),
    db.selectFrom('cat_occupations').select(['code', 'name', 'group']).execute(),
    db.selectFrom('cat_member_events').select(['code', 'name', 'effect_on_list']).execute(),
    db.selectFrom('cat_report_bands').select(['kind', 'code', 'label', 'from', 'to']).execute(),
    db.selectFrom('cat_action_types').select(['code', 'name', 'term_months', 'effect', 'active']).orderBy(sql`rowid`).execute(),
  ]);
  return { ethnicGroups, religions, organisationTypes, unitTypes, education, occupations, memberEvents, bands, actionTypes };
}

export async function hasOrganisationType(db: Kysely<Database>, code: string): Promise<boolean> {
  return (await db.selectFrom('cat_organisation_types').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export async function hasUnitType(db: Kysely<Database>, code: string): Promise<boolean> {
  return (await db.selectFrom('cat_unit_types').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

/** An age band of the report-bands catalogue ("31-35"), or undefined. */
export async function ageBand(db: Kysely<Database>, code: string) {
  return db.selectFrom('cat_report_bands').select(['from', 'to']).where('kind', '=', 'age').where('code', '=', code).executeTakeFirst();
}

/** The member-event types with their names and effect on the list. */
export async function memberEventTypes(db: Kysely<Database>) {
  return db.selectFrom('cat_member_events').select(['code', 'name', 'effect_on_list']).execute();
}

export interface ActionTypeRow {
  code: string;
  name: string;
  english: string | null;
  term_months: number | null;
  effect: string;
  active: number;
}

export async function actionType(db: Kysely<Database>, code: string): Promise<ActionTypeRow | undefined> {
  return db.selectFrom('cat_action_types').select(['code', 'name', 'english', 'term_months', 'effect', 'active']).where('code', '=', code).executeTakeFirst();
}

export async function saveActionType(db: Kysely<Database>, row: { code: string; name: string; term_months: number | null; effect: string; active: number }, exists: boolean): Promise<void> {
  if (exists) {
    await db.updateTable('cat_action_types').set({ name: row.name, term_months: row.term_months, effect: row.effect, active: row.active }).where('code', '=', row.code).execute();
  } else {
    await db.insertInto('cat_action_types').values({ ...row, english: '' }).execute();
  }
}

/** The holidays of one year, in date order. */
export async function holidaysOfYear(db: Kysely<Database>, year: number) {
  return db.selectFrom('holiday').select(['date', 'name']).where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).orderBy('date').execute();
}

export async function replaceHolidaysOfYear(db: Kysely<Database>, year: number, rows: readonly { date: string; name: string }[]): Promise<void> {
  await db.deleteFrom('holiday').where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).execute();
  if (rows.length > 0) await db.insertInto('holiday').values(rows.map((r) => ({ date: r.date, name: r.name }))).execute();
}
