import type { FieldError } from '../errors.ts';
import { dayAfter, dayBefore, isIsoDate, vnDate } from './calendar.ts';
import { MAX_BASE_SALARY_VND } from './constants.ts';
import { formatVnd } from './money.ts';

/**
 * One period of the base salary (mức lương cơ sở), used when a rate is a coefficient. `from` and `to` are
 * inclusive ISO dates; `to: null` means "until further notice" (only the last period may be open).
 */
export interface BaseSalaryEntry {
  from: string;
  to: string | null;
  /** VND per month, an integer. */
  amount: number;
  /** The document that set it, e.g. "Nghị định 73/2024/NĐ-CP". */
  source: string;
}
export type BaseSalaryTable = readonly BaseSalaryEntry[];

/**
 * Shipped defaults (the admin may edit them). DOMAIN.md marks the figures [unconfirmed here]; they are the ones
 * the Government decrees published: Nghị định 24/2023/NĐ-CP (1,800,000 đ from 01/7/2023) and Nghị định
 * 73/2024/NĐ-CP (2,340,000 đ from 01/7/2024). The table starts when the first of them took effect; the admin
 * may add earlier periods.
 */
export const DEFAULT_BASE_SALARIES: BaseSalaryTable = [
  { from: '2023-07-01', to: '2024-06-30', amount: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' },
  { from: '2024-07-01', to: null, amount: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
];

/** The base salary in force on `date`, or null when no period of the table covers it. */
export function baseSalaryOn(table: BaseSalaryTable, date: string): number | null {
  return baseSalaryEntryOn(table, date)?.amount ?? null;
}

export function baseSalaryEntryOn(table: BaseSalaryTable, date: string): BaseSalaryEntry | null {
  for (const entry of table) {
    if (entry.from <= date && (entry.to === null || date <= entry.to)) return entry;
  }
  return null;
}

/**
 * Problems of a base-salary table, in Vietnamese, each with the path of the field at fault (empty when the
 * table is valid). The periods, taken in order of `from`, must follow one another without gap or overlap, and
 * only the last may be open-ended.
 */
export function validateBaseSalaryTable(table: BaseSalaryTable, path = 'baseSalaries'): FieldError[] {
  const errors: FieldError[] = [];
  if (table.length === 0) {
    return [{ path, message: 'Bảng mức lương cơ sở phải có ít nhất một giai đoạn.' }];
  }
  const order = table.map((entry, index) => ({ entry, index }));
  let datesValid = true;
  for (const { entry, index } of order) {
    const at = `${path}.${index}`;
    const label = `Giai đoạn ${index + 1}`;
    if (!isIsoDate(entry.from)) {
      errors.push({
        path: `${at}.from`,
        message: `${label}: ngày bắt đầu không hợp lệ (cần dạng YYYY-MM-DD).`,
      });
      datesValid = false;
    }
    if (entry.to !== null && !isIsoDate(entry.to)) {
      errors.push({
        path: `${at}.to`,
        message: `${label}: ngày kết thúc không hợp lệ (cần dạng YYYY-MM-DD).`,
      });
      datesValid = false;
    } else if (entry.to !== null && isIsoDate(entry.from) && entry.to < entry.from) {
      errors.push({
        path: `${at}.to`,
        message: `${label}: ngày kết thúc ${vnDate(entry.to)} trước ngày bắt đầu ${vnDate(entry.from)}.`,
      });
      datesValid = false;
    }
    if (!Number.isInteger(entry.amount) || entry.amount <= 0 || entry.amount > MAX_BASE_SALARY_VND) {
      errors.push({
        path: `${at}.amount`,
        message: `${label}: mức lương cơ sở phải là số nguyên đồng, lớn hơn 0 và không quá ${formatVnd(MAX_BASE_SALARY_VND)}.`,
      });
    }
    if (entry.source.trim() === '') {
      errors.push({
        path: `${at}.source`,
        message: `${label}: cần ghi văn bản quy định mức lương cơ sở (ví dụ: Nghị định 73/2024/NĐ-CP).`,
      });
    }
  }
  if (!datesValid) return errors;

  order.sort((a, b) => (a.entry.from < b.entry.from ? -1 : a.entry.from > b.entry.from ? 1 : 0));
  for (let i = 1; i < order.length; i += 1) {
    const prev = order[i - 1]!;
    const next = order[i]!;
    const prevLabel = `giai đoạn ${prev.index + 1}`;
    const nextLabel = `Giai đoạn ${next.index + 1}`;
    if (prev.entry.to === null) {
      errors.push({
        path: `${path}.${prev.index}.to`,
        message:
          `Giai đoạn ${prev.index + 1} (từ ${vnDate(prev.entry.from)}) chưa có ngày kết thúc nhưng ` +
          `${nextLabel.toLowerCase()} bắt đầu từ ${vnDate(next.entry.from)}: chỉ giai đoạn cuối cùng được để trống ngày kết thúc.`,
      });
      continue;
    }
    const expected = dayAfter(prev.entry.to);
    if (next.entry.from < expected) {
      errors.push({
        path: `${path}.${next.index}.from`,
        message:
          `${nextLabel} (từ ${vnDate(next.entry.from)}) chồng lấn với ${prevLabel} ` +
          `(đến ${vnDate(prev.entry.to)}): mỗi ngày chỉ được có một mức lương cơ sở.`,
      });
    } else if (next.entry.from > expected) {
      errors.push({
        path: `${path}.${next.index}.from`,
        message:
          `Khoảng trống từ ${vnDate(expected)} đến ${vnDate(dayBefore(next.entry.from))}: ` +
          `không có mức lương cơ sở giữa ${prevLabel} và ${nextLabel.toLowerCase()}.`,
      });
    }
  }
  return errors;
}

/** The table in order of `from` (validation accepts any order; lookups and the payroll read it sorted). */
export function sortBaseSalaryTable(table: BaseSalaryTable): BaseSalaryEntry[] {
  return [...table].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
