import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import * as repo from '../../../db/repositories/system/audit.ts';
import * as subjects from '../../../db/repositories/system/auditSubjects.ts';
import type { Database } from '../../../db/schema.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import type { AuditChange } from '../context.ts';
import { namesFor, organisationIdsOf } from './auditNames.ts';

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

type Values = Record<string, unknown> | null;

/** What an entry touched, as the subject reader needs it. */
export interface SubjectOf {
  entity: string;
  entityId: number | null;
  oldValues: Values;
  newValues: Values;
}

/** The year a rating entry is about: it is recorded in the entry's own values (old for a removal). */
function ratingYear(e: SubjectOf): number | null {
  const year = e.newValues?.['year'] ?? e.oldValues?.['year'];
  return typeof year === 'number' ? year : null;
}

/** Which table holds the record an entity's id points to: ratings are audited on their member or organisation. */
const tableOf: Readonly<Record<string, 'member' | 'organisation' | 'member_event' | 'member_badge'>> = {
  member: 'member',
  member_rating: 'member',
  organisation: 'organisation',
  organisation_rating: 'organisation',
  member_event: 'member_event',
  member_badge: 'member_badge',
};

/**
 * The subject of each entry: the record it touched in a few Vietnamese words, resolved now from the
 * records as they stand (nothing is stored, the log is not touched); and the names of the
 * organisations its values hold (the screen shows names, not ids). One query per table the page
 * needs, never one per entry. No subject (null) for entries on no record (system, settings, a
 * method's domain) or on a record that no longer exists (the screen then shows the id).
 */
export async function auditSubjects(db: Kysely<Database>, entries: readonly SubjectOf[]): Promise<{ subjects: (string | null)[]; orgNames: Record<string, string>[] }> {
  const wanted = { member: new Set<number>(), organisation: new Set<number>(), member_event: new Set<number>(), member_badge: new Set<number>() };
  for (const e of entries) {
    const table = Object.hasOwn(tableOf, e.entity) ? tableOf[e.entity] : undefined;
    if (table && e.entityId !== null) wanted[table].add(e.entityId);
    // The organisations the values name are read in the same query as the records' own.
    for (const id of organisationIdsOf(e)) wanted.organisation.add(id);
  }
  const members = new Map((await subjects.membersByIds(db, [...wanted.member])).map((r) => [r.id, r]));
  const organisations = new Map((await subjects.organisationsByIds(db, [...wanted.organisation])).map((r) => [r.id, r.name]));
  const events = new Map((await subjects.memberEventsByIds(db, [...wanted.member_event])).map((r) => [r.id, r]));
  const badges = new Map((await subjects.memberBadgesByIds(db, [...wanted.member_badge])).map((r) => [r.id, r]));
  const ofYear = (name: string, e: SubjectOf) => {
    const year = ratingYear(e);
    return year === null ? name : `${name} — năm ${year}`;
  };
  const subjectsOf = entries.map((e): string | null => {
    if (e.entityId === null) return null;
    switch (e.entity) {
      case 'member': {
        const m = members.get(e.entityId);
        return m ? `${m.full_name} (${m.birth_date.slice(0, 4)})` : null;
      }
      case 'member_rating': {
        const m = members.get(e.entityId);
        return m ? ofYear(m.full_name, e) : null;
      }
      case 'organisation':
        return organisations.get(e.entityId) ?? null;
      case 'organisation_rating': {
        const name = organisations.get(e.entityId);
        return name === undefined ? null : ofYear(name, e);
      }
      case 'member_event': {
        const ev = events.get(e.entityId);
        return ev ? `${ev.full_name} — ${ev.type_name ?? ev.type_code} ${formatVi(ev.event_date)}` : null;
      }
      case 'member_badge': {
        const b = badges.get(e.entityId);
        return b ? `${b.full_name} — Huy hiệu ${b.milestone} năm` : null;
      }
      default:
        return null;
    }
  });
  return { subjects: subjectsOf, orgNames: entries.map((e) => namesFor(e, organisations)) };
}

export async function listAudit(db: Kysely<Database>, filter: { entity: string | null; entityId: number | null; offset: number; limit: number }) {
  const rows = await repo.listAudit(db, filter);
  const parse = (v: string | null): Values => {
    if (v === null) return null;
    const parsed: unknown = JSON.parse(v);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.fromEntries(Object.entries(parsed)) : { value: parsed };
  };
  const entries = rows.map((r) => ({
    id: r.id,
    at: r.at,
    username: r.username,
    userDisplayName: r.display_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    oldValues: parse(r.old_values),
    newValues: parse(r.new_values),
  }));
  const { subjects, orgNames } = await auditSubjects(db, entries);
  return entries.map((e, i) => ({ ...e, subject: subjects[i] ?? null, orgNames: orgNames[i] ?? {} }));
}
