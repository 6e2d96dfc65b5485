import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, vietnamToday } from '../src/domain/common/dates.ts';
import { browserSession, pickOption, screenshot } from './support/harness.ts';

/** "14.508.000 đ" → 14508000; "-200.000 đ" → -200000 */
function amountOf(text: string): number {
  const digits = text.replace(/[^\d-]/g, '');
  return Number(digits);
}

/** The month a commune pays for by default: the one before today's (in Vietnam), as "MM/YYYY". */
function previousMonthLabel(): string {
  const [year, month] = addDays(`${vietnamToday().slice(0, 7)}-01`, -1).split('-');
  return `${month}/${year}`;
}

interface TreasuryRow {
  name: string;
  kind: string;
  amount: number;
}

/**
 * The treasury list as a cashier reads it: under the header "STT, Họ và tên, …, Khoản hỗ trợ, …, Thành tiền",
 * one row per line (STT numbers the members, so a member's further lines have none), "Cộng …" rows per team,
 * and "Tổng cộng".
 */
async function readTreasuryList(file: string): Promise<{ lines: TreasuryRow[]; total: number | null }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const columns = { name: 0, kind: 0, amount: 0 };
  const lines: TreasuryRow[] = [];
  let total: number | null = null;
  sheet.eachRow((row) => {
    if (!columns.amount) {
      // row.values is sparse (index 0 and empty cells are holes): Array.from fills them in.
      const texts = Array.from(row.values as unknown[], (value) => (typeof value === 'string' ? value : ''));
      if (!texts.includes('STT')) return;
      columns.name = texts.findIndex((text) => text.startsWith('Họ và tên'));
      columns.kind = texts.findIndex((text) => text.startsWith('Khoản hỗ trợ'));
      columns.amount = texts.findIndex((text) => text.startsWith('Thành tiền'));
      return;
    }
    const name = row.getCell(columns.name).text;
    const kind = row.getCell(columns.kind).text;
    const amount = Number(row.getCell(columns.amount).value ?? 0);
    if (name === 'Tổng cộng') total = amount;
    else if (kind && total === null) lines.push({ name, kind, amount });
  });
  return { lines, total };
}

