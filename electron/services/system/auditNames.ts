import type { Kysely } from 'kysely';
import { organisationsByIds } from '../../../db/repositories/system/auditSubjects.ts';
import type { Database } from '../../../db/schema.ts';
import { ORGANISATION_ID_FIELDS } from '../../../shared/system/auditFields.ts';

type Values = Record<string, unknown> | null;
interface WithValues {
  oldValues: Values;
  newValues: Values;
}

/** The organisation ids an entry's values hold (a member's cell, an organisation's parent or successor, an event's cells). */
export function organisationIdsOf(e: WithValues): number[] {
  return [e.oldValues, e.newValues].flatMap((v) => (v === null ? [] : ORGANISATION_ID_FIELDS.map((f) => v[f]).filter((x): x is number => typeof x === 'number')));
}

/** The names of an entry's organisation ids, by id, from names already read; an id not found is left out (the screen shows the number). */
export function namesFor(e: WithValues, names: ReadonlyMap<number, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of organisationIdsOf(e)) {
    const name = names.get(id);
    if (name !== undefined) out[String(id)] = name;
  }
  return out;
}

/**
 * The names of the organisations each entry's values point to, read now: the log keeps ids, the
 * clerk reads names. One query for a whole page.
 */
export async function organisationNamesOf(db: Kysely<Database>, entries: readonly WithValues[]): Promise<Record<string, string>[]> {
  const ids = [...new Set(entries.flatMap(organisationIdsOf))];
  const names = new Map((await organisationsByIds(db, ids)).map((r) => [r.id, r.name]));
  return entries.map((e) => namesFor(e, names));
}
