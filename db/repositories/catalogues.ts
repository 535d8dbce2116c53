import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export async function loadCatalogues(db: Kysely<Database>) {
  const [ethnicGroups, religions, organisationTypes, unitTypes, education, occupations, memberEvents, bands] = await Promise.all([
    db.selectFrom('cat_ethnic_groups').select(['code', 'name']).orderBy(sql`cast(code AS INTEGER)`).execute(),
    db.selectFrom('cat_religions').select(['code', 'name']).execute(),
    db.selectFrom('cat_organisation_types').select(['code', 'name', 'grassroots']).execute(),
    db.selectFrom('cat_unit_types').select(['code', 'name']).execute(),
    db.selectFrom('cat_education').select(['kind', 'code', 'name', 'order']).orderBy('kind').orderBy('order').execute(),
    db.selectFrom('cat_occupations').select(['code', 'name', 'group']).execute(),
    db.selectFrom('cat_member_events').select(['code', 'name', 'effect_on_list']).execute(),
    db.selectFrom('cat_report_bands').select(['kind', 'code', 'label', 'from', 'to']).execute(),
  ]);
  return { ethnicGroups, religions, organisationTypes, unitTypes, education, occupations, memberEvents, bands };
}
