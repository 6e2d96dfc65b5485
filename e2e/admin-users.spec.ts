import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  chooseOption,
  launchBrowser,
  login,
  type RunningApp,
  screenshot,
  startApp,
} from './support/harness.ts';

describe('admin manages users; a new user signs in and sees the tree', () => {
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
    context = await browser.newContext({ locale: 'vi-VN' });
    page = await context.newPage();
  });
  afterEach(async (test) => {
    if (test.task.result?.state === 'fail') await screenshot(page, `failed-${test.task.name.slice(0, 40)}`);
    await context.close();
  });

  it('shows a clear Vietnamese message for a wrong password', async () => {
    await login(page, app.baseUrl, 'admin', 'mat-khau-sai');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(page.url()).toContain('/login');
  });

  it('admin creates a user in Huyện Đại Từ; that user signs in and sees the tree', async () => {
    await login(page, app.baseUrl, 'admin');
    await page.getByRole('menuitem', { name: /Người dùng/ }).click();
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    // The table and filters behind the drawer carry the same names: look inside the drawer, by role.
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('textbox', { name: /Tên đăng nhập/ }).fill('canbo.e2e');
    await drawer.getByRole('textbox', { name: /Họ và tên/ }).fill('Nguyễn Thị Thử Nghiệm');
    await drawer.getByRole('textbox', { name: /Email/ }).fill('thunghiem@daitu.gov.vn');
    // Ant Design draws the visible options outside the ARIA listbox; they carry their label as title.
    await chooseOption(page, drawer.getByRole('combobox', { name: /Vai trò/ }), 'Cơ quan, đơn vị');
    await chooseOption(page, drawer.getByRole('combobox', { name: /Đơn vị/ }), 'Huyện Đại Từ', {
      search: 'dai tu',
    });
    await drawer.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-e2e');
    await drawer.getByLabel('Nhập lại mật khẩu').fill('mat-khau-e2e');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'canbo.e2e' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'users-after-create');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect.poll(() => page.url()).toContain('/login');

    await login(page, app.baseUrl, 'canbo.e2e', 'mat-khau-e2e');
    await expect.poll(() => page.getByText('Nguyễn Thị Thử Nghiệm').count()).toBeGreaterThan(0);
    await page.getByRole('menuitem', { name: /Tổ chức/ }).click();
    await expect.poll(() => page.getByRole('tree').getByText('Tỉnh Thái Nguyên').count()).toBe(1);
    await page.getByPlaceholder(/Tên hoặc mã đơn vị/).fill('hung son');
    await expect.poll(() => page.getByText('Thị trấn Hùng Sơn').count()).toBeGreaterThan(0);
    await screenshot(page, 'org-tree-new-user');
    // The new user's role has no users page.
    expect(await page.getByRole('menuitem', { name: /Người dùng/ }).count()).toBe(0);
  });
});
