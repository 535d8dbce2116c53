import { bulkHandle } from '../../../db/bulk.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { migrate } from '../../../db/migrate.ts';
import { DB_FILE } from '../../../electron/core/compose.ts';
import { generateDemo } from '../../../electron/services/system/demo/index.ts';
import { generateDemoRatings } from '../../../electron/services/system/demo/ratings.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { membershipEventOf, type ListEffect, type MembershipEvent } from '../../../shared/events/membership.ts';
import { ratingDate, ratingSubject } from '../../../shared/ratings/rules.ts';
import { PINNED_NOW, openTestCore, type TestCore } from '../../support/core.ts';

const TODAY = PINNED_NOW.toISOString().slice(0, 10);
const YEARS = [2021, 2022, 2023, 2024, 2025];

let t: TestCore;
let conn: Connection;
let result: { memberRatings: number; organisationRatings: number };

/** A demo province without ratings (the core's clock: 2026-11-20), then the rating history on it. */
beforeAll(async () => {
  t = await openTestCore();
  conn = openConnection(join(t.dir, DB_FILE));
  generateDemo(bulkHandle(conn), { members: 2000, seed: 11, today: TODAY, ratingYears: 0 });
  result = generateDemoRatings(bulkHandle(conn), { years: YEARS, seed: 11, today: TODAY });
});
afterAll(() => {
  conn.close();
  t.close();
});

const all = <T,>(sql: string, ...params: unknown[]) => conn.sqlite.prepare(sql).all(...params) as T[];
const one = (sql: string, ...params: unknown[]) => conn.sqlite.prepare(sql).pluck().get(...params) as number;

