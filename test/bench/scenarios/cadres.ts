/**
 * Cadre files and decisions (issue 9, §6) on the demo province (5,000 files, 100,000 actions at
 * 500,000 members): opening a file (cadre:get, target ≤ 100 ms), the Tổng quan digest for the whole
 * province (reminder:digest, ≤ 500 ms), saving a decision with 40 actions (decision:create, ≤ 50 ms),
 * a cadre search by name (cadre:list with a query, p95 ≤ 20 ms). Each reports p50 / p95 / max.
 */
import type { Core } from '../../../electron/core/types.ts';
import type { Connection } from '../../../db/connection.ts';
import { Random } from '../../../electron/services/system/demo/random.ts';
import { roundOf } from '../../../shared/badges/rules.ts';
import { call, MissingPieceError } from '../core.ts';
import { against, summarize, timed, type Summary } from '../measure.ts';

export const CADRE_OPEN_TARGET_MS = 100;
export const DIGEST_TARGET_MS = 500;
export const DECISION_SAVE_TARGET_MS = 50;
export const CADRE_SEARCH_TARGET_P95_MS = 20;

type Judged = Summary & { target: { stat: string; ms: number }; pass: boolean };

function workingCadres(conn: Connection): number[] {
  const ids = conn.sqlite.prepare(`SELECT id FROM cadre WHERE status = 'working' ORDER BY id`).pluck().all() as number[];
  if (ids.length === 0) throw new MissingPieceError('the database has no cadre files: build the demo with cadre files (system:demo of issue 9).');
  return ids;
}

/** cadre:get of random files (the viewing is logged, as on screen); p95 against the target. */
export async function cadreOpen(core: Core, conn: Connection, seed: number, n: number): Promise<Judged & { firstCallMs: number; posts: number }> {
  const rng = new Random(seed * 17 + 1);
  const ids = workingCadres(conn);
  const first = await timed(() => call(core, 'cadre:get', { id: rng.pick(ids) }));
  const samples: number[] = [];
  let posts = 0;
  for (let i = 0; i < n; i++) {
    const { ms, value } = await timed(() => call<{ posts: unknown[] }>(core, 'cadre:get', { id: rng.pick(ids) }));
    samples.push(ms);
    posts += value.posts.length;
  }
  return { ...against(summarize(samples), 'p95', CADRE_OPEN_TARGET_MS), firstCallMs: Math.round(first.ms), posts };
}

interface DigestShape {
  reappointments: { total: number };
  retirements: { total: number };
  probationary: { total: number };
  badges: { total: number; roundDate: string | null };
  assetDeclarations: { total: number };
}

/**
 * reminder:digest for the whole province (max of `n` calls after one warm-up), with the lists' totals
 * and, apart, the two member lists it reuses measured alone (event:reminders, badge:candidates of the
 * next round): they are most of its time.
 */
export async function digest(core: Core, n: number): Promise<Judged & { firstCallMs: number; totals: Record<string, number>; parts: { eventRemindersMs: number; badgeCandidatesMs: number } }> {
  const first = await timed(() => call<DigestShape>(core, 'reminder:digest', { withinDays: 90, limit: 50 }));
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push((await timed(() => call(core, 'reminder:digest', { withinDays: 90, limit: 50 }))).ms);
  const v = first.value;
  const eventReminders: number[] = [];
  const badgeCandidates: number[] = [];
  const roundDate = v.badges.roundDate ?? roundOf(new Date().toISOString().slice(0, 10));
  for (let i = 0; i < 3; i++) {
    eventReminders.push((await timed(() => call(core, 'event:reminders', { organisationId: null, withinDays: 90, limit: 50 }))).ms);
    badgeCandidates.push((await timed(() => call(core, 'badge:candidates', { organisationId: null, roundDate }))).ms);
  }
  return {
    ...against(summarize(samples), 'max', DIGEST_TARGET_MS),
    firstCallMs: Math.round(first.ms),
    totals: {
      reappointments: v.reappointments.total,
      retirements: v.retirements.total,
      probationary: v.probationary.total,
      badges: v.badges.total,
      assetDeclarations: v.assetDeclarations.total,
    },
    parts: { eventRemindersMs: summarize(eventReminders).p50, badgeCandidatesMs: summarize(badgeCandidates).p50 },
  };
}

/** decision:create with 40 appointments of random working cadres (all or nothing, posts re-derived); p95 against the target. */
export async function decisionSave(core: Core, conn: Connection, seed: number, n: number): Promise<Judged> {
  const rng = new Random(seed * 13 + (Date.now() % 1000));
  const ids = workingCadres(conn);
  const today = new Date().toISOString().slice(0, 10);
  const stamp = Date.now().toString(36).toUpperCase();
  const input = (k: number) => ({
    decision: { number: `${k}-QĐ/TU-BENCH${stamp}`, issuedOn: today, effectiveOn: today, issuingBody: 'Ban Thường vụ Tỉnh ủy', signer: 'Bench', summary: 'Bổ nhiệm 40 cán bộ (npm run bench)' },
    actions: rng.shuffled(ids).slice(0, 40).map((cadreId) => ({ typeCode: 'APPOINT', cadreId, postKind: 'concurrent', postAfter: 'Phó Trưởng ban Chỉ đạo', unitAfter: 'Ban Chỉ đạo tỉnh', termMonths: 60 })),
  });
  for (let k = 0; k < 2; k++) await call(core, 'decision:create', input(k)); // warm-up, not counted
  const samples: number[] = [];
  for (let k = 2; k < n + 2; k++) samples.push((await timed(() => call(core, 'decision:create', input(k)))).ms);
  return against(summarize(samples), 'p95', DECISION_SAVE_TARGET_MS);
}

/** cadre:list with name queries typed as a clerk types them: a given name, "family given", a full name, a prefix. */
export async function cadreSearch(core: Core, conn: Connection, seed: number, n: number): Promise<Judged & { meanRows: number }> {
  const rng = new Random(seed * 7 + 5);
  const names = conn.sqlite
    .prepare(
      `SELECT COALESCE(m.family_name, c.family_name) AS f, COALESCE(m.given_name, c.given_name) AS g, COALESCE(m.full_name, c.full_name) AS full
       FROM cadre c LEFT JOIN member m ON m.id = c.member_id`,
    )
    .all() as { f: string; g: string; full: string }[];
  if (names.length === 0) throw new MissingPieceError('the database has no cadre files.');
  const query = () => {
    const p = rng.pick(names);
    const u = rng.next();
    return u < 0.3 ? p.g : u < 0.6 ? `${p.f} ${p.g}` : u < 0.85 ? p.full : p.g.slice(0, 2);
  };
  for (let i = 0; i < 5; i++) await call(core, 'cadre:list', { query: query(), status: 'all' }); // warm-up
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const q = query();
    const { ms, value } = await timed(() => call<{ total: number }>(core, 'cadre:list', { query: q, status: 'all' }));
    samples.push(ms);
    rows += value.total;
  }
  return { ...against(summarize(samples), 'p95', CADRE_SEARCH_TARGET_P95_MS), meanRows: Math.round(rows / n) };
}
