/**
 * Issue 8, the rating grid from the keyboard in Chromium (section 3): a category key rates the row and
 * moves down (the hint line says so), ↓ after it goes to the very next row, also when the category
 * list had the focus; Enter in Điểm ends the score and goes to the next row without typing into its
 * score; a wrong decision date is shown once, on the date field, not on every row.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { snap } from './support/browser.ts';
import type { RunningHost } from './support/host.ts';
import { e2eSession } from './support/session.ts';
import { openPage, pickOrganisation, shown, UI_TIMEOUT } from './support/ui.ts';

const CELL = 'Chi bộ thôn Đồng Xuân';
/** More rows than the grid's box shows, so moving down scrolls it. */
const MEMBERS = 60;
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Khánh', 'Lan'];

const session = e2eSession('ratinggrid');

/** Calls a contract method on the host as the page does (POST /api/<method> with the launch token). */
async function api(host: RunningHost, method: string, input: unknown): Promise<{ id: number }> {
  const url = new URL(host.url);
  const response = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${url.searchParams.get('token') ?? ''}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: { id: number }; error?: unknown };
  if (!body.ok || !body.value) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}

/** A province, a commune committee and one cell of MEMBERS full members, admitted long ago. */
async function arrange(host: RunningHost): Promise<void> {
  const org = (parentId: number | null, name: string, typeCode: string, extra: object = {}) =>
    api(host, 'organisation:create', { parentId, name, typeCode, effectiveFrom: '1990-01-01', ...extra });
  const province = await org(null, 'Đảng bộ tỉnh Phú Thọ', 'PROVINCE');
  const commune = await org(province.id, 'Đảng bộ xã Thanh Sơn', 'COMMUNE', { unitTypeCode: 'XA' });
  const cell = await org(commune.id, CELL, 'CELL');
  for (let i = 0; i < MEMBERS; i++) {
    await api(host, 'member:create', {
      familyName: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'][i % 5],
      middleName: 'Văn',
      givenName: `${GIVEN[i % GIVEN.length]} ${String.fromCharCode(65 + Math.floor(i / GIVEN.length))}`,
      sex: 'M',
      birthDate: '1965-03-12',
      citizenId: `0250650${String(10_000 + i).padStart(5, '0')}`,
      organisationId: cell.id,
      admissionDate: '1995-05-19',
      admissionDecisionDate: '1995-05-10',
      fullMemberDate: '1996-05-19',
      ethnicCode: '1',
      religionCode: 'NONE',
    });
  }
}

interface Focus {
  /** data-index of the row holding the focus, null when the focus is outside the grid. */
  row: number | null;
  /** The focused element's tag: TR (the row itself), SELECT, INPUT… */
  tag: string;
}

async function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const row = active?.closest('[role="grid"] tr[data-index]');
    return { row: row ? Number(row.getAttribute('data-index')) : null, tag: active?.tagName ?? '' };
  });
}

const rowAt = (grid: Locator, index: number) => grid.locator(`tbody tr[data-index="${index}"]`);
const categoryAt = (grid: Locator, index: number) => rowAt(grid, index).locator('select').inputValue();
const scoreAt = (grid: Locator, index: number) => rowAt(grid, index).locator('input').inputValue();

/** The page on the ratings screen with the cell's grid open, its first row clicked. */
async function openGrid(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Đảng viên' }).click();
  await page.getByText('Đánh giá, xếp loại', { exact: true }).click();
  await pickOrganisation(page, 'Tổ chức đảng', 'dong xuan', CELL);
  const grid = page.getByRole('grid', { name: 'Bảng xếp loại đảng viên' });
  await shown(rowAt(grid, 0));
  return grid;
}

