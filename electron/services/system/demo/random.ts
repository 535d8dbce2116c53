/**
 * A small seeded pseudo-random generator for the demo data: the same seed gives the same province,
 * on every machine and every Node version (no Math.random, no floating-point library calls in the
 * stream itself).
 */

/** Next state and output of splitmix32 (Vigna's splitmix, 32-bit variant). */
function splitmix32(state: number): number {
  let z = state;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/** A seeded stream of numbers: mulberry32, its state initialised through splitmix32. */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Mix both halves of seeds beyond 32 bits so 1 and 2**32 + 1 differ.
    const low = seed >>> 0;
    const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
    this.state = splitmix32((low ^ splitmix32(high + 0x9e3779b9)) >>> 0);
  }

  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 0x1_0000_0000;
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): empty range`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** true with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** An independent stream derived from this one (for a sub-task whose length may change). */
  fork(): Random {
    return new Random(this.nextUint32() * 0x1_0000 + (this.nextUint32() & 0xffff));
  }
}

/** Picks items with given relative weights: cumulative table and binary search. */
export class WeightedPicker<T> {
  readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    const positive = entries.filter(([, w]) => w > 0);
    if (positive.length === 0) throw new RangeError('WeightedPicker needs at least one positive weight');
    this.items = positive.map(([item]) => item);
    this.cumulative = new Float64Array(positive.length);
    let sum = 0;
    positive.forEach(([, w], i) => {
      sum += w;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  /** The probability of one item (for tests and tuning). */
  probability(item: T): number {
    const i = this.items.indexOf(item);
    if (i < 0) return 0;
    const prev = i === 0 ? 0 : (this.cumulative[i - 1] as number);
    return ((this.cumulative[i] as number) - prev) / this.total;
  }

  pick(rng: Random): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder), so the parts
 * always add up exactly. Ties go to the earlier part.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) {
    const base = Math.floor(total / n);
    return weights.map((_, i) => base + (i < total - base * n ? 1 : 0));
  }
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) {
    const i = (order[k] as readonly [number, number])[1];
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}

/**
 * A keyed bijection on [0, 10^(2*halfDigits)): a 4-round Feistel network on two decimal halves.
 * Gives distinct, random-looking numbers (card and record numbers) without a set of used values.
 */
export function decimalPermutation(value: number, halfDigits: number, key: number): number {
  const m = 10 ** halfDigits;
  let left = Math.floor(value / m);
  let right = value % m;
  for (let round = 0; round < 4; round++) {
    const f = splitmix32((Math.imul(right, 0x9e3779b1) ^ Math.imul(key + round, 0x85ebca6b)) >>> 0) % m;
    const next = (left + f) % m;
    left = right;
    right = next;
  }
  return left * m + right;
}
