import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, pickOption, screenshot } from './support/harness.ts';

const COURSE = 'Lớp huấn luyện nghiệp vụ Tổ bảo vệ ANTT xã Hùng Sơn năm 2025';

describe('a commune’s force-training course: three members attend, their training records show it', () => {
  const session = browserSession();
  let page: Page;

  it('records the course and its attendance, then finds it on each member’s page', async () => {
    page = await session.signIn('ca.hungson');
    await page.goto(`${session.baseUrl}/events`);
    await page.getByRole('button', { name: 'Thêm hội nghị, lớp, cuộc' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('combobox', { name: 'Loại' }).click();
    await pickOption(page, 'Huấn luyện, bồi dưỡng lực lượng');
    await expect
      .poll(() => drawer.getByText('Lưu lớp trước, rồi thêm học viên từ sổ theo dõi lực lượng.').count())
      .toBe(1);
    await drawer.getByLabel('Tên hội nghị, lớp, cuộc').fill(COURSE);
    await drawer.getByLabel('Số người tham dự').fill('3');
    await drawer.getByLabel('Địa điểm').fill('Hội trường UBND xã Hùng Sơn');
    const dates = drawer.locator('.ant-picker-range input');
    await dates.nth(0).fill('03/03/2025');
    await dates.nth(0).press('Tab');
    await dates.nth(1).fill('07/03/2025');
    await dates.nth(1).press('Tab');
    await drawer.getByRole('button', { name: 'Lưu' }).click();

    // Saved: the drawer turns into the course with its attendance tab.
    const tab = page.getByRole('tab', { name: 'Danh sách học viên' });
    await expect.poll(() => tab.count(), { timeout: 30_000 }).toBe(1);
    await tab.click();
    const picker = page.getByRole('combobox', { name: 'Chọn thành viên' });
    await picker.click();
    // Typed without diacritics: the register's demo names are "… Mẫu …".
    await picker.fill('mau');
    const options = page.locator(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    );
    await expect.poll(() => options.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      const label = (await options.nth(i).innerText()).split(' · ')[0]?.trim() ?? '';
      names.push(label);
    }
    for (const name of names) await pickOption(page, name);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect
      .poll(() => page.getByText('3 học viên: 0 đạt, 3 tham dự, 0 không đạt, 0 vắng').count(), {
        timeout: 30_000,
      })
      .toBe(1);

    // The first passes with a certificate, the third was absent after all.
    await page.getByRole('combobox', { name: `Kết quả ${names[0]}` }).click();
    await pickOption(page, 'Đạt');
    await expect.poll(() => page.getByText('3 học viên: 1 đạt, 2 tham dự').count()).toBe(1);
    const certificate = page.getByLabel(`Số giấy chứng nhận ${names[0]}`);
    await certificate.fill('GCN-05761-01/2025');
    await certificate.press('Enter');
    await expect.poll(() => page.getByText(`Đã cập nhật ${names[0]}`).count()).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: `Kết quả ${names[2]}` }).click();
    await pickOption(page, 'Vắng mặt');
    await expect
      .poll(() => page.getByText('3 học viên: 1 đạt, 1 tham dự, 0 không đạt, 1 vắng').count())
      .toBe(1);
    await screenshot(page, 'training-attendance');

    // Each member's page: the course among the training records, with its result and a link back.
    const expected = ['Đạt', 'Tham dự', null] as const;
    for (const [index, name] of names.entries()) {
      await page.goto(`${session.baseUrl}/events`);
      await page.getByLabel(`Mở ${COURSE}`).click();
      await page.getByRole('tab', { name: 'Danh sách học viên' }).click();
      await page.getByRole('link', { name }).click();
      await expect.poll(() => page.url()).toMatch(/\/force\/members\/[^/]+$/);
      const trainingTab = page.getByRole('tab', { name: /Huấn luyện/ });
      await expect.poll(() => trainingTab.count(), { timeout: 30_000 }).toBe(1);
      await trainingTab.click();
      const row = page.getByRole('row').filter({ hasText: COURSE });
      const result = expected[index];
      if (result) {
        await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
        await expect.poll(() => row.getByText(result, { exact: true }).count()).toBe(1);
        await expect.poll(() => row.getByText('03/03/2025').count()).toBe(1);
        if (index === 0) await screenshot(page, 'training-member-record');
      } else {
        // Absent: the course gave no training record.
        await expect
          .poll(() => page.getByRole('columnheader', { name: 'Nội dung' }).count(), { timeout: 30_000 })
          .toBeGreaterThan(0);
        expect(await row.count()).toBe(0);
      }
    }
    // The link on a record opens the course again.
    await page.goto(`${session.baseUrl}/events`);
    await page.getByLabel(`Mở ${COURSE}`).click();
    await page.getByRole('tab', { name: 'Danh sách học viên' }).click();
    await page.getByRole('link', { name: names[0] ?? '' }).click();
    await page.getByRole('tab', { name: /Huấn luyện/ }).click();
    await page.getByRole('link', { name: `Mở lớp ${COURSE}` }).click();
    await expect.poll(() => page.url()).toMatch(/\/events\?open=/);
    await expect.poll(() => page.locator('.ant-drawer-title').getByText(COURSE).count()).toBe(1);
  });
});
