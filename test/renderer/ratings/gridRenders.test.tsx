import { within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import * as store from '../../../renderer/src/screens/ratings/store.ts';
import { api, memberGrid, openGrid } from './ratingFixtures.tsx';

/**
 * Issue 8: a 900-row grid draws only the rows in view, and a key typed on one row re-renders that row
 * and the one the focus moves to, not the grid's other rows. Each drawn row checks its score against
 * its category once per render (scoreMismatch), which this file counts.
 */
vi.mock('../../../renderer/src/screens/ratings/store.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof store>();
  return { ...actual, scoreMismatch: vi.fn(actual.scoreMismatch) };
});

const ROWS = 900;

function bigGrid() {
  const base = memberGrid();
  const template = base.rows[0]!;
  return {
    ...base,
    rows: Array.from({ length: ROWS }, (_, i) => ({ ...template, memberId: 1000 + i, fullName: `Nguyễn Văn Số ${String(i + 1).padStart(3, '0')}` })),
  };
}

beforeEach(() => {
  store.useRatingStore.setState(store.useRatingStore.getInitialState(), true);
});

describe('the rating grid of 900 members', () => {
  it('draws only the rows around its box, and a key re-renders only the row typed on and the next one', async () => {
    const { user, grid } = await openGrid(api({ 'rating:grid': async () => ok(bigGrid()) }));
    const drawn = () => within(grid).getAllByRole('row').slice(1);
    // A box of about a dozen rows, and the rows drawn beyond its edges: far fewer than 900.
    expect(drawn().length).toBeGreaterThan(5);
    expect(drawn().length).toBeLessThan(40);
    expect(grid).toHaveAttribute('aria-rowcount', String(ROWS + 1));

    await user.click(drawn()[0]!);
    const renders = vi.mocked(store.scoreMismatch);
    renders.mockClear();
    await user.keyboard('2');
    expect(store.useRatingStore.getState().drafts[1000]?.categoryCode).toBe('HTTNV');
    expect(drawn()[1]).toHaveFocus();
    // Row 1 (its rating) and row 2 (the focus): nothing else, whatever the number of rows.
    expect(renders.mock.calls.length).toBeGreaterThan(0);
    expect(renders.mock.calls.length).toBeLessThanOrEqual(2);

    renders.mockClear();
    await user.keyboard('{ArrowDown}');
    expect(drawn()[2]).toHaveFocus();
    expect(renders.mock.calls.length).toBeLessThanOrEqual(2);

    // The last row is drawn and focused at once, far from the rows in view.
    await user.keyboard('{End}');
    const last = within(grid).getByRole('row', { name: /Nguyễn Văn Số 900/ });
    expect(last).toHaveFocus();
    expect(last).toHaveAttribute('aria-rowindex', String(ROWS + 1));
  });
});
