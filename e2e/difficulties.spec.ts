import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshot } from './support/harness.ts';

const DIFFICULTY = 'Thiếu tài liệu tuyên truyền bằng tiếng dân tộc Tày, Nùng cho các xã vùng cao.';
const ANSWER = 'Công an tỉnh in và cấp 500 bộ tài liệu song ngữ Tày, Nùng trong quý III.';

describe('a difficulty raised in a report is answered, seen by the unit through the bell, and closed', () => {
  const session = browserSession();
  let page: Page;
  async function signIn(username: string) {
    page = await session.signIn(username);
  }

  async function openRegisterItemOf(unit: string) {
    await page.getByRole('menuitem', { name: /Khó khăn, vướng mắc/ }).click();
    const open = page.getByRole('button', { name: `Xem khó khăn của ${unit}` });
    await expect.poll(() => open.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await open.first().click();
    await expect.poll(() => page.getByRole('dialog').getByText('Quá trình xử lý').count()).toBe(1);
  }

  it('runs from the report through the register and the bell', async () => {
    await signIn('sotuphap');
    await page.getByRole('menuitem', { name: /Báo cáo/ }).click();
    const row = page
      .getByRole('row')
      .filter({ hasText: 'Tổ chức quán triệt, tuyên truyền, phổ biến Luật' })
      .filter({ hasText: 'Sở Tư pháp' });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await row.first().click();
    await expect.poll(() => page.url()).toMatch(/\/reports\/[^/]+$/);
    const reportUrl = page.url();
    await page.getByLabel('Tiến độ (%)').fill('60');
    await page.getByLabel('Kết quả thực hiện').fill('Tổ chức 01 hội nghị quán triệt Luật cho các sở, ngành.');
    await page.getByLabel('Khó khăn, vướng mắc').fill(DIFFICULTY);
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Gửi báo cáo' }).count(), { timeout: 30_000 })
      .toBe(0);

    await signIn('congantinh');
    await openRegisterItemOf('Sở Tư pháp');
    const drawer = page.getByRole('dialog');
    await expect.poll(() => drawer.getByText(DIFFICULTY).count()).toBe(1);
    await drawer.getByRole('button', { name: 'Trả lời' }).click();
    await expect.poll(() => drawer.getByText('Vui lòng nhập nội dung trả lời').count()).toBe(1);
    await drawer.getByLabel('Trả lời').fill(ANSWER);
    await drawer.getByRole('button', { name: 'Trả lời' }).click();
    await expect.poll(() => drawer.getByText('Đã trả lời').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => drawer.getByText(ANSWER).count()).toBeGreaterThan(0);
    await screenshot(page, 'difficulty-answered');

    await signIn('sotuphap');
    const bell = page.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ });
    await expect.poll(() => bell.count(), { timeout: 30_000 }).toBe(1);
    await bell.click();
    await page.getByRole('button', { name: /Khó khăn, vướng mắc đã được trả lời – nhiệm vụ 1\.1/ }).click();
    await expect.poll(() => page.url()).toBe(reportUrl);
    // On its report page the unit reads the answer beside its difficulty.
    await expect.poll(() => page.getByText(ANSWER).count(), { timeout: 30_000 }).toBe(1);
    await screenshot(page, 'difficulty-answer-on-report');

    await openRegisterItemOf('Sở Tư pháp');
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng (đã giải quyết)' }).click();
    await page.getByPlaceholder('Ghi chú (không bắt buộc)').fill('Đã nhận đủ tài liệu.');
    await page
      .getByRole('dialog', { name: 'Xác nhận đã giải quyết' })
      .getByRole('button', { name: 'Đóng (đã giải quyết)' })
      .click();
    await expect
      .poll(
        () =>
          page
            .getByRole('dialog')
            .getByText(/Đã giải quyết: Lê Văn Pháp/)
            .count(),
        { timeout: 30_000 },
      )
      .toBe(1);

    await signIn('ubndtinh');
    await openRegisterItemOf('Sở Tư pháp');
    await expect.poll(() => page.getByText('Bạn chỉ có quyền xem khó khăn, vướng mắc này.').count()).toBe(1);
    expect(
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /Trả lời|Đóng \(đã giải quyết\)|Mở lại/ })
        .count(),
    ).toBe(0);
  });
});
