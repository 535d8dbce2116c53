import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { DB_FILE } from '../../../electron/core/compose.ts';
import { sequenceProblems } from '../../../shared/events/rules.ts';
import { renderProblem } from '../../../shared/contract/problems.ts';
import { deriveMembership, membershipEventOf, type ListEffect } from '../../../shared/events/membership.ts';
import { partyAge } from '../../../shared/members/partyAge.ts';
import { openTestCore, PINNED_NOW, type TestCore } from '../../support/core.ts';

/**
 * A generated province (system:demo, 5,000 members with life stories): the cached columns equal the
 * derivation for every member, every history is a possible sequence, and statusAsOf equals a
 * brute-force derivation on past dates, for the province and for subtrees.
 */
const N = 5000;
const TODAY = '2026-11-20';

let t: TestCore;
let raw: Connection;

interface MemberRow {
  id: number;
  organisation_id: number;
  membership: 'probationary' | 'full';
  on_list: number;
  exempted: number;
  suspended: number;
  temporarily_away: number;
  party_age_anchor: string | null;
  admission_date: string;
  admission_decision_date: string | null;
  full_member_date: string | null;
  card_no: string | null;
}
interface EventRow {
  id: number;
  member_id: number;
  type_code: string;
  event_date: string;
  decision_date: string | null;
  org_from_id: number | null;
  org_to_id: number | null;
  cancelled: number;
}

let members: MemberRow[];
let eventsOf: Map<number, EventRow[]>;
let effects: Map<string, ListEffect>;
let paths: Map<number, string>;

beforeAll(async () => {
  expect(PINNED_NOW.toISOString().slice(0, 10)).toBe(TODAY);
  t = await openTestCore();
  await t.must('system:demo', { members: N, seed: 11 });
  raw = openConnection(join(t.dir, DB_FILE));
  members = raw.sqlite.prepare('SELECT * FROM member ORDER BY id').all() as MemberRow[];
  eventsOf = new Map();
  for (const e of raw.sqlite.prepare('SELECT * FROM member_event ORDER BY event_date, id').all() as EventRow[]) {
    const list = eventsOf.get(e.member_id) ?? [];
    list.push(e);
    eventsOf.set(e.member_id, list);
  }
  effects = new Map((raw.sqlite.prepare('SELECT code, effect_on_list FROM cat_member_events').all() as { code: string; effect_on_list: ListEffect }[]).map((r) => [r.code, r.effect_on_list]));
  paths = new Map((raw.sqlite.prepare('SELECT id, path FROM organisation').all() as { id: number; path: string }[]).map((r) => [r.id, r.path]));
}, 120_000);

afterAll(() => {
  raw.close();
  t.close();
});

const MOVES = new Set(['TRANSFER_IN_LOCAL', 'TRANSFER_IN_PROVINCE', 'MOVE_BY_REORGANISATION', 'READMIT', 'RESTORE']);

/** The cell that held the member on `asOf`: where the first later move took them from, else the current cell. */
function cellOn(m: MemberRow, events: readonly EventRow[], asOf: string): number {
  const next = events.find((e) => e.cancelled === 0 && e.event_date > asOf && MOVES.has(e.type_code) && e.org_from_id !== null);
  return next?.org_from_id ?? m.organisation_id;
}

function bruteForce(asOf: string, path: string | null) {
  const counts = { onList: 0, probationary: 0, full: 0, exempted: 0, suspended: 0, temporarilyAway: 0 };
  for (const m of members) {
    const events = eventsOf.get(m.id) ?? [];
    if (path !== null && !(paths.get(cellOn(m, events, asOf)) ?? '').startsWith(path)) continue;
    const s = deriveMembership(events.map(membershipEventOf), effects, asOf);
    if (!s.onList) continue;
    counts.onList++;
    if (s.membership === 'full') counts.full++;
    else counts.probationary++;
    if (s.exempted) counts.exempted++;
    if (s.suspended) counts.suspended++;
    if (s.temporarilyAway) counts.temporarilyAway++;
  }
  return counts;
}

