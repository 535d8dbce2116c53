/**
 * Lists a clerk can act on (issue 8, part 4), in Chromium through the browser host, on a demo province
 * of 10,000 members built by the CLI at the pinned date: every reminder is reached a page at a time and
 * opens the member's file; the reminders and the member list (with its filters) export to Excel files
 * that hold the columns on screen; an organisation's details open the member list scoped to it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, snap } from './support/browser.ts';
import { E2E_NOW, startHost, type RunningHost } from './support/host.ts';
import { openPage, shown, pick, UI_TIMEOUT } from './support/ui.ts';

let browser: Browser;
let host: RunningHost;
let page: Page;
let dataDir = '';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sotochuc-e2e-lists-'));
  // More than 200 probationary members due within a year: the old panel showed 200 and no way on.
  const demo = spawnSync(process.execPath, ['electron/cli/main.ts', 'demo', '--members', '10000', '--data-dir', dataDir, '--now', E2E_NOW], {
    cwd: process.cwd(),
    env: { ...process.env, SOTOCHUC_ALLOW_NOW: '1' },
    encoding: 'utf8',
  });
  if (demo.status !== 0) throw new Error(`demo province not built:\n${demo.stdout}\n${demo.stderr}`);
  browser = await launchBrowser();
  host = await startHost(dataDir);
  page = (await openPage(browser, host.url)).page;
});

afterAll(async () => {
  await host?.stop();
  await browser?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The sheet of a downloaded .xlsx file, read back with exceljs. */
async function sheetOf(download: Download): Promise<ExcelJS.Worksheet> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet in the file');
  return ws;
}

/** The texts of a row of cells (empty cells as ''). */
function texts(ws: ExcelJS.Worksheet, n: number): string[] {
  const values = ws.getRow(n).values as unknown[];
  return values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
}

/** The row number of the header row (the one starting with `first`). */
function headerRowOf(ws: ExcelJS.Worksheet, first: string): number {
  for (let n = 1; n <= 10; n++) if (texts(ws, n)[0] === first) return n;
  throw new Error(`no header row starting with ${first}`);
}

async function headersOf(table: Locator): Promise<string[]> {
  return (await table.getByRole('columnheader').allTextContents()).map((s) => s.trim());
}

const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

