import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { snap } from './support/browser.ts';
import { e2eSession } from './support/session.ts';
import { openPage, shown, UI_TIMEOUT } from './support/ui.ts';

/** Issue 8, "The words on screen", in Chromium at 1366 px: the members grid's headers are read whole in both languages. */
const session = e2eSession('words');

/** The headers of the members grid whose text does not fit their column (cut with "…"). */
async function cutHeaders(page: Page): Promise<string[]> {
  const grid = page.getByRole('grid').first();
  await shown(grid.getByRole('columnheader').first());
  return grid
    .getByRole('columnheader')
    .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent ?? ''));
}

describe('the words on screen, in Chromium', () => {
  it('shows every header of the members grid whole, in Vietnamese and in English', async () => {
    const host = await session.start();
    const { page } = await openPage(session.browser, host.url);
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'words-failure');
    });
    const empty = page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' });
    await shown(empty, 20_000);
    await empty.click();
    await page.getByRole('tab', { name: 'Đảng viên' }).click();
    expect(await cutHeaders(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Hệ thống' }).click();
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('tab', { name: 'Members' }).click();
    await expect.poll(() => page.getByRole('grid').first().getByRole('columnheader').allTextContents(), { timeout: UI_TIMEOUT }).toContain('Party age');
    await snap(page, 'words-members-en');
    expect(await cutHeaders(page)).toEqual([]);
  });
});
