import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  defaultHolidays,
  isWorkingDay,
  workingDaysBetween,
  type Holiday,
} from './working-days.ts';

const holidays: Holiday[] = [2024, 2025, 2026, 2027, 2028, 2029, 2030].flatMap(defaultHolidays);
const datesOf = (year: number, name: string) =>
  defaultHolidays(year)
    .filter((holiday) => holiday.name.startsWith(name))
    .map((holiday) => holiday.date);

describe('defaultHolidays', () => {
  it('holds the Tết break the Government announced for 2024: 08/02–14/02', () => {
    expect(datesOf(2024, 'Tết Nguyên đán')).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
  });

  it('holds the Tết break the Government announced for 2025: 25/01–02/02', () => {
    const tet = datesOf(2025, 'Tết Nguyên đán');
    expect(tet[0]).toBe('2025-01-25');
    expect(tet.at(-1)).toBe('2025-02-02');
    expect(tet).toHaveLength(9);
  });

  it('holds the other holidays and the swaps of 2024 and 2025', () => {
    expect(datesOf(2024, 'Giỗ Tổ')).toEqual(['2024-04-18']);
    expect(datesOf(2025, 'Giỗ Tổ')).toEqual(['2025-04-07']);
    expect(datesOf(2024, 'Quốc khánh')).toEqual(['2024-09-02', '2024-09-03']);
    expect(datesOf(2025, 'Quốc khánh')).toEqual(['2025-09-01', '2025-09-02']);
    expect(defaultHolidays(2024).find((holiday) => holiday.date === '2024-05-04')?.isWorkingDay).toBe(true);
  });

  it('gives later years five days of Tết from the last day of the lunar year', () => {
    expect(datesOf(2026, 'Tết Nguyên đán')).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(datesOf(2030, 'Tết Nguyên đán')[1]).toBe('2030-02-02');
  });

  it('makes up a holiday that falls on a weekend on the next free weekday', () => {
    // Tết 2027: Fri 05/02 to Tue 09/02, two of them a weekend → Wed 10 and Thu 11.
    expect(datesOf(2027, 'Nghỉ bù Tết')).toEqual(['2027-02-10', '2027-02-11']);
    // Giỗ Tổ 2026 is a Sunday; 30/4/2028 a Sunday before 1/5 (Monday) → Tuesday 02/5.
    expect(datesOf(2026, 'Nghỉ bù Giỗ Tổ')).toEqual(['2026-04-27']);
    expect(datesOf(2028, 'Nghỉ bù Ngày Chiến thắng')).toEqual(['2028-05-02']);
    // 2/9/2029 is a Sunday: Monday 3/9 is the adjacent day, Tuesday 4/9 makes up the Sunday.
    expect(datesOf(2029, 'Quốc khánh')).toEqual(['2029-09-02', '2029-09-03']);
    expect(datesOf(2029, 'Nghỉ bù Quốc khánh')).toEqual(['2029-09-04']);
  });

  it('refuses years it has no lunar table for', () => {
    expect(() => defaultHolidays(2031)).toThrow(RangeError);
  });
});

describe('working days over Tết 2024', () => {
  it('skips the whole break', () => {
    expect(isWorkingDay('2024-02-07', holidays)).toBe(true);
    expect(isWorkingDay('2024-02-08', holidays)).toBe(false);
    expect(isWorkingDay('2024-02-15', holidays)).toBe(true);
    expect(addWorkingDays('2024-02-07', 1, holidays)).toBe('2024-02-15');
    // Tue 06, Wed 07, then Thu 15, Fri 16, Mon 19.
    expect(addWorkingDays('2024-02-05', 5, holidays)).toBe('2024-02-19');
    expect(workingDaysBetween('2024-02-05', '2024-02-19', holidays)).toBe(5);
  });
});

describe('working days over Tết 2025', () => {
  it('skips the nine days from 25/01 to 02/02', () => {
    expect(addWorkingDays('2025-01-24', 1, holidays)).toBe('2025-02-03');
    // Thu 23, Fri 24, then Mon 03/02, Tue 04, Wed 05.
    expect(addWorkingDays('2025-01-22', 5, holidays)).toBe('2025-02-05');
    expect(workingDaysBetween('2025-01-24', '2025-02-03', holidays)).toBe(1);
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  it('skip weekends and do not count the start day', () => {
    // Friday 05/7/2024 + 1 → Monday 08/7.
    expect(addWorkingDays('2024-07-05', 1, holidays)).toBe('2024-07-08');
    expect(addWorkingDays('2024-07-05', 0, holidays)).toBe('2024-07-05');
    expect(workingDaysBetween('2024-07-01', '2024-07-12', holidays)).toBe(9);
    expect(workingDaysBetween('2024-07-12', '2024-07-01', holidays)).toBe(-9);
    expect(workingDaysBetween('2024-07-06', '2024-07-07', holidays)).toBe(0);
  });

  it('count a swapped Saturday as a working day and the swapped weekday as a holiday', () => {
    // Fri 26/4/2024: Mon 29/4, Tue 30/4, Wed 1/5 are off; Thu 2/5 is the next working day.
    expect(addWorkingDays('2024-04-26', 1, holidays)).toBe('2024-05-02');
    // Fri 03/5/2024 + 1 → Saturday 04/5, worked back for Monday 29/4.
    expect(addWorkingDays('2024-05-03', 1, holidays)).toBe('2024-05-04');
  });

  it('works with an empty table and refuses a negative count', () => {
    expect(addWorkingDays('2024-02-07', 1, [])).toBe('2024-02-08');
    expect(() => addWorkingDays('2024-02-07', -1, [])).toThrow(RangeError);
  });
});
