import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../../schema.ts';

export type AuditRow = Selectable<AuditLogTable>;
export type NewAuditRow = Omit<AuditRow, 'id'>;

export const GENESIS_HASH = '0'.repeat(64);

export async function lastHash(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.hash ?? GENESIS_HASH;
}

export async function insertAudit(db: Kysely<Database>, row: NewAuditRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

/** Every entry in chain order, in batches (the log grows without bound). */
export async function* auditInOrder(db: Kysely<Database>, batch = 5000): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', after).orderBy('id').limit(batch).execute();
    for (const row of rows) yield row;
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    after = last.id;
  }
}

export async function listAudit(
  db: Kysely<Database>,
  filter: { entity: string | null; entityId: number | null; offset: number; limit: number },
): Promise<(AuditRow & { username: string; display_name: string })[]> {
  let q = db
    .selectFrom('audit_log')
    .innerJoin('app_user', 'app_user.id', 'audit_log.user_id')
    .selectAll('audit_log')
    .select(['app_user.username', 'app_user.display_name']);
  if (filter.entity !== null) q = q.where('audit_log.entity', '=', filter.entity);
  if (filter.entityId !== null) q = q.where('audit_log.entity_id', '=', filter.entityId);
  return q.orderBy('audit_log.id', 'desc').offset(filter.offset).limit(filter.limit).execute();
}
