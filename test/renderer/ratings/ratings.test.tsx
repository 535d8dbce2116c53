import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/contract/index.ts';
import type { OrgGridResult } from '../../../shared/ratings/schemas.ts';
import { MemberRatingsTab } from '../../../renderer/src/screens/ratings/MemberRatingsTab.tsx';
import { RatingsScreen } from '../../../renderer/src/screens/ratings/RatingsScreen.tsx';
import { useMemberFileStore } from '../../../renderer/src/screens/memberFile/store.ts';
import { useRatingStore } from '../../../renderer/src/screens/ratings/store.ts';
import { fakeApi } from '../fakeApi.ts';
import { orgNode } from '../fixtures.ts';
import { renderWith } from '../render.tsx';
import { api, CATEGORIES, memberGrid, openGrid, quotaGroup, rating, REGIME } from './ratingFixtures.tsx';

beforeEach(() => {
  useRatingStore.setState(useRatingStore.getInitialState(), true);
});

const category = (name: string) => (screen.getByRole('combobox', { name: `Xếp loại: ${name}` }) as HTMLSelectElement).value;
const quotaLine = () => screen.getByText(/^Xuất sắc: /);

describe('the rating grid', () => {
  it('opens the grid of the chosen organisation for last year, with the not-subject members apart', async () => {
    const fake = api();
    const { grid } = await openGrid(fake);
    expect(fake['rating:grid']).toHaveBeenCalledWith({ organisationId: 7, year: 2025 });
    expect(within(grid).getAllByRole('row')).toHaveLength(11);
    expect(screen.getByText('Ngày xét: 31/12/2025 · Chế độ xếp loại 2025')).toBeInTheDocument();
    const apart = screen.getByRole('table', { name: 'Không thuộc diện xếp loại (2)' });
    expect(within(apart).getByRole('row', { name: /Trần Thị Oanh .* Miễn công tác và sinh hoạt đảng 01\/03\/2025/ })).toBeInTheDocument();
    expect(within(apart).getByRole('row', { name: /Lê Văn Phú .* Kết nạp chưa đủ 6 tháng/ })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Tổng hợp năm 2025: Chi bộ Trường THCS Thanh Sơn' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'Thuộc diện nhưng chưa xếp loại 10 83,3%' })).toBeInTheDocument();
  });

  it('sets categories from the keyboard: digits, short codes, Delete, arrows', async () => {
    const { user, grid } = await openGrid(api());
    const rows = within(grid).getAllByRole('row').slice(1);
    await user.click(rows[0]!);
    await user.keyboard('2');
    expect(category('Nguyễn Văn An')).toBe('HTTNV');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('xs');
    expect(category('Nguyễn Văn Bình')).toBe('HTXSNV');
    await user.keyboard('ht');
    expect(category('Nguyễn Văn Cường')).toBe('HTNV');
    await user.keyboard('k');
    expect(category('Nguyễn Văn Dung')).toBe('KHTNV');
    await user.keyboard('T');
    expect(category('Nguyễn Văn Giang')).toBe('HTTNV');
    expect(rows[5]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}{Delete}');
    expect(category('Nguyễn Văn Dung')).toBe('');
    expect(rows[3]).toHaveFocus();
    await user.keyboard('4');
    expect(category('Nguyễn Văn Dung')).toBe('KHTNV');
    expect(screen.getByText('Đã xếp loại 5/10 · chưa xếp loại 5 · 5 thay đổi chưa lưu')).toBeInTheDocument();
  });

  it('goes to the score with Enter, proposes the category of the score band and flags a mismatch', async () => {
    const { user, grid } = await openGrid(api());
    const rows = within(grid).getAllByRole('row').slice(1);
    await user.click(rows[0]!);
    await user.keyboard('{Enter}');
    const score = screen.getByRole('textbox', { name: 'Điểm: Nguyễn Văn An' });
    expect(score).toHaveFocus();
    await user.keyboard('92{Enter}');
    expect(category('Nguyễn Văn An')).toBe('HTXSNV');
    // Enter ends the score: the next row has the focus, so a key rates it (not its score box).
    expect(rows[1]).toHaveFocus();
    await user.keyboard('2');
    expect(category('Nguyễn Văn Bình')).toBe('HTTNV');
    expect(screen.getByRole('textbox', { name: 'Điểm: Nguyễn Văn Bình' })).toHaveValue('');
    await user.click(screen.getByRole('textbox', { name: 'Điểm: Nguyễn Văn Bình' }));
    await user.keyboard('95');
    expect(screen.getByText('Điểm không khớp mức xếp loại')).toBeInTheDocument();
  });

  it('recounts the quota live and turns it red when exceeded', async () => {
    const { user, grid } = await openGrid(api());
    expect(quotaLine()).toHaveTextContent('Xuất sắc: 0 / tối đa 0 (20% của 0 Hoàn thành tốt)');
    const rows = within(grid).getAllByRole('row').slice(1);
    await user.click(rows[0]!);
    await user.keyboard('22222');
    expect(quotaLine()).toHaveTextContent('Xuất sắc: 0 / tối đa 1 (20% của 5 Hoàn thành tốt)');
    await user.keyboard('1');
    expect(quotaLine()).toHaveTextContent(/^Xuất sắc: 1 \/ tối đa 1 \(20% của 5 Hoàn thành tốt\)$/);
    expect(document.querySelector('[data-quota="members"]')).toHaveAttribute('data-exceeded', 'false');
    await user.keyboard('1');
    expect(quotaLine()).toHaveTextContent('Xuất sắc: 2 / tối đa 1 (20% của 5 Hoàn thành tốt) — vượt tỷ lệ');
    expect(document.querySelector('[data-quota="members"]')).toHaveAttribute('data-exceeded', 'true');
  });

  it('counts the ratings of the other cells of the grassroots organisation', async () => {
    const grid = memberGrid();
    const fake = api({
      'rating:grid': async () => ok({ ...grid, quota: { ...grid.quota!, peerOrganisationName: 'Đảng bộ khu vực Hương Cần', outsideExcellent: 3, outsideGood: 15, excellent: 3, good: 15, limit: 3 } }),
    });
    const { user, grid: table } = await openGrid(fake);
    expect(quotaLine()).toHaveTextContent('Xuất sắc: 3 / tối đa 3 (20% của 15 Hoàn thành tốt)');
    expect(screen.getByText('Tính cả 3 xuất sắc và 15 hoàn thành tốt ở các chi bộ khác của Đảng bộ khu vực Hương Cần.')).toBeInTheDocument();
    await user.click(within(table).getAllByRole('row')[1]!);
    await user.keyboard('1');
    expect(quotaLine()).toHaveTextContent('Xuất sắc: 4 / tối đa 3 (20% của 15 Hoàn thành tốt) — vượt tỷ lệ');
  });

  it('saves the changed rows, asks to confirm a quota breach and resends with the confirmation', async () => {
    const message = 'Vượt tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" của Chi bộ Trường THCS Thanh Sơn: 2 trong khi tối đa là 0 (20% của 0 "Hoàn thành tốt nhiệm vụ"). Chỉ lưu khi cấp có thẩm quyền đã đồng ý: hãy xác nhận để lưu.';
    const saved = memberGrid({}, { 100: rating('HTXSNV'), 101: rating('HTXSNV') });
    const fake = api({
      'rating:saveGrid': async (input) => (input.confirmQuotaBreach ? ok({ created: 2, updated: 0, removed: 0, unchanged: 0, grid: saved }) : fail('RULE', message, { confirmQuotaBreach: message })),
    });
    const { user, grid } = await openGrid(fake);
    await user.click(within(grid).getAllByRole('row')[1]!);
    await user.keyboard('11');
    await user.type(screen.getByRole('textbox', { name: 'Số quyết định' }), '15-QĐ/ĐU');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vượt tỷ lệ xuất sắc' });
    expect(dialog).toHaveTextContent(message);
    expect(fake['rating:saveGrid']).toHaveBeenCalledWith({
      organisationId: 7,
      year: 2025,
      confirmQuotaBreach: false,
      entries: [
        { memberId: 100, categoryCode: 'HTXSNV', score: null, decidingBody: null, decisionNo: '15-QĐ/ĐU', decisionDate: null, note: null },
        { memberId: 101, categoryCode: 'HTXSNV', score: null, decidingBody: null, decisionNo: '15-QĐ/ĐU', decisionDate: null, note: null },
      ],
    });
    await user.click(within(dialog).getByRole('button', { name: 'Vẫn lưu (cấp có thẩm quyền đã đồng ý)' }));
    expect(await screen.findByText('Đã lưu: thêm 2, sửa 0, xóa 0.')).toBeInTheDocument();
    expect(fake['rating:saveGrid']).toHaveBeenLastCalledWith(expect.objectContaining({ confirmQuotaBreach: true }));
    expect(category('Nguyễn Văn An')).toBe('HTXSNV');
    expect(screen.getByText('Đã xếp loại 2/10 · chưa xếp loại 8 · 0 thay đổi chưa lưu')).toBeInTheDocument();
    expect(fake['rating:summary']).toHaveBeenCalledTimes(2);
  });

  it('keeps the entries when the confirmation is declined, and saves with Ctrl+S', async () => {
    const message = 'Vượt tỷ lệ: 1 trong khi tối đa là 0.';
    const fake = api({ 'rating:saveGrid': async () => fail('RULE', message, { confirmQuotaBreach: message }) });
    const { user, grid } = await openGrid(fake);
    await user.click(within(grid).getAllByRole('row')[1]!);
    await user.keyboard('1{Control>}s{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Vượt tỷ lệ xuất sắc' });
    await user.click(within(dialog).getByRole('button', { name: 'Quay lại sửa' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(category('Nguyễn Văn An')).toBe('HTXSNV');
    expect(fake['rating:saveGrid']).toHaveBeenCalledTimes(1);
  });

  it('shows a refused entry on its row, and the core message', async () => {
    const message = 'Chưa lưu bảng xếp loại: Nguyễn Văn Bình: Điểm 95 vượt ngưỡng của mức "Hoàn thành tốt nhiệm vụ" (70 đến dưới 90 điểm).';
    const fake = api({ 'rating:saveGrid': async () => fail('RULE', message, { 'entries.1.score': 'Điểm 95 vượt ngưỡng của mức "Hoàn thành tốt nhiệm vụ" (70 đến dưới 90 điểm).' }) });
    const { user, grid } = await openGrid(fake);
    await user.click(within(grid).getAllByRole('row')[1]!);
    await user.keyboard('22');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    const bad = within(grid).getAllByRole('row')[2]!;
    expect(within(bad).getByRole('alert')).toHaveTextContent('Điểm 95 vượt ngưỡng');
  });

  it('asks before dropping unsaved entries when another year is chosen', async () => {
    const fake = api();
    const { user, grid } = await openGrid(fake);
    await user.click(within(grid).getAllByRole('row')[1]!);
    await user.keyboard('2');
    const year = screen.getByRole('textbox', { name: 'Năm' });
    await user.clear(year);
    await user.type(year, '2024');
    const dialog = await screen.findByRole('dialog', { name: 'Bỏ thay đổi chưa lưu?' });
    expect(dialog).toHaveTextContent('Bảng xếp loại đang có 1 thay đổi chưa lưu.');
    await user.click(within(dialog).getByRole('button', { name: 'Bỏ thay đổi' }));
    await waitFor(() => expect(fake['rating:grid']).toHaveBeenLastCalledWith({ organisationId: 7, year: 2024 }));
  });
});

describe('organisation ratings', () => {
  const orgGrid: OrgGridResult = {
    organisation: { id: 2, name: 'Đảng bộ xã Thanh Sơn', typeCode: 'COMMUNE' },
    year: 2025,
    ratingDate: '2025-12-31',
    regime: REGIME,
    categories: CATEGORIES,
    rows: [
      { organisationId: 11, name: 'Đảng bộ khu vực Hương Cần', typeCode: 'GRASSROOTS_COMMITTEE', typeName: 'Đảng bộ cơ sở', rating: null },
      { organisationId: 12, name: 'Chi bộ Trường THCS Thanh Sơn', typeCode: 'GRASSROOTS_CELL', typeName: 'Chi bộ cơ sở', rating: null },
    ],
    notSubject: [{ organisationId: 13, name: 'Chi bộ Hợp tác xã Tân Lập', typeCode: 'GRASSROOTS_CELL', typeName: 'Chi bộ cơ sở', reason: 'dissolved', reasonText: 'Thôi hoạt động từ 01/09/2025', since: '2025-09-01', rating: null }],
    quotas: (['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'] as const).map((typeCode) =>
      quotaGroup({ peerOrganisationId: 2, peerOrganisationName: 'Đảng bộ xã Thanh Sơn', typeCode, typeName: typeCode === 'GRASSROOTS_CELL' ? 'Chi bộ cơ sở' : 'Đảng bộ cơ sở' }),
    ),
  };

  it('rates the organisations under an upper level, one quota per type', async () => {
    const fake = api({
      'organisation:search': async () => ok([{ ...orgNode(2, 'Đảng bộ xã Thanh Sơn', { typeCode: 'COMMUNE' }), pathNames: ['Đảng bộ tỉnh'] }]),
      'rating:orgGrid': async () => ok(orgGrid),
      'rating:saveOrgGrid': async () => ok({ created: 1, updated: 0, removed: 0, unchanged: 0, grid: orgGrid }),
    });
    const { user } = renderWith(fake, <RatingsScreen />);
    await user.click(screen.getByRole('radio', { name: 'Tổ chức đảng' }));
    await user.type(screen.getByRole('combobox', { name: 'Tổ chức cấp trên' }), 'thanh son');
    await user.click(await screen.findByRole('option', { name: /Đảng bộ xã Thanh Sơn/ }));
    const grid = await screen.findByRole('grid', { name: 'Bảng xếp loại tổ chức đảng' });
    expect(fake['rating:orgGrid']).toHaveBeenCalledWith({ organisationId: 2, year: 2025 });
    expect(screen.getByText('Tổ chức thôi hoạt động trong năm (1)')).toBeInTheDocument();
    await user.click(within(grid).getAllByRole('row')[1]!);
    await user.keyboard('1');
    expect(screen.getByText('Đảng bộ cơ sở: Xuất sắc: 1 / tối đa 0 (20% của 0 Hoàn thành tốt) — vượt tỷ lệ')).toBeInTheDocument();
    expect(screen.getByText('Chi bộ cơ sở: Xuất sắc: 0 / tối đa 0 (20% của 0 Hoàn thành tốt)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(fake['rating:saveOrgGrid']).toHaveBeenCalledWith(expect.objectContaining({ organisationId: 2, entries: [expect.objectContaining({ organisationId: 11, categoryCode: 'HTXSNV' })] }));
  });
});

describe('the member file tab', () => {
  const history = {
    memberId: 100,
    fullName: 'Nguyễn Văn An',
    ratings: [rating('HTTNV', { score: 82, decisionNo: '12-QĐ/ĐU', decisionDate: '2026-01-15' }), rating('HTNV', { year: 2020, regime: 2018 })],
  };

  it('lists the ratings by year and edits one year in a small form', async () => {
    const fake = fakeApi({
      'rating:member': async () => ok(history),
      'rating:categories': async ({ year }) => ok({ year, ratingDate: `${year}-12-31`, regime: REGIME, member: CATEGORIES, organisation: CATEGORIES }),
      'rating:save': async () => ok({ rating: rating('HTXSNV', { score: 93 }), quota: null }),
    });
    const { user } = renderWith(fake, <MemberRatingsTab memberId={100} />);
    const table = await screen.findByRole('table', { name: 'Kết quả xếp loại của Nguyễn Văn An' });
    expect(within(table).getByRole('row', { name: /2025 Hoàn thành tốt nhiệm vụ 82 12-QĐ\/ĐU 15\/01\/2026/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /2020 Hoàn thành nhiệm vụ/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sửa 2025' }));
    const form = await screen.findByRole('form', { name: 'Sửa xếp loại năm 2025' });
    await waitFor(() => expect(fake['rating:categories']).toHaveBeenCalledWith({ year: 2025 }));
    await user.click(within(form).getByRole('combobox', { name: 'Xếp loại' }));
    await user.click(await screen.findByRole('option', { name: 'Hoàn thành xuất sắc nhiệm vụ' }));
    const score = within(form).getByRole('textbox', { name: 'Điểm' });
    await user.clear(score);
    await user.type(score, '93');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(fake['rating:save']).toHaveBeenCalledWith({
        memberId: 100,
        year: 2025,
        categoryCode: 'HTXSNV',
        score: 93,
        decidingBody: null,
        decisionNo: '12-QĐ/ĐU',
        decisionDate: '2026-01-15',
        note: null,
        confirmQuotaBreach: false,
      }),
    );
    expect(await screen.findByText('Đã lưu xếp loại năm 2025.')).toBeInTheDocument();
    expect(fake['rating:member']).toHaveBeenCalledTimes(2);
  });

  it('closes only its small form on Esc (the member file around it stays), and saves with Ctrl+S', async () => {
    const fake = fakeApi({
      'rating:member': async () => ok(history),
      'rating:categories': async ({ year }) => ok({ year, ratingDate: `${year}-12-31`, regime: REGIME, member: CATEGORIES, organisation: CATEGORIES }),
      'rating:save': async () => ok({ rating: rating('HTTNV', { score: 85 }), quota: null }),
    });
    const fileSawEscape = vi.fn();
    const { user } = renderWith(
      fake,
      <div onKeyDown={(event) => event.key === 'Escape' && fileSawEscape()}>
        <MemberRatingsTab memberId={100} />
      </div>,
    );
    await user.click(await screen.findByRole('button', { name: 'Sửa 2025' }));
    let form = await screen.findByRole('form', { name: 'Sửa xếp loại năm 2025' });
    // A year's rating being typed is unsaved work of the member file until the form goes.
    await user.type(within(form).getByRole('textbox', { name: 'Điểm' }), '9');
    expect(useMemberFileStore.getState().dirty.ratings).toBe(true);
    await user.type(within(form).getByRole('textbox', { name: 'Điểm' }), '{Escape}');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Sửa xếp loại năm 2025' })).not.toBeInTheDocument());
    expect(fileSawEscape).not.toHaveBeenCalled();
    expect(useMemberFileStore.getState().dirty.ratings).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Sửa 2025' }));
    form = await screen.findByRole('form', { name: 'Sửa xếp loại năm 2025' });
    const score = within(form).getByRole('textbox', { name: 'Điểm' });
    await user.clear(score);
    await user.type(score, '85{Control>}s{/Control}');
    await waitFor(() => expect(fake['rating:save']).toHaveBeenCalledWith(expect.objectContaining({ year: 2025, categoryCode: 'HTTNV', score: 85 })));
  });

  it('asks to confirm a quota breach from the form too', async () => {
    const message = 'Vượt tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" của Chi bộ: 5 trong khi tối đa là 4.';
    const fake = fakeApi({
      'rating:member': async () => ok({ ...history, ratings: [] }),
      'rating:categories': async ({ year }) => ok({ year, ratingDate: `${year}-12-31`, regime: REGIME, member: CATEGORIES, organisation: CATEGORIES }),
      'rating:save': async (input) => (input.confirmQuotaBreach ? ok({ rating: rating('HTXSNV'), quota: null }) : fail('RULE', message, { confirmQuotaBreach: message })),
    });
    const { user } = renderWith(fake, <MemberRatingsTab memberId={100} />);
    expect(await screen.findByText('Chưa có kết quả xếp loại nào.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thêm kết quả xếp loại' }));
    const form = await screen.findByRole('form', { name: 'Thêm kết quả xếp loại' });
    await user.click(within(form).getByRole('combobox', { name: 'Xếp loại' }));
    await user.click(await screen.findByRole('option', { name: 'Hoàn thành xuất sắc nhiệm vụ' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vượt tỷ lệ xuất sắc' });
    await user.click(within(dialog).getByRole('button', { name: 'Vẫn lưu (cấp có thẩm quyền đã đồng ý)' }));
    await waitFor(() => expect(fake['rating:save']).toHaveBeenLastCalledWith(expect.objectContaining({ year: 2025, categoryCode: 'HTXSNV', confirmQuotaBreach: true })));
  });
});
