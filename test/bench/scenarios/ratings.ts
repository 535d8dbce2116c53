/**
 * Yearly ratings: opening the rating grid of a grassroots organisation of about 500 members
 * (rating:grid: members, their events derived on the rating date, the year's ratings, the quota;
 * p95 ≤ 200 ms over several organisations) and saving one member's rating (rating:save: validation,
 * subject rule, quota count of the peer group, upsert, audit entry, durable commit; p95 ≤ 5 ms).
 * Run it on a demo with rating history (electron/services/system/demo/ratings.ts); without one the grids are
 * empty of ratings and the saves create them.
 */
import type { Core } from '../../../electron/core/types.ts';
import type { Connection } from '../../../db/connection.ts';
import { Random } from '../../../electron/services/system/demo/random.ts';
import { call } from '../core.ts';
import { against, summarize, timed, type Summary } from '../measure.ts';

export const GRID_TARGET_P95_MS = 200;
export const RATING_SAVE_TARGET_P95_MS = 5;
/** The grids measured are of grassroots organisations with about this many members. */
const GRID_MEMBERS = 500;

interface GridAnswer {
  rows: { memberId: number; rating: { categoryCode: string; score: number | null; note: string | null } | null }[];
  categories: { code: string; order: number }[];
}

type Judged = Summary & { target: { stat: 'p95'; ms: number }; pass: boolean };

export interface RatingsBenchResult {
  year: number;
  organisations: { id: number; members: number }[];
  gridOpen: Judged & { rows: Summary };
  save: Judged;
  pass: boolean;
}

/** Grassroots organisations whose subtree holds closest to `size` members (all members, on the list or not). */
export function grassrootsNear(conn: Connection, size: number, n: number): { id: number; members: number }[] {
  const counts = conn.sqlite.prepare('SELECT o.path AS path, count(m.id) AS n FROM organisation o JOIN member m ON m.organisation_id = o.id GROUP BY o.id').all() as { path: string; n: number }[];
  const grassroots = conn.sqlite.prepare(`SELECT id, path FROM organisation WHERE type_code IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')`).all() as { id: number; path: string }[];
  const sized = grassroots.map((g) => ({ id: g.id, members: counts.filter((c) => c.path.startsWith(g.path)).reduce((a, c) => a + c.n, 0) }));
  return sized.sort((a, b) => Math.abs(a.members - size) - Math.abs(b.members - size)).slice(0, n);
}

/** The latest year with member ratings stored, else last year. */
export function latestRatedYear(conn: Connection): number {
  const year = conn.sqlite.prepare('SELECT max(year) FROM member_rating').pluck().get() as number | null;
  return year ?? new Date().getFullYear() - 1;
}

export async function ratings(core: Core, conn: Connection, seed: number, n: number): Promise<RatingsBenchResult> {
  const rng = new Random(seed * 31 + 7);
  const year = latestRatedYear(conn);
  const organisations = grassrootsNear(conn, GRID_MEMBERS, Math.max(3, n));
  if (organisations.length === 0) throw new Error('no grassroots organisation with members');
  const open = (organisationId: number) => call<GridAnswer>(core, 'rating:grid', { organisationId, year });

  for (const o of organisations.slice(0, 2)) await open(o.id); // warm-up, not counted
  const gridMs: number[] = [];
  const rowCounts: number[] = [];
  const grids: GridAnswer[] = [];
  for (let round = 0; round < 3; round++) {
    for (const o of rng.shuffled(organisations)) {
      const { ms, value } = await timed(() => open(o.id));
      gridMs.push(ms);
      rowCounts.push(value.rows.length);
      if (round === 0) grids.push(value);
    }
  }

  // Saves that leave every quota count as it is: a rated member keeps the category and gets a new
  // note; an unrated one gets the third category (completed), which the quota does not count.
  const candidates = grids.flatMap((g) => g.rows.map((r) => ({ row: r, third: [...g.categories].sort((a, b) => a.order - b.order)[2]?.code ?? null })));
  if (candidates.length === 0) throw new Error('the grids have no member to rate');
  const saveOnce = (i: number) => {
    const { row, third } = rng.pick(candidates);
    const categoryCode = row.rating?.categoryCode ?? third;
    return call(core, 'rating:save', { memberId: row.memberId, year, categoryCode, score: row.rating?.score ?? null, note: `Đo hiệu năng lần ${i}` });
  };
  for (let i = 0; i < 3; i++) await saveOnce(-i - 1); // warm-up, not counted
  const saveMs: number[] = [];
  for (let i = 0; i < Math.max(20, n * 10); i++) saveMs.push((await timed(() => saveOnce(i))).ms);

  const gridOpen = { ...against(summarize(gridMs), 'p95', GRID_TARGET_P95_MS), rows: summarize(rowCounts) };
  const save = against(summarize(saveMs), 'p95', RATING_SAVE_TARGET_P95_MS);
  return { year, organisations, gridOpen, save, pass: gridOpen.pass && save.pass };
}