describe('generateDemoRatings', () => {
  it('writes one rating per rated member and year, and per active organisation and year', () => {
    expect(result.memberRatings).toBe(one('SELECT count(*) FROM member_rating'));
    expect(result.organisationRatings).toBe(one('SELECT count(*) FROM organisation_rating'));
    // Nearly every member every year (the recently admitted, the departed and the exempted excepted).
    expect(result.memberRatings).toBeGreaterThan(2000 * 5 * 0.8);
    expect(result.memberRatings).toBeLessThanOrEqual(2000 * 5);
    expect(all<{ year: number }>('SELECT DISTINCT year FROM member_rating ORDER BY year').map((r) => r.year)).toEqual(YEARS);
    expect(one('SELECT count(*) FROM member_rating WHERE (year < 2025 AND regime <> 2018) OR (year = 2025 AND regime <> 2025)')).toBe(0);
  });

  it('rates exactly the members subject to rating on each year end (the app rule, from the events)', () => {
    const effects = new Map(
      all<{ code: string; effect_on_list: string }>('SELECT code, effect_on_list FROM cat_member_events').map((r) => [
        r.code,
        r.effect_on_list === 'add' || r.effect_on_list === 'remove' ? r.effect_on_list : 'none',
      ]),
    ) as Map<string, ListEffect>;
    const events = new Map<number, MembershipEvent[]>();
    for (const e of all<{ member_id: number; type_code: string; event_date: string; cancelled: number; org_to_id: number | null }>(
      'SELECT member_id, type_code, event_date, cancelled, org_to_id FROM member_event ORDER BY member_id, event_date, id',
    )) {
      const list = events.get(e.member_id) ?? [];
      list.push(membershipEventOf(e));
      events.set(e.member_id, list);
    }
    const ids = all<{ id: number }>('SELECT id FROM member').map((r) => r.id);
    const expected = new Set<string>();
    for (const year of YEARS) for (const id of ids) if (ratingSubject(events.get(id) ?? [], effects, ratingDate(year)).subject) expected.add(`${id}:${year}`);
    const stored = new Set(all<{ k: string }>(`SELECT member_id || ':' || year AS k FROM member_rating`).map((r) => r.k));
    expect(stored.size).toBe(expected.size);
    for (const k of stored) expect(expected.has(k), k).toBe(true);
    // In particular nobody admitted after 30 June of the year is rated for it.
    expect(one(`SELECT count(*) FROM member_rating r JOIN member m ON m.id = r.member_id WHERE m.admission_date > r.year || '-06-30'`)).toBe(0);
    expect(one(`SELECT count(*) FROM member WHERE admission_date > '2025-06-30' AND admission_date <= '2025-12-31'`)).toBeGreaterThan(0);
  });

  it('has the proportions of a real year, excellent within 20 % of good in every grassroots organisation', () => {
    const by = new Map(all<{ category_code: string; n: number }>('SELECT category_code, count(*) AS n FROM member_rating GROUP BY category_code').map((r) => [r.category_code, r.n]));
    const total = result.memberRatings;
    const share = (code: string) => (by.get(code) ?? 0) / total;
    expect(share('HTTNV')).toBeGreaterThan(0.7);
    expect(share('HTTNV')).toBeLessThan(0.8);
    expect(share('HTNV')).toBeGreaterThan(0.07);
    expect(share('HTNV')).toBeLessThan(0.11);
    expect(share('KHTNV')).toBeGreaterThan(0.002);
    expect(share('KHTNV')).toBeLessThan(0.012);
    const ratio = (by.get('HTXSNV') ?? 0) / (by.get('HTTNV') ?? 1);
    expect(ratio).toBeGreaterThan(0.15);
    expect(ratio).toBeLessThanOrEqual(0.2);

    // Per grassroots organisation (the members' peer group) and year.
    const groups = all<{ g: number; year: number; x: number; t: number }>(
      `SELECT g.id AS g, r.year, sum(r.category_code = 'HTXSNV') AS x, sum(r.category_code = 'HTTNV') AS t
       FROM member_rating r JOIN member m ON m.id = r.member_id
       JOIN organisation g ON m.org_path >= g.path AND m.org_path < substr(g.path, 1, length(g.path) - 1) || '0'
       WHERE g.type_code IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')
       GROUP BY g.id, r.year`,
    );
    expect(groups.length).toBeGreaterThan(5);
    for (const q of groups) expect(q.x, `group ${q.g} in ${q.year}`).toBeLessThanOrEqual(Math.floor((q.t * 20) / 100));
  });

  it('gives 2025 ratings a score in their band, and none before', () => {
    expect(one('SELECT count(*) FROM member_rating WHERE year < 2025 AND score IS NOT NULL')).toBe(0);
    const bands = all<{ category_code: string; lo: number; hi: number }>('SELECT category_code, min(score) AS lo, max(score) AS hi FROM member_rating WHERE year = 2025 GROUP BY category_code');
    const band = new Map(bands.map((b) => [b.category_code, [b.lo, b.hi]]));
    expect(band.get('HTXSNV')![0]).toBeGreaterThanOrEqual(90);
    expect(band.get('HTTNV')![0]).toBeGreaterThanOrEqual(70);
    expect(band.get('HTTNV')![1]).toBeLessThan(90);
    expect(band.get('HTNV')![0]).toBeGreaterThanOrEqual(50);
    expect(band.get('HTNV')![1]).toBeLessThan(70);
    expect(band.get('KHTNV')?.[1] ?? 0).toBeLessThan(50);
  });

  it('rates organisations active on the rating date, never the province root', () => {
    expect(one('SELECT count(*) FROM organisation_rating r JOIN organisation o ON o.id = r.organisation_id WHERE o.parent_id IS NULL')).toBe(0);
    expect(one(`SELECT count(*) FROM organisation_rating r JOIN organisation o ON o.id = r.organisation_id WHERE o.effective_from > r.year || '-12-31'`)).toBe(0);
    const active2025 = one(`SELECT count(*) FROM organisation WHERE parent_id IS NOT NULL AND effective_from <= '2025-12-31' AND (effective_to IS NULL OR effective_to > '2025-12-31')`);
    expect(one('SELECT count(*) FROM organisation_rating WHERE year = 2025')).toBe(active2025);
    const groups = all<{ x: number; t: number }>(
      `SELECT sum(r.category_code = 'HTXSNV') AS x, sum(r.category_code = 'HTTNV') AS t
       FROM organisation_rating r JOIN organisation o ON o.id = r.organisation_id GROUP BY o.parent_id, o.type_code, r.year`,
    );
    for (const q of groups) expect(q.x).toBeLessThanOrEqual(Math.floor((q.t * 20) / 100));
  });

  it('refuses to run twice for the same years, and refuses unfinished years', () => {
    expect(() => generateDemoRatings(bulkHandle(conn), { years: [2025], seed: 1, today: TODAY })).toThrow(AppFailure);
    expect(() => generateDemoRatings(bulkHandle(conn), { years: [2026], seed: 1, today: TODAY })).toThrow(/chưa kết thúc/);
    expect(() => generateDemoRatings(bulkHandle(conn), { years: [2000], seed: 1, today: TODAY })).toThrow(/chưa có chế độ/);
  });

  it('is the same data for the same seed, and the core tallies it', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'so-to-chuc-ratings-demo-'));
    const conn2 = openConnection(join(dir2, DB_FILE));
    try {
      await migrate(conn2.db);
      // The demo generator writes the same five years itself by default.
      generateDemo(bulkHandle(conn2), { members: 2000, seed: 11, today: TODAY });
      const digest = (c: Connection) => c.sqlite.prepare("SELECT group_concat(member_id || ':' || year || ':' || category_code || ':' || ifnull(score, ''), ',') FROM (SELECT * FROM member_rating ORDER BY id)").pluck().get();
      expect(digest(conn2)).toBe(digest(conn));
    } finally {
      conn2.close();
      rmSync(dir2, { recursive: true, force: true });
    }

    {
      const s = await t.must('rating:summary', { organisationId: null, year: 2025 });
      expect(s.members.total).toBe(s.members.notSubject.count + s.members.notRated.count + s.members.rated.count);
      expect(s.members.total).toBeGreaterThan(1800);
      expect(s.members.notRated.count).toBe(0);
      expect(s.members.ratedNotSubject).toBe(0);
      expect(s.members.rated.count).toBe(one('SELECT count(*) FROM member_rating WHERE year = 2025'));
      expect(s.members.notSubjectByReason.find((r) => r.code === 'recentlyAdmitted')?.count).toBeGreaterThan(0);
      expect(s.organisations.notRated.count).toBe(0);
      const grassroots = one(`SELECT id FROM organisation WHERE type_code = 'GRASSROOTS_COMMITTEE' ORDER BY id LIMIT 1`);
      const g = await t.must('rating:grid', { organisationId: grassroots, year: 2025 });
      expect(g.rows.length).toBeGreaterThan(0);
      expect(g.rows.every((r) => r.rating !== null)).toBe(true);
      expect(g.quota?.exceeded).toBe(false);
    }
  });
});
