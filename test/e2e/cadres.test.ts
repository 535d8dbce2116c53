import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { reappointmentNoticeDate } from '../../shared/cadres/terms.ts';
import { seedHolidays } from '../../shared/kernel/dates/holidays.ts';
import { formatVi } from '../../shared/kernel/dates/partialDate.ts';
import { snap } from './support/browser.ts';
import { e2eSession } from './support/session.ts';
import { openPage, pick, shown, UI_TIMEOUT } from './support/ui.ts';

/**
 * Issue 9's "Done means", through the real UI in Chromium (the host's today is 20/11/2026): a clerk
 * opens three cadre files, enters one appointment decision for the three in one screen; their files
 * show the new posts, term ends and notice dates; Tổng quan lists who is due; the retirement dates
 * are the law's; every step is in the audit log.
 */

const CADRES = [
  // Men born 07/1965-03/1966 retire at 61y9m: 12/1965 → the end of 09/2027 (ten months ahead: plan).
  { family: 'Nguyễn', middle: 'Văn', given: 'Hải', sex: 'Nam', birth: '15/12/1965', id: '038065001111', retires: '30/09/2027', post: 'Giám đốc', unit: 'Sở Nội vụ' },
  // Women born 05/1969-12/1969 retire at 57y: 12/1969 → the end of 12/2026 (within three months: decision).
  { family: 'Trần', middle: 'Thị', given: 'Mai', sex: 'Nữ', birth: '10/12/1969', id: '038169002222', retires: '31/12/2026', post: 'Phó Giám đốc', unit: 'Sở Nội vụ' },
  // Men born from 04/1966 retire at 62: 05/1975 → the end of 05/2037.
  { family: 'Lê', middle: 'Văn', given: 'Tùng', sex: 'Nam', birth: '20/05/1975', id: '038075003333', retires: '31/05/2037', post: 'Chánh Văn phòng', unit: 'Tỉnh ủy' },
] as const;
const fullName = (c: (typeof CADRES)[number]) => `${c.family} ${c.middle} ${c.given}`;

// Appointed from 01/12/2021 for 60 months: the term ends on 30/11/2026; the notice 90 working days before.
const TERM_END = '30/11/2026';
const NOTICE = formatVi(reappointmentNoticeDate('2026-11-30', new Set(seedHolidays(2026, 2026).map((h) => h.date))));

const session = e2eSession('cadres');

async function createCadre(page: Page, c: (typeof CADRES)[number]): Promise<void> {
  await page.getByRole('button', { name: 'Thêm hồ sơ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm hồ sơ cán bộ' });
  await shown(dialog);
  await dialog.getByRole('radio', { name: /Không phải đảng viên/ }).check();
  await dialog.getByLabel('Họ', { exact: true }).fill(c.family);
  await dialog.getByLabel('Chữ đệm', { exact: true }).fill(c.middle);
  await dialog.getByLabel('Tên', { exact: true }).fill(c.given);
  await pick(dialog, 'Giới tính', c.sex);
  await dialog.getByLabel('Ngày sinh', { exact: true }).fill(c.birth);
  await dialog.getByLabel('Số CCCD', { exact: true }).fill(c.id);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  // The new file opens; close it and the list shows the new cadre.
  const file = page.getByRole('dialog', { name: `Hồ sơ cán bộ: ${fullName(c)}` });
  await shown(file);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);
}

/** Types into a grid cell and, for a choice or a person, takes the match with Enter. */
async function cell(grid: Locator, column: string, row: number, text: string, choose = false): Promise<void> {
  const box = grid.getByLabel(`${column}, dòng ${row}`, { exact: true });
  await box.click();
  await box.fill(text);
  if (choose) {
    if (column === 'Người') await shown(grid.page().getByRole('listbox', { name: 'Cán bộ khớp tên' }).getByRole('option').first());
    await box.press('Enter');
  }
}

