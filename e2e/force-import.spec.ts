import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, pickOption, screenshot } from './support/harness.ts';

const VILLAGE = 'Xóm Kiểm Thử E2E';
const TEAM = 'Tổ bảo vệ ANTT xóm Kiểm Thử E2E';
const DECISION = '45/QĐ-UBND';
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface Person {
  name: string;
  /** dd/mm/yyyy, as the commune writes it. */
  dateOfBirth: string;
  sex: 'Nam' | 'Nữ';
  cccd: string;
}

/**
 * A CCCD that agrees with the person (src/domain/force/cccd.ts): 019 (Thái Nguyên), the sex and century digit
 * (0 man / 1 woman born in the 1900s), the last two digits of the birth year, then six digits.
 */
function cccdOf(year: number, sex: Person['sex'], serial: number): string {
  return `019${sex === 'Nữ' ? 1 : 0}${String(year).slice(2)}${pad(serial, 6)}`;
}

/** Fifty made-up people; rows 7 and 23 of the list carry a mistake each (a CCCD off by a year, 31 February). */
function people(): { rows: Person[]; fixes: { index: number; column: string; value: string }[] } {
  const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
  const rows: Person[] = [];
  for (let i = 1; i <= 50; i += 1) {
    const sex = i % 4 === 0 ? 'Nữ' : 'Nam';
    const year = 1965 + (i % 35);
    rows.push({
      name: `${families[i % families.length]} ${sex === 'Nữ' ? 'Thị' : 'Văn'} Thử ${pad(i)}`,
      dateOfBirth: `${pad((i % 27) + 1)}/${pad((i % 12) + 1)}/${year}`,
      sex,
      cccd: cccdOf(year, sex, 970_000 + i),
    });
  }
  const seventh = rows[6] as Person;
  const good7 = seventh.cccd;
  seventh.cccd = cccdOf(1965 + (7 % 35) + 1, seventh.sex, 970_007);
  const twentyThird = rows[22] as Person;
  const good23 = twentyThird.dateOfBirth;
  twentyThird.dateOfBirth = `31/02/${1965 + 23}`;
  return {
    rows,
    fixes: [
      { index: 7, column: 'Số CCCD', value: good7 },
      { index: 23, column: 'Ngày sinh', value: good23 },
    ],
  };
}

