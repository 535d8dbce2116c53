/**
 * The status of the province (or a subtree) on a past date, derived from the events (event:statusAsOf):
 * on the list, probationary, full, exempted, suspended, temporarily away. Target: each call on the
 * whole province within 2 s at 500,000 members with event histories.
 */
import type { Core } from '../../../electron/core/types.ts';
import type { Connection } from '../../../db/connection.ts';
import { Random } from '../../../electron/services/system/demo/random.ts';
import { call } from '../core.ts';
import { against, summarize, timed, type Summary } from '../measure.ts';
import { organisationsByLevel, type OrgLevel } from '../sample.ts';

export const STATUS_AS_OF_TARGET_MS = 2000;

export interface StatusAsOfBenchResult extends Summary {
  /** Judged on the slowest whole-province call. */
  target: { stat: 'max'; ms: number };
  pass: boolean;
  /** Subtrees (upper level, grassroots, cell), for information. */
  subtrees: Summary;
  byLevel: Record<string, Summary>;
  /** One answer, to see the numbers are plausible. */
  example: { asOf: string; onList: number; probationary: number; full: number; exempted: number; suspended: number; temporarilyAway: number };
}

/** Past dates a tally is asked for: year ends and half-year ends of the last ten years. */
function pastDates(rng: Random, n: number, thisYear: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const year = rng.int(thisYear - 10, thisYear - 1);
    out.push(rng.chance(0.5) ? `${year}-12-31` : `${year}-06-30`);
  }
  return out;
}

/**
 * `runs` calls on the whole province at past dates, and as many on subtrees picked at random
 * (upper level, grassroots, cell). One warm-up call is not counted.
 */
export async function statusAsOf(core: Core, conn: Connection, seed: number, runs = 10): Promise<StatusAsOfBenchResult> {
  const rng = new Random(seed * 31 + 5);
  const thisYear = new Date().getFullYear();
  type Answer = StatusAsOfBenchResult['example'];
  const ask = (organisationId: number | null, asOf: string) => call<Answer>(core, 'event:statusAsOf', { organisationId, asOf });
  await ask(null, `${thisYear - 1}-12-31`); // warm-up, not counted

  const province: number[] = [];
  let example: Answer | null = null;
  for (const asOf of pastDates(rng, runs, thisYear)) {
    const { ms, value } = await timed(() => ask(null, asOf));
    province.push(ms);
    example ??= value;
  }

  const levels = organisationsByLevel(conn);
  const subtree: number[] = [];
  const byLevel = new Map<OrgLevel, number[]>();
  const dates = pastDates(rng, runs * 3, thisYear);
  for (const [i, level] of (['upper', 'grassroots', 'cell'] as const).flatMap((l) => Array.from({ length: runs }, () => l)).entries()) {
    const pool = levels[level];
    if (pool.length === 0) continue;
    const { ms } = await timed(() => ask(rng.pick(pool), dates[i] as string));
    subtree.push(ms);
    byLevel.set(level, [...(byLevel.get(level) ?? []), ms]);
  }
  return {
    ...against(summarize(province), 'max', STATUS_AS_OF_TARGET_MS),
    subtrees: summarize(subtree),
    byLevel: Object.fromEntries([...byLevel].map(([level, ms]) => [level, summarize(ms)])),
    example: example as Answer,
  };
}
