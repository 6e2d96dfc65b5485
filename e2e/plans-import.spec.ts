import fs from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  login,
  pickOption,
  type RunningApp,
  screenshot,
  startApp,
} from './support/harness.ts';

const SEED = new URL('../resources/seeds/ke-hoach-71-KH-UBND-thai-nguyen-2024.md', import.meta.url);

describe('the coordinator imports the seed plan and reviews it', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
  });
  afterEach(async (test) => {
    if (test.task.result?.state === 'fail') await screenshot(page, `failed-${test.task.name.slice(0, 40)}`);
    await context.close();
  });

  it('pastes the seed, fixes a flagged unit, saves, and sees the tree, the timeline and Sở Tư pháp’s tasks', async () => {
    const seed = await fs.readFile(SEED, 'utf8');
    await login(page, app.baseUrl, 'congantinh');
    await page.getByRole('menuitem', { name: /Kế hoạch/ }).click();
    await page.getByRole('button', { name: /Nhập kế hoạch/ }).click();
    await page.getByLabel('Nội dung kế hoạch').fill(seed);
    await page.getByRole('button', { name: 'Phân tích' }).click();

    // One name the tree cannot match; the reviewer picks the unit it means.
    const flagged = page.getByRole('combobox', { name: /^Chọn đơn vị cho / }).first();
    await expect.poll(() => flagged.count(), { timeout: 30_000 }).toBe(1);
    await screenshot(page, 'plan-review');
    await flagged.click();
    await flagged.fill('so noi vu');
    await pickOption(page, 'Sở Nội vụ');

    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    // The saved plan's own page, with its task tree (the plan page loads on demand: allow it time).
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/\/plans\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByText(/Tổ chức quán triệt, tuyên truyền/).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await screenshot(page, 'plan-tree');

    await page.getByRole('tab', { name: /Tiến độ/ }).click();
    await expect.poll(() => page.locator('canvas').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await screenshot(page, 'plan-timeline');

    await page.getByRole('tab', { name: /Theo đơn vị/ }).click();
    const unitPicker = page.getByRole('combobox', { name: 'Đơn vị' });
    await unitPicker.click();
    await unitPicker.fill('so tu phap');
    await pickOption(page, 'Sở Tư pháp');
    await expect.poll(() => page.getByRole('cell', { name: '1.1', exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('cell', { name: '1.3', exact: true }).count()).toBeGreaterThan(0);
    await screenshot(page, 'plan-by-unit');
  });
});
