import ExcelJS from 'exceljs';

/** Opens an .xlsx that the API wrote, as a user's Excel would. */
export async function readWorkbook(payload: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = payload.buffer.slice(
    payload.byteOffset,
    payload.byteOffset + payload.byteLength,
  ) as ArrayBuffer;
  await workbook.xlsx.load(bytes);
  return workbook;
}
