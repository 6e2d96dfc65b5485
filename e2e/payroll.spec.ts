import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, pickOption, screenshot } from './support/harness.ts';

/** "14.508.000 đ" → 14508000; "-200.000 đ" → -200000 */
function amountOf(text: string): number {
  const digits = text.replace(/[^\d-]/g, '');
  return Number(digits);
}

/** The month a commune pays for by default: the one before today's (in Vietnam), as "MM/YYYY". */
function previousMonthLabel(): string {
  const now = new Date(Date.now() + 7 * 3_600_000);
  const month = now.getUTCMonth() === 0 ? 12 : now.getUTCMonth();
  const year = now.getUTCMonth() === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  return `${String(month).padStart(2, '0')}/${year}`;
}

interface TreasuryRow {
  stt: number | null;
  name: string;
  amount: number;
}

/** The treasury list as a cashier reads it: the rows under the header "STT … Thành tiền", to "Tổng cộng". */
async function readTreasuryList(file: string): Promise<{ lines: TreasuryRow[]; total: number | null }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  let sttColumn = 0;
  let nameColumn = 0;
  let amountColumn = 0;
  const lines: TreasuryRow[] = [];
  let total: number | null = null;
  sheet.eachRow((row) => {
    const texts = (row.values as unknown[]).map((value) => (typeof value === 'string' ? value : ''));
    if (!amountColumn) {
      sttColumn = texts.indexOf('STT');
      nameColumn = texts.findIndex((text) => text.startsWith('Họ và tên'));
      amountColumn = texts.findIndex((text) => text.startsWith('Thành tiền'));
      if (sttColumn <= 0 || amountColumn <= 0) amountColumn = 0;
      return;
    }
    const name = row.getCell(nameColumn).text;
    const amount = Number(row.getCell(amountColumn).value ?? 0);
    const stt = row.getCell(sttColumn).value;
    if (typeof stt === 'number') lines.push({ stt, name, amount });
    else if (name === 'Tổng cộng') total = amount;
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

  async function confirmIn(dialogButton: string) {
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.getByRole('button', { name: dialogButton }).click();
    await expect.poll(() => dialog.count()).toBe(0);
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

    // The province applies the published Thái Nguyên example set (example values) from 01/7/2024.
    page = await session.signIn('congantinh');
    await openPayrollPage('Mức hỗ trợ');
    const current = page.getByRole('cell').filter({ hasText: 'Hiện hành' });
    if ((await current.count()) === 0) {
      await page.getByRole('button', { name: 'Tạo từ ví dụ đã công bố' }).click();
      await page.getByRole('dialog').getByRole('combobox', { name: 'Chọn ví dụ' }).click();
      await pickOption(page, /^Thái Nguyên/);
      await page.getByRole('dialog').getByRole('button', { name: 'Tạo bộ mức' }).click();
      await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/\/payroll\/rate-sets\/[^/]+$/);
      await expect.poll(() => page.getByText('0,80 × mức lương cơ sở').count()).toBe(1);
      await expect.poll(() => page.getByText('1.872.000 đ').count()).toBeGreaterThan(0);
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
      await expect.poll(() => page.getByRole('cell').filter({ hasText: 'Hiện hành' }).count()).toBe(1);
    }
    await screenshot(page, 'payroll-rate-sets');

    // The commune police enter two nights of duty for the first member, then compute the month.
    page = await session.signIn('ca.hungson');
    await openPayrollPage('Ngày trực, tập huấn');
    const firstRow = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await expect.poll(() => firstRow.count(), { timeout: 30_000 }).toBe(1);
    const member = (await firstRow.locator('td').first().locator('strong').innerText()).trim();
    await page.getByRole('spinbutton', { name: `${member}, Trực đêm` }).fill('2');
    await page.getByRole('button', { name: 'Lưu tất cả' }).first().click();
    await expect.poll(() => page.getByText(/Đã lưu số ngày của 1 thành viên/).count()).toBe(1);
    await screenshot(page, 'payroll-days');

    await openPayrollPage('Bảng chi hỗ trợ');
    await page.getByRole('button', { name: 'Lập bảng chi tháng' }).click();
    const compute = page.getByRole('dialog');
    await expect.poll(() => compute.getByRole('textbox', { name: 'Tháng' }).inputValue()).toBe(month);
    await compute.getByRole('button', { name: 'Tính bảng chi' }).click();
    await expect.poll(() => page.url(), { timeout: 60_000 }).toMatch(/\/payroll\/payrolls\/[^/]+$/);
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
    await expect.poll(() => nightLine.innerText()).toContain('2 ngày');
    await expandLine(nightLine);
    const explanation = page.locator('.ant-table-expanded-row').filter({ hasText: 'Cách tính' });
    await expect.poll(() => explanation.innerText()).toMatch(/2 ngày × 100\.000 đ\/ngày = 200\.000 đ/);
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
    expect(total).toBeGreaterThan(200_000);
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
    await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
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
    expect(lines.some((line) => line.name === member && line.amount === 200_000)).toBe(true);
    expect(listTotal).toBe(total);
    expect(lines.reduce((sum, line) => sum + line.amount, 0)).toBe(total);
  }, 300_000);
});
