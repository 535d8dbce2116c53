import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fail, ok } from '../../../shared/contract/index.ts';
import { useRatingStore } from '../../../renderer/src/screens/ratings/store.ts';
import { useAppStore } from '../../../renderer/src/stores/appStore.ts';
import { api, memberGrid, openGrid, rating } from './ratingFixtures.tsx';

/**
 * Issue 8, the rating grid from the keyboard: where the focus goes after a category key, after ↓,
 * after Enter in Điểm; a decision date's message once, on its field; the year rated by default.
 */

beforeEach(() => {
  useRatingStore.setState(useRatingStore.getInitialState(), true);
});

const category = (name: string) => (screen.getByRole('combobox', { name: `Xếp loại: ${name}` }) as HTMLSelectElement).value;
const score = (name: string) => screen.getByRole('textbox', { name: `Điểm: ${name}` });
const dataRows = (grid: HTMLElement) => within(grid).getAllByRole('row').slice(1);

describe('the rating grid from the keyboard', () => {
  it('says on screen that a key rates the row and goes down', async () => {
    await openGrid(api());
    expect(screen.getByText(/1–4 hoặc XS\/T\/HT\/K: xếp loại và xuống dòng dưới/)).toBeInTheDocument();
    expect(screen.getByText(/Enter: nhập điểm, Enter lần nữa: xong điểm, xuống dòng dưới/)).toBeInTheDocument();
  });

  it('a key in a row’s category list rates that row and moves the focus down; ↓ then moves one row and rates nothing', async () => {
    const { user, grid } = await openGrid(api());
    const rows = dataRows(grid);
    const list = screen.getByRole('combobox', { name: 'Xếp loại: Nguyễn Văn Bình' });
    list.focus();
    await user.keyboard('3');
    expect(category('Nguyễn Văn Bình')).toBe('HTNV');
    expect(rows[2]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(rows[3]).toHaveFocus();
    expect(category('Nguyễn Văn Cường')).toBe('');
    // ↓ in a focused list moves the row, it does not step the list to the next category.
    screen.getByRole('combobox', { name: 'Xếp loại: Nguyễn Văn Giang' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(category('Nguyễn Văn Giang')).toBe('');
    expect(rows[5]).toHaveFocus();
    expect(rows[5]).toHaveAttribute('aria-selected', 'true');
  });

  it('a category chosen with the mouse gives the focus back to its row', async () => {
    const { user, grid } = await openGrid(api());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Xếp loại: Nguyễn Văn An' }), 'HTXSNV');
    expect(category('Nguyễn Văn An')).toBe('HTXSNV');
    expect(dataRows(grid)[0]).toHaveFocus();
    await user.keyboard('2');
    expect(category('Nguyễn Văn An')).toBe('HTTNV');
    expect(dataRows(grid)[1]).toHaveFocus();
  });

  it('Enter in Điểm goes to the next row, ↓ to the next row’s score, Escape back to the row', async () => {
    const { user, grid } = await openGrid(api());
    const rows = dataRows(grid);
    await user.click(rows[0]!);
    await user.keyboard('{Enter}85{Enter}');
    expect(score('Nguyễn Văn An')).toHaveValue('85');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(score('Nguyễn Văn Bình')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(score('Nguyễn Văn Cường')).toHaveFocus();
    await user.keyboard('55{ArrowUp}');
    expect(score('Nguyễn Văn Bình')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(rows[1]).toHaveFocus();
    expect(score('Nguyễn Văn Cường')).toHaveValue('55');
    expect(category('Nguyễn Văn Cường')).toBe('HTNV');
  });

  it('Enter on a row with a stored score selects it: what is typed replaces it', async () => {
    const { user, grid } = await openGrid(api({ 'rating:grid': async () => ok(memberGrid({}, { 100: rating('HTTNV', { score: 88 }) })) }));
    await user.click(dataRows(grid)[0]!);
    await user.keyboard('{Enter}');
    expect(score('Nguyễn Văn An')).toHaveFocus();
    await user.keyboard('72{Enter}');
    expect(score('Nguyễn Văn An')).toHaveValue('72');
  });
});

describe('the decision typed once for the changed rows', () => {
  it('refuses a decision date after today on its field, once, without asking the core', async () => {
    const fake = api();
    const { user, grid } = await openGrid(fake);
    await user.click(dataRows(grid)[0]!);
    await user.keyboard('222');
    const date = screen.getByRole('textbox', { name: 'Ngày quyết định' });
    await user.type(date, '01/12/2026');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findAllByText('Ngày quyết định ở tương lai.')).toHaveLength(1);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(within(grid).queryAllByRole('alert')).toHaveLength(0);
    expect(fake['rating:saveGrid']).not.toHaveBeenCalled();
    // Typing the date again clears its message.
    await user.clear(date);
    expect(screen.queryByText('Ngày quyết định ở tương lai.')).not.toBeInTheDocument();
  });

  it('refuses a date that is not a whole day on its field', async () => {
    const fake = api();
    const { user, grid } = await openGrid(fake);
    await user.click(dataRows(grid)[0]!);
    await user.keyboard('2');
    await user.type(screen.getByRole('textbox', { name: 'Ngày quyết định' }), '02/2026');
    await user.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText('Ngày không hợp lệ (nhập đủ ngày/tháng/năm)')).toBeInTheDocument();
    expect(fake['rating:saveGrid']).not.toHaveBeenCalled();
  });

  it('puts the core’s per-row messages about the typed decision on the field once, the others on their rows', async () => {
    const future = 'Ngày quyết định ở tương lai.';
    const fake = api({
      'rating:saveGrid': async () =>
        fail('RULE', `Chưa lưu bảng xếp loại: Nguyễn Văn An: ${future} (và 2 dòng khác có lỗi)`, {
          'entries.0.decisionDate': future,
          'entries.1.decisionDate': future,
          'entries.2.score': 'Điểm 95 vượt ngưỡng.',
        }),
    });
    const { user, grid } = await openGrid(fake);
    await user.click(dataRows(grid)[0]!);
    await user.keyboard('222');
    await user.type(screen.getByRole('textbox', { name: 'Ngày quyết định' }), '15/11/2026');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fake['rating:saveGrid']).toHaveBeenCalled());
    expect(await screen.findAllByText(future)).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Ngày quyết định' })).toHaveAttribute('aria-invalid', 'true');
    const alerts = within(grid).getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toHaveTextContent('Điểm 95 vượt ngưỡng.');
    expect(screen.getByText('Có 1 dòng cần sửa trước khi lưu.')).toBeInTheDocument();
  });
});

describe('the year rated by default', () => {
  it('is the year before until its rating begins in December (the fake core’s today, 20/11/2026)', async () => {
    const fake = api();
    await openGrid(fake);
    expect(fake['rating:grid']).toHaveBeenCalledWith({ organisationId: 7, year: 2025 });
    expect(screen.getByRole('textbox', { name: 'Năm' })).toHaveValue('2025');
  });

  it('is the year itself from 1 December (the core’s today pinned at 07/12/2026)', async () => {
    const fake = api();
    await openGrid(fake, () => {
      // As after start: today unknown, then system:info answers.
      useAppStore.setState({ today: null });
      useAppStore.setState({ today: '2026-12-07' });
    });
    expect(screen.getByRole('textbox', { name: 'Năm' })).toHaveValue('2026');
    expect(fake['rating:grid']).toHaveBeenCalledWith({ organisationId: 7, year: 2026 });
  });
});
