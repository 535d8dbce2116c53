/**
 * The demo province's cadre files (issue 9): one per 100 members (at least 20), about 60 % linked to a
 * member on the list aged 30-60, the others with their own personal fields; about 20 actions each over
 * 20 years, grouped into decisions of 1-40 people with numbers unique per year; training records and
 * asset declarations; the same data for the same seed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkHandle } from '../../../db/bulk.ts';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { migrate } from '../../../db/migrate.ts';
import { generateDemo } from '../../../electron/services/system/demo/index.ts';
import { demoCadreCount } from '../../../electron/services/system/demo/cadres.ts';

const TODAY = '2026-11-20';
const N = 6000;
const dirs: string[] = [];
const conns: Connection[] = [];

async function generated(seed: number): Promise<Connection> {
  const dir = mkdtempSync(join(tmpdir(), 'so-to-chuc-demo-cadres-'));
  dirs.push(dir);
  const conn = openConnection(join(dir, 'so-to-chuc.db'));
  conns.push(conn);
  await migrate(conn.db);
  generateDemo(bulkHandle(conn), { members: N, seed, today: TODAY, ratingYears: 0 });
  return conn;
}

let conn: Connection;
const one = <T>(sql: string, ...params: unknown[]) => conn.sqlite.prepare(sql).get(...params) as T;
const all = <T>(sql: string, ...params: unknown[]) => conn.sqlite.prepare(sql).all(...params) as T[];

beforeAll(async () => {
  conn = await generated(7);
}, 120_000);
afterAll(() => {
  for (const c of conns) c.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('demo cadre files', () => {
  it('scales with the members, at least 20', () => {
    expect(demoCadreCount(500_000)).toBe(5000);
    expect(demoCadreCount(900)).toBe(20);
    expect(demoCadreCount(0)).toBe(0);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM cadre').n).toBe(60);
  });

  it('links about 60 % to members on the list aged 30-60 and gives the others their own personal fields', () => {
    const linked = all<{ birth_date: string; on_list: number; own: string | null }>(
      'SELECT m.birth_date, m.on_list, c.full_name AS own FROM cadre c JOIN member m ON m.id = c.member_id',
    );
    expect(linked.length).toBeGreaterThan(60 * 0.45);
    expect(linked.length).toBeLessThan(60 * 0.75);
    for (const m of linked) {
      expect(m.on_list).toBe(1);
      expect(m.own).toBeNull(); // no second copy of the member's personal data
      const age = Number(TODAY.slice(0, 4)) - Number(m.birth_date.slice(0, 4));
      expect(age).toBeGreaterThanOrEqual(29);
      expect(age).toBeLessThanOrEqual(61);
    }
    const own = all<{ full_name: string; sort_key: string; search_text: string; sex: string; birth_date: string; citizen_id: string }>(
      'SELECT full_name, sort_key, search_text, sex, birth_date, citizen_id FROM cadre WHERE member_id IS NULL',
    );
    expect(own.length).toBe(60 - linked.length);
    for (const c of own) {
      expect(c.full_name.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(c.sort_key).toBeTruthy();
      expect(c.search_text).toBeTruthy();
      expect(c.citizen_id).toMatch(/^\d{12}$/);
    }
    // Working cadres are below the retirement age; the retired ones have a RETIRE action.
    const retired = all<{ id: number }>(`SELECT id FROM cadre WHERE status = 'retired'`);
    for (const r of retired) expect(one<{ n: number }>(`SELECT count(*) AS n FROM personnel_action WHERE cadre_id = ? AND type_code = 'RETIRE'`, r.id).n).toBe(1);
  });

  it('writes about 20 actions per cadre over 20 years, in decisions of 1-40 actions with numbers unique per year', () => {
    const actions = one<{ n: number; first: string; last: string }>('SELECT count(*) AS n, min(effective_on) AS first, max(effective_on) AS last FROM personnel_action');
    expect(actions.n).toBeGreaterThan(60 * 14);
    expect(actions.n).toBeLessThan(60 * 26);
    expect(actions.first >= '2006-11-20').toBe(true);
    expect(actions.last <= TODAY).toBe(true);
    const sizes = one<{ least: number; most: number }>('SELECT min(n) AS least, max(n) AS most FROM (SELECT count(*) AS n FROM personnel_action GROUP BY decision_id)');
    expect(sizes.least).toBeGreaterThanOrEqual(1);
    expect(sizes.most).toBeLessThanOrEqual(40);
    const numbers = all<{ number: string; year: number; issued_on: string; summary_key: string }>('SELECT number, year, issued_on, summary_key FROM personnel_decision');
    for (const d of numbers) {
      expect(d.number).toMatch(/^\d+-QĐ\/TU$/);
      expect(d.summary_key).toMatch(/^[a-z ]+ \d+ can bo$/); // folded as the register searches it
      expect(Number(d.issued_on.slice(0, 4))).toBe(d.year);
    }
    // Every action's date is its decision's effective date; a decision holds one type.
    expect(one<{ n: number }>('SELECT count(*) AS n FROM personnel_action a JOIN personnel_decision d ON d.id = a.decision_id WHERE a.effective_on <> d.effective_on').n).toBe(0);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM (SELECT decision_id FROM personnel_action GROUP BY decision_id HAVING count(DISTINCT type_code) > 1)').n).toBe(0);
    // The mix: appointments, committee work and opinions lead; every cadre starts with an appointment.
    const mix = new Map(all<{ type_code: string; n: number }>('SELECT type_code, count(*) AS n FROM personnel_action GROUP BY type_code').map((r) => [r.type_code, r.n]));
    for (const code of ['APPOINT', 'COMMITTEE_APPROVE', 'OPINION', 'PLAN_ADD', 'TRANSFER', 'REASSIGN']) expect(mix.get(code) ?? 0).toBeGreaterThan(0);
    const firsts = all<{ type_code: string }>(
      'SELECT a.type_code FROM personnel_action a WHERE a.id = (SELECT b.id FROM personnel_action b WHERE b.cadre_id = a.cadre_id ORDER BY b.effective_on, b.id LIMIT 1)',
    );
    expect(new Set(firsts.map((f) => f.type_code))).toEqual(new Set(['APPOINT']));
  });

  it('adds training records and asset declarations (most of this year submitted) for working cadres', () => {
    expect(one<{ n: number }>('SELECT count(DISTINCT cadre_id) AS n FROM cadre_training').n).toBeGreaterThan(40);
    const thisYear = one<{ rows: number; submitted: number }>(
      `SELECT count(*) AS rows, sum(json_extract(data, '$.submittedOn') IS NOT NULL) AS submitted FROM cadre_row WHERE kind = 'assetDeclarations' AND year = 2026`,
    );
    const working = one<{ n: number }>(`SELECT count(*) AS n FROM cadre WHERE status = 'working'`).n;
    expect(thisYear.rows).toBeLessThanOrEqual(working);
    expect(thisYear.submitted).toBeGreaterThan(working * 0.5);
    expect(thisYear.submitted).toBeLessThan(working);
  });

  it('derives the current posts with term ends and notice dates, and the planning entries, from the actions', () => {
    const posts = one<{ n: number; terms: number; notices: number }>(
      `SELECT count(*) AS n, sum(term_end IS NOT NULL) AS terms, sum(notice_on IS NOT NULL AND notice_on < term_end) AS notices FROM cadre_post`,
    );
    expect(posts.n).toBeGreaterThan(30);
    expect(posts.terms).toBeGreaterThan(10);
    expect(posts.notices).toBeGreaterThan(0);
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM cadre_post p JOIN cadre c ON c.id = p.cadre_id WHERE c.status = 'retired'`).n).toBe(0);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM planning_entry').n).toBeGreaterThan(0);
    const main = one<{ n: number }>(`SELECT count(*) AS n FROM cadre c JOIN cadre_post p ON p.cadre_id = c.id AND p.post_kind = 'main' WHERE c.main_post = p.title`);
    expect(main.n).toBeGreaterThan(20);
  });

  it('is the same for the same seed', async () => {
    const again = await generated(7);
    const dump = (c: Connection) =>
      JSON.stringify([
        c.sqlite.prepare('SELECT * FROM cadre ORDER BY id').all(),
        c.sqlite.prepare('SELECT * FROM personnel_action ORDER BY id').all(),
        c.sqlite.prepare('SELECT * FROM personnel_decision ORDER BY id').all(),
      ]);
    expect(dump(again)).toBe(dump(conn));
  }, 120_000);
});