describe('the rating grid from the keyboard, in Chromium', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await session.start();
    await arrange(host);
  });

  it('rates with a key and moves down; ↓ after it goes to the next row, from the row or from its category list', async () => {
    const { page, errors } = await openPage(session.browser, host.url);
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'ratinggrid-keys-failure');
    });
    const grid = await openGrid(page);
    // The hint says that a key rates the row and goes down.
    await shown(page.getByText(/1–4 hoặc XS\/T\/HT\/K: xếp loại và xuống dòng dưới/));

    await rowAt(grid, 2).locator('td').first().click();
    expect(await focus(page)).toEqual({ row: 2, tag: 'TR' });
    await page.keyboard.press('2');
    expect(await categoryAt(grid, 2)).toBe('HTTNV');
    expect(await focus(page)).toEqual({ row: 3, tag: 'TR' });
    await page.keyboard.press('ArrowDown');
    expect(await focus(page)).toEqual({ row: 4, tag: 'TR' });
    expect(await categoryAt(grid, 3)).toBe('');
    await page.keyboard.press('1');
    expect(await categoryAt(grid, 4)).toBe('HTXSNV');
    expect(await categoryAt(grid, 3)).toBe('');

    // The category list of a row had the focus (clicked, then closed): a key rates that row and the
    // focus goes to the next row; ↓ then moves one row and changes no rating.
    await rowAt(grid, 6).locator('select').focus();
    await page.keyboard.press('3');
    expect(await categoryAt(grid, 6)).toBe('HTNV');
    expect(await focus(page)).toEqual({ row: 7, tag: 'TR' });
    await page.keyboard.press('ArrowDown');
    expect(await focus(page)).toEqual({ row: 8, tag: 'TR' });
    expect(await categoryAt(grid, 7)).toBe('');
    expect(await categoryAt(grid, 6)).toBe('HTNV');
    await rowAt(grid, 9).locator('select').focus();
    await page.keyboard.press('ArrowDown');
    expect(await focus(page)).toEqual({ row: 10, tag: 'TR' });
    expect(await categoryAt(grid, 9)).toBe('');

    // Down the whole box and beyond: each key rates the row it is on, the grid scrolls with it.
    for (let i = 0; i < 30; i++) await page.keyboard.press('t');
    expect(await focus(page)).toEqual({ row: 40, tag: 'TR' });
    for (const index of [30, 39]) expect(await categoryAt(grid, index)).toBe('HTTNV');
    expect(await categoryAt(grid, 40)).toBe('');
    expect(await rowAt(grid, 40).isVisible()).toBe(true);
    // Only the rows around the box are drawn; back at the top, the rows typed keep their rating.
    expect(await rowAt(grid, 0).count()).toBe(0);
    await page.keyboard.press('Home');
    expect(await focus(page)).toEqual({ row: 0, tag: 'TR' });
    expect(await categoryAt(grid, 10)).toBe('HTTNV');
    expect(await categoryAt(grid, 3)).toBe('');
    await shown(page.getByText(`Đã xếp loại 33/${MEMBERS}`, { exact: false }));
    await snap(page, 'ratinggrid-keys');
    expect(errors).toEqual([]);
  });

  it('Enter in Điểm ends the score and goes to the next row: what follows rates that row, not its score', async () => {
    const { page, errors } = await openPage(session.browser, host.url);
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'ratinggrid-score-failure');
    });
    const grid = await openGrid(page);
    await rowAt(grid, 0).locator('td').first().click();
    await page.keyboard.press('Enter');
    expect(await focus(page)).toEqual({ row: 0, tag: 'INPUT' });
    await page.keyboard.type('85');
    await page.keyboard.press('Enter');
    expect(await scoreAt(grid, 0)).toBe('85');
    // The 2025 regime's band proposes the category of the score.
    expect(await categoryAt(grid, 0)).toBe('HTTNV');
    expect(await focus(page)).toEqual({ row: 1, tag: 'TR' });
    await page.keyboard.press('1');
    expect(await scoreAt(grid, 1)).toBe('');
    expect(await categoryAt(grid, 1)).toBe('HTXSNV');
    expect(await focus(page)).toEqual({ row: 2, tag: 'TR' });

    // Enter on a row with a score selects it, so what is typed replaces it.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.keyboard.type('72');
    await page.keyboard.press('Enter');
    expect(await scoreAt(grid, 0)).toBe('72');
    expect(await focus(page)).toEqual({ row: 1, tag: 'TR' });
    expect(errors).toEqual([]);
  });

  it('shows a wrong decision date once, on the date field, and no row error', async () => {
    const { page, errors } = await openPage(session.browser, host.url);
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'ratinggrid-date-failure');
    });
    const grid = await openGrid(page);
    await rowAt(grid, 0).locator('td').first().click();
    await page.keyboard.type('2223');
    const date = page.getByRole('textbox', { name: 'Ngày quyết định', exact: true });
    // After the core's today (20/11/2026).
    await date.fill('01/12/2026');
    await date.press('Control+s');
    await expect.poll(() => page.getByText('Ngày quyết định ở tương lai.').count(), { timeout: UI_TIMEOUT }).toBe(1);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await grid.getByRole('alert').count()).toBe(0);
    await snap(page, 'ratinggrid-date-error');

    // A date that is not a day: once as well.
    await date.fill('31/02/2026');
    await date.press('Control+s');
    await expect.poll(() => page.getByText('Ngày quyết định ở tương lai.').count(), { timeout: UI_TIMEOUT }).toBe(0);
    await expect.poll(async () => (await date.getAttribute('aria-invalid')) === 'true', { timeout: UI_TIMEOUT }).toBe(true);
    expect(await grid.getByRole('alert').count()).toBe(0);

    // A good date saves the four rows.
    await date.fill('10/11/2026');
    await date.press('Control+s');
    await shown(page.getByText('Đã lưu: thêm 4, sửa 0, xóa 0.'));
    expect(await categoryAt(grid, 3)).toBe('HTNV');
    expect(errors).toEqual([]);
  });
});
