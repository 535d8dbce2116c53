import { bulkHandle } from '../../../db/bulk.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { migrate } from '../../../db/migrate.ts';
import { generateDemo, type DemoOptions } from '../../../electron/services/system/demo/index.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { sequenceProblems } from '../../../shared/events/rules.ts';
import { deriveMembership, membershipEventOf, type ListEffect } from '../../../shared/events/membership.ts';
import { partyAge } from '../../../shared/members/partyAge.ts';
import { fullName } from '../../../shared/kernel/text/names.ts';
import { personSearchParts, searchKey } from '../../../shared/kernel/text/normalise.ts';
import { personSortKey } from '../../../shared/kernel/text/sortKey.ts';

const TODAY = '2026-11-20';
const N = 2000;

const dirs: string[] = [];
const conns: Connection[] = [];

async function freshDb(): Promise<Connection> {
  const dir = mkdtempSync(join(tmpdir(), 'so-to-chuc-demo-'));
  dirs.push(dir);
  const conn = openConnection(join(dir, 'so-to-chuc.db'));
  conns.push(conn);
  await migrate(conn.db);
  return conn;
}

async function generated(options: Partial<DemoOptions> = {}): Promise<Connection> {
  const conn = await freshDb();
  generateDemo(bulkHandle(conn), { members: N, seed: 7, today: TODAY, ...options });
  return conn;
}

