import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { snap } from './support/browser.ts';
import { e2eSession } from './support/session.ts';
import { openPage, pick } from './support/ui.ts';

const session = e2eSession('app');

async function open(url: string): Promise<Page> {
  return (await openPage(session.browser, url)).page;
}

async function searchMember(page: Page, text: string): Promise<void> {
  await page.getByRole('tab', { name: 'Đảng viên' }).click();
  const box = page.getByLabel('Tìm đảng viên');
  await box.fill(text);
}

describe('the app in Chromium through the browser host', () => {
  it('creates an organisation, adds a member, finds her without diacritics, and keeps her across a restart', async () => {
    const host = await session.start();
    const page = await open(host.url);
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'failure');
    });
    await expect.poll(() => page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await snap(page, '01-first-run');
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click();

    // The root organisation, then a cell under it.
    await page.getByRole('tab', { name: 'Tổ chức đảng' }).click();
    await page.getByRole('button', { name: 'Tạo tổ chức gốc' }).click();
    await page.getByLabel('Tên tổ chức', { exact: true }).fill('Đảng bộ tỉnh Phú Thọ');
    await pick(page, 'Loại tổ chức', 'Đảng bộ tỉnh');
    await page.getByLabel('Ngày hiệu lực', { exact: true }).fill('01/07/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByText('Đảng bộ tỉnh Phú Thọ').first().isVisible(), { timeout: 10_000 }).toBe(true);

    await page.getByRole('button', { name: 'Thành lập tổ chức trực thuộc' }).click();
    await page.getByLabel('Tên tổ chức', { exact: true }).fill('Chi bộ thôn Đồng Xuân');
    await pick(page, 'Loại tổ chức', 'Chi bộ trực thuộc');
    await page.getByLabel('Ngày hiệu lực', { exact: true }).fill('01/07/2025');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByText('Chi bộ thôn Đồng Xuân').first().isVisible(), { timeout: 10_000 }).toBe(true);
    await snap(page, '02-organisations');

    // A member, entered from the keyboard-first form.
    await page.getByRole('tab', { name: 'Đảng viên' }).click();
    await page.getByRole('button', { name: 'Thêm đảng viên' }).click();
    await page.getByLabel('Họ', { exact: true }).fill('Đặng');
    await page.getByLabel('Chữ đệm', { exact: true }).fill('Thị');
    await page.getByLabel('Tên', { exact: true }).fill('Hoà');
    await pick(page, 'Giới tính', 'Nữ');
    await page.getByLabel('Ngày sinh', { exact: true }).fill('12/03/1985');
    await page.getByLabel('Số CCCD', { exact: true }).fill('025185012345');
    const orgBox = page.getByRole('combobox', { name: 'Tổ chức đảng', exact: true });
    await orgBox.click();
    await orgBox.fill('dong xuan');
    await page.getByRole('option', { name: /Chi bộ thôn Đồng Xuân/ }).first().click();
    await page.getByLabel('Ngày vào Đảng', { exact: true }).fill('19/05/2010');
    await snap(page, '03-member-form');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);

    // Found by typing the name without diacritics, đ as d.
    await searchMember(page, 'dang thi hoa');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Đặng Thị Hoà' }).count(), { timeout: 10_000 }).toBe(1);
    await snap(page, '04-member-found');
    await page.close();

    // Restart the host on the same data folder: she is still there.
    const again = await open((await session.start()).url);
    await searchMember(again, 'hoa');
    await expect.poll(() => again.getByRole('row').filter({ hasText: 'Đặng Thị Hoà' }).count(), { timeout: 15_000 }).toBe(1);
    await snap(again, '05-after-restart');
    await again.close();
  });

  it('refuses an API call without the per-launch token', async () => {
    const base = new URL(session.host.url);
    const response = await fetch(new URL('/api/member:list', base.origin), { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { ok: boolean; error: { code: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
