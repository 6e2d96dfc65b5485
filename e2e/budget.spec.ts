import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, pickOption, screenshot } from './support/harness.ts';

describe('a district records its spending and the province reads it in the table by unit', () => {
  const session = browserSession();
  let page: Page;

  it('runs from the drawer to the province table and its .xlsx', async () => {
    page = await session.signIn('ubnd.daitu');
    await page.getByRole('menuitem', { name: /Kinh phí/ }).click();
    await expect.poll(() => page.getByRole('row').count(), { timeout: 30_000 }).toBeGreaterThan(2);

    await page.getByRole('button', { name: 'Thêm khoản kinh phí' }).click();
    const drawer = page.getByRole('dialog');
    // A district records for itself: its unit is set and cannot be changed.
    await expect.poll(() => drawer.getByText('Huyện Đại Từ').count()).toBeGreaterThan(0);
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => drawer.getByText('Vui lòng chọn loại').count()).toBe(1);
    await drawer.getByLabel('Loại').click();
    await pickOption(page, 'Chi');
    await drawer.getByLabel('Năm ngân sách').click();
    await pickOption(page, '2026');
    await drawer.getByLabel('Số tiền (đồng)').fill('48500000');
    await drawer.getByLabel('Số quyết định, chứng từ').fill('PC 77/2026');
    await drawer
      .getByLabel('Nội dung, ghi chú')
      .fill('Hội nghị tập huấn cho Tổ trưởng các xã (thử nghiệm e2e)');
    // The date typed as officials write it; Enter confirms it and sends the form.
    await drawer.getByLabel('Ngày').fill('15/10/2026');
    await drawer.getByLabel('Ngày').press('Enter');
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'PC 77/2026' }).count(), { timeout: 30_000 })
      .toBe(1);
    const row = page.getByRole('row').filter({ hasText: 'PC 77/2026' });
    expect(await row.innerText()).toContain('48.500.000 đ');
    expect(await row.innerText()).toContain('15/10/2026');
    await screenshot(page, 'budget-entries');

    page = await session.signIn('congantinh');
    await page.goto(`${session.baseUrl}/budget?tab=summary&year=2026`);
    const daiTu = page.getByRole('row').filter({ hasText: 'Huyện Đại Từ' });
    await expect.poll(() => daiTu.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // 312.000.000 đ in the demo + 48.500.000 đ just recorded.
    expect(await daiTu.first().innerText()).toContain('360.500.000 đ');
    await screenshot(page, 'budget-summary');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kinh-phi-tong-hop-2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    const bytes = fs.readFileSync(await download.path());
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const values = (workbook.worksheets[0]?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    const line = values.find((r) => r[1] === 'Huyện Đại Từ' && r[2] === 'Ngân sách địa phương');
    expect(line?.slice(3, 7)).toEqual([650_000_000, 600_000_000, 360_500_000, 0]);
  });
});
