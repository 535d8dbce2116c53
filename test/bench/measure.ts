/** Timing and percentile helpers for the benchmark harness. */

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile (p in 0..100) of ascending-sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** p50 / p95 / max / mean in ms, rounded to 0.01 ms. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1) ?? Number.NaN),
    mean: round(sorted.length === 0 ? Number.NaN : sum / sorted.length),
  };
}

/** Runs `fn` and returns its result with the elapsed wall time in ms. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** A summary judged against a target on one of its statistics. */
export function against<K extends keyof Summary>(summary: Summary, stat: K, target: number): Summary & { target: { stat: K; ms: number }; pass: boolean } {
  return { ...summary, target: { stat, ms: target }, pass: summary[stat] <= target };
}

/** Progress for people, on stderr (stdout carries only the JSON result). */
export function note(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
