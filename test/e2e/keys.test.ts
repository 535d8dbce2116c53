/**
 * Keyboard and focus in Chromium (issue 8, section 3): Ctrl+F and "/" put the cursor in the screen's
 * search box, a tab switch by Ctrl+number lands on the screen's first useful control, and closing a
 * member file gives the focus back to the row it was opened from, so ↓ and Enter go on working.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, snap } from './support/browser.ts';
import { E2E_NOW, startHost, type RunningHost } from './support/host.ts';
import { openPage, shown, UI_TIMEOUT } from './support/ui.ts';

let browser: Browser;
let host: RunningHost;
let dataDir = '';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sotochuc-e2e-keys-'));
  // A small demo province, built by the CLI before the host opens the folder.
  execFileSync(process.execPath, ['electron/cli/main.ts', 'demo', '--members', '120', '--data-dir', dataDir, '--now', E2E_NOW], {
    env: { ...process.env, SOTOCHUC_ALLOW_NOW: '1' },
    stdio: 'ignore',
  });
  browser = await launchBrowser();
  host = await startHost(dataDir);
});

afterAll(async () => {
  await host?.stop();
  await browser?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function open(): Promise<Page> {
  const { page } = await openPage(browser, host.url);
  onTestFailed(async () => {
    if (!page.isClosed()) await snap(page, 'keys-failure');
  });
  await shown(page.getByRole('tab', { name: 'Tổng quan' }));
  return page;
}

const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

async function expectFocused(locator: Locator): Promise<void> {
  await expect.poll(() => focused(locator), { timeout: UI_TIMEOUT }).toBe(true);
}

/** The aria-rowindex of the focused element (a grid row), or null. */
const focusedRowIndex = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex') ?? null);

/** Records whether the next Ctrl+F reached the window with its default (the browser's find) prevented. */
async function watchFind(page: Page): Promise<() => Promise<boolean | null>> {
  await page.evaluate(() => {
    const w = window as unknown as { findPrevented: boolean | null };
    w.findPrevented = null;
    window.addEventListener('keydown', (event) => {
      if (event.ctrlKey && event.key.toLowerCase() === 'f') w.findPrevented = event.defaultPrevented;
    });
  });
  return () => page.evaluate(() => (window as unknown as { findPrevented: boolean | null }).findPrevented);
}

async function membersList(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Đảng viên' }).click();
  const firstRow = page.getByRole('grid').locator('[role="row"][aria-rowindex="2"]');
  await shown(firstRow.getByRole('gridcell').nth(1));
  return firstRow;
}

describe('keyboard and focus in Chromium', () => {
  it('Ctrl+F and / put the cursor in the search box of the members and the organisations screens, said in a tooltip', async () => {
    const page = await open();
    const firstRow = await membersList(page);
    const search = page.getByLabel('Tìm đảng viên');

    // "/" from a row (not a text box): the cursor goes to the search box, the "/" is not typed.
    await firstRow.click();
    await page.keyboard.press('/');
    await expectFocused(search);
    expect(await search.inputValue()).toBe('');
    // Inside a text box "/" is just a character.
    await page.keyboard.type('ab/');
    expect(await search.inputValue()).toBe('ab/');
    await search.fill('');

    // Ctrl+F from a row: the search box, not the browser's find.
    await firstRow.click();
    const findPrevented = await watchFind(page);
    await page.keyboard.press('Control+f');
    await expectFocused(search);
    expect(await findPrevented()).toBe(true);

    // The shortcut is told on the box.
    await page.mouse.move(0, 0);
    await search.hover();
    await shown(page.getByRole('tooltip').filter({ hasText: 'Tìm (Ctrl+F hoặc /)' }));

    // The organisations screen: its tree search.
    await page.getByRole('tab', { name: 'Tổ chức đảng' }).click();
    const tree = page.getByRole('tree');
    await shown(tree.getByRole('treeitem').first());
    await tree.getByRole('treeitem').first().click();
    await page.keyboard.press('Control+f');
    await expectFocused(page.getByLabel('Tìm tổ chức'));
    await tree.getByRole('treeitem').first().click();
    await page.keyboard.press('/');
    await expectFocused(page.getByLabel('Tìm tổ chức'));
    expect(await page.getByLabel('Tìm tổ chức').inputValue()).toBe('');
  });

  it('Ctrl+2 and Ctrl+3 land on the search box of the screen they open', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Tổng quan' }).click();
    await page.keyboard.press('Control+2');
    await expectFocused(page.getByLabel('Tìm tổ chức'));
    await page.keyboard.press('Control+3');
    await expectFocused(page.getByLabel('Tìm đảng viên'));
    // Back and forth keeps working from inside the search box.
    await page.keyboard.press('Control+2');
    await expectFocused(page.getByLabel('Tìm tổ chức'));
  });

  it('closing a member file gives the focus back to its row, so ↓ and Enter go on', async () => {
    const page = await open();
    const firstRow = await membersList(page);
    await firstRow.click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedRowIndex(page), { timeout: UI_TIMEOUT }).toBe('4');
    const third = (await page.getByRole('grid').locator('[role="row"][aria-rowindex="4"]').getByRole('gridcell').nth(1).textContent()) ?? '';
    const fourth = (await page.getByRole('grid').locator('[role="row"][aria-rowindex="5"]').getByRole('gridcell').nth(1).textContent()) ?? '';

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await shown(dialog.getByText(third).first());
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), { timeout: UI_TIMEOUT }).toBe(0);
    await expect.poll(() => focusedRowIndex(page), { timeout: UI_TIMEOUT }).toBe('4');

    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedRowIndex(page), { timeout: UI_TIMEOUT }).toBe('5');
    await page.keyboard.press('Enter');
    await shown(page.getByRole('dialog').getByText(fourth).first());
  });
});
