import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, snap } from './support/browser.ts';
import { startHost, type RunningHost } from './support/host.ts';
import { focusedLabel, openPage, pick, pickOrganisation, shown, UI_TIMEOUT } from './support/ui.ts';

/**
 * Issue 8, "Forms that never save or drop by surprise", in Chromium: Enter in a dropdown whose text
 * matches nothing stays in the box with a message (it never saves the form), a choice made from the
 * keyboard moves the cursor on, and Esc on a new record with typed data asks before closing.
 */

const PROVINCE = 'Đảng bộ tỉnh Yên Bái';
const CELL = 'Chi bộ thôn Khe Dứa';

/** The province and its cell, written through the CLI's batch before the host starts. */
function setUp(dataDir: string): void {
  const org = (parentId: number | null, name: string, typeCode: string) => ({
    method: 'organisation:create',
    input: { parentId, name, typeCode, effectiveFrom: '1990-01-01', shortName: null, code: null, unitTypeCode: null, decisionNo: null, note: null },
  });
  const lines = [org(null, PROVINCE, 'PROVINCE'), org(1, CELL, 'GRASSROOTS_CELL')].map((l) => JSON.stringify(l)).join('\n');
  execFileSync(process.execPath, ['electron/cli/main.ts', 'batch', '-', '--atomic', '--data-dir', dataDir], { input: lines, stdio: ['pipe', 'pipe', 'pipe'] });
}

