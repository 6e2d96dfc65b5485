import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, formatVietnameseDate, vietnamToday } from '../src/domain/common/dates.ts';
import { browserSession, pickOption, screenshot } from './support/harness.ts';

/** dd/mm/yyyy of today plus some days, in Vietnam time (the browser runs in Vietnam's zone below). */
const vietnamDate = (daysAhead = 0) => formatVietnameseDate(addDays(vietnamToday(), daysAhead));

const SUBJECT = 'Kiểm tra thi hành Luật tại UBND huyện Đại Từ (kiểm thử e2e)';
const FINDING = 'Chưa ban hành kế hoạch kiện toàn Tổ bảo vệ an ninh, trật tự ở 03 xã.';
const FOLLOW_UP = 'Ban hành kế hoạch kiện toàn Tổ bảo vệ an ninh, trật tự ở 03 xã còn thiếu.';
const RESULT = 'Đã ban hành Kế hoạch số 45/KH-UBND kiện toàn Tổ bảo vệ an ninh, trật tự ở 03 xã.';

describe('Công an tỉnh inspects UBND huyện Đại Từ; the district fixes what was found; the province sees it fixed', () => {
  const session = browserSession();
  let page: Page;
  async function signIn(username: string) {
    page = await session.signIn(username);
  }

  const visible = (text: string | RegExp) => () => page.getByText(text).first().isVisible();

  it('plans, records, follows up and closes the loop through the pages', async () => {
    await signIn('congantinh');
    await page.getByRole('menuitem', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Lập kế hoạch kiểm tra' }).click();
    const drawer = page.locator('.ant-drawer');
    await expect.poll(visible('Đơn vị kiểm tra: Công an tỉnh')).toBe(true);
    await drawer.getByRole('combobox', { name: 'Đơn vị được kiểm tra' }).fill('dai tu');
    await pickOption(page, 'Huyện Đại Từ');
    await drawer.getByLabel('Nội dung kiểm tra').fill(SUBJECT);
    await drawer.getByLabel('Từ ngày').fill(vietnamDate());
    await drawer.getByLabel('Từ ngày').press('Tab');
    await drawer.getByLabel('Số quyết định kiểm tra').fill('301/QĐ-CAT');
    await screenshot(page, 'inspection-create');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/\/inspections\/[^/]+$/);
    const inspectionUrl = page.url();
    await expect.poll(visible('Dự kiến')).toBe(true);

    await page.getByRole('button', { name: 'Ghi nhận kết quả kiểm tra' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Kết luận kiểm tra')
      .fill('Huyện đã triển khai Luật; còn 03 xã chưa kiện toàn Tổ bảo vệ.');
    await dialog.getByLabel('Số văn bản kết luận').fill('22/KL-CAT');
    await dialog.getByRole('button', { name: 'Ghi nhận kết quả kiểm tra' }).click();
    await expect.poll(visible('Nội dung phát hiện và việc cần khắc phục'), { timeout: 30_000 }).toBe(true);

    await page.getByRole('button', { name: 'Thêm nội dung phát hiện' }).click();
    await page.getByRole('dialog').getByLabel('Nội dung phát hiện').fill(FINDING);
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(visible(FINDING), { timeout: 30_000 }).toBe(true);

    await page.getByRole('button', { name: 'Thêm việc cần khắc phục' }).click();
    const followUpDialog = page.getByRole('dialog');
    await followUpDialog.getByLabel('Việc cần khắc phục').fill(FOLLOW_UP);
    await followUpDialog.getByLabel('Hạn khắc phục').fill(vietnamDate(10));
    await followUpDialog.getByLabel('Hạn khắc phục').press('Tab');
    await followUpDialog.getByRole('button', { name: 'Thêm việc cần khắc phục' }).click();
    const row = page.getByRole('row').filter({ hasText: FOLLOW_UP });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    expect(await row.innerText()).toContain('Huyện Đại Từ');
    expect(await row.innerText()).toContain(vietnamDate(10));
    expect(await row.innerText()).toContain('Sắp đến hạn');
    await screenshot(page, 'inspection-done-with-follow-up');

    await signIn('ubnd.daitu');
    await page.getByRole('menuitem', { name: 'Việc cần khắc phục' }).click();
    const mine = page.getByRole('row').filter({ hasText: FOLLOW_UP });
    await expect.poll(() => mine.count(), { timeout: 30_000 }).toBe(1);
    expect(await mine.innerText()).toContain('Sắp đến hạn');
    await screenshot(page, 'follow-ups-district');
    await mine.getByRole('button', { name: 'Ghi nhận đã khắc phục' }).click();
    const doneDialog = page.getByRole('dialog');
    await doneDialog.getByLabel('Kết quả khắc phục').fill(RESULT);
    await doneDialog.getByRole('button', { name: 'Ghi nhận đã khắc phục' }).click();
    // Done: it leaves the list of what is still to fix, and shows under "Đã khắc phục".
    await expect.poll(() => mine.count(), { timeout: 30_000 }).toBe(0);
    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    await pickOption(page, 'Đã khắc phục');
    await expect.poll(() => mine.count(), { timeout: 30_000 }).toBe(1);
    expect(await mine.innerText()).toContain(RESULT);

    await signIn('congantinh');
    await page.goto(inspectionUrl);
    const closed = page.getByRole('row').filter({ hasText: FOLLOW_UP });
    await expect.poll(() => closed.count(), { timeout: 30_000 }).toBe(1);
    expect(await closed.innerText()).toContain('Đã khắc phục');
    expect(await closed.innerText()).toContain(RESULT);
    expect(await closed.innerText()).toContain('Phạm Thị Từ');
    await screenshot(page, 'inspection-follow-up-closed');
  });
});
