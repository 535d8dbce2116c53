import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** How long a step may take to show its result in the UI (the host answers in milliseconds; CI is slow). */
export const UI_TIMEOUT = 15_000;

/** A fresh page on the host's address, the window size and language of a clerk's desktop. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'vi-VN', acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

/** Waits until the locator is visible (polled, no fixed sleep). */
export async function shown(locator: Locator, timeout = UI_TIMEOUT): Promise<void> {
  await expect.poll(() => locator.first().isVisible(), { timeout }).toBe(true);
}

/** Chooses an option of a labelled select (a catalogue choice, Nam/Nữ…) with the mouse. */
export async function pick(scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Thành lập: a sub-organisation of the one selected in the tree (or the root when `root`). */
export async function createOrganisation(page: Page, name: string, type: string, root = false): Promise<void> {
  await page.getByRole('button', { name: root ? 'Tạo tổ chức gốc' : 'Thành lập tổ chức trực thuộc' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên tổ chức', { exact: true }).fill(name);
  await pick(dialog, 'Loại tổ chức', type);
  await dialog.getByLabel('Ngày hiệu lực', { exact: true }).fill('01/01/1990');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => page.getByRole('dialog').count(), { timeout: UI_TIMEOUT }).toBe(0);
  await shown(page.getByRole('tree').getByText(name, { exact: true }));
}

/**
 * Chooses an organisation in an OrgPicker: types part of its name without diacritics, waits for the
 * search (debounced) to offer it, and clicks it; the box then shows the chosen name.
 */
export async function pickOrganisation(scope: Page | Locator, label: string, typed: string, name: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(typed);
  const option = page.getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}`) });
  await shown(option);
  await option.first().click();
  await expect.poll(() => box.inputValue(), { timeout: UI_TIMEOUT }).toBe(name);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The label of the box that has the cursor (its <label>, else its aria-label), or null. */
export async function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return null;
    const label = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.labels?.[0] : undefined;
    return (label?.textContent ?? el.getAttribute('aria-label'))?.trim() ?? null;
  });
}