describe('issue 9 in Chromium: one decision, many people; the files, the desk and the audit follow', () => {
  it('creates three files, appoints the three in one decision, and shows posts, term ends, notices, retirements and the audit', async () => {
    const host = await session.start();
    const { page, errors } = await openPage(session.browser, host.url);
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'cadres-failure');
    });
    const empty = page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' });
    await shown(empty, 20_000);
    await empty.click();

    // 1. Three cadre files (people who are not party members here).
    await page.getByRole('tab', { name: 'Cán bộ' }).click();
    for (const c of CADRES) await createCadre(page, c);
    const list = page.getByRole('table', { name: 'Danh sách cán bộ' });
    for (const c of CADRES) await shown(list.getByRole('row').filter({ hasText: fullName(c) }));
    await snap(page, 'cadres-01-list');

    // 2. One appointment decision for the three, in one screen.
    await page.keyboard.press('Alt+2');
    await page.getByRole('button', { name: 'Nhập quyết định' }).click();
    const entry = page.getByRole('dialog', { name: 'Nhập quyết định nhân sự' });
    await shown(entry);
    await entry.getByLabel('Số quyết định', { exact: true }).fill('15-QĐ/TU');
    await entry.getByLabel('Ngày ký', { exact: true }).fill('20/11/2021');
    await entry.getByLabel('Ngày hiệu lực', { exact: true }).fill('01/12/2021');
    await entry.getByLabel('Cơ quan ban hành', { exact: true }).fill('Ban Thường vụ Tỉnh ủy');
    const grid = entry.getByRole('table', { name: 'Danh sách người trong quyết định' });
    for (const [i, c] of CADRES.entries()) {
      const row = i + 1;
      if ((await grid.getByLabel(`Loại, dòng ${row}`, { exact: true }).count()) === 0) await entry.getByRole('button', { name: 'Thêm dòng' }).click();
      await cell(grid, 'Loại', row, 'Bổ nhiệm', true);
      await cell(grid, 'Người', row, fullName(c), true);
      await cell(grid, 'Chức vụ mới', row, c.post);
      await cell(grid, 'Đơn vị mới', row, c.unit);
    }
    // The rows are checked while typed: the term end, and the advice to extend to retirement for the
    // two who have less than 2 years of service left when the term ends.
    await expect.poll(() => grid.textContent(), { timeout: UI_TIMEOUT }).toContain(TERM_END);
    await expect.poll(() => grid.textContent(), { timeout: UI_TIMEOUT }).toContain('nên kéo dài thời gian giữ chức vụ');
    await snap(page, 'cadres-02-decision');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByRole('dialog', { name: 'Nhập quyết định nhân sự' }).count(), { timeout: UI_TIMEOUT }).toBe(0);
    const register = page.getByRole('table', { name: 'Sổ quyết định nhân sự' });
    await shown(register.getByRole('row').filter({ hasText: '15-QĐ/TU' }));

    // 3. Each file shows the new post, its term end and notice date, and the retirement date by law.
    await page.keyboard.press('Alt+1');
    for (const c of CADRES) {
      const row = page.getByRole('table', { name: 'Danh sách cán bộ' }).getByRole('row').filter({ hasText: fullName(c) });
      await shown(row);
      await expect.poll(() => row.textContent(), { timeout: UI_TIMEOUT }).toContain(c.post);
      await row.dblclick();
      const file = page.getByRole('dialog', { name: `Hồ sơ cán bộ: ${fullName(c)}` });
      await shown(file);
      const text = await file.textContent();
      expect(text).toContain(c.post);
      expect(text).toContain(`hết nhiệm kỳ ${TERM_END}`);
      expect(text).toContain(`thông báo trước ${NOTICE}`);
      expect(text).toContain(c.retires);
      if (c.given === 'Hải') await snap(page, 'cadres-03-file');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);
    }

    // 4. Tổng quan: the three reappointments are due (their notice date has passed, the terms still
    // run); two retire within 12 months, at the law's stages.
    await page.getByRole('tab', { name: 'Tổng quan' }).click();
    const due = page.getByRole('table', { name: 'Bổ nhiệm lại: thông báo đến hạn trong 90 ngày' });
    for (const c of CADRES) await shown(due.getByRole('row').filter({ hasText: fullName(c) }));
    const retiring = page.getByRole('table', { name: 'Nghỉ hưu trong 12 tháng tới' });
    const mai = retiring.getByRole('row').filter({ hasText: 'Trần Thị Mai' });
    await shown(mai);
    expect(await mai.textContent()).toContain('Đến hạn ra quyết định nghỉ hưu (3 tháng)');
    expect(await retiring.getByRole('row').filter({ hasText: 'Nguyễn Văn Hải' }).textContent()).toContain('Chuẩn bị người thay thế (12 tháng)');
    expect(await retiring.getByRole('row').filter({ hasText: 'Lê Văn Tùng' }).count()).toBe(0);
    await snap(page, 'cadres-04-desk');

    // 5. Every step is in the audit log: the files, the decision and each of its actions.
    await page.getByRole('tab', { name: 'Hệ thống' }).click();
    const audit = page.getByRole('table', { name: 'Nhật ký thay đổi gần đây' });
    await shown(audit.getByRole('row').filter({ hasText: 'Ghi quyết định nhân sự' }));
    expect(await audit.getByRole('row').filter({ hasText: 'Ghi hành động nhân sự' }).count()).toBe(3);
    expect(await audit.getByRole('row').filter({ hasText: /Lập hồ sơ cán bộ|Thêm hồ sơ cán bộ/ }).count()).toBe(3);
    expect(errors).toEqual([]);
  });
});
