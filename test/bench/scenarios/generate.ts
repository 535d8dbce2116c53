/** Demo generation through the service API (system:demo), or reuse of a database that already has it. */
import { bulkHandle } from '../../../db/bulk.ts';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DB_FILE, call, openBenchCore, type OpenCore } from '../core.ts';
import { openConnection } from '../../../db/connection.ts';
import { generateDemoRatings } from '../../../electron/services/system/demo/ratings.ts';
import { note, timed } from '../measure.ts';
import { counts, openReadOnly } from '../sample.ts';

export const GENERATION_TARGET_MS = 60_000;

export interface GenerationResult {
  reused: boolean;
  members: number;
  organisations: number;
  ms: number | null;
  targetMs: number;
  pass: boolean | null;
  fileBytes: number;
  /** Peak resident memory of the bench process up to the end of generation (null when reused). */
  peakRssBytes: number | null;
  /**
   * The extra, older year of member ratings the bench adds after the demo's five (null when reused):
   * members admitted in the last years are not rated, so five years hold about 2.24 M rows; the sixth
   * brings the table past the 2.5 M rows issue 3 sizes the rating benchmarks for.
   */
  extraRatingYear: { year: number; memberRatings: number; ms: number } | null;
}

/** Rates one more completed year, older than the demo's own, straight through the demo writer. */
function addOlderRatingYear(file: string, seed: number): { year: number; memberRatings: number; ms: number } {
  const conn = openConnection(file);
  try {
    const first = conn.sqlite.prepare('SELECT min(year) FROM member_rating').pluck().get() as number | null;
    if (first === null) throw new Error('the demo wrote no ratings');
    const today = new Date().toISOString().slice(0, 10);
    const started = performance.now();
    const r = generateDemoRatings(bulkHandle(conn), { years: [first - 1], seed, today });
    return { year: first - 1, memberRatings: r.memberRatings, ms: Math.round(performance.now() - started) };
  } finally {
    conn.close();
  }
}

function fileBytes(file: string): number {
  const size = (f: string) => (existsSync(f) ? statSync(f).size : 0);
  return size(file) + size(`${file}-wal`);
}

export async function generation(openCore: OpenCore, dataDir: string, members: number, seed: number, reuse: boolean): Promise<GenerationResult> {
  const file = path.join(dataDir, DB_FILE);
  if (existsSync(file)) {
    const conn = openReadOnly(file);
    let found: ReturnType<typeof counts>;
    try {
      found = counts(conn);
    } finally {
      conn.close();
    }
    if (found.organisations > 0) {
      if (reuse && found.demoMembers === members) {
        note(`reusing ${file} (${found.demoMembers} demo members, ${found.benchMembers} added by earlier bench runs)`);
        return { reused: true, members, organisations: found.organisations, ms: null, targetMs: GENERATION_TARGET_MS, pass: null, fileBytes: fileBytes(file), peakRssBytes: null, extraRatingYear: null };
      }
      throw new Error(
        `${file} already holds ${found.organisations} organisations and ${found.demoMembers} demo members` +
          (reuse ? ` (not the ${members} asked for)` : ' (pass --reuse to measure it again)') +
          '; use an empty --data-dir to generate.',
      );
    }
  }
  const core = await openBenchCore(openCore, dataDir);
  let result: { organisations: number; members: number };
  let ms: number;
  try {
    note(`generating ${members} members (seed ${seed})…`);
    ({ ms, value: result } = await timed(() => call<{ organisations: number; members: number }>(core, 'system:demo', { members, seed })));
  } finally {
    await core.close();
  }
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  note(`generated ${result.members} members, ${result.organisations} organisations in ${(ms / 1000).toFixed(1)} s`);
  const extraRatingYear = addOlderRatingYear(file, seed);
  note(`added ${extraRatingYear.memberRatings} member ratings for ${extraRatingYear.year} in ${(extraRatingYear.ms / 1000).toFixed(1)} s (not part of the generation figure)`);
  return {
    reused: false,
    members: result.members,
    organisations: result.organisations,
    ms: Math.round(ms),
    targetMs: GENERATION_TARGET_MS,
    pass: ms <= GENERATION_TARGET_MS,
    fileBytes: fileBytes(file),
    peakRssBytes,
    extraRatingYear,
  };
}
