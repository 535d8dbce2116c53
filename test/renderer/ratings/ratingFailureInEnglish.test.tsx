import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fail } from '../../../shared/contract/index.ts';
import { renderProblem } from '../../../shared/contract/problems.ts';
import { ratingProblems as P } from '../../../shared/ratings/problems.ts';
import { i18n } from '../../../renderer/src/i18n/index.ts';
import { api, openGrid } from './ratingFixtures.tsx';

afterEach(() => act(() => i18n.changeLanguage('vi')));

const tooHigh = P.scoreAbove({ score: 95, category: 'Hoàn thành tốt nhiệm vụ', band: P.bandBetween({ min: 70, below: 90 }) });
const refused = P.gridRefused({ name: 'Nguyễn Văn Bình', problem: tooHigh });

describe('a rating refused by the core, in English', () => {
  it('says it in Vietnamese word for word as before the catalogue', () => {
    expect(renderProblem(refused)).toBe('Chưa lưu bảng xếp loại: Nguyễn Văn Bình: Điểm 95 vượt ngưỡng của mức "Hoàn thành tốt nhiệm vụ" (70 đến dưới 90 điểm).');
  });

  it('shows the refusal and the refused row in English when the interface is in English', async () => {
    const fake = api({ 'rating:saveGrid': async () => fail('RULE', refused, { 'entries.1.score': tooHigh }) });
    const { user, grid } = await openGrid(fake);
    await act(() => i18n.changeLanguage('en'));
    await user.click(within(grid).getAllByRole('row')[1]!);
    await user.keyboard('22');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The rating table was not saved: Nguyễn Văn Bình: A score of 95 is above the band of "Hoàn thành tốt nhiệm vụ" (70 to below 90 points).')).toBeInTheDocument();
    const bad = within(grid).getAllByRole('row')[2]!;
    expect(within(bad).getByRole('alert')).toHaveTextContent('A score of 95 is above the band');
    expect(screen.queryByText(/vượt ngưỡng/)).toBeNull();
  });
});