let dataDir = '';
let browser: Browser | null = null;
let host: RunningHost | null = null;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sotochuc-e2e-forms-'));
  setUp(dataDir);
  browser = await launchBrowser();
  host = await startHost(dataDir);
});
afterAll(async () => {
  await host?.stop();
  await browser?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(async (context) => {
  if (!browser || !host) throw new Error('no browser or host');
  ({ page, errors } = await openPage(browser, host.url));
  context.onTestFailed(async () => {
    if (!page.isClosed()) await snap(page, `forms-failure-${context.task.name.slice(1, 2)}`);
  });
  await shown(page.getByRole('tab', { name: 'Đảng viên' }), 20_000);
  // Each test's page stays open until the browser closes (a failed test's screenshot is taken after this).
  return () => {
    expect(errors).toEqual([]);
  };
});

/** Whether the tree lists an organisation of that name (a saved one is revealed in it). */
async function inTree(name: string): Promise<number> {
  return page.getByRole('tree').getByText(name, { exact: true }).count();
}

/** Waits a moment longer than a save takes, so "nothing happened" is not asserted too early. */
async function settle(): Promise<void> {
  await page.waitForTimeout(600);
}

async function noMatchShown(scope: Locator, text: string): Promise<void> {
  await shown(scope.getByText(`Không có mục nào khớp “${text}”`));
}

/** The new member's card, with the name, sex and birth date typed. */
async function newCard(): Promise<Locator> {
  await page.getByRole('tab', { name: 'Đảng viên' }).click();
  await page.getByRole('button', { name: 'Thêm đảng viên' }).click();
  const card = page.getByRole('dialog', { name: 'Phiếu đảng viên mới' });
  await shown(card);
  return card;
}

describe('forms in Chromium: Enter in a dropdown, focus after a choice, Esc on a new record', () => {
  it('(b) Enter on a unit type matching nothing stays in the box with a message; the organisation is not created', async () => {
    await page.getByRole('tab', { name: 'Tổ chức đảng' }).click();
    await page.getByRole('tree').getByText(PROVINCE, { exact: true }).click();
    await page.getByRole('button', { name: 'Thành lập tổ chức trực thuộc' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên tổ chức', { exact: true }).fill('Chi bộ Hợp tác xã Cường Thịnh');
    await pick(dialog, 'Loại tổ chức', 'Chi bộ trực thuộc');
    const unitType = dialog.getByRole('combobox', { name: 'Loại hình đơn vị', exact: true });
    await unitType.click();
    await unitType.pressSequentially('Hợp tác xã nông nghiệp');
    await unitType.press('Enter');
    await settle();
    expect(await inTree('Chi bộ Hợp tác xã Cường Thịnh')).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(1);
    await noMatchShown(dialog, 'Hợp tác xã nông nghiệp');
    expect(await unitType.inputValue()).toBe('Hợp tác xã nông nghiệp');
    expect(await focusedLabel(page)).toBe('Loại hình đơn vị');
    await snap(page, 'forms-01-org-no-match');

    // Required boxes are marked (an asterisk) and carry `required`; the label is still found by its name.
    const name = dialog.getByLabel('Tên tổ chức', { exact: true });
    expect(await name.getAttribute('required')).not.toBeNull();
    const asterisk = await dialog.locator('label', { hasText: 'Tên tổ chức' }).evaluate((label) => getComputedStyle(label, '::after').content);
    expect(asterisk).toContain('*');

    // Esc twice (the list, then the dialog) on the typed name: asked first; "Ở lại" keeps it.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    const question = page.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' });
    await shown(question);
    await question.getByRole('button', { name: 'Ở lại' }).click();
    await expect.poll(() => question.count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect(await name.inputValue()).toBe('Chi bộ Hợp tác xã Cường Thịnh');
    // The cursor is back in the unit type, its list open again: Esc closes the list, then asks.
    expect(await focusedLabel(page)).toBe('Loại hình đơn vị');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await shown(question);
    await question.getByRole('button', { name: 'Bỏ những gì đã nhập' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect(await inTree('Chi bộ Hợp tác xã Cường Thịnh')).toBe(0);
  });

  it('(c) after Giới tính is chosen from the keyboard, the next word goes to the next box, not "Nữkinh"', async () => {
    const card = await newCard();
    const sex = card.getByRole('combobox', { name: 'Giới tính', exact: true });
    await sex.focus();
    await page.keyboard.type('nu');
    await page.keyboard.press('Enter');
    // Typed at a clerk's pace (60 ms a key) right after the choice: the word lands in the next box.
    await page.keyboard.type('kinh', { delay: 60 });
    await expect.poll(() => focusedLabel(page), { timeout: UI_TIMEOUT }).toBe('Dân tộc');
    expect(await sex.inputValue()).toBe('Nữ');
    await expect.poll(() => card.getByRole('combobox', { name: 'Dân tộc', exact: true }).inputValue(), { timeout: UI_TIMEOUT }).toBe('kinh');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByRole('combobox', { name: 'Dân tộc', exact: true }).inputValue(), { timeout: UI_TIMEOUT }).toBe('Kinh');
    await expect.poll(() => focusedLabel(page), { timeout: UI_TIMEOUT }).toBe('Tôn giáo');
    await snap(page, 'forms-02-moved-on');
  });

  it('(a) Enter on Chuyên môn text matching nothing keeps the card open with the text and a message; nothing is saved', async () => {
    const card = await newCard();
    await card.getByLabel('Họ', { exact: true }).fill('Hoàng');
    await card.getByLabel('Tên', { exact: true }).fill('Lan');
    await card.getByLabel('Ngày sinh', { exact: true }).fill('02/09/1980');
    await card.getByRole('combobox', { name: 'Giới tính', exact: true }).click();
    await page.getByRole('option', { name: 'Nữ', exact: true }).click();
    await pickOrganisation(card, 'Tổ chức đảng', 'khe dua', CELL);
    await card.getByLabel('Ngày vào Đảng', { exact: true }).fill('19/05/2010');
    const professional = card.getByRole('combobox', { name: 'Chuyên môn, nghiệp vụ', exact: true });
    await professional.click();
    await professional.pressSequentially('Kỹ sư nông nghiệp');
    await professional.press('Enter');
    await settle();
    expect(await page.getByRole('row').filter({ hasText: 'Hoàng Lan' }).count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(1);
    await noMatchShown(card, 'Kỹ sư nông nghiệp');
    expect(await professional.inputValue()).toBe('Kỹ sư nông nghiệp');
    expect(await focusedLabel(page)).toBe('Chuyên môn, nghiệp vụ');
    await snap(page, 'forms-03-member-no-match');

    // A matching text then Enter takes the option and moves on; Ctrl+S saves the card.
    await professional.fill('');
    await professional.pressSequentially('dai hoc');
    await professional.press('Enter');
    await expect.poll(() => professional.inputValue(), { timeout: UI_TIMEOUT }).toBe('Đại học');
    await expect.poll(() => focusedLabel(page), { timeout: UI_TIMEOUT }).toBe('Lý luận chính trị');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);
    await shown(page.getByRole('row').filter({ hasText: 'Hoàng Lan' }));
  });

  it('(d) Esc, then Esc again, on a new member\'s typed card asks before closing; Esc on the question stays', async () => {
    const card = await newCard();
    await card.getByLabel('Họ', { exact: true }).fill('Vũ');
    await card.getByRole('combobox', { name: 'Dân tộc', exact: true }).click();
    // The first Esc closes the open list, the second asks about the typed card.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    const ask = page.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' });
    await shown(ask);
    expect(await card.count()).toBe(1);
    await snap(page, 'forms-04-asked');
    await page.keyboard.press('Escape');
    await expect.poll(() => ask.count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect(await card.getByLabel('Họ', { exact: true }).inputValue()).toBe('Vũ');
    expect(await focusedLabel(page)).toBe('Dân tộc');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await shown(ask);
    await ask.getByRole('button', { name: 'Bỏ những gì đã nhập' }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);

    // An untouched new card closes on Esc without a question.
    const again = await newCard();
    await shown(again.getByLabel('Họ', { exact: true }));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);
  });
});
