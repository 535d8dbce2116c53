/**
 * Jobs in Chromium through the browser host (issue 7): the first-run demo province is built as a job
 * with a progress bar while the page stays live, and a badge form is exported as a job and downloaded.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { snap } from './support/browser.ts';
import { e2eSession } from './support/session.ts';
import { openPage } from './support/ui.ts';

const session = e2eSession('jobs');

describe('long work as jobs, in Chromium', () => {
  it('builds the demo province with a progress bar, then downloads a badge form made by a job', async () => {
    const host = await session.start();
    const { page } = await openPage(session.browser, host.url);
    onTestFailed(async () => {
      if (!page.isClosed()) await snap(page, 'jobs-failure');
    });
    // What the page hears of the job: every job:get answer (the browser host's page polls).
    const heard: { state: string; share: number; line: string }[] = [];
    page.on('response', (response) => {
      if (!response.url().includes('/api/job:get')) return;
      void response.json().then(
        (body: { ok: boolean; value?: { job: { state: string; share: number; line: string } } }) => {
          if (body.ok && body.value) heard.push(body.value.job);
        },
        () => undefined,
      );
    });
    const demo = page.getByRole('button', { name: 'Tạo tỉnh mẫu' });
    await expect.poll(() => demo.isVisible(), { timeout: 20_000 }).toBe(true);
    await demo.click();
    // It asks first: the province it builds is sample data.
    await page.getByRole('dialog', { name: 'Tạo tỉnh mẫu?' }).getByRole('button', { name: 'Tạo dữ liệu mẫu' }).click();
    // While it runs the page shows the job's bar and a stop button (a quick build may end first).
    const bar = page.getByRole('progressbar');
    const done = page.getByText(/Đã tạo tỉnh mẫu: [\d.]+ tổ chức, 2\.000 đảng viên\./);
    await expect.poll(async () => (await bar.isVisible()) || (await done.isVisible()), { timeout: 20_000 }).toBe(true);
    if (await bar.isVisible()) {
      expect(await page.getByRole('button', { name: 'Dừng' }).isVisible()).toBe(true);
      await snap(page, 'jobs-01-demo-progress');
    }
    // The page answers while the job runs: switching tabs works.
    await page.getByRole('tab', { name: 'Hệ thống' }).click();
    await page.getByRole('tab', { name: 'Tổng quan' }).click();
    await expect.poll(() => done.isVisible(), { timeout: 60_000 }).toBe(true);
    // The job's own progress reached the page: running states with their Vietnamese line, then done.
    expect(heard.some((j) => j.state === 'running')).toBe(true);
    expect(heard.at(-1)?.state).toBe('done');
    await snap(page, 'jobs-02-demo-done');
    // Until it is replaced, the header says the province is sample data.
    await expect.poll(() => page.getByRole('banner').getByText('Dữ liệu mẫu').isVisible(), { timeout: 10_000 }).toBe(true);

    await downloadBadgeForm(page);
  });
});

async function downloadBadgeForm(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Khen thưởng' }).click();
  // The first milestone group of the round: all proposed, then the 4-HHĐ list exported as a job.
  const selectAll = page.getByRole('checkbox', { name: /^Chọn tất cả: Huy hiệu/ }).first();
  await expect.poll(() => selectAll.isVisible(), { timeout: 20_000 }).toBe(true);
  await selectAll.check();
  await page.getByRole('button', { name: /^Đề nghị \(\d+\)$/ }).click();
  await expect.poll(() => page.getByText(/^Đã đề nghị \d+ đồng chí\.$/).isVisible(), { timeout: 20_000 }).toBe(true);
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Mẫu 4-HHĐ', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^4-HHD_dot-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 2).toString()).toBe('PK');
  await expect.poll(() => page.getByText(/^Đã xuất 4-HHD_dot-.*\.xlsx \(\d+ đồng chí\)/).isVisible(), { timeout: 10_000 }).toBe(true);
  await snap(page, 'jobs-03-export-done');
}
