import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { snap } from './support/browser.ts';
import { e2eSession } from './support/session.ts';
import { createOrganisation, openPage, pick, pickOrganisation, shown, UI_TIMEOUT } from './support/ui.ts';

/**
 * Issue 3's "Done means", through the real UI in Chromium: a clerk admits a member, recognises her as
 * full a year later, transfers her to another cell, rates her within the quota, finds her on the right
 * badge round thirty years on, and every step is in the audit log.
 */

const PROVINCE = 'Đảng bộ tỉnh Phú Thọ';
const GRASSROOTS = 'Đảng bộ Công ty Chè Phú Đa';
const CELL_A = 'Chi bộ Phân xưởng Chế biến';
const CELL_B = 'Chi bộ Phòng Kinh doanh';
const MEMBER = 'Lê Thị Thu Hằng';

const session = e2eSession('story');

/** Selects an organisation in the tree by clicking its name. */
async function selectInTree(page: Page, name: string): Promise<void> {
  await page.getByRole('tree').getByText(name, { exact: true }).click();
  await expect.poll(() => page.getByRole('treeitem', { name, exact: true }).getAttribute('aria-selected'), { timeout: UI_TIMEOUT }).toBe('true');
}

describe('issue 3 in Chromium: one member from admission to the badge round', () => {
  it('admits, makes full, transfers, rates, finds on the 30-year round, and audits every step', async () => {
    const host = await session.start();
    const { page, errors } = await openPage(session.browser, host.url);
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'story-failure');
    });

    // 1. An empty start, then the province, a grassroots committee and two cells under it.
    const empty = page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' });
    await shown(empty, 20_000);
    await empty.click();
    await page.getByRole('tab', { name: 'Tổ chức đảng' }).click();
    await createOrganisation(page, PROVINCE, 'Đảng bộ tỉnh', true);
    await createOrganisation(page, GRASSROOTS, 'Đảng bộ cơ sở');
    await createOrganisation(page, CELL_A, 'Chi bộ trực thuộc');
    await selectInTree(page, GRASSROOTS);
    await createOrganisation(page, CELL_B, 'Chi bộ trực thuộc');
    await snap(page, 'story-01-organisations');

    // 2. The member, admitted on 03/02/1996 in cell A (decided in January).
    await page.getByRole('tab', { name: 'Đảng viên' }).click();
    await page.getByRole('button', { name: 'Thêm đảng viên' }).click();
    const card = page.getByRole('dialog');
    await card.getByLabel('Họ', { exact: true }).fill('Lê');
    await card.getByLabel('Chữ đệm', { exact: true }).fill('Thị Thu');
    await card.getByLabel('Tên', { exact: true }).fill('Hằng');
    await pick(card, 'Giới tính', 'Nữ');
    await card.getByLabel('Ngày sinh', { exact: true }).fill('14/08/1972');
    await card.getByLabel('Số CCCD', { exact: true }).fill('025172004321');
    await pickOrganisation(card, 'Tổ chức đảng', 'che bien', CELL_A);
    await card.getByLabel('Ngày vào Đảng', { exact: true }).fill('03/02/1996');
    await card.getByLabel('Ngày quyết định kết nạp', { exact: true }).fill('20/01/1996');
    await snap(page, 'story-02-member-card');
    await card.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);
    const row = page.getByRole('row').filter({ hasText: MEMBER });
    await shown(row);
    await expect.poll(() => row.first().textContent()).toContain('Dự bị');

    // 3. Her file (Enter on the row), the events tab: made full a year later, then moved to cell B.
    await row.first().click();
    await page.keyboard.press('Enter');
    const file = page.getByRole('dialog', { name: `Hồ sơ đảng viên: ${MEMBER}` });
    await shown(file);
    await file.getByRole('tab', { name: 'Sự kiện' }).click();
    await shown(file.getByRole('table', { name: 'Các sự kiện của đảng viên' }));

    await file.getByRole('button', { name: 'Ghi sự kiện' }).click();
    let form = file.getByRole('form', { name: 'Ghi sự kiện mới' });
    await pick(form, 'Loại sự kiện', 'Công nhận đảng viên chính thức');
    // The form starts on the core's today: the host's pinned clock (E2E_NOW), not the machine's date.
    expect(await form.getByLabel('Ngày', { exact: true }).inputValue()).toBe('20/11/2026');
    await form.getByLabel('Ngày', { exact: true }).fill('03/02/1997');
    await form.getByLabel('Số quyết định', { exact: true }).fill('45-QĐ/ĐU');
    await form.getByLabel('Ngày quyết định', { exact: true }).fill('28/01/1997');
    await snap(page, 'story-03-event-full');
    await form.getByLabel('Số quyết định', { exact: true }).press('Control+s');
    await shown(file.getByText('Đã ghi sự kiện “Công nhận đảng viên chính thức”.'));

    await file.getByRole('button', { name: 'Ghi sự kiện' }).click();
    form = file.getByRole('form', { name: 'Ghi sự kiện mới' });
    await pick(form, 'Loại sự kiện', 'Chuyển đi trong tỉnh');
    await form.getByLabel('Ngày', { exact: true }).fill('15/03/2024');
    await pickOrganisation(form, 'Chi bộ chuyển đến', 'kinh doanh', CELL_B);
    await form.getByLabel('Số quyết định', { exact: true }).fill('112-QĐ/ĐU');
    await snap(page, 'story-04-event-transfer');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await shown(file.getByText('Đã ghi sự kiện “Chuyển đi trong tỉnh”.'));

    const events = file.getByRole('table', { name: 'Các sự kiện của đảng viên' });
    await expect.poll(() => events.textContent(), { timeout: UI_TIMEOUT }).toContain(`${CELL_A} → ${CELL_B}`);
    await expect.poll(() => events.textContent(), { timeout: UI_TIMEOUT }).toContain('Số 45-QĐ/ĐU');
    const status = file.getByRole('status', { name: 'Quá trình sinh hoạt đảng' });
    await expect.poll(() => status.textContent(), { timeout: UI_TIMEOUT }).toContain('Chính thức');
    // The file's header and its record card follow the events (a later save of the card keeps them).
    const header = file.locator('dl').first();
    await expect.poll(() => header.textContent(), { timeout: UI_TIMEOUT }).toContain(CELL_B);
    await expect.poll(() => header.textContent(), { timeout: UI_TIMEOUT }).toContain('Chính thức');
    await snap(page, 'story-05-file-after-events');
    await file.getByRole('tab', { name: 'Sơ yếu lý lịch' }).click();
    await expect.poll(() => file.getByRole('combobox', { name: 'Tổ chức đảng', exact: true }).inputValue(), { timeout: UI_TIMEOUT }).toBe(CELL_B);
    await expect.poll(() => file.getByLabel('Ngày chính thức', { exact: true }).inputValue(), { timeout: UI_TIMEOUT }).toBe('03/02/1997');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);
    await expect.poll(() => row.first().textContent(), { timeout: UI_TIMEOUT }).toContain(CELL_B);
    await expect.poll(() => row.first().textContent(), { timeout: UI_TIMEOUT }).toContain('Chính thức');

    // 4. Rated for 2025 in cell B from the keyboard, saved with Ctrl+S, the excellent quota shown.
    await page.getByText('Đánh giá, xếp loại', { exact: true }).click();
    // The year rated by default is the one before the core's today (2026-11-20).
    expect(await page.getByRole('textbox', { name: 'Năm', exact: true }).inputValue()).toBe('2025');
    // The year first: choosing the cell then loads the grid once, for 2025.
    await page.getByRole('textbox', { name: 'Năm', exact: true }).fill('2025');
    await pickOrganisation(page, 'Tổ chức đảng', 'kinh doanh', CELL_B);
    const grid = page.getByRole('grid', { name: 'Bảng xếp loại đảng viên' });
    const ratingRow = grid.getByRole('row').filter({ hasText: MEMBER });
    await shown(ratingRow);
    await shown(page.getByText(/Ngày xét: .*2025/));
    await ratingRow.first().getByRole('gridcell').first().click();
    await page.keyboard.press('2');
    const category = grid.getByRole('combobox', { name: `Xếp loại: ${MEMBER}` });
    await expect.poll(() => category.inputValue(), { timeout: UI_TIMEOUT }).toBe('HTTNV');
    await page.keyboard.press('Control+s');
    await shown(page.getByText('Đã lưu: thêm 1, sửa 0, xóa 0.'));
    const quota = page.locator('[data-quota]').first();
    await expect.poll(() => quota.textContent(), { timeout: UI_TIMEOUT }).toMatch(/Xuất sắc: 0 \/ tối đa \d+ \(\d+% của 1 Hoàn thành tốt\)/);
    expect(await quota.getAttribute('data-exceeded')).toBe('false');
    await expect.poll(() => page.getByText(/Đã xếp loại 1\/1/).isVisible(), { timeout: UI_TIMEOUT }).toBe(true);
    await snap(page, 'story-06-rating-saved');

    // 5. Huy hiệu Đảng, round 3/2/2026, the whole province: she is among the 30-year candidates.
    await page.getByRole('tab', { name: 'Khen thưởng' }).click();
    await page.getByRole('textbox', { name: 'Năm', exact: true }).fill('2026');
    await page.getByText('03/02', { exact: true }).click();
    await pickOrganisation(page, 'Phạm vi', 'phu tho', PROVINCE);
    await shown(page.getByText('Đảng viên đủ tuổi Đảng sau ngày 07/11/2025 đến hết ngày 03/02/2026.'));
    const thirty = page.getByRole('table', { name: /^Huy hiệu 30 năm tuổi Đảng/ });
    const candidate = thirty.getByRole('row').filter({ hasText: MEMBER });
    await shown(candidate);
    await expect.poll(() => candidate.first().textContent(), { timeout: UI_TIMEOUT }).toContain(CELL_B);
    await expect.poll(() => candidate.first().textContent(), { timeout: UI_TIMEOUT }).toContain('20/01/2026');
    await snap(page, 'story-07-badge-round');
    // Not on the next round: she reached thirty years before it began.
    await page.getByText('19/05', { exact: true }).click();
    await shown(page.getByText('Đảng viên đủ tuổi Đảng sau ngày 03/02/2026 đến hết ngày 19/05/2026.'));
    await shown(page.getByText('Đến hạn (0)'));
    expect(await page.getByRole('row').filter({ hasText: MEMBER }).count()).toBe(0);

    // 6. The audit log holds every write of the story, and its chain checks out.
    await page.getByRole('tab', { name: 'Hệ thống' }).click();
    const audit = page.getByRole('table', { name: 'Nhật ký thay đổi gần đây' });
    await shown(audit);
    // The column reads in words ("Ghi sự kiện"); each cell keeps the recorded code in its title.
    const actions = () => audit.locator('tbody tr td:nth-child(4)').evaluateAll((cells) => cells.map((c) => c.getAttribute('title') ?? ''));
    await expect.poll(actions, { timeout: UI_TIMEOUT }).toContain('rating.create');
    const logged = await actions();
    expect(logged.filter((a) => a === 'organisation.create')).toHaveLength(4);
    expect(logged).toContain('member.create');
    expect(logged.filter((a) => a === 'event.record').length).toBeGreaterThanOrEqual(2);
    expect(logged).toContain('member.byEvent');
    await shown(audit.getByRole('cell', { name: 'Ghi xếp loại chất lượng' }).first());
    await page.getByRole('button', { name: 'Kiểm tra nhật ký' }).click();
    await shown(page.getByText(/^Nhật ký toàn vẹn \(\d+ mục\)\.$/));
    await snap(page, 'story-08-audit');

    expect(errors).toEqual([]);
  });
});
