/**
 * Huy hiệu Đảng: the candidate lists of one round for the whole province (badge:candidates with
 * organisationId null), every round of two years, target ≤ 2 s each (max). Needs member.party_age_anchor
 * filled in (the member service's status refresh writes it).
 */
import type { Core } from '../../../electron/core/types.ts';
import type { Connection } from '../../../db/connection.ts';
import { roundsOfYear } from '../../../shared/badges/rules.ts';
import { call, MissingPieceError } from '../core.ts';
import { against, summarize, timed, type Summary } from '../measure.ts';

export const BADGE_CANDIDATES_TARGET_MS = 2000;

interface Lists {
  regular: { milestone: number; rows: unknown[] }[];
  early: unknown[];
  posthumous: unknown[];
  blocked: unknown[];
}

export interface BadgeResult extends Summary {
  target: { stat: 'max'; ms: number };
  pass: boolean;
  /** The first call on a fresh connection (cold page cache), not counted in the statistics. */
  firstCallMs: number;
  /** Rows of the largest round: regular, early, posthumous, blocked. */
  largestRound: { roundDate: string; regular: number; early: number; posthumous: number; blocked: number; ms: number };
}

export async function badgeCandidates(core: Core, conn: Connection, today: string = new Date().toISOString().slice(0, 10)): Promise<BadgeResult> {
  const anchored = conn.sqlite.prepare('SELECT count(*) FROM member WHERE on_list = 1 AND party_age_anchor IS NOT NULL').pluck().get() as number;
  if (anchored === 0) throw new MissingPieceError('member.party_age_anchor is empty: the member status refresh that fills it is needed.');
  const year = Number(today.slice(0, 4));
  const rounds = [...roundsOfYear(year - 1), ...roundsOfYear(year)];
  const first = await timed(() => call(core, 'badge:candidates', { organisationId: null, roundDate: rounds[0] })); // warm-up, not counted
  const samples: number[] = [];
  let largest: BadgeResult['largestRound'] | null = null;
  for (const roundDate of rounds) {
    const { ms, value } = await timed(() => call<Lists>(core, 'badge:candidates', { organisationId: null, roundDate }));
    samples.push(ms);
    const regular = value.regular.reduce((n, g) => n + g.rows.length, 0);
    if (largest === null || regular > largest.regular) {
      largest = { roundDate, regular, early: value.early.length, posthumous: value.posthumous.length, blocked: value.blocked.length, ms: Math.round(ms) };
    }
  }
  return { ...against(summarize(samples), 'max', BADGE_CANDIDATES_TARGET_MS), firstCallMs: Math.round(first.ms), largestRound: largest as BadgeResult['largestRound'] };
}
