import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import * as repo from '../../db/repositories/audit.ts';
import type { Database } from '../../db/schema.ts';
import type { AuditChange } from './context.ts';

type Chained = Omit<repo.NewAuditRow, 'hash'>;

/** The hash of an entry: SHA-256 over the previous hash and every field, in a fixed order. */
export function entryHash(row: Chained): string {
  const canonical = JSON.stringify([row.prev_hash, row.at, row.user_id, row.action, row.entity, row.entity_id, row.old_values, row.new_values]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Appends changes to the chained log; call inside the transaction that made them. */
export async function writeAudit(db: Kysely<Database>, userId: number, at: string, changes: readonly AuditChange[]): Promise<void> {
  let prev = await repo.lastHash(db);
  for (const c of changes) {
    const row: Chained = {
      at,
      user_id: userId,
      action: c.action,
      entity: c.entity,
      entity_id: c.entityId,
      old_values: c.oldValues === null ? null : JSON.stringify(c.oldValues),
      new_values: c.newValues === null ? null : JSON.stringify(c.newValues),
      prev_hash: prev,
    };
    const hash = entryHash(row);
    await repo.insertAudit(db, { ...row, hash });
    prev = hash;
  }
}

/** Walks the chain: any edited, inserted or removed row breaks it at the first bad entry. */
export async function verifyAudit(db: Kysely<Database>): Promise<{ ok: boolean; entries: number; firstBadId: number | null }> {
  let prev = repo.GENESIS_HASH;
  let entries = 0;
  for await (const row of repo.auditInOrder(db)) {
    entries += 1;
    const { id, hash, ...rest } = row;
    if (rest.prev_hash !== prev || entryHash(rest) !== hash) return { ok: false, entries, firstBadId: id };
    prev = hash;
  }
  return { ok: true, entries, firstBadId: null };
}

export async function listAudit(db: Kysely<Database>, filter: { entity: string | null; entityId: number | null; offset: number; limit: number }) {
  const rows = await repo.listAudit(db, filter);
  const parse = (v: string | null): Record<string, unknown> | null => {
    if (v === null) return null;
    const parsed: unknown = JSON.parse(v);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.fromEntries(Object.entries(parsed)) : { value: parsed };
  };
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    username: r.username,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    oldValues: parse(r.old_values),
    newValues: parse(r.new_values),
  }));
}
