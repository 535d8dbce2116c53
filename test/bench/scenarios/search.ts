/** Name search as clerks type it: without diacritics, often partial, "d" for "đ" (names-and-dates.md). */
import type { Core } from '../../../electron/core/types.ts';
import { Random } from '../../../electron/services/system/demo/random.ts';
import type { Connection } from '../../../db/connection.ts';
import { searchKey } from '../../../shared/kernel/text/normalise.ts';
import { call } from '../core.ts';
import { against, summarize, timed, type Summary } from '../measure.ts';
import { sampleDMembers, sampleMembers, type NameSample } from '../sample.ts';

export const SEARCH_TARGET_P95_MS = 20;

export type QueryKind = 'fullName' | 'familyAndGiven' | 'givenOnly' | 'givenPrefix' | 'dForĐ';

const MIX: readonly (readonly [QueryKind, number])[] = [
  ['fullName', 0.3],
  ['familyAndGiven', 0.2],
  ['givenOnly', 0.2],
  ['givenPrefix', 0.2],
  ['dForĐ', 0.1],
];

export interface SearchQuery {
  kind: QueryKind;
  q: string;
}

/** `n` queries built from names in the database, folded the way a clerk types them. */
export function buildQueries(conn: Connection, rng: Random, n: number): SearchQuery[] {
  const plan = MIX.flatMap(([kind, share]) => Array.from({ length: Math.round(n * share) }, () => kind)).slice(0, n);
  while (plan.length < n) plan.push('fullName');
  const people = sampleMembers(conn, rng, n);
  const dPeople = sampleDMembers(conn, rng, n);
  const fold = (p: NameSample, kind: QueryKind): string => {
    switch (kind) {
      case 'fullName':
        return searchKey(p.fullName); // "nguyen van nen"
      case 'familyAndGiven':
        return searchKey(`${p.familyName} ${p.givenName}`); // "nguyen nen"
      case 'givenOnly':
        return searchKey(p.givenName); // "nen"
      case 'givenPrefix':
        return searchKey(p.givenName).slice(0, rng.int(2, 3)); // "ne"
      case 'dForĐ': {
        const word = p.givenName.startsWith('Đ') ? p.givenName : p.familyName; // "duc" for Đức, "dang" for Đặng
        return rng.chance(0.5) ? searchKey(word) : searchKey(`${p.familyName} ${p.givenName}`);
      }
    }
  };
  return rng.shuffled(plan).map((kind, i) => {
    const person = kind === 'dForĐ' ? (dPeople[i] ?? (people[i] as NameSample)) : (people[i] as NameSample);
    return { kind, q: fold(person, kind) };
  });
}

export interface SearchResult extends Summary {
  target: { stat: 'p95'; ms: number };
  pass: boolean;
  byKind: Record<string, Summary & { noHit: number }>;
  /** Queries built from real names that found nothing (should be 0). */
  noHit: number;
  examples: string[];
}

export async function search(core: Core, conn: Connection, seed: number, n: number): Promise<SearchResult> {
  const rng = new Random(seed * 31 + 1);
  const queries = buildQueries(conn, rng, n);
  for (const q of queries.slice(0, 20)) await call(core, 'member:list', { q: q.q, limit: 50 }); // warm-up, not counted
  const samples: number[] = [];
  const byKind = new Map<QueryKind, { ms: number[]; noHit: number }>();
  let noHit = 0;
  for (const query of queries) {
    const { ms, value } = await timed(() => call<{ total: number }>(core, 'member:list', { q: query.q, limit: 50 }));
    samples.push(ms);
    const k = byKind.get(query.kind) ?? { ms: [], noHit: 0 };
    k.ms.push(ms);
    if (value.total === 0) {
      k.noHit++;
      noHit++;
    }
    byKind.set(query.kind, k);
  }
  return {
    ...against(summarize(samples), 'p95', SEARCH_TARGET_P95_MS),
    byKind: Object.fromEntries([...byKind].map(([kind, v]) => [kind, { ...summarize(v.ms), noHit: v.noHit }])),
    noHit,
    examples: [...new Set(MIX.map(([kind]) => queries.find((q) => q.kind === kind)?.q ?? ''))],
  };
}