describe('lists a clerk can act on, in Chromium', () => {
  it('opens the member file from a reminder row', async () => {
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'lists-reminders-failure');
    });
    const panel = page.getByRole('region', { name: 'Nhắc việc' });
    await shown(panel, 30_000);
    const days = panel.getByRole('textbox', { name: 'Đến hạn trong (ngày)' });
    await days.fill('366');
    const probation = panel.getByRole('region', { name: /^Đảng viên dự bị đến hạn/ });
    const table = probation.getByRole('table');
    await expect.poll(() => table.getByRole('row').count(), { timeout: UI_TIMEOUT }).toBeGreaterThan(1);
    // A row opens that member's file; closing it comes back to the list.
    const row = table.getByRole('row').nth(1);
    const name = (await row.getByRole('cell').first().textContent())!.trim();
    await row.click();
    const file = page.getByRole('dialog', { name: `Hồ sơ đảng viên: ${name}` });
    await shown(file);
    await snap(page, 'lists-02-reminder-opens-file');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);

  });

  it('reaches every reminder a page at a time (x–y / total), and exports the whole list', async () => {
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'lists-paging-failure');
    });
    const probation = page.getByRole('region', { name: 'Nhắc việc' }).getByRole('region', { name: /^Đảng viên dự bị đến hạn/ });
    const table = probation.getByRole('table');
    const range = probation.getByText(/^\d[\d.]*–\d[\d.]* \/ \d[\d.]*$/);
    await shown(range);
    await expect.poll(() => range.textContent(), { timeout: UI_TIMEOUT }).toMatch(/^1–50 \/ /);
    const total = Number((await range.textContent())!.split('/ ')[1]!.replace(/\./g, ''));
    expect(total).toBeGreaterThan(200);
    expect(await table.getByRole('row').count()).toBe(51);

    // Page on to the end: every row is reachable, and the last page holds the rest.
    const next = probation.getByRole('button', { name: 'Trang sau' });
    const pages = Math.ceil(total / 50);
    for (let p = 2; p <= pages; p++) {
      await next.click();
      await expect.poll(() => range.textContent(), { timeout: UI_TIMEOUT }).toBe(`${vi((p - 1) * 50 + 1)}–${vi(Math.min(total, p * 50))} / ${vi(total)}`);
    }
    expect(await next.isDisabled()).toBe(true);
    expect(await table.getByRole('row').count()).toBe(total - (pages - 1) * 50 + 1);
    await snap(page, 'lists-01-reminders-last-page');
    await probation.getByRole('button', { name: 'Trang trước' }).click();
    await expect.poll(() => range.textContent(), { timeout: UI_TIMEOUT }).toMatch(new RegExp(`^${vi((pages - 2) * 50 + 1)}–`));

    // Xuất Excel: every row (not the page), the columns on screen, the window in the heading.
    const headers = await headersOf(table);
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await probation.getByRole('button', { name: 'Xuất Excel' }).click();
    const ws = await sheetOf(await download);
    const head = headerRowOf(ws, headers[0]!);
    expect(texts(ws, head)).toEqual(headers);
    expect(texts(ws, head - 3).join(' ')).toContain('Lọc:');
    expect(texts(ws, head - 3).join(' ')).toContain('366 ngày');
    expect(ws.rowCount - head).toBe(total);
  });

  it('exports the member list with its filters and the grid\'s columns', async () => {
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'lists-members-failure');
    });
    await page.getByRole('tab', { name: 'Đảng viên' }).click();
    const grid = page.getByRole('grid', { name: 'Danh sách đảng viên' });
    await shown(grid);
    const status = page.getByRole('status').filter({ hasText: /đảng viên/ });
    await expect.poll(async () => (await status.first().textContent()) ?? '', { timeout: UI_TIMEOUT }).toMatch(/\d/);
    const everyone = await status.first().textContent();
    await pick(page, 'Lọc nam/nữ', 'Nữ');
    // The count of the filtered list has come (not the province's any more), and no man is listed.
    await expect.poll(async () => (await status.first().textContent()) ?? '', { timeout: UI_TIMEOUT }).not.toBe(everyone);
    await expect.poll(() => grid.getByRole('gridcell', { name: 'Nam', exact: true }).count(), { timeout: UI_TIMEOUT }).toBe(0);
    const count = Number(/([\d.]+)/.exec((await status.first().textContent())!)![1]!.replace(/\./g, ''));
    const headers = (await grid.getByRole('columnheader').allTextContents()).map((s) => s.replace(/[▲▼]/g, '').trim());
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const ws = await sheetOf(await download);
    const head = headerRowOf(ws, headers[0]!);
    expect(texts(ws, head)).toEqual(headers);
    expect(texts(ws, head - 3)[0]).toMatch(/^Lọc: .*Nữ/);
    expect(ws.rowCount - head).toBe(count);
    const sexColumn = headers.indexOf('Giới tính');
    expect(texts(ws, head + 1)[sexColumn]).toBe('Nữ');
    await snap(page, 'lists-03-members-exported');
  });

  it('opens the member list scoped to an organisation from its details', async () => {
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'lists-org-failure');
    });
    await page.getByRole('tab', { name: 'Tổ chức đảng' }).click();
    const tree = page.getByRole('tree');
    await shown(tree);
    // The province, opened: its first child (a district-level committee).
    await tree.getByText('Đảng bộ tỉnh Phú Thọ', { exact: true }).dblclick();
    await expect.poll(() => tree.getByRole('treeitem').count(), { timeout: UI_TIMEOUT }).toBeGreaterThan(1);
    const label = page.locator(`#${await tree.getByRole('treeitem').nth(1).getAttribute('aria-labelledby')}`);
    const orgName = (await label.textContent())!.trim();
    await label.click();
    await shown(page.getByRole('heading', { name: orgName, exact: true }));
    await page.getByRole('button', { name: 'Xem đảng viên' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Đảng viên' }).getAttribute('aria-selected'), { timeout: UI_TIMEOUT }).toBe('true');
    const scope = page.getByRole('combobox', { name: 'Phạm vi tổ chức', exact: true });
    await expect.poll(() => scope.inputValue(), { timeout: UI_TIMEOUT }).toBe(orgName);
    // The list holds that organisation's members only: its count, under the province's.
    await expect.poll(async () => (await page.getByRole('status').filter({ hasText: /đảng viên/ }).first().textContent()) ?? '', { timeout: UI_TIMEOUT }).toMatch(/^Tổng: [\d.]+ đảng viên$/);
    await snap(page, 'lists-04-org-members');
  });
});
