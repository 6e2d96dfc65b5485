/**
 * Small pieces for writing the consolidated report's sheets with exceljs's streaming writer: columns with a
 * width and a number format, bold frozen heading rows, and Excel's rules for sheet names.
 */
import type ExcelJS from 'exceljs';
import type { IndicatorKind } from '../../domain/reports/consolidation.ts';

export type CellValue = string | number | Date | null;

export interface Column {
  heading: string;
  width: number;
  /** An Excel number format: "#,##0", "0.0", "dd/mm/yyyy". */
  format?: string;
  isText?: boolean;
}

export const INTEGER_FORMAT = '#,##0';
export const PROGRESS_FORMAT = '0.0';
export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

export function indicatorFormat(kind: IndicatorKind): string {
  return kind === 'percent' ? PROGRESS_FORMAT : INTEGER_FORMAT;
}

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/** Excel forbids : \ / ? * [ ] in sheet names, an apostrophe at either end, and more than 31 characters. */
export function sheetName(wanted: string, used: Set<string>): string {
  const clean = wanted
    .replace(/[:\\/?*[\]]/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  const base = (clean || 'Sheet').slice(0, 31);
  let name = base;
  for (let copy = 2; used.has(name.toLocaleLowerCase('vi')); copy += 1) {
    const suffix = ` (${copy})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(name.toLocaleLowerCase('vi'));
  return name;
}

/** A sheet whose first `headingRow` rows stay in view; its columns sized before any row is written. */
export function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  options: { name: string; columns: readonly Column[]; headingRow: number; frozenColumns?: number },
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(options.name, {
    views: [{ state: 'frozen', ySplit: options.headingRow, xSplit: options.frozenColumns ?? 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = options.columns.map((column, index) => ({
    key: String(index),
    width: column.width,
    style: column.format ? { numFmt: column.format } : {},
  }));
  return sheet;
}

/** A line of the block above a table ("Kế hoạch | …"): the label bold. */
export function addLabelRow(
  sheet: ExcelJS.Worksheet,
  label: string,
  value: CellValue,
  format?: string,
): void {
  const row = sheet.addRow([label, value]);
  row.getCell(1).font = { bold: true };
  if (format) row.getCell(2).numFmt = format;
  row.commit();
}

export function addHeadingRow(sheet: ExcelJS.Worksheet, columns: readonly Column[]): void {
  const row = sheet.addRow(columns.map((column) => column.heading));
  row.height = 45;
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADING_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.commit();
}

/** A row of the table: numbers stay numbers, each with its column's format; text wraps. */
export function addDataRow(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column[],
  values: readonly CellValue[],
  options: { isBold?: boolean } = {},
): void {
  const row = sheet.addRow([...values]);
  columns.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    cell.border = BORDER;
    if (column.format) cell.numFmt = column.format;
    cell.alignment = column.isText ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
    if (options.isBold) cell.font = { bold: true };
  });
  row.commit();
}

/** A calendar date "YYYY-MM-DD" as an Excel date (Excel dates have no zone: midnight UTC reads as that day). */
export function calendarDate(value: string | null): Date | null {
  return value ? new Date(`${value.slice(0, 10)}T00:00:00.000Z`) : null;
}

/** A timestamp as the wall-clock time in Vietnam (UTC+7), which is what the reader expects to see. */
export function vietnamTime(value: string | null): Date | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time + 7 * 3_600_000);
}
