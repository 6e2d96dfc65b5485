import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFirstSheet } from './xlsx-sheet.ts';

/** A sheet as Excel users type it: dates as date cells, numbers as numbers, rich text, formulas. */
async function sample() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  workbook.addWorksheet('Khác').addRow(['not this one']);
  sheet.addRow(['Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số hộ', 'Ghi chú']);
  sheet.addRow([
    { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn Mẫu A & <B>' }] },
    new Date(Date.UTC(1985, 1, 28)),
    19085000123,
    { formula: '100+20', result: 120 },
    true,
  ]);
  sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
  sheet.addRow([]);
  sheet.getCell('C4').value = '  019085000124 ';
  sheet.getCell('E4').value = 12.5;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('reading the first worksheet of an .xlsx', () => {
  it('gives the text a user sees: dates dd/mm/yyyy, whole numbers, rich text, formula results', async () => {
    const rows = readFirstSheet(await sample());
    expect([...rows.keys()]).toEqual([1, 2, 4]);
    expect([...(rows.get(1)?.values() ?? [])]).toEqual([
      'Họ và tên',
      'Ngày sinh',
      'Số CCCD',
      'Số hộ',
      'Ghi chú',
    ]);
    expect(Object.fromEntries(rows.get(2) ?? [])).toEqual({
      1: 'Nguyễn Văn Mẫu A & <B>',
      2: '28/02/1985',
      3: '19085000123',
      4: '120',
      5: 'Có',
    });
    expect(Object.fromEntries(rows.get(4) ?? [])).toEqual({ 3: '019085000124', 5: '12.5' });
  });

  it('refuses what is not a workbook', () => {
    expect(() => readFirstSheet(Buffer.from('Họ và tên;Ngày sinh'))).toThrow();
  });
});
