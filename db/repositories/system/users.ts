import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

export async function getUser(db: Kysely<Database>, id: number) {
  return db.selectFrom('app_user').select(['id', 'username', 'display_name', 'role']).where('id', '=', id).executeTakeFirst();
}
