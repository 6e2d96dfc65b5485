/**
 * .xlsx import of the register: every row checked (the rules are in domain/legal/document-import.ts), a
 * preview of all rows with their errors, and then all or nothing — one bad row writes no row at all.
 */
import ExcelJS from 'exceljs';
import {
  checkImportRow,
  documentNumberKey,
  IMPORT_COLUMN_KEYS,
  IMPORT_COLUMNS,
  type ImportColumnKey,
  type ImportRowError,
  mapImportHeadings,
} from '../../domain/legal/document-import.ts';
import type { LegalDocumentInput, LegalImportResult } from '../../domain/legal/documents.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { AppError } from '../http/errors.ts';
import { sniffFileType, type UploadedFile } from '../http/uploads.ts';
import { findNumberKeys } from './documents.repo.ts';
import { insertDocuments } from './documents.service.ts';
import { provinceIdOf } from './legal-scope.ts';

/** More rows than a province's register holds many times over; beyond it, split the file. */
export const MAX_IMPORT_ROWS = 5000;
/** The heading row is looked for among the first rows (files often start with a title). */
const HEADING_SEARCH_ROWS = 10;
const REQUIRED_HEADINGS = IMPORT_COLUMN_KEYS.filter((key) => IMPORT_COLUMNS[key].required).map(
  (key) => IMPORT_COLUMNS[key].heading,
);

const NOT_XLSX = {
  vi: 'Chỉ nhận tệp Excel (.xlsx). Nếu tệp ở dạng .xls hoặc .csv, hãy mở bằng Excel và lưu lại dạng .xlsx.',
  en: 'Only Excel (.xlsx) files are accepted; save .xls or .csv files as .xlsx first.',
};

/** A cell as the text a user sees; dates (Excel serials read by exceljs as Date) as YYYY-MM-DD. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'result' in value && value.result instanceof Date)
    return value.result.toISOString().slice(0, 10);
  return cell.text.trim();
}

function rowTexts(row: ExcelJS.Row, width: number): string[] {
  return Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1)));
}

interface SheetRows {
  fileErrors: string[];
  rows: { row: number; cells: Partial<Record<ImportColumnKey, string>> }[];
}

async function readSheet(file: UploadedFile): Promise<SheetRows> {
  if (sniffFileType(file.data) !== 'zip' || !file.data.includes('xl/workbook.xml'))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', NOT_XLSX);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      file.data.buffer.slice(
        file.data.byteOffset,
        file.data.byteOffset + file.data.byteLength,
      ) as ArrayBuffer,
    );
  } catch {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', NOT_XLSX);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { fileErrors: ['Tệp không có trang tính nào.'], rows: [] };
  const width = Math.max(sheet.columnCount, 1);
  let headingRow = 0;
  let mapping = mapImportHeadings([]);
  for (let number = 1; number <= Math.min(HEADING_SEARCH_ROWS, sheet.rowCount); number += 1) {
    const candidate = mapImportHeadings(rowTexts(sheet.getRow(number), width));
    if (candidate.missing.length < (headingRow ? mapping.missing.length : Infinity)) {
      headingRow = number;
      mapping = candidate;
    }
    if (candidate.missing.length === 0) break;
  }
  if (!headingRow || mapping.missing.length > 0) {
    const missing = headingRow ? mapping.missing : REQUIRED_HEADINGS;
    const all = IMPORT_COLUMN_KEYS.map((key) => IMPORT_COLUMNS[key].heading).join(', ');
    return {
      fileErrors: [`Không tìm thấy cột: ${missing.join(', ')}. Dòng tiêu đề cần có các cột: ${all}.`],
      rows: [],
    };
  }
  const rows: SheetRows['rows'] = [];
  for (let number = headingRow + 1; number <= sheet.rowCount; number += 1) {
    const texts = rowTexts(sheet.getRow(number), width);
    if (texts.every((text) => text === '')) continue;
    const cells: Partial<Record<ImportColumnKey, string>> = {};
    for (const key of IMPORT_COLUMN_KEYS) {
      const index = mapping.columns[key];
      if (index !== undefined) cells[key] = texts[index] ?? '';
    }
    rows.push({ row: number, cells });
  }
  if (rows.length === 0) return { fileErrors: ['Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.'], rows };
  if (rows.length > MAX_IMPORT_ROWS)
    return {
      fileErrors: [`Tệp có ${rows.length} dòng, quá ${MAX_IMPORT_ROWS} dòng mỗi lần nhập.`],
      rows: [],
    };
  return { fileErrors: [], rows };
}

/** Checks an uploaded register; with `commit`, writes it when every row is valid (else 400, nothing written). */
export async function importDocuments(
  db: Db,
  actor: Actor,
  file: UploadedFile,
  options: { commit: boolean },
): Promise<LegalImportResult> {
  requireRole(actor, 'admin', 'coordinator');
  const provinceId = provinceIdOf(actor);
  const sheet = await readSheet(file);
  const checked = sheet.rows.map(({ row, cells }) => ({ row, cells, ...checkImportRow(cells) }));
  const keys = checked.map((item) => documentNumberKey(item.cells.number ?? ''));
  const existing = await findNumberKeys(db, provinceId, [...new Set(keys.filter(Boolean))]);
  const firstRowOf = new Map<string, number>();
  checked.forEach((item, index) => {
    const key = keys[index] ?? '';
    if (!key) return;
    const duplicate: ImportRowError = { column: IMPORT_COLUMNS.number.heading, message: '' };
    if (existing.has(key))
      item.errors.push({ ...duplicate, message: 'Số, ký hiệu này đã có trong sổ văn bản' });
    const first = firstRowOf.get(key);
    if (first !== undefined)
      item.errors.push({ ...duplicate, message: `Trùng số, ký hiệu với dòng ${first}` });
    else firstRowOf.set(key, item.row);
  });
  const invalid = checked.filter((item) => item.errors.length > 0).length;
  const result: LegalImportResult = {
    isImported: false,
    total: checked.length,
    valid: checked.length - invalid,
    invalid,
    fileErrors: sheet.fileErrors,
    rows: checked.map((item) => ({
      row: item.row,
      number: item.cells.number ?? '',
      title: item.cells.title ?? '',
      errors: item.errors,
    })),
  };
  if (!options.commit) return result;
  if (invalid > 0 || sheet.fileErrors.length > 0 || checked.length === 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      {
        vi: `Tệp có ${invalid || sheet.fileErrors.length} lỗi; chưa nhập văn bản nào. Sửa các dòng lỗi rồi nhập lại.`,
        en: `The file has ${invalid || sheet.fileErrors.length} errors; nothing was imported. Fix them and import again.`,
      },
      [
        ...sheet.fileErrors.map((message) => ({ path: '/file', message })),
        ...result.rows.flatMap((row) =>
          row.errors.map((error) => ({ path: `/rows/${row.row}/${error.column}`, message: error.message })),
        ),
      ],
    );
  }
  const inputs = checked.flatMap((item) => (item.input ? [item.input] : [])) satisfies LegalDocumentInput[];
  await db.transaction().execute(async (trx) => {
    const ids = await insertDocuments(trx, actor, provinceId, inputs);
    await recordAudit(trx, actor, {
      action: 'import',
      entity: 'legal_document',
      entityId: null,
      after: { filename: file.filename, count: ids.length, numbers: inputs.map((input) => input.number) },
    });
  });
  return { ...result, isImported: true };
}
