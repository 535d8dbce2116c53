import type { Kysely } from 'kysely';
import { organisationsByIds } from '../../../db/repositories/system/auditSubjects.ts';
import type { Database } from '../../../db/schema.ts';
import { ORGANISATION_ID_FIELDS } from '../../../shared/system/auditFields.ts';

type Values = Record<string, unknown> | null;

/**
 * The names of the organisations an audit entry's values point to (a member's cell, an
 * organisation's parent or successor, an event's from and to cells), by id, read now: the log keeps
 * ids, the clerk reads names. One query for a whole page; an id no longer found is left out (the
 * screen then shows the number).
 */
export async function organisationNamesOf(db: Kysely<Database>, entries: readonly { oldValues: Values; newValues: Values }[]): Promise<Record<string, string>[]> {
  const idsOf = (e: { oldValues: Values; newValues: Values }): number[] =>
    [e.oldValues, e.newValues].flatMap((v) => (v === null ? [] : ORGANISATION_ID_FIELDS.map((f) => v[f]).filter((x): x is number => typeof x === 'number')));
  const perEntry = entries.map(idsOf);
  const names = new Map((await organisationsByIds(db, [...new Set(perEntry.flat())])).map((r) => [r.id, r.name]));
  return perEntry.map((ids) => {
    const out: Record<string, string> = {};
    for (const id of ids) {
      const name = names.get(id);
      if (name !== undefined) out[String(id)] = name;
    }
    return out;
  });
}