/** The list as a commune keeps it: a title row, then one row per member under Vietnamese headers. */
async function memberList(rows: Person[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH THÀNH VIÊN TỔ BẢO VỆ AN NINH, TRẬT TỰ — THỊ TRẤN HÙNG SƠN']);
  sheet.addRow([]);
  sheet.addRow([
    'STT',
    'Họ và tên',
    'Ngày sinh',
    'Giới tính',
    'Dân tộc',
    'Số CCCD',
    'Nơi cư trú',
    'Cư trú từ',
    'Điện thoại',
    'Trình độ học vấn',
    'Chức danh',
    'Tổ',
    'Thôn/Tổ dân phố',
    'Nguồn',
    'Ngày khám sức khỏe',
  ]);
  rows.forEach((person, index) =>
    sheet.addRow([
      index + 1,
      person.name,
      person.dateOfBirth,
      person.sex,
      'Kinh',
      person.cccd,
      `${VILLAGE}, thị trấn Hùng Sơn`,
      '01/01/2015',
      `0912${pad(index + 1, 6)}`,
      'THCS',
      'Tổ viên',
      TEAM,
      VILLAGE,
      'Tuyển chọn mới',
      '15/03/2024',
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel row of the list's n-th person: three rows of title and header come first. */
const excelRow = (index: number) => index + 3;

describe('ca.hungson imports a member list, fixes two rows, prints Mẫu 05 and Mẫu 08; the province sees it', () => {
  const session = browserSession();
  let page: Page;
  async function signIn(username: string) {
    page = await session.signIn(username);
  }

  async function openForcePage(name: string) {
    const item = page.getByRole('menuitem', { name, exact: true });
    if (!(await item.isVisible())) await page.getByRole('menuitem', { name: /Lực lượng ANTT cơ sở/ }).click();
    await item.click();
  }

  async function chooseOption(text: string, { closeList = false } = {}) {
    await pickOption(page, text);
    // A multiple select keeps its list open over the fields below.
    if (closeList) await page.keyboard.press('Escape');
  }

  async function pickDate(field: Locator, value: string) {
    await field.click();
    await field.fill(value);
    await field.press('Enter');
  }

  async function readDocx(button: Locator): Promise<string> {
    const download = page.waitForEvent('download');
    await button.click();
    const file = await (await download).path();
    return (await mammoth.extractRawText({ path: file })).value;
  }

  /** The members column of a row of the overview table ("Tổng" under "Thành viên"). */
  async function membersIn(row: Locator): Promise<number> {
    const text = (await row.locator('td').nth(3).innerText()).replace(/\D/g, '');
    return Number(text);
  }

  it('runs the whole path through the pages', async () => {
    const { rows, fixes } = people();
    await signIn('ca.hungson');
    // The commune's own overview is the commune police's home page.
    await expect.poll(() => page.url()).toContain('/force/overview');
    const before = await page.evaluate(async () => {
      const response = await fetch('/api/force/overview');
      const body = (await response.json()) as { totals: { members: number; teams: number } };
      return body.totals;
    });

    // A village and its team, as the chairman's decision founded them.
    await openForcePage('Thôn, tổ dân phố');
    await page.getByRole('button', { name: 'Thêm thôn, tổ dân phố' }).click();
    await page.getByRole('textbox', { name: 'Thôn, tổ dân phố', exact: true }).fill(VILLAGE);
    await page.getByRole('spinbutton', { name: 'Số hộ', exact: true }).fill('420');
    await page.getByRole('spinbutton', { name: 'Nhân khẩu', exact: true }).fill('1650');
    await page.getByRole('button', { name: 'Lưu dòng' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: VILLAGE }).count()).toBe(1);

    await openForcePage('Tổ bảo vệ ANTT');
    await page.getByRole('button', { name: 'Thành lập Tổ' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('textbox', { name: /Tên Tổ/ }).fill(TEAM);
    await drawer.getByRole('combobox', { name: /Thôn, tổ dân phố phụ trách/ }).click();
    await chooseOption(VILLAGE, { closeList: true });
    await drawer.getByRole('textbox', { name: /Số quyết định/ }).fill('125/QĐ-UBND');
    await pickDate(drawer.getByRole('textbox', { name: /Ngày quyết định/ }), '15/07/2024');
    await drawer.getByRole('textbox', { name: /Người ký/ }).fill('Chủ tịch UBND thị trấn Hùng Sơn');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: TEAM }).count()).toBe(1);

    // The list: two rows wrong, reported with their row, column and reason; fixed in the preview.
    await openForcePage('Nhập danh sách');
    await page.locator('input[type=file]').setInputFiles({
      name: 'danh-sach-thanh-vien.xlsx',
      mimeType: 'application/octet-stream',
      buffer: await memberList(rows),
    });
    await expect
      .poll(() => page.getByText('50 dòng — 48 hợp lệ, 2 có lỗi').count(), { timeout: 60_000 })
      .toBe(1);
    await page.getByRole('switch', { name: 'Chỉ hiện dòng có lỗi' }).click();
    await expect.poll(() => page.getByText(/Số CCCD:.*năm sinh/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/Ngày sinh:.*31\/02/).count()).toBeGreaterThan(0);
    await screenshot(page, 'force-import-errors');
    for (const fix of fixes) {
      await page
        .getByRole('textbox', { name: `Dòng ${excelRow(fix.index)}, cột ${fix.column}` })
        .fill(fix.value);
    }
    await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
    await expect
      .poll(() => page.getByText('50 dòng — 50 hợp lệ, 0 có lỗi').count(), { timeout: 60_000 })
      .toBe(1);
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    await expect.poll(() => page.getByText('Đã nhập xong').count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => page.getByText('Thêm mới 50, cập nhật 0, bỏ qua 0 dòng.').count()).toBe(1);

    // Recognition (TT 14/2024): the list for recognition (Mẫu 05) and the chairman's decision (Mẫu 08).
    await openForcePage('Thủ tục');
    await page.getByRole('button', { name: 'Lập thủ tục' }).click();
    const create = page.getByRole('dialog');
    await create.getByRole('combobox', { name: /^\W*Tổ$/ }).click();
    await chooseOption(TEAM);
    await create.getByRole('button', { name: 'Chọn tất cả thành viên của Tổ' }).click();
    await create.getByRole('button', { name: 'Lập thủ tục' }).click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/\/force\/procedures\/[^/]+$/);
    await expect.poll(() => page.getByText('50 người').count(), { timeout: 30_000 }).toBe(1);

    const list = await readDocx(page.getByRole('button', { name: /^Tải Mẫu 05/ }).first());
    expect(list).toMatch(/DANH SÁCH/i);
    for (const person of [rows[0], rows[6], rows[22], rows[49]]) expect(list).toContain(person?.name);

    for (const [step, number] of [
      ['Công an xã gửi biên bản', '12/BC-CAX'],
      ['Chủ tịch UBND xã quyết định công nhận', DECISION],
    ] as const) {
      await page
        .getByRole('row')
        .filter({ hasText: step })
        .getByRole('button', { name: 'Ghi nhận hoàn thành' })
        .click();
      const modal = page.getByRole('dialog');
      await modal.getByRole('textbox', { name: 'Số văn bản' }).fill(number);
      await modal.getByRole('button', { name: 'Lưu' }).click();
      await expect
        .poll(() => page.getByRole('row').filter({ hasText: number }).count(), { timeout: 30_000 })
        .toBe(1);
    }
    await screenshot(page, 'force-procedure');
    const decision = await readDocx(page.getByRole('button', { name: /^Tải Mẫu 08/ }).first());
    expect(decision).toMatch(/QUYẾT ĐỊNH/);
    expect(decision).toContain(DECISION);
    for (const person of [rows[0], rows[6], rows[22], rows[49]]) expect(decision).toContain(person?.name);

    // The province's view counts the new team and the fifty members under Thị trấn Hùng Sơn.
    await signIn('congantinh');
    await openForcePage('Tổng hợp toàn tỉnh');
    const district = page.getByRole('row').filter({ hasText: 'Huyện Đại Từ' });
    await expect.poll(() => district.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await district.first().getByRole('button', { name: 'Mở rộng dòng' }).click();
    const commune = page.getByRole('row').filter({ hasText: 'Thị trấn Hùng Sơn' });
    await expect.poll(() => membersIn(commune.first()), { timeout: 30_000 }).toBe(before.members + 50);
    await screenshot(page, 'force-overview-province');
  }, 300_000);
});
