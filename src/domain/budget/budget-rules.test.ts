import { describe, expect, it } from 'vitest';
import { budgetEntryInputSchema, payrollSpendingSchema } from './budget.schemas.ts';
import {
  budgetWarnings,
  entryDateIssue,
  formatVndText,
  lastDayOfMonth,
  percentOf,
  warningMessage,
} from './budget-rules.ts';

const entry = {
  unitId: 'u1',
  fiscalYear: 2025,
  source: 'local_budget',
  kind: 'spending',
  amount: 12_500_000,
  entryDate: '2025-03-15',
};

describe('budget entry dates', () => {
  it('takes an estimate drawn up the year before, refuses one two years early', () => {
    expect(entryDateIssue('estimate', 2025, '2024-07-10')).toBeNull();
    expect(entryDateIssue('estimate', 2025, '2023-12-31')?.vi).toBe(
      'Ngày của dự toán năm ngân sách 2025 phải từ 01/01/2024 đến 31/12/2025',
    );
  });
  it('takes spending paid in the adjustment period up to 31 January of the next year', () => {
    expect(entryDateIssue('spending', 2025, '2026-01-31')).toBeNull();
    expect(entryDateIssue('spending', 2025, '2026-02-01')).not.toBeNull();
    expect(entryDateIssue('spending', 2025, '2024-12-31')).not.toBeNull();
  });
  it('takes a settlement approved the year after', () => {
    expect(entryDateIssue('settlement', 2025, '2026-06-30')).toBeNull();
    expect(entryDateIssue('settlement', 2025, '2027-01-02')).not.toBeNull();
  });
});

describe('budget entry schema', () => {
  it('accepts a whole entry and defaults the optional fields to null', () => {
    expect(budgetEntryInputSchema.parse(entry)).toEqual({
      ...entry,
      documentNumber: null,
      note: null,
      taskId: null,
    });
  });
  it('says in Vietnamese what is wrong with an amount', () => {
    const messages = (amount: unknown) =>
      budgetEntryInputSchema.safeParse({ ...entry, amount }).error?.issues.map((i) => i.message);
    expect(messages(0)).toEqual(['Số tiền phải lớn hơn 0']);
    expect(messages(1000.5)).toEqual(['Số tiền là số đồng nguyên, không có phần lẻ']);
    expect(messages(20_000_000_000_000)).toEqual(['Số tiền vượt quá 10.000 tỷ đồng, vui lòng kiểm tra lại']);
  });
  it('puts the date rule on the date field', () => {
    const result = budgetEntryInputSchema.safeParse({ ...entry, entryDate: '2027-01-01' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['entryDate'],
        message: 'Ngày của khoản chi năm ngân sách 2025 phải từ 01/01/2025 đến 31/01/2026',
      }),
    ]);
  });
  it('refuses an unknown source or kind with the choices named', () => {
    const result = budgetEntryInputSchema.safeParse({ ...entry, source: 'donor', kind: 'refund' });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Chọn nguồn kinh phí',
      'Chọn loại: dự toán, phân bổ, chi hoặc quyết toán',
    ]);
  });
  it('reads a payroll month and defaults its source to the local budget', () => {
    expect(payrollSpendingSchema.parse({ payrollId: 'p', unitId: 'u', month: '2025-02', amount: 0 })).toEqual(
      {
        payrollId: 'p',
        unitId: 'u',
        month: '2025-02',
        amount: 0,
        source: 'local_budget',
      },
    );
    expect(
      payrollSpendingSchema.safeParse({ payrollId: 'p', unitId: 'u', month: '2025-13', amount: 1 }).success,
    ).toBe(false);
  });
});

describe('budget warnings', () => {
  it('are none for a consistent year', () => {
    expect(budgetWarnings({ estimate: 100, allocation: 90, spending: 80, settlement: 80 })).toEqual([]);
  });
  it('flag allocation over estimate, spending over allocation and settlement over spending', () => {
    expect(budgetWarnings({ estimate: 100, allocation: 120, spending: 130, settlement: 140 })).toEqual([
      'allocation_over_estimate',
      'spending_over_allocation',
      'settlement_over_spending',
    ]);
  });
  it('do not flag an allocation that had no estimate, but do flag spending without allocation', () => {
    expect(budgetWarnings({ estimate: 0, allocation: 50, spending: 0, settlement: 0 })).toEqual([]);
    expect(budgetWarnings({ estimate: 0, allocation: 0, spending: 10, settlement: 0 })).toEqual([
      'spending_over_allocation',
    ]);
  });
  it('name the source in their message', () => {
    expect(
      warningMessage('spending_over_allocation', { vi: 'Ngân sách địa phương', en: 'Local budget' }).vi,
    ).toBe('Ngân sách địa phương: số đã chi vượt kinh phí được giao');
  });
});

describe('helpers', () => {
  it('percentages keep one decimal and are null without a base', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(5, 0)).toBeNull();
  });
  it('a month ends on its last day, February of a leap year included', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2025-02')).toBe('2025-02-28');
    expect(lastDayOfMonth('2025-12')).toBe('2025-12-31');
  });
  it('VND reads 1.234.567 đ', () => {
    expect(formatVndText(1_234_567)).toBe('1.234.567 đ');
    expect(formatVndText(0)).toBe('0 đ');
    expect(formatVndText(-5000)).toBe('-5.000 đ');
  });
});