afterAll(() => {
  for (const c of conns) c.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface OrgRow {
  id: number;
  parent_id: number | null;
  path: string;
  depth: number;
  name: string;
  short_name: string | null;
  search_text: string;
  type_code: string;
  unit_type_code: string | null;
  display_order: number;
  effective_from: string;
}

interface MemberRow {
  id: number;
  family_name: string;
  middle_name: string;
  given_name: string;
  full_name: string;
  other_names: string | null;
  search_head: string;
  search_rest: string;
  sort_key: string;
  sex: 'M' | 'F';
  birth_date: string;
  ethnic_code: string;
  religion_code: string;
  citizen_id: string | null;
  card_no: string | null;
  record_no: string | null;
  organisation_id: number;
  org_path: string;
  admission_date: string;
  admission_decision_date: string | null;
  full_member_date: string | null;
  membership: 'probationary' | 'full';
  on_list: number;
  party_age_anchor: string | null;
  exempted: number;
  suspended: number;
  temporarily_away: number;
  created_at: string;
  updated_at: string;
}

interface EventRow {
  id: number;
  member_id: number;
  type_code: string;
  event_date: string;
  decision_date: string | null;
  decision_no: string | null;
  org_from_id: number | null;
  org_to_id: number | null;
  cancelled: number;
}

const all = <T>(conn: Connection, sql: string, ...params: unknown[]): T[] => conn.sqlite.prepare(sql).all(...params) as T[];
const one = <T>(conn: Connection, sql: string, ...params: unknown[]): T => conn.sqlite.prepare(sql).pluck().get(...params) as T;

function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

describe('generateDemo on a real SQLite file (N = 2,000)', () => {
  let conn: Connection;
  let orgs: OrgRow[];
  let members: MemberRow[];
  let events: EventRow[];
  let byId: Map<number, OrgRow>;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    conn = await freshDb();
    const result = generateDemo(bulkHandle(conn), { members: N, seed: 7, today: TODAY, batchSize: 300, onProgress: (done, total) => progress.push([done, total]) });
    orgs = all<OrgRow>(conn, 'SELECT * FROM organisation ORDER BY id');
    members = all<MemberRow>(conn, 'SELECT * FROM member ORDER BY id');
    events = all<EventRow>(conn, 'SELECT * FROM member_event ORDER BY id');
    byId = new Map(orgs.map((o) => [o.id, o]));
    expect(result).toEqual({ organisations: orgs.length, members: N });
  });

  it('writes the requested number of members, one ADMIT each, a FULL for each full member, and life stories for a few percent', () => {
    expect(members).toHaveLength(N);
    expect(members.map((m) => m.id)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    const full = members.filter((m) => m.full_member_date !== null).length;
    expect(events.filter((e) => e.type_code === 'ADMIT')).toHaveLength(N);
    const readmitted = new Set(events.filter((e) => e.type_code === 'READMIT').map((e) => e.member_id));
    // A re-admitted member may have been recognised a second time.
    expect(events.filter((e) => e.type_code === 'FULL' && !readmitted.has(e.member_id))).toHaveLength(members.filter((m) => m.full_member_date !== null && !readmitted.has(m.id)).length);
    const plain = events.filter((e) => e.type_code === 'ADMIT' || e.type_code === 'FULL').length;
    expect(plain).toBeGreaterThanOrEqual(N + full);
    const stories = new Set(events.filter((e) => e.type_code !== 'ADMIT' && e.type_code !== 'FULL').map((e) => e.member_id)).size / N;
    expect(stories).toBeGreaterThan(0.02);
    expect(stories).toBeLessThan(0.12);
    // Event ids follow each member's events in date order (same-day events in the order they happen).
    for (let i = 1; i < events.length; i++) {
      const [a, b] = [events[i - 1] as EventRow, events[i] as EventRow];
      if (a.member_id === b.member_id) expect(a.event_date <= b.event_date, `event ${b.id}`).toBe(true);
      else expect(a.member_id).toBeLessThan(b.member_id);
    }
    expect(one<number>(conn, 'SELECT count(*) FROM organisation_history')).toBe(orgs.length);
    expect(one<number>(conn, `SELECT count(*) FROM organisation_history WHERE kind = 'CREATE' AND new_name = (SELECT name FROM organisation o WHERE o.id = organisation_id)`)).toBe(orgs.length);
  });

  it('reports progress in batches up to the total', () => {
    expect(progress.length).toBeGreaterThanOrEqual(Math.ceil(N / 300));
    expect(progress.at(-1)).toEqual([N, N]);
    for (let i = 1; i < progress.length; i++) expect((progress[i] as [number, number])[0]).toBeGreaterThan((progress[i - 1] as [number, number])[0]);
  });

  it('builds a tree that follows the organisation-type rules', () => {
    const roots = orgs.filter((o) => o.parent_id === null);
    expect(roots).toHaveLength(1);
    const root = roots[0] as OrgRow;
    expect(root).toMatchObject({ type_code: 'PROVINCE', depth: 0, path: `/${root.id}/` });
    expect(root.name).toBe('Đảng bộ tỉnh Phú Thọ');
    const allowedParents: Record<string, string[]> = {
      COMMUNE: ['PROVINCE'],
      UPPER: ['PROVINCE'],
      GRASSROOTS_COMMITTEE: ['COMMUNE', 'UPPER'],
      GRASSROOTS_CELL: ['COMMUNE', 'UPPER'],
      SUB_COMMITTEE: ['GRASSROOTS_COMMITTEE'],
      CELL: ['GRASSROOTS_COMMITTEE', 'SUB_COMMITTEE'],
    };
    for (const o of orgs) {
      if (o.parent_id === null) continue;
      const parent = byId.get(o.parent_id);
      expect(parent, o.name).toBeDefined();
      expect(allowedParents[o.type_code], `${o.type_code} under ${parent?.type_code}`).toContain(parent?.type_code);
      expect(o.path).toBe(`${parent?.path}${o.id}/`);
      expect(o.depth).toBe((parent?.depth ?? -1) + 1);
      expect(o.search_text).toBe(searchKey(`${o.name} ${o.short_name ?? ''}`));
    }
    const types = new Set(orgs.map((o) => o.type_code));
    for (const t of ['PROVINCE', 'UPPER', 'COMMUNE', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'SUB_COMMITTEE', 'CELL']) expect(types, t).toContain(t);
  });

  it('numbers display order 1..n within each parent, and every committee has sub-units', () => {
    const children = new Map<number, OrgRow[]>();
    for (const o of orgs) if (o.parent_id !== null) children.set(o.parent_id, [...(children.get(o.parent_id) ?? []), o]);
    for (const [, kids] of children) {
      expect(kids.map((k) => k.display_order).sort((a, b) => a - b)).toEqual(kids.map((_, i) => i + 1));
    }
    for (const o of orgs) {
      const kids = children.get(o.id) ?? [];
      if (['PROVINCE', 'COMMUNE', 'UPPER', 'GRASSROOTS_COMMITTEE', 'SUB_COMMITTEE'].includes(o.type_code)) expect(kids.length, o.name).toBeGreaterThan(0);
      if (o.type_code === 'CELL' || o.type_code === 'GRASSROOTS_CELL') expect(kids, o.name).toHaveLength(0);
    }
  });

  it('gives communes unique names, commune unit types and the reform date', () => {
    const communes = orgs.filter((o) => o.type_code === 'COMMUNE');
    expect(new Set(communes.map((c) => c.name)).size).toBe(communes.length);
    for (const c of communes) {
      expect(['XA', 'PHUONG', 'DAC_KHU']).toContain(c.unit_type_code);
      expect(c.name).toMatch(/^Đảng bộ (xã|phường|đặc khu) \p{Lu}/u);
      expect(c.effective_from).toBe('2025-07-01');
    }
    for (const o of orgs.filter((g) => g.type_code === 'GRASSROOTS_CELL' || g.type_code === 'GRASSROOTS_COMMITTEE')) expect(o.unit_type_code, o.name).not.toBeNull();
  });

  it('places every member in an existing cell or grassroots cell, with that cell\'s path', () => {
    for (const m of members) {
      const org = byId.get(m.organisation_id);
      expect(org, `member ${m.id}`).toBeDefined();
      expect(['CELL', 'GRASSROOTS_CELL']).toContain(org?.type_code);
      expect(m.org_path).toBe(org?.path);
    }
    const perGrassrootsCell = all<{ n: number }>(conn, `SELECT count(m.id) AS n FROM organisation o LEFT JOIN member m ON m.organisation_id = o.id WHERE o.type_code = 'GRASSROOTS_CELL' GROUP BY o.id`);
    for (const { n } of perGrassrootsCell) expect(n).toBeLessThan(30);
  });

  it('gives unique 12-digit citizen IDs that encode sex, century and birth year', () => {
    const ids = members.map((m) => m.citizen_id);
    expect(new Set(ids).size).toBe(N);
    for (const m of members) {
      const id = m.citizen_id as string;
      expect(id).toMatch(/^\d{12}$/);
      const year = Number(m.birth_date.slice(0, 4));
      expect(Number(id[3])).toBe((year >= 2000 ? 2 : 0) + (m.sex === 'F' ? 1 : 0));
      expect(id.slice(4, 6)).toBe(m.birth_date.slice(2, 4));
    }
  });

  it('gives card numbers only to full members, unique, and unique 10-digit record numbers', () => {
    const cards = members.filter((m) => m.card_no !== null);
    expect(cards.every((m) => m.membership === 'full')).toBe(true);
    expect(cards).toHaveLength(members.filter((m) => m.membership === 'full').length);
    expect(new Set(cards.map((m) => m.card_no)).size).toBe(cards.length);
    for (const m of cards) expect(m.card_no).toMatch(/^\d{12}$/);
    expect(new Set(members.map((m) => m.record_no)).size).toBe(N);
    for (const m of members) expect(m.record_no).toMatch(/^\d{10}$/);
  });

  it('keeps the four dates consistent (decision ≤ ceremony, after the 18th birthday, full = ceremony + 12 months)', () => {
    for (const m of members) {
      const year = Number(m.birth_date.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(1930);
      expect(year).toBeLessThanOrEqual(2006);
      expect(m.admission_date >= addMonthsIso(m.birth_date, 18 * 12), `member ${m.id} admitted at 18+`).toBe(true);
      expect(m.admission_date <= TODAY).toBe(true);
      const gap = daysBetween(m.admission_decision_date as string, m.admission_date);
      expect(gap).toBeGreaterThanOrEqual(3);
      expect(gap).toBeLessThanOrEqual(40);
      const due = addMonthsIso(m.admission_date, 12);
      // The card keeps the first admission and full membership; a re-admitted member may be probationary again.
      const readmitted = events.some((e) => e.member_id === m.id && e.type_code === 'READMIT');
      if (due <= TODAY) {
        expect(m.full_member_date).toBe(due);
        if (!readmitted) expect(m.membership).toBe('full');
      } else {
        expect(m.full_member_date).toBeNull();
        expect(m.membership).toBe('probationary');
      }
      expect(m.created_at).toBe(`${TODAY}T00:00:00.000Z`);
      expect(m.updated_at).toBe(m.created_at);
    }
    const offList = members.filter((m) => m.on_list === 0).length / N;
    expect(offList).toBeGreaterThan(0.003);
    expect(offList).toBeLessThan(0.05);
    const probationary = members.filter((m) => m.membership === 'probationary').length / N;
    expect(probationary).toBeGreaterThan(0.01);
    expect(probationary).toBeLessThan(0.05);
  });

  it('writes events that match the card, form possible sequences and derive every cached column', () => {
    const effects = new Map<string, ListEffect>(
      all<{ code: string; effect_on_list: ListEffect }>(conn, 'SELECT code, effect_on_list FROM cat_member_events').map((r) => [r.code, r.effect_on_list]),
    );
    const eventsOf = new Map<number, EventRow[]>();
    for (const e of events) eventsOf.set(e.member_id, [...(eventsOf.get(e.member_id) ?? []), e]);
    for (const m of members) {
      const mine = eventsOf.get(m.id) ?? [];
      const admit = mine.find((e) => e.type_code === 'ADMIT');
      expect(admit).toMatchObject({ event_date: m.admission_date, decision_date: m.admission_decision_date, cancelled: 0 });
      expect(admit?.decision_no).toMatch(/^\d+-QĐ\/(ĐU|HU|TU|ĐUK)$/);
      // Admitted in this cell; in an earlier cell the member later moved from; or in another province (no cell).
      const moved = mine.find((e) => e.type_code === 'TRANSFER_IN_LOCAL');
      const arrived = mine.find((e) => e.type_code === 'TRANSFER_IN_PROVINCE');
      if (arrived) expect(admit?.org_to_id).toBeNull();
      else if (moved) expect([admit?.org_to_id, moved.org_to_id]).toEqual([moved.org_from_id, m.organisation_id]);
      else expect(admit?.org_to_id).toBe(m.organisation_id);
      const full = mine.find((e) => e.type_code === 'FULL');
      if (m.full_member_date === null) expect(full).toBeUndefined();
      else {
        expect(full?.event_date).toBe(m.full_member_date);
        expect((full?.decision_date as string) >= m.full_member_date && (full?.decision_date as string) <= TODAY).toBe(true);
      }
      const status = deriveMembership(mine.map(membershipEventOf), effects, TODAY);
      expect(status, `member ${m.id}`).toEqual({
        onList: m.on_list === 1,
        membership: m.membership,
        exempted: m.exempted === 1,
        suspended: m.suspended === 1,
        temporarilyAway: m.temporarily_away === 1,
      });
      const age = partyAge(mine.map((e) => ({ typeCode: e.type_code, eventDate: e.event_date, decisionDate: e.decision_date })), TODAY);
      expect(age.anchor, `member ${m.id}`).toBe(m.party_age_anchor);
      const problems = sequenceProblems(
        mine.map((e) => ({ id: e.id, typeCode: e.type_code, eventDate: e.event_date, decisionDate: e.decision_date, orgToId: e.org_to_id, cancelled: e.cancelled === 1 })),
        effects,
      );
      expect([...problems.values()], `member ${m.id}`).toEqual([]);
    }
  });

  it('stores NFC names with diacritics, and computes full name, search text and sort key as the app does', () => {
    let withMarks = 0;
    for (const m of members) {
      for (const part of [m.family_name, m.middle_name, m.given_name, m.full_name]) expect(part).toBe(part.normalize('NFC'));
      expect(m.full_name).toBe(fullName({ familyName: m.family_name, middleName: m.middle_name, givenName: m.given_name }));
      const parts = personSearchParts({ familyName: m.family_name, middleName: m.middle_name, givenName: m.given_name, otherNames: m.other_names });
      expect([m.search_head, m.search_rest]).toEqual([parts.head, parts.rest]);
      expect(`${m.search_head} ${m.search_rest}`.split(' ').filter((w) => w !== '').sort()).toEqual(searchKey(`${m.full_name} ${m.other_names ?? ''}`).split(' ').sort());
      expect(m.sort_key).toBe(personSortKey({ familyName: m.family_name, middleName: m.middle_name, givenName: m.given_name }, m.birth_date, m.id));
      if (/[^\p{ASCII}]/u.test(m.full_name)) withMarks++;
    }
    expect(withMarks / N).toBeGreaterThan(0.9);
    expect(members.some((m) => m.family_name === 'Nguyễn' && m.middle_name === 'Văn')).toBe(true);
    expect(members.some((m) => m.middle_name === 'Thị' && m.sex === 'F')).toBe(true);
    for (const o of orgs) expect(o.name).toBe(o.name.normalize('NFC'));
  });

  it('has realistic shares: Nguyễn 30-46 %, women about a third, mostly Kinh, mostly no religion', () => {
    const share = (pred: (m: MemberRow) => boolean) => members.filter(pred).length / N;
    const nguyen = share((m) => m.family_name === 'Nguyễn');
    expect(nguyen).toBeGreaterThanOrEqual(0.3);
    expect(nguyen).toBeLessThanOrEqual(0.46);
    expect(share((m) => m.family_name === 'Trần')).toBeGreaterThan(0.05);
    const female = share((m) => m.sex === 'F');
    expect(female).toBeGreaterThan(0.25);
    expect(female).toBeLessThan(0.45);
    expect(share((m) => m.ethnic_code === '1')).toBeGreaterThan(0.7);
    expect(share((m) => m.religion_code === 'NONE')).toBeGreaterThan(0.8);
    expect(new Set(members.map((m) => m.given_name)).size).toBeGreaterThan(80);
  });

  it('indexes names in member_fts so folded queries find them (đ = d)', () => {
    const fts = (query: string) => new Set(all<{ rowid: number }>(conn, 'SELECT rowid FROM member_fts WHERE member_fts MATCH ?', query).map((r) => r.rowid));
    const nguyen = fts('"nguyen"*');
    const expected = members.filter((m) => `${m.search_head} ${m.search_rest}`.split(' ').some((w) => w.startsWith('nguyen'))).map((m) => m.id);
    expect(expected.length).toBeGreaterThan(500);
    expect([...nguyen].sort((a, b) => a - b)).toEqual(expected);

    const withD = members.find((m) => m.given_name.startsWith('Đ') || m.family_name.startsWith('Đ')) as MemberRow;
    expect(withD).toBeDefined();
    const words = `${withD.search_head} ${withD.search_rest}`.split(' ').filter((w) => w !== '');
    expect(fts(words.map((w) => `"${w}"`).join(' '))).toContain(withD.id);
    expect(fts(words.map((w) => `"${w.slice(0, 2)}"*`).join(' '))).toContain(withD.id);
    expect(fts('"d"*').has(withD.id)).toBe(true);
    expect(one<number>(conn, `SELECT count(*) FROM member_fts`)).toBe(N);
  });

  it('leaves the database consistent: no foreign-key violations, FTS in step with its content', () => {
    expect(conn.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(conn.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    expect(() => conn.sqlite.exec(`INSERT INTO member_fts(member_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
  });

  it('leaves the schema exactly as the migrations made it (indexes and triggers recreated verbatim)', async () => {
    const fresh = await freshDb();
    const schema = (c: Connection) => all<{ type: string; name: string; sql: string }>(c, `SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`);
    expect(schema(conn)).toEqual(schema(fresh));
    // The recreated trigger still works: a member added later is searchable.
    const org = members[0]?.organisation_id;
    conn.sqlite
      .prepare(
        `INSERT INTO member (id, family_name, middle_name, given_name, full_name, search_head, search_rest, sort_key, sex, birth_date, organisation_id, org_path, admission_date, membership, on_list, created_at, updated_at)
         SELECT 999999, 'Đỗ', 'Văn', 'Zzyzx', 'Đỗ Văn Zzyzx', 'zzyzx', 'do van', 'k', 'M', '1980-01-01', id, path, '2005-01-01', 'full', 1, 'x', 'x' FROM organisation WHERE id = ?`,
      )
      .run(org);
    expect(all(conn, `SELECT rowid FROM member_fts WHERE member_fts MATCH '"zzyzx"'`)).toEqual([{ rowid: 999999 }]);
    conn.sqlite.prepare('DELETE FROM member WHERE id = 999999').run();
  });
});

describe('generateDemo determinism and strategies', () => {
  const dump = (c: Connection) => ({
    organisations: all(c, 'SELECT * FROM organisation ORDER BY id'),
    members: all(c, 'SELECT * FROM member ORDER BY id'),
    events: all(c, 'SELECT * FROM member_event ORDER BY id'),
  });

  it('gives identical rows for the same seed and date, and different rows for another seed', async () => {
    const a = dump(await generated({ members: 500 }));
    const b = dump(await generated({ members: 500 }));
    expect(b).toEqual(a);
    const c = dump(await generated({ members: 500, seed: 8 }));
    expect(c.members).not.toEqual(a.members);
    const names = (d: typeof a) => (d.members as MemberRow[]).map((m) => m.full_name);
    expect(names(c)).not.toEqual(names(a));
  });

  it('does not depend on the batch size', async () => {
    const a = dump(await generated({ members: 300, batchSize: 7 }));
    const b = dump(await generated({ members: 300, batchSize: 5000 }));
    expect(b).toEqual(a);
  });

  it('fills indexes and member_fts the same way with the incremental strategy', async () => {
    const bulk = await generated({ members: 400 });
    const incremental = await generated({ members: 400, indexStrategy: 'incremental' });
    expect(dump(incremental)).toEqual(dump(bulk));
    for (const q of ['"nguyen"*', '"thi"', '"d"*', '"hu"* "a"*']) {
      const ids = (c: Connection) => all(c, 'SELECT rowid FROM member_fts WHERE member_fts MATCH ? ORDER BY rowid', q);
      expect(ids(incremental)).toEqual(ids(bulk));
    }
    const viaIndex = (c: Connection) => all(c, 'SELECT id FROM member INDEXED BY member_list_sorted WHERE on_list = 1 ORDER BY sort_key LIMIT 50');
    expect(viaIndex(incremental)).toEqual(viaIndex(bulk));
  });
});

describe('generateDemo guards', () => {
  it('refuses a database that already has organisations, and changes nothing', async () => {
    const conn = await generated({ members: 50 });
    const before = one<number>(conn, 'SELECT count(*) FROM member');
    let error: unknown;
    try {
      generateDemo(bulkHandle(conn), { members: 10, seed: 1, today: TODAY });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('RULE');
    expect(one<number>(conn, 'SELECT count(*) FROM member')).toBe(before);
  });

  it('rejects bad options', async () => {
    const conn = await freshDb();
    expect(() => generateDemo(bulkHandle(conn), { members: -1, seed: 1 })).toThrow(AppFailure);
    expect(() => generateDemo(bulkHandle(conn), { members: 1.5, seed: 1 })).toThrow(AppFailure);
    expect(() => generateDemo(bulkHandle(conn), { members: 10, seed: 1, today: '2026-02-30' })).toThrow(AppFailure);
    expect(one<number>(conn, 'SELECT count(*) FROM organisation')).toBe(0);
  });

  it('runs inside a caller\'s transaction and rolls back completely with it, schema included', async () => {
    const conn = await freshDb();
    const schemaBefore = all(conn, `SELECT type, name, sql FROM sqlite_master ORDER BY type, name`);
    conn.sqlite.exec('BEGIN IMMEDIATE');
    generateDemo(bulkHandle(conn), { members: 200, seed: 3, today: TODAY });
    expect(one<number>(conn, 'SELECT count(*) FROM member')).toBe(200);
    conn.sqlite.exec('ROLLBACK');
    expect(one<number>(conn, 'SELECT count(*) FROM member')).toBe(0);
    expect(one<number>(conn, 'SELECT count(*) FROM organisation')).toBe(0);
    expect(all(conn, `SELECT type, name, sql FROM sqlite_master ORDER BY type, name`)).toEqual(schemaBefore);
  });

  it('builds a complete tree even for tiny provinces', async () => {
    for (const members of [0, 1, 10]) {
      const conn = await freshDb();
      const result = generateDemo(bulkHandle(conn), { members, seed: 11, today: TODAY });
      expect(result.members).toBe(members);
      expect(one<number>(conn, 'SELECT count(*) FROM member')).toBe(members);
      const types = new Set(all<{ type_code: string }>(conn, 'SELECT DISTINCT type_code FROM organisation').map((r) => r.type_code));
      for (const t of ['PROVINCE', 'UPPER', 'COMMUNE', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'SUB_COMMITTEE', 'CELL']) expect(types, `${members}: ${t}`).toContain(t);
      expect(conn.sqlite.pragma('foreign_key_check')).toEqual([]);
    }
  });
});
