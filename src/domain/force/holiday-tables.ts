/**
 * The dates behind Vietnam's public holidays for 2024–2030 (Bộ luật Lao động 2019, Điều 112), used by
 * `defaultHolidays` in working-days.ts.
 *
 * - Lunar dates (Tết Nguyên đán = 1/1 lunar, Giỗ Tổ Hùng Vương = 10/3 lunar) converted to solar dates for
 *   Vietnam's time zone (UTC+7). Vietnam's calendar can differ from China's by a day: 2030's Tết is on
 *   02/02 in Vietnam (03/02 in China).
 * - 2024 and 2025: the days off the Government announced for civil servants, including the swaps (a weekday
 *   off, worked back on a Saturday). Weekend days inside a break are listed so that the table reads like the
 *   announcement.
 *
 * Exports: Holiday (also exported by working-days.ts), LUNAR_NEW_YEAR, HUNG_KINGS_DAY (year → YYYY-MM-DD),
 * ANNOUNCED_HOLIDAYS (year → Holiday[]).
 */
/** A day in the holiday table; `isWorkingDay` marks a weekend day worked in exchange for a weekday off. */
export interface Holiday {
  /** YYYY-MM-DD */
  date: string;
  name: string;
  isWorkingDay?: boolean;
}

/** Mùng 1 Tết (first day of the lunar year). */
export const LUNAR_NEW_YEAR: Readonly<Record<number, string>> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
};

/** Giỗ Tổ Hùng Vương, 10/3 lunar. */
export const HUNG_KINGS_DAY: Readonly<Record<number, string>> = {
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
};

const TET = 'Tết Nguyên đán';
const range = (dates: string[], name: string): Holiday[] => dates.map((date) => ({ date, name }));

export const ANNOUNCED_HOLIDAYS: Readonly<Record<number, readonly Holiday[]>> = {
  2024: [
    { date: '2024-01-01', name: 'Tết Dương lịch' },
    // Tết: Thursday 08/02 to Wednesday 14/02/2024 (29 tháng Chạp Quý Mão to mùng 5 Giáp Thìn).
    ...range(
      ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14'],
      TET,
    ),
    { date: '2024-04-18', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    // 27/4–01/5/2024: Monday 29/4 off, worked back on Saturday 04/5.
    { date: '2024-04-29', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)' },
    { date: '2024-04-30', name: 'Ngày Chiến thắng' },
    { date: '2024-05-01', name: 'Ngày Quốc tế Lao động' },
    { date: '2024-05-04', name: 'Làm bù cho thứ Hai 29/4/2024', isWorkingDay: true },
    { date: '2024-09-02', name: 'Quốc khánh' },
    { date: '2024-09-03', name: 'Quốc khánh (ngày liền kề)' },
  ],
  2025: [
    { date: '2025-01-01', name: 'Tết Dương lịch' },
    // Tết: Saturday 25/01 to Sunday 02/02/2025 (26 tháng Chạp Giáp Thìn to mùng 5 Ất Tỵ).
    ...range(
      [
        '2025-01-25',
        '2025-01-26',
        '2025-01-27',
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-01-31',
        '2025-02-01',
        '2025-02-02',
      ],
      TET,
    ),
    { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    // 30/4–04/5/2025: Friday 02/5 off, worked back on Saturday 26/4.
    { date: '2025-04-26', name: 'Làm bù cho thứ Sáu 02/5/2025', isWorkingDay: true },
    { date: '2025-04-30', name: 'Ngày Chiến thắng' },
    { date: '2025-05-01', name: 'Ngày Quốc tế Lao động' },
    { date: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)' },
    { date: '2025-09-01', name: 'Quốc khánh (ngày liền kề)' },
    { date: '2025-09-02', name: 'Quốc khánh' },
  ],
};
