import { describe, expect, it } from 'vitest';
import { Random, WeightedPicker, apportion, decimalPermutation } from '../../../../electron/services/system/demo/random.ts';

describe('Random', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const seqA = Array.from({ length: 100 }, () => a.nextUint32());
    expect(Array.from({ length: 100 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 100 }, () => c.nextUint32())).not.toEqual(seqA);
  });

  it('distinguishes seeds beyond 32 bits', () => {
    expect(new Random(1).nextUint32()).not.toBe(new Random(2 ** 32 + 1).nextUint32());
  });

  it('pins the stream so stored demo data stays reproducible across versions', () => {
    const r = new Random(2025);
    expect(Array.from({ length: 4 }, () => r.nextUint32())).toEqual([2224624276, 1910537468, 1943947768, 2794265290]);
  });

  it('draws floats in [0, 1) and integers in the inclusive range, about uniformly', () => {
    const r = new Random(7);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      const k = r.int(1, 6);
      counts[k - 1] = (counts[k - 1] as number) + 1;
    }
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(500);
    expect(() => r.int(3, 2)).toThrow(RangeError);
  });

  it('shuffles to a permutation of the input', () => {
    const r = new Random(1);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = r.shuffled(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('WeightedPicker', () => {
  it('picks in proportion to the weights and never picks zero weights', () => {
    const picker = new WeightedPicker([['a', 70], ['b', 20], ['c', 10], ['never', 0]] as const);
    const r = new Random(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < 50_000; i++) {
      const x = picker.pick(r);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    expect(counts.get('never')).toBeUndefined();
    expect((counts.get('a') ?? 0) / 50_000).toBeCloseTo(0.7, 1);
    expect((counts.get('b') ?? 0) / 50_000).toBeCloseTo(0.2, 1);
    expect((counts.get('c') ?? 0) / 50_000).toBeCloseTo(0.1, 1);
    expect(picker.probability('a')).toBeCloseTo(0.7, 10);
  });

  it('refuses an empty table', () => {
    expect(() => new WeightedPicker([['x', 0]])).toThrow(RangeError);
  });
});

describe('apportion', () => {
  it('splits a total into integer parts that add up exactly', () => {
    const parts = apportion(1000, [1, 2, 3, 4]);
    expect(parts).toEqual([100, 200, 300, 400]);
    const uneven = apportion(10, [1, 1, 1]);
    expect(uneven.reduce((a, b) => a + b, 0)).toBe(10);
    expect(Math.max(...uneven) - Math.min(...uneven)).toBeLessThanOrEqual(1);
    expect(apportion(7, [0, 0])).toEqual([4, 3]);
    expect(apportion(0, [5, 5])).toEqual([0, 0]);
    expect(apportion(5, [])).toEqual([]);
  });
});

describe('decimalPermutation', () => {
  it('is a bijection on 10^(2h) values (distinct outputs, all in range)', () => {
    const seen = new Set<number>();
    for (let v = 0; v < 10_000; v++) {
      const p = decimalPermutation(v, 2, 12345);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(10_000);
      seen.add(p);
    }
    expect(seen.size).toBe(10_000);
  });

  it('depends on the key and does not keep the order', () => {
    const a = Array.from({ length: 20 }, (_, v) => decimalPermutation(v, 5, 1));
    const b = Array.from({ length: 20 }, (_, v) => decimalPermutation(v, 5, 2));
    expect(a).not.toEqual(b);
    expect([...a].sort((x, y) => x - y)).not.toEqual(a);
  });
});
