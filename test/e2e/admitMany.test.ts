import type { Locator } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { snap } from './support/browser.ts';
import { e2eSession } from './support/session.ts';
import { openPage, pick, pickOrganisation, shown, UI_TIMEOUT } from './support/ui.ts';

/**
 * Issue 3: "one action can apply an event to many members at once (e.g. a cell's 12 admissions in one
 * decision)", through the real UI: the decision typed once, the people pasted from a spreadsheet.
 */

const PROVINCE = 'Đảng bộ tỉnh Lào Cai';
const CELL = 'Chi bộ thôn Làng Giàng';

// Rows as Excel puts them on the clipboard: tab-separated, in the table's column order.
const ROWS = [
  ['Giàng', 'A', 'Páo', '12/04/1996', 'Nam', '010096001234', 'Mông', 'Không', 'Xã Bản Phố', 'Thôn Làng Giàng'],
  ['Lù', 'Thị', 'Mai', '03/09/1998', 'Nữ', '010198004567', 'Kinh', 'Không', 'Xã Bản Phố', 'Thôn Làng Giàng'],
  ['Nguyễn', 'Văn', 'Hùng', '21/11/1995', 'Nam', '010096001234', 'Kinh', 'Phật giáo', 'Xã Bảo Nhai', 'Thôn Làng Giàng'],
];

const session = e2eSession('admit');

/** Pastes text into a box the way Ctrl+V from Excel does (a paste event carrying text/plain). */
async function paste(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.evaluate((el, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

describe('admission of several people under one decision, in Chromium', () => {
  it('takes the decision once and the rows pasted from Excel, refuses a duplicate CCCD, then admits all three', async () => {
    const host = await session.start();
    const { page, errors } = await openPage(session.browser, host.url);
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'admit-failure');
    });
    const empty = page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' });
    await shown(empty, 20_000);
    await empty.click();

    await page.getByRole('tab', { name: 'Tổ chức đảng' }).click();
    for (const [name, type, root] of [
      [PROVINCE, 'Đảng bộ tỉnh', true],
      [CELL, 'Chi bộ trực thuộc', false],
    ] as const) {
      await page.getByRole('button', { name: root ? 'Tạo tổ chức gốc' : 'Thành lập tổ chức trực thuộc' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Tên tổ chức', { exact: true }).fill(name);
      await pick(dialog, 'Loại tổ chức', type);
      await dialog.getByLabel('Ngày hiệu lực', { exact: true }).fill('01/07/2025');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);
      await shown(page.getByRole('tree').getByText(name, { exact: true }));
    }

    await page.getByRole('tab', { name: 'Đảng viên' }).click();
    await page.getByRole('button', { name: 'Kết nạp theo quyết định' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kết nạp đảng viên theo quyết định' });
    await shown(dialog);
    await pickOrganisation(dialog, 'Chi bộ', 'lang giang', CELL);
    await dialog.getByLabel('Ngày vào Đảng (lễ kết nạp)', { exact: true }).fill('19/05/2026');
    await dialog.getByLabel('Số quyết định', { exact: true }).fill('125-QĐ/ĐU');
    await dialog.getByLabel('Ngày quyết định', { exact: true }).fill('10/05/2026');
    await dialog.getByLabel('Cơ quan ra quyết định', { exact: true }).fill('Đảng ủy xã Bản Phố');

    await paste(dialog.getByLabel('Họ, dòng 1', { exact: true }), ROWS.map((r) => r.join('\t')).join('\r\n'));
    await expect.poll(() => dialog.getByLabel('Tên, dòng 3', { exact: true }).inputValue(), { timeout: UI_TIMEOUT }).toBe('Hùng');
    expect(await dialog.getByLabel('Ngày sinh, dòng 2', { exact: true }).inputValue()).toBe('03/09/1998');
    await snap(page, 'admit-01-pasted');

    // Row 3 repeats row 1's CCCD: refused, nothing saved, the cell marked, the rows kept.
    await page.keyboard.press('Control+s');
    const cccd3 = dialog.getByLabel('Số CCCD, dòng 3', { exact: true });
    await expect.poll(() => cccd3.getAttribute('aria-invalid'), { timeout: UI_TIMEOUT }).toBe('true');
    expect(await dialog.getByLabel('Họ, dòng 1', { exact: true }).inputValue()).toBe('Giàng');
    await snap(page, 'admit-02-duplicate');

    await cccd3.fill('010095007788');
    await page.keyboard.press('Control+s');
    await shown(page.getByText('Đã kết nạp 3 đảng viên theo quyết định số 125-QĐ/ĐU.'));
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);

    // The three are on the list as probationary members of the cell.
    for (const name of ['Giàng A Páo', 'Lù Thị Mai', 'Nguyễn Văn Hùng']) {
      const row = page.getByRole('row').filter({ hasText: name });
      await shown(row);
      await expect.poll(() => row.first().textContent(), { timeout: UI_TIMEOUT }).toContain('Dự bị');
      expect(await row.first().textContent()).toContain(CELL);
    }
    await snap(page, 'admit-03-admitted');

    // The decision is on each admission event.
    await page.getByRole('row').filter({ hasText: 'Lù Thị Mai' }).first().click();
    await page.keyboard.press('Enter');
    const file = page.getByRole('dialog', { name: 'Hồ sơ đảng viên: Lù Thị Mai' });
    await shown(file);
    await file.getByRole('tab', { name: 'Sự kiện' }).click();
    const events = file.getByRole('table', { name: 'Các sự kiện của đảng viên' });
    await expect.poll(() => events.textContent(), { timeout: UI_TIMEOUT }).toContain('Số 125-QĐ/ĐU');
    expect(await events.textContent()).toContain('Đảng ủy xã Bản Phố');
    await snap(page, 'admit-04-event');
    expect(errors).toEqual([]);
  });
});
