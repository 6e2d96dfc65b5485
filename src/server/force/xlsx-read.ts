import { foldText } from '../../domain/common/text.ts';
import { AppError } from '../http/errors.ts';
import { sniffFileType } from '../http/uploads.ts';
import { readFirstSheet } from './xlsx-sheet.ts';

/** A column of an imported sheet: its key, the header officials write, and other headers taken as the same. */
export interface SheetColumn<K extends string> {
  key: K;
  header: string;
  aliases?: string[];
  required?: boolean;
}

export interface SheetRow<K extends string> {
  /** The row number as Excel shows it. */
  row: number;
  cells: Partial<Record<K, string>>;
}

export interface ReadSheet<K extends string> {
  rows: SheetRow<K>[];
  /** Header text as written in the file, by key (for messages that name the column as the user sees it). */
  headers: Partial<Record<K, string>>;
}

const pad = (n: number) => String(n).padStart(2, '0');

const BAD_FILE = {
  vi: 'Tệp không phải là bảng tính Excel (.xlsx). Hãy lưu danh sách dưới dạng .xlsx rồi tải lên lại.',
  en: 'The file is not an Excel workbook (.xlsx). Save the list as .xlsx and upload it again.',
};

/**
 * Reads the first sheet of an .xlsx: finds the header row (the first of the top 15 rows that names every
 * required column, compared without diacritics or case) and returns every row below it that has any text.
 */
export function readSheet<K extends string>(data: Buffer, columns: readonly SheetColumn<K>[]): ReadSheet<K> {
  if (sniffFileType(data) !== 'zip') throw new AppError('UNSUPPORTED_MEDIA_TYPE', BAD_FILE);
  let sheet: Map<number, Map<number, string>>;
  try {
    sheet = readFirstSheet(data);
  } catch {
    // Not a ZIP, or a ZIP without a worksheet (a .docx, a damaged file): say what to do.
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', BAD_FILE);
  }

  const keyByHeader = new Map<string, K>();
  for (const column of columns) {
    for (const name of [column.header, ...(column.aliases ?? [])])
      keyByHeader.set(foldText(name), column.key);
  }
  const required = columns.filter((c) => c.required).map((c) => c.key);
  let headerRow = 0;
  let columnKeys = new Map<number, K>();
  const headers: Partial<Record<K, string>> = {};
  for (const [r, cells] of sheet) {
    if (r > 15) break;
    const found = new Map<number, K>();
    const texts: Partial<Record<K, string>> = {};
    for (const [col, text] of cells) {
      const key =
        keyByHeader.get(foldText(text.replace(/\s*\(.*\)\s*$/, ''))) ?? keyByHeader.get(foldText(text));
      if (key && ![...found.values()].includes(key)) {
        found.set(col, key);
        texts[key] = text;
      }
    }
    if (required.every((key) => [...found.values()].includes(key))) {
      headerRow = r;
      columnKeys = found;
      Object.assign(headers, texts);
      break;
    }
  }
  if (headerRow === 0) {
    const names = columns
      .filter((c) => c.required)
      .map((c) => `"${c.header}"`)
      .join(', ');
    throw new AppError('VALIDATION_FAILED', {
      vi: `Không tìm thấy dòng tiêu đề trong trang tính đầu tiên: cần có các cột ${names}. Hãy dùng tệp mẫu.`,
      en: `No header row found on the first sheet: the columns ${names} are needed. Use the template.`,
    });
  }
  const rows: SheetRow<K>[] = [];
  for (const [r, cells] of sheet) {
    if (r <= headerRow) continue;
    const row: Partial<Record<K, string>> = {};
    let any = false;
    for (const [col, key] of columnKeys) {
      const text = cells.get(col);
      if (text) {
        row[key] = text;
        any = true;
      }
    }
    if (any) rows.push({ row: r, cells: row });
  }
  return { rows, headers };
}

/** dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd) → `YYYY-MM-DD`; null when not a real date. */
export function parseVietnameseDate(text: string): string | null {
  const trimmed = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A date where the month or the year alone is known ("05/2015", "2015"): the first day of it. */
export function parseLooseDate(text: string): string | null {
  const full = parseVietnameseDate(text);
  if (full) return full;
  const monthYear = /^(\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (monthYear) {
    const m = Number(monthYear[1]);
    if (m >= 1 && m <= 12) return `${monthYear[2]}-${pad(m)}-01`;
    return null;
  }
  const year = /^(\d{4})$/.exec(text.trim());
  return year ? `${year[1]}-01-01` : null;
}