describe('ca.hungson computes the month, checks a line, submits; ubnd.daitu approves; the .xlsx adds up', () => {
  const session = browserSession();
  let page: Page;

  async function openPayrollPage(name: string) {
    const item = page.getByRole('menuitem', { name, exact: true });
    if (!(await item.isVisible())) await page.getByRole('menuitem', { name: /Chi hỗ trợ/ }).click();
    await item.click();
    await expect.poll(() => page.getByRole('heading', { level: 3 }).first().innerText()).not.toBe('');
  }

  /**
   * Confirms and waits for the dialog to close. A click that lands while the dialog is still opening can be
   * lost (seen once under load: the dialog stayed open, its button idle), so an idle button is clicked again;
   * a button already working shows its spinner and is left alone.
   */
  async function confirmIn(dialogButton: string) {
    const dialog = page.locator('.ant-modal-confirm');
    const button = dialog.getByRole('button', { name: dialogButton });
    await button.click();
    await expect
      .poll(
        async () => {
          if ((await dialog.count()) === 0) return 0;
          const classes = await button.getAttribute('class', { timeout: 2_000 }).catch(() => null);
          const working = classes === null || classes.includes('ant-btn-loading');
          if (!working) await button.click({ timeout: 2_000 }).catch(() => undefined);
          return dialog.count();
        },
        { interval: 1_000 },
      )
      .toBe(0);
  }

  async function statusTag(): Promise<string> {
    return page
      .locator('.ant-tag')
      .filter({ hasText: /Dự thảo|Chờ duyệt|Đã duyệt|Đã chi trả/ })
      .first()
      .innerText();
  }

  async function totalShown(): Promise<number> {
    const statistic = page.locator('.ant-statistic').filter({ hasText: 'Tổng chi tháng này' });
    return amountOf(await statistic.locator('.ant-statistic-content').innerText());
  }

  async function expandLine(row: Locator) {
    await row.locator('.ant-table-row-expand-icon').click();
  }

  it('runs the month from the days to the approved treasury list', async () => {
    const month = previousMonthLabel();

    // The province applies a rate set (the demo's example values, else the published Thái Nguyên example).
    page = await session.signIn('congantinh');
    await openPayrollPage('Mức hỗ trợ');
    const current = page.getByRole('row').filter({ hasText: 'Hiện hành' });
    const none = page.getByText(/Chưa áp dụng bộ mức nào/);
    await expect
      .poll(async () => (await current.count()) + (await none.count()), { timeout: 30_000 })
      .toBe(1);
    if ((await current.count()) === 0) {
      await page.getByRole('button', { name: 'Tạo từ ví dụ đã công bố' }).click();
      await page.getByRole('dialog').getByRole('combobox', { name: 'Chọn ví dụ' }).click();
      await pickOption(page, /^Thái Nguyên/);
      await page.getByRole('dialog').getByRole('button', { name: 'Tạo bộ mức' }).click();
      await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/\/payroll\/rate-sets\/[^/]+$/);
      await page
        .getByRole('link', { name: /Mức hỗ trợ/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Áp dụng một bộ mức' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: /Bộ mức/ }).click();
      await pickOption(page, /^Thái Nguyên/);
      const from = dialog.getByRole('textbox', { name: /Từ ngày/ });
      await from.click();
      await from.fill('01/07/2024');
      await from.press('Enter');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
    }
    await expect.poll(() => current.count()).toBe(1);
    // The set in force: coefficients of the base salary, with what they pay today (0,80 × 2.340.000 đ).
    await current.getByRole('link').first().click();
    await expect.poll(() => page.getByText('0,80 × mức lương cơ sở').count()).toBe(1);
    await expect.poll(() => page.getByText('1.872.000 đ').count()).toBeGreaterThan(0);
    await screenshot(page, 'payroll-rate-sets');

    // The commune police add a night of duty for the first member, then compute the month.
    page = await session.signIn('ca.hungson');
    await openPayrollPage('Ngày trực, tập huấn');
    const firstRow = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await expect.poll(() => firstRow.count(), { timeout: 30_000 }).toBe(1);
    // Thái Nguyên's set pays no days of assigned tasks: that column is marked *, the mark explained below.
    await expect
      .poll(() =>
        page.getByText(/^\* Bộ mức hỗ trợ đang áp dụng trong tháng này không chi khoản này/).count(),
      )
      .toBe(1);
    const member = (await firstRow.locator('td').first().locator('strong').innerText()).trim();
    const nightsField = page.getByRole('spinbutton', { name: `${member}, Trực đêm` });
    const nights = Number(await nightsField.inputValue()) + 1;
    await nightsField.fill(String(nights));
    await page.getByRole('button', { name: 'Lưu tất cả' }).first().click();
    await expect.poll(() => page.getByText(/Đã lưu số ngày của 1 thành viên/).count()).toBe(1);
    await screenshot(page, 'payroll-days');

    await openPayrollPage('Bảng chi hỗ trợ');
    await page.getByRole('button', { name: 'Lập bảng chi tháng' }).click();
    const compute = page.getByRole('dialog');
    await expect.poll(() => compute.getByRole('textbox', { name: 'Tháng' }).inputValue()).toBe(month);
    await compute.getByRole('button', { name: 'Tính bảng chi' }).click();
    // The payroll opens when computed; an error message the page shows instead is what the failure says.
    await expect
      .poll(
        async () => {
          const errors = await page.locator('.ant-message-error').allInnerTexts();
          return errors.length > 0 ? `error shown: ${errors.join(' ')}` : page.url();
        },
        { timeout: 60_000 },
      )
      .toMatch(/\/payroll\/payrolls\/[^/]+$/);
    await expect
      .poll(() => page.getByRole('heading', { name: `Bảng chi hỗ trợ tháng ${month}` }).count())
      .toBe(1);
    await expect.poll(() => statusTag()).toBe('Dự thảo');

    // Its night-duty line explains itself: the days counted and the rate per day.
    const nightLine = page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ hasText: member })
      .filter({ hasText: 'Bồi dưỡng ngày trực đêm' });
    await expect.poll(() => nightLine.count()).toBe(1);
    await expect.poll(() => nightLine.innerText()).toContain(`${nights} ngày`);
    await expandLine(nightLine);
    const explanation = page.locator('.ant-table-expanded-row').filter({ hasText: 'Cách tính' });
    const nightPay = `${new Intl.NumberFormat('vi-VN').format(nights * 100_000)} đ`;
    await expect
      .poll(() => explanation.innerText())
      .toContain(`${nights} ngày × 100.000 đ/ngày = ${nightPay}`);
    // The monthly support line: days in post over the days of the month, coefficient × base salary.
    const monthlyLine = page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ hasText: member })
      .filter({ hasText: 'Hỗ trợ thường xuyên hằng tháng' });
    await expandLine(monthlyLine);
    await expect
      .poll(() =>
        page
          .locator('.ant-table-expanded-row')
          .filter({ hasText: /\/\d\d ngày ×/ })
          .count(),
      )
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('.ant-table-expanded-row').filter({ hasText: '× 2.340.000 đ' }).count())
      .toBeGreaterThan(0);
    const total = await totalShown();
    expect(total).toBeGreaterThan(nights * 100_000);
    expect(amountOf(await page.getByTestId('lines-total').innerText())).toBe(total);
    await screenshot(page, 'payroll-draft');

    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await confirmIn('Gửi duyệt');
    await expect.poll(() => statusTag()).toBe('Chờ duyệt');
    const payrollUrl = new URL(page.url()).pathname;

    // UBND huyện Đại Từ, the approver of Đại Từ's communes, finds it in the list and approves it.
    page = await session.signIn('ubnd.daitu');
    await openPayrollPage('Bảng chi hỗ trợ');
    const listed = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: 'Thị trấn Hùng Sơn' });
    await expect.poll(() => listed.filter({ hasText: 'Chờ duyệt' }).count(), { timeout: 30_000 }).toBe(1);
    await listed.filter({ hasText: 'Chờ duyệt' }).getByRole('link', { name: month }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(payrollUrl);
    await expect.poll(() => totalShown()).toBe(total);
    await page.getByRole('button', { name: /Duyệt$/ }).click();
    await confirmIn('Duyệt');
    await expect.poll(() => statusTag()).toBe('Đã duyệt');
    await expect.poll(() => page.getByText(/đã khóa/).count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Lịch sử xử lý' }).click();
    await expect.poll(() => page.getByText('Chờ duyệt → Đã duyệt').count()).toBe(1);
    await screenshot(page, 'payroll-approved');

    // The treasury list: every line, and a total equal to the page's and to the sum of the lines.
    await page.getByRole('tab', { name: 'Chi tiết theo thành viên' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Tải bảng kê/ }).click();
    const file = await (await download).path();
    const { lines, total: listTotal } = await readTreasuryList(file);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.map((line) => `${line.name} | ${line.kind} | ${line.amount}`)).toContain(
      `${member} | Bồi dưỡng ngày trực đêm | ${nights * 100_000}`,
    );
    expect(listTotal).toBe(total);
    expect(lines.reduce((sum, line) => sum + line.amount, 0)).toBe(total);
  }, 300_000);
});