describe(`a generated province of ${N} members with life stories`, () => {
  it('has realistic histories: deaths, removals, transfers in and out, exemptions of the elderly, suspensions, temporary transfers, cards', () => {
    const count = (code: string) => (raw.sqlite.prepare('SELECT count(*) AS n FROM member_event WHERE type_code = ?').get(code) as { n: number }).n;
    expect(count('ADMIT')).toBe(N);
    for (const code of ['DEATH', 'REMOVE', 'TRANSFER_OUT_PROVINCE', 'TRANSFER_IN_PROVINCE', 'TRANSFER_OUT_LOCAL', 'TRANSFER_IN_LOCAL', 'EXEMPT', 'TEMP_OUT', 'CARD_ISSUE']) {
      expect(count(code), code).toBeGreaterThan(0);
    }
    expect(count('TRANSFER_OUT_LOCAL')).toBe(count('TRANSFER_IN_LOCAL'));
    const off = members.filter((m) => m.on_list === 0).length / N;
    expect(off).toBeGreaterThan(0.005);
    expect(off).toBeLessThan(0.05);
    const withHistory = [...eventsOf.values()].filter((list) => list.some((e) => !['ADMIT', 'FULL'].includes(e.type_code))).length / N;
    expect(withHistory).toBeGreaterThan(0.02);
    expect(withHistory).toBeLessThan(0.12);
    // Exemptions are for the elderly: 3-5 % of the members over 70 on the list.
    const birth = new Map((raw.sqlite.prepare('SELECT id, birth_date FROM member').all() as { id: number; birth_date: string }[]).map((r) => [r.id, r.birth_date]));
    const over70 = members.filter((m) => m.on_list === 1 && (birth.get(m.id) as string) <= '1956-11-20');
    const exempted = over70.filter((m) => m.exempted === 1).length / over70.length;
    expect(exempted).toBeGreaterThan(0.02);
    expect(exempted).toBeLessThan(0.06);
    expect(members.filter((m) => m.exempted === 1).every((m) => (birth.get(m.id) as string) <= '1956-11-20')).toBe(true);
  });

  it('caches, for every member, exactly the status and party-age anchor derived from the events as of today', () => {
    const mismatches: string[] = [];
    for (const m of members) {
      const events = eventsOf.get(m.id) ?? [];
      const s = deriveMembership(events.map(membershipEventOf), effects, TODAY);
      const age = partyAge(events.map((e) => ({ typeCode: e.type_code, eventDate: e.event_date, decisionDate: e.decision_date, cancelled: e.cancelled === 1 })), TODAY);
      const cached = { membership: m.membership, onList: m.on_list === 1, exempted: m.exempted === 1, suspended: m.suspended === 1, temporarilyAway: m.temporarily_away === 1, anchor: m.party_age_anchor };
      const derived = { membership: s.membership, onList: s.onList, exempted: s.exempted, suspended: s.suspended, temporarilyAway: s.temporarilyAway, anchor: age.anchor };
      if (JSON.stringify(cached) !== JSON.stringify(derived)) mismatches.push(`${m.id}: ${JSON.stringify(cached)} ≠ ${JSON.stringify(derived)}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('keeps the card in step with its events: first admission and first full membership; cards only for full members', () => {
    for (const m of members) {
      const events = (eventsOf.get(m.id) ?? []).filter((e) => e.cancelled === 0);
      const admit = events.find((e) => e.type_code === 'ADMIT');
      expect(admit?.event_date).toBe(m.admission_date);
      expect(admit?.decision_date).toBe(m.admission_decision_date);
      expect(events.find((e) => e.type_code === 'FULL')?.event_date ?? null).toBe(m.full_member_date);
      if (m.card_no !== null) expect(m.membership).toBe('full');
    }
  });

  it('writes only possible sequences of events (the rules of event:record)', () => {
    const bad: string[] = [];
    const names = new Map<string, string>();
    for (const [id, events] of eventsOf) {
      const problems = sequenceProblems(
        events.map((e) => ({ id: e.id, typeCode: e.type_code, eventDate: e.event_date, decisionDate: e.decision_date, orgToId: e.org_to_id, cancelled: e.cancelled === 1 })),
        effects,
        names,
      );
      if (problems.size > 0) bad.push(`${id}: ${[...problems.values()].map((p) => renderProblem(p)).join(' / ')} ${JSON.stringify(events.map((e) => [e.type_code, e.event_date]))}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('gives event:statusAsOf the counts of a brute-force derivation, for two past dates, the province and subtrees', async () => {
    const orgs = raw.sqlite.prepare(`SELECT id, path, type_code FROM organisation ORDER BY id`).all() as { id: number; path: string; type_code: string }[];
    const pick = (type: string, k: number) => orgs.filter((o) => o.type_code === type).slice(0, k);
    const scopes = [null, ...pick('COMMUNE', 3), ...pick('UPPER', 2), ...pick('GRASSROOTS_COMMITTEE', 2), ...pick('CELL', 3)];
    for (const asOf of ['2019-06-30', '2024-12-31', TODAY]) {
      for (const scope of scopes) {
        const got = await t.must('event:statusAsOf', { organisationId: scope?.id ?? null, asOf });
        const expected = bruteForce(asOf, scope?.path ?? null);
        expect({ ...got, organisationId: undefined, asOf: undefined }, `${asOf} ${scope?.id ?? 'province'}`).toEqual({ ...expected, organisationId: undefined, asOf: undefined });
      }
    }
    // As of today it agrees with the cached columns too.
    const today = await t.must('event:statusAsOf', { organisationId: null, asOf: TODAY });
    expect(today.onList).toBe(members.filter((m) => m.on_list === 1).length);
    expect(today.exempted).toBe(members.filter((m) => m.on_list === 1 && m.exempted === 1).length);
    // Some of the province's members were elsewhere in 2019 and some have left since.
    const past = await t.must('event:statusAsOf', { organisationId: null, asOf: '2019-06-30' });
    expect(past.onList).not.toBe(today.onList);
  });

  it('lists reminders consistent with the cached status', async () => {
    const r = await t.must('event:reminders', { organisationId: null, withinDays: 366, limit: 1000 });
    expect(r.probation.total).toBe(members.filter((m) => m.on_list === 1 && m.membership === 'probationary').length);
    const away = r.temporary.rows.map((x) => x.memberId);
    for (const id of away) expect(members.find((m) => m.id === id)?.temporarily_away).toBe(1);
  });
});
