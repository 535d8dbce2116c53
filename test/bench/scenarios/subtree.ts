/** A 50-row page of an organisation's subtree in the official order, first page and deeper pages. */
import type { Core } from '../../../electron/core/types.ts';
import type { Connection } from '../../../db/connection.ts';
import { Random } from '../../../electron/services/system/demo/random.ts';
import { call } from '../core.ts';
import { against, summarize, timed, type Summary } from '../measure.ts';
import { organisationsByLevel, type OrgLevel } from '../sample.ts';

export const PAGE_TARGET_P95_MS = 30;

const LEVEL_MIX: readonly (readonly [OrgLevel, number])[] = [
  ['province', 0.1],
  ['upper', 0.3],
  ['grassroots', 0.3],
  ['cell', 0.3],
];

export interface PageResult extends Summary {
  target: { stat: 'p95'; ms: number };
  pass: boolean;
  firstPage: Summary;
  deeperPage: Summary;
  byLevel: Record<string, Summary>;
}

export async function subtreePages(core: Core, conn: Connection, seed: number, organisations: number): Promise<PageResult> {
  const rng = new Random(seed * 31 + 2);
  const levels = organisationsByLevel(conn);
  const picks: { level: OrgLevel; id: number }[] = [];
  for (const [level, share] of LEVEL_MIX) {
    const pool = levels[level];
    if (pool.length === 0) continue;
    for (let i = 0; i < Math.max(1, Math.round(organisations * share)); i++) picks.push({ level, id: rng.pick(pool) });
  }
  const page = (organisationId: number, offset: number) => call<{ total: number; rows: unknown[] }>(core, 'member:list', { organisationId, sort: 'official', offset, limit: 50 });
  for (const p of picks.slice(0, 10)) await page(p.id, 0); // warm-up, not counted
  const all: number[] = [];
  const first: number[] = [];
  const deeper: number[] = [];
  const byLevel = new Map<OrgLevel, number[]>();
  const record = (level: OrgLevel, ms: number, into: number[]) => {
    into.push(ms);
    all.push(ms);
    byLevel.set(level, [...(byLevel.get(level) ?? []), ms]);
  };
  for (const p of rng.shuffled(picks)) {
    const { ms, value } = await timed(() => page(p.id, 0));
    record(p.level, ms, first);
    if (value.total > 100) {
      const offset = rng.int(50, value.total - 50);
      const again = await timed(() => page(p.id, offset));
      record(p.level, again.ms, deeper);
    }
  }
  return {
    ...against(summarize(all), 'p95', PAGE_TARGET_P95_MS),
    firstPage: summarize(first),
    deeperPage: summarize(deeper),
    byLevel: Object.fromEntries([...byLevel].map(([level, ms]) => [level, summarize(ms)])),
  };
}
