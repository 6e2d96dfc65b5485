import type { Page } from 'playwright-core';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { browserSession, screenshot } from './support/harness.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('a report goes up, comes back, goes up again and is accepted; the dashboard and the consolidation show it', () => {
  const session = browserSession();
  let page: Page;
  async function signIn(username: string) {
    page = await session.signIn(username);
  }

  let reportUrl = '';

  /** Sở Tư pháp finds its task 1.1 in its list; the others open the same report by its address. */
  async function openReportOfTask11(fromList = false) {
    if (reportUrl && !fromList) {
      await page.goto(reportUrl);
      return;
    }
    await page.getByRole('menuitem', { name: /Báo cáo/ }).click();
    const row = page
      .getByRole('row')
      .filter({ hasText: 'Tổ chức quán triệt, tuyên truyền, phổ biến Luật' })
      .filter({ hasText: 'Sở Tư pháp' });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await row.first().click();
    await expect.poll(() => page.url()).toMatch(/\/reports\/[^/]+$/);
    reportUrl = page.url();
  }

  it('runs the whole loop through the pages', async () => {
    await signIn('sotuphap');
    await openReportOfTask11();
    await page.getByLabel('Tiến độ (%)').fill('80');
    await page.getByLabel('Kết quả thực hiện').fill('Tổ chức 02 hội nghị quán triệt Luật cho các sở, ngành.');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'bien-ban-hoi-nghi.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect
      .poll(() => page.getByText('bien-ban-hoi-nghi.pdf').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    // Submitted: the form is locked.
    await expect
      .poll(() => page.getByRole('button', { name: 'Gửi báo cáo' }).count(), { timeout: 30_000 })
      .toBe(0);
    await screenshot(page, 'report-submitted');

    await signIn('congantinh');
    await openReportOfTask11();
    await page.getByRole('button', { name: 'Trả lại' }).click();
    await page.getByLabel('Lý do trả lại').fill('Đề nghị bổ sung số lượt người tham dự.');
    await page.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /Tiếp nhận|Trả lại/ }).count(), { timeout: 30_000 })
      .toBe(0);

    await signIn('sotuphap');
    await openReportOfTask11(true);
    await expect.poll(() => page.getByText(/Báo cáo bị trả lại/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/bổ sung số lượt người tham dự/).count()).toBeGreaterThan(0);
    await page
      .getByLabel('Kết quả thực hiện')
      .fill('Tổ chức 02 hội nghị quán triệt Luật, 350 lượt người tham dự.');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Gửi báo cáo' }).count(), { timeout: 30_000 })
      .toBe(0);

    await signIn('congantinh');
    await openReportOfTask11();
    await page.getByRole('button', { name: 'Tiếp nhận' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tiếp nhận' }).click();
    // Accepted: the review buttons are gone and the history ends with "Đã tiếp nhận".
    await expect
      .poll(() => page.getByRole('button', { name: /Tiếp nhận|Trả lại/ }).count(), { timeout: 30_000 })
      .toBe(0);
    await expect.poll(() => page.getByText('Đã tiếp nhận').count()).toBeGreaterThan(1);
    await screenshot(page, 'report-accepted');

    await page.getByRole('menuitem', { name: /Tổng quan/ }).click();
    await expect.poll(() => page.getByText(/1\.1/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-coordinator');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải báo cáo tổng hợp (.docx)' }).click();
    const file = await (await download).path();
    const { value: text } = await mammoth.extractRawText({ path: file });
    expect(text).toContain('Sở Tư pháp');
    expect(text).toContain('350 lượt người tham dự');

    await signIn('ubndtinh');
    await page.getByRole('menuitem', { name: /Tổng quan/ }).click();
    await expect.poll(() => page.getByText(/1\.1/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-leader');
    await openReportOfTask11();
    expect(await page.getByRole('button', { name: /Lưu nháp|Gửi báo cáo|Tiếp nhận|Trả lại/ }).count()).toBe(
      0,
    );
  });
});
