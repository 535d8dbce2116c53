import type { Locator } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { snap } from './support/browser.ts';
import { e2eSession } from './support/session.ts';
import { createOrganisation, openPage, pick, pickOrganisation, shown, UI_TIMEOUT } from './support/ui.ts';

/**
 * Issue 8, section 2: dates that cannot be right are told on the record card while the clerk types
 * (born 2000, admitted 2010 saved without a word before), refused under the right box when the Charter
 * forbids them, and warned about otherwise (probationary for more than 24 months), on the card, in the
 * member file's header and in the admission by decision.
 */

const PROVINCE = 'Đảng bộ tỉnh Yên Bái';
const CELL = 'Chi bộ thôn Khe Cam';

const session = e2eSession('plausibility');

const notesOf = (scope: Locator) => scope.getByRole('status', { name: 'Kiểm tra ngày tháng' });

describe('plausible dates in Chromium', () => {
  it('the card tells an admission under 18 while typing, refuses it under the admission date, and warns of a long probation', async () => {
    const host = await session.start();
    const { page, errors } = await openPage(session.browser, host.url);
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'plausibility-failure');
    });
    const empty = page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' });
    await shown(empty, 20_000);
    await empty.click();
    await page.getByRole('tab', { name: 'Tổ chức đảng' }).click();
    await createOrganisation(page, PROVINCE, 'Đảng bộ tỉnh', true);
    await createOrganisation(page, CELL, 'Chi bộ trực thuộc', false);

    await page.getByRole('tab', { name: 'Đảng viên' }).click();
    await page.getByRole('button', { name: 'Thêm đảng viên' }).click();
    const card = page.getByRole('dialog');
    await card.getByLabel('Họ', { exact: true }).fill('Hoàng');
    await card.getByLabel('Chữ đệm', { exact: true }).fill('Văn');
    await card.getByLabel('Tên', { exact: true }).fill('Trẻ');
    await pick(card, 'Giới tính', 'Nam');
    await card.getByLabel('Ngày sinh', { exact: true }).fill('01/01/2000');
    await card.getByLabel('Số CCCD', { exact: true }).fill('015200001234');
    await pickOrganisation(card, 'Tổ chức đảng', 'khe cam', CELL);
    await card.getByLabel('Ngày vào Đảng', { exact: true }).fill('01/06/2010');

    // Told while typing, before saving.
    const notes = notesOf(card);
    await shown(notes);
    await expect.poll(() => notes.textContent(), { timeout: UI_TIMEOUT }).toMatch(/chưa đủ 18 tuổi/i);
    await snap(page, 'plausibility-01-under-18');

    // Refused: the dialog stays, the message under the admission date.
    await card.getByRole('button', { name: 'Lưu' }).click();
    const admission = card.getByLabel('Ngày vào Đảng', { exact: true });
    await expect.poll(() => admission.getAttribute('aria-invalid'), { timeout: UI_TIMEOUT }).toBe('true');
    expect(await page.getByRole('dialog').count()).toBe(1);
    expect(await admission.inputValue()).toBe('01/06/2010');

    // Corrected to 2019 and still probationary: a warning only, and it saves.
    await admission.fill('01/06/2019');
    await expect.poll(() => notes.textContent(), { timeout: UI_TIMEOUT }).toMatch(/dự bị hơn 24 tháng/i);
    expect(await notes.textContent()).not.toMatch(/18 tuổi/);
    await snap(page, 'plausibility-02-long-probation');
    await card.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);

    // The member file says it in its header.
    const row = page.getByRole('row').filter({ hasText: 'Hoàng Văn Trẻ' });
    await shown(row);
    await row.first().click();
    await page.keyboard.press('Enter');
    const file = page.getByRole('dialog', { name: 'Hồ sơ đảng viên: Hoàng Văn Trẻ' });
    await shown(file);
    const header = file.getByRole('status', { name: 'Thời gian dự bị' });
    await expect.poll(() => header.textContent(), { timeout: UI_TIMEOUT }).toMatch(/dự bị hơn 24 tháng/i);
    await snap(page, 'plausibility-03-file-header');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);

    // Admission by decision: a ceremony before the Party existed is marked on the date box.
    await page.getByRole('button', { name: 'Kết nạp theo quyết định' }).click();
    const admit = page.getByRole('dialog', { name: 'Kết nạp đảng viên theo quyết định' });
    await shown(admit);
    await pickOrganisation(admit, 'Chi bộ', 'khe cam', CELL);
    const ceremony = admit.getByLabel('Ngày vào Đảng (lễ kết nạp)', { exact: true });
    await ceremony.fill('02/09/1929');
    await admit.getByLabel('Số quyết định', { exact: true }).fill('1-QĐ');
    await admit.getByLabel('Ngày quyết định', { exact: true }).fill('20/08/1929');
    await admit.getByLabel('Họ, dòng 1', { exact: true }).fill('Lò');
    await admit.getByLabel('Tên, dòng 1', { exact: true }).fill('Mai');
    await admit.getByLabel('Ngày sinh, dòng 1', { exact: true }).fill('01/01/1900');
    await admit.getByLabel('Giới tính, dòng 1', { exact: true }).fill('Nữ');
    await page.keyboard.press('Control+s');
    await expect.poll(() => ceremony.getAttribute('aria-invalid'), { timeout: UI_TIMEOUT }).toBe('true');
    await shown(admit.getByText(/03\/02\/1930/));
    // A ceremony more than 24 months ago: the people would still be probationary, said before saving.
    await ceremony.fill('02/09/2023');
    await admit.getByLabel('Ngày quyết định', { exact: true }).fill('20/08/2023');
    await expect.poll(() => notesOf(admit).textContent(), { timeout: UI_TIMEOUT }).toMatch(/dự bị hơn 24 tháng/i);
    await snap(page, 'plausibility-04-admit-many');
    expect(errors).toEqual([]);
  });
});
