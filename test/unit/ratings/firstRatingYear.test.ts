import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstRatingYear } from '../../../shared/ratings/rules.ts';

describe('firstRatingYear', () => {
  it('is the first year of the earliest regime, whatever the order', () => {
    expect(firstRatingYear([{ firstYear: 2018 }, { firstYear: 2008 }, { firstYear: 2025 }])).toBe(2008);
    expect(firstRatingYear([])).toBeNull();
  });

  it('is 2008 for the seeded catalogue (db/seed/csv/rating-regimes.csv)', () => {
    const csv = readFileSync(fileURLToPath(new URL('../../../db/seed/csv/rating-regimes.csv', import.meta.url)), 'utf8');
    const regimes = csv.split(/\r?\n/).slice(1).filter((l) => l.trim() !== '').map((l) => ({ firstYear: Number(l.split(',')[1]) }));
    expect(firstRatingYear(regimes)).toBe(2008);
  });
});
