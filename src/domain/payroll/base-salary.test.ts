import { describe, expect, it } from 'vitest';
import {
  baseSalaryEntryOn,
  baseSalaryOn,
  DEFAULT_BASE_SALARIES,
  validateBaseSalaryTable,
} from './base-salary.ts';
import { baseSalaryTableSchema } from './payroll.schemas.ts';

describe('the default base-salary table', () => {
  it('pays 1,800,000 đ until 30/6/2024 and 2,340,000 đ from 1/7/2024, each with its decree', () => {
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, '2024-06-30')).toBe(1_800_000);
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, '2024-07-01')).toBe(2_340_000);
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, '2031-01-01')).toBe(2_340_000);
    expect(baseSalaryEntryOn(DEFAULT_BASE_SALARIES, '2024-06-01')?.source).toBe('Nghị định 24/2023/NĐ-CP');
    expect(baseSalaryEntryOn(DEFAULT_BASE_SALARIES, '2024-07-01')?.source).toBe('Nghị định 73/2024/NĐ-CP');
  });

  it('has no base salary before its first period', () => {
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, '2023-07-01')).toBe(1_800_000);
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, '2023-06-30')).toBeNull();
  });

  it('is valid', () => {
    expect(validateBaseSalaryTable(DEFAULT_BASE_SALARIES)).toEqual([]);
  });
});

describe('validating a base-salary table', () => {
  const entry = (from: string, to: string | null, amount = 2_000_000) => ({ from, to, amount, source: 'NĐ' });

  it('accepts periods given in any order', () => {
    expect(validateBaseSalaryTable([entry('2025-01-01', null), entry('2024-01-01', '2024-12-31')])).toEqual(
      [],
    );
  });

  it('rejects an overlap, naming both periods and the dates', () => {
    const errors = validateBaseSalaryTable([entry('2024-01-01', '2024-07-15'), entry('2024-07-01', null)]);
    expect(errors).toEqual([
      {
        path: 'baseSalaries.1.from',
        message:
          'Giai đoạn 2 (từ 01/07/2024) chồng lấn với giai đoạn 1 (đến 15/07/2024): mỗi ngày chỉ được có một mức lương cơ sở.',
      },
    ]);
  });

  it('rejects a gap, saying which days have no base salary', () => {
    const errors = validateBaseSalaryTable([entry('2024-01-01', '2024-06-30'), entry('2024-07-15', null)]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      'Khoảng trống từ 01/07/2024 đến 14/07/2024: không có mức lương cơ sở giữa giai đoạn 1 và giai đoạn 2.',
    );
  });

  it('allows only the last period to be open-ended', () => {
    const errors = validateBaseSalaryTable([entry('2024-01-01', null), entry('2024-07-01', null)]);
    expect(errors[0]!.message).toMatch(/chỉ giai đoạn cuối cùng được để trống ngày kết thúc/);
  });

  it('rejects an end before the start, a bad amount, a missing source and an empty table', () => {
    expect(validateBaseSalaryTable([entry('2024-07-01', '2024-06-30')])[0]!.message).toBe(
      'Giai đoạn 1: ngày kết thúc 30/06/2024 trước ngày bắt đầu 01/07/2024.',
    );
    expect(validateBaseSalaryTable([entry('2024-07-01', null, 1.5)])[0]!.path).toBe('baseSalaries.0.amount');
    expect(validateBaseSalaryTable([{ ...entry('2024-07-01', null), source: ' ' }])[0]!.message).toMatch(
      /Nghị định 73\/2024\/NĐ-CP/,
    );
    expect(validateBaseSalaryTable([])[0]!.message).toBe(
      'Bảng mức lương cơ sở phải có ít nhất một giai đoạn.',
    );
  });

  it('reports the same messages through the zod schema, at the field', () => {
    const result = baseSalaryTableSchema.safeParse([
      entry('2024-01-01', '2024-06-30'),
      entry('2024-07-15', null),
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: [1, 'from'],
      message: expect.stringMatching(/^Khoảng trống/),
    });
  });
});
