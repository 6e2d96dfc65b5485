import type { FastifyRequest } from 'fastify';
import { foldText } from '../../domain/common/text.ts';
import type { FieldError } from '../../domain/errors.ts';
import { AppError } from '../http/errors.ts';
import {
  importCommitFieldsSchema,
  type ImportCommitFields,
  type ImportIssue,
  type ImportPreview,
} from '../../domain/force/force-api.schemas.ts';
import type { ReadSheet, SheetColumn, SheetRow } from './xlsx-read.ts';

/** One row checked: the value to write when it is valid, and what is wrong or worth a look. */
export interface CheckedRow<V> {
  row: number;
  cells: Record<string, string>;
  value: V | null;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** Collects the issues of one row, naming the column as the file's header names it. */
export class RowIssues<K extends string> {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  constructor(
    readonly row: number,
    private readonly headerOf: (key: K) => string,
  ) {}
  error(column: K, message: string) {
    this.errors.push({ row: this.row, column, header: this.headerOf(column), message });
  }
  warn(column: K, message: string) {
    this.warnings.push({ row: this.row, column, header: this.headerOf(column), message });
  }
}

export function headerLookup<K extends string>(columns: readonly SheetColumn<K>[], sheet: ReadSheet<K>) {
  const defaults = new Map(columns.map((c) => [c.key as string, c.header]));
  return (key: K) => sheet.headers[key] ?? defaults.get(key) ?? key;
}

/** Applies the cells the user corrected in the preview (by row number) over what the file holds. */
export function applyCorrections<K extends string>(
  rows: SheetRow<K>[],
  corrections: ImportCommitFields['corrections'],
  keys: readonly K[],
): SheetRow<K>[] {
  if (corrections.length === 0) return rows;
  const byRow = new Map(corrections.map((c) => [c.row, c.cells]));
  const known = new Set<string>(keys);
  return rows.map((row) => {
    const cells = byRow.get(row.row);
    if (!cells) return row;
    const merged: Partial<Record<K, string>> = { ...row.cells };
    for (const [key, text] of Object.entries(cells)) {
      if (known.has(key)) merged[key as K] = text.trim();
    }
    return { row: row.row, cells: merged };
  });
}

export function toPreview<V>(
  columns: { key: string; header: string }[],
  checked: CheckedRow<V>[],
): ImportPreview {
  const invalid = checked.filter((r) => r.errors.length > 0).length;
  return {
    columns,
    rows: checked.map(({ row, cells, errors, warnings }) => ({ row, cells, errors, warnings })),
    total: checked.length,
    valid: checked.length - invalid,
    invalid,
  };
}

/** 'all' with errors left: 422 naming every bad cell, nothing written. */
export function rowsToWrite<V>(checked: CheckedRow<V>[], mode: ImportCommitFields['mode']) {
  const bad = checked.filter((r) => r.errors.length > 0);
  if (bad.length > 0 && mode === 'all') {
    const errors: FieldError[] = bad.flatMap((r) =>
      r.errors.map((e) => ({
        path: `/rows/${e.row}/${e.column}`,
        message: `Dòng ${e.row}, cột "${e.header}": ${e.message}`,
      })),
    );
    throw new AppError(
      'INVALID_STATE',
      {
        vi: `Tệp còn ${bad.length} dòng có lỗi; chưa ghi dòng nào. Sửa các dòng đó (hoặc chọn "Chỉ nhập các dòng hợp lệ") rồi nhập lại.`,
        en: `${bad.length} rows still have errors; nothing was written. Fix them (or choose "valid rows only") and import again.`,
      },
      errors.slice(0, 500),
    );
  }
  const good = checked.filter((r) => r.errors.length === 0 && r.value !== null);
  if (good.length === 0) {
    throw new AppError('INVALID_STATE', {
      vi: 'Không có dòng hợp lệ nào để nhập.',
      en: 'There is no valid row to import.',
    });
  }
  return { good, skipped: bad.flatMap((r) => r.errors) };
}

/** The file and the commit fields of a multipart request (`file`, `mode`, `corrections` as JSON). */
export async function readImportRequest(
  req: FastifyRequest,
): Promise<{ data: Buffer; fields: ImportCommitFields }> {
  let data: Buffer | undefined;
  const raw: Record<string, unknown> = {};
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      if (part.fieldname === 'file') data = await part.toBuffer();
      else await part.toBuffer();
    } else if (part.fieldname === 'mode') {
      raw.mode = String(part.value);
    } else if (part.fieldname === 'corrections') {
      try {
        raw.corrections = JSON.parse(String(part.value)) as unknown;
      } catch {
        throw new AppError('VALIDATION_FAILED', undefined, [
          { path: '/corrections', message: 'Phần sửa đổi không phải JSON hợp lệ' },
        ]);
      }
    }
  }
  if (!data)
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: '/file', message: 'Chưa chọn tệp' }]);
  const parsed = importCommitFieldsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      undefined,
      parsed.error.issues.map((i) => ({ path: `/${i.path.join('/')}`, message: i.message })),
    );
  }
  return { data, fields: parsed.data };
}

/** Matches a cell's text to an enum value by its labels and aliases, ignoring case and diacritics. */
export function enumMatcher<T extends string>(entries: Record<T, readonly string[]>) {
  const byText = new Map<string, T>();
  for (const [value, texts] of Object.entries(entries) as [T, readonly string[]][]) {
    for (const text of texts) byText.set(foldText(text), value);
    byText.set(foldText(value), value);
  }
  return (text: string): T | undefined => byText.get(foldText(text).replace(/[.:;]+$/, ''));
}

/** Yes-like cells: "Có", "x", "Đồng ý", "1". */
export function isYes(text: string | undefined): boolean {
  return text !== undefined && ['co', 'x', 'dong y', '1', 'yes', 'true', 'v'].includes(foldText(text));
}
