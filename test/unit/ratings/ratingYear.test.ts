import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../../shared/kernel/problems.ts';
import { decisionDateProblem, defaultRatingYear, lastRatingYear } from '../../../shared/ratings/rules.ts';

describe('the year rated by default', () => {
  it('is the last year whose rating has begun: the year before until 1 December, then the year itself', () => {
    // The e2e tests' pinned day: the 2026 rating has not begun, the 2025 one is the last done.
    expect(defaultRatingYear('2026-11-20')).toBe(2025);
    expect(defaultRatingYear('2026-11-30')).toBe(2025);
    // The rating of a year is done at its end: from 1 December it is the year being rated.
    expect(defaultRatingYear('2026-12-01')).toBe(2026);
    expect(defaultRatingYear('2026-12-07')).toBe(2026);
    expect(defaultRatingYear('2026-12-31')).toBe(2026);
    // Into the next year (late decisions, corrections) the year just ended stays the default.
    expect(defaultRatingYear('2027-01-15')).toBe(2026);
    expect(defaultRatingYear('2027-06-30')).toBe(2026);
  });

  it('never lets a year after today be rated', () => {
    expect(lastRatingYear('2026-11-20')).toBe(2026);
    expect(lastRatingYear('2026-12-07')).toBe(2026);
    expect(lastRatingYear('2027-01-02')).toBe(2027);
  });
});

describe('the decision date of a rating', () => {
  it('may be today or before, never after today', () => {
    expect(decisionDateProblem(null, '2026-11-20')).toBeNull();
    expect(decisionDateProblem('2026-11-20', '2026-11-20')).toBeNull();
    expect(decisionDateProblem('2025-12-30', '2026-11-20')).toBeNull();
    const problem = decisionDateProblem('2026-11-21', '2026-11-20');
    expect(problem).not.toBeNull();
    expect(renderProblem(problem!)).toBe('Ngày quyết định ở tương lai.');
  });
});
