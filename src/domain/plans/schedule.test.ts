import { describe, expect, it } from 'vitest';
import { scheduleSchema, type Schedule } from './plans.schemas.ts';
import { describeSchedule, dueDates, parseSchedule } from './schedule.ts';

const EMPTY = {
  date: null,
  year: null,
  quarter: null,
  half: null,
  month: null,
  day: null,
  everyMonths: null,
};

function schedule(fields: Partial<Schedule> & Pick<Schedule, 'kind'>): Schedule {
  return { ...EMPTY, text: '', ...fields };
}

/** What parseSchedule must read from each phrase (text is always the trimmed input). */
const PHRASES: [string, Partial<Schedule> & Pick<Schedule, 'kind'>][] = [
  ['Quý II năm 2024', { kind: 'quarter', year: 2024, quarter: 2 }],
  ['Quý II/2024', { kind: 'quarter', year: 2024, quarter: 2 }],
  ['Hoàn thành trong Quý II/2024', { kind: 'quarter', year: 2024, quarter: 2 }],
  ['Hoàn thành trong Quý II/2024.', { kind: 'quarter', year: 2024, quarter: 2 }],
  ['Quý 2 năm 2024', { kind: 'quarter', year: 2024, quarter: 2 }],
  ['quý iv/2025', { kind: 'quarter', year: 2025, quarter: 4 }],
  ['QUÝ III NĂM 2024', { kind: 'quarter', year: 2024, quarter: 3 }],
  ['Quý I, năm 2025', { kind: 'quarter', year: 2025, quarter: 1 }],
  ['Quý 2', { kind: 'quarter', quarter: 2 }],
  ['trước ngày 30/5/2024', { kind: 'deadline', date: '2024-05-30' }],
  ['**trước ngày 30/5/2024.**', { kind: 'deadline', date: '2024-05-30' }],
  ['Trước 30/6/2024', { kind: 'deadline', date: '2024-06-30' }],
  ['trước ngày 05-02-2025', { kind: 'deadline', date: '2025-02-05' }],
  ['chậm nhất ngày 29/02/2024', { kind: 'deadline', date: '2024-02-29' }],
  ['ngày 15 tháng 4 năm 2024', { kind: 'deadline', date: '2024-04-15' }],
  ['trước ngày 15/11', { kind: 'annual', month: 11, day: 15 }],
  ['Hằng năm … trước ngày 15/11', { kind: 'annual', month: 11, day: 15 }],
  ['Hàng năm, trước ngày 15 tháng 12', { kind: 'annual', month: 12, day: 15 }],
  ['hằng năm báo cáo trước 15/11/2024', { kind: 'annual', month: 11, day: 15 }],
  ['Năm 2024', { kind: 'year', year: 2024 }],
  ['Trong năm 2024', { kind: 'year', year: 2024 }],
  ['năm 2025.', { kind: 'year', year: 2025 }],
  ['Năm 2024 và các năm tiếp theo', { kind: 'from_year', year: 2024 }],
  ['Năm 2024 và những năm tiếp theo.', { kind: 'from_year', year: 2024 }],
  ['Từ năm 2025 trở đi', { kind: 'from_year', year: 2025 }],
  ['từ Quý IV năm 2022 và các năm tiếp theo', { kind: 'from_year', year: 2022, quarter: 4 }],
  ['Thường xuyên', { kind: 'continuous' }],
  ['Thường xuyên.', { kind: 'continuous' }],
  ['**Thường xuyên**', { kind: 'continuous' }],
  ['thường xuyên, liên tục', { kind: 'continuous' }],
  ['tháng 6/2024', { kind: 'month', year: 2024, month: 6 }],
  ['Trong tháng 6 năm 2024', { kind: 'month', year: 2024, month: 6 }],
  ['Tháng 12-2024', { kind: 'month', year: 2024, month: 12 }],
  ['Trong tháng 9', { kind: 'month', month: 9 }],
  ['6 tháng đầu năm 2025', { kind: 'half_year', year: 2025, half: 1 }],
  ['6 tháng cuối năm 2024', { kind: 'half_year', year: 2024, half: 2 }],
  ['6 tháng cuối năm', { kind: 'half_year', half: 2 }],
  ['định kỳ 6 tháng', { kind: 'periodic', everyMonths: 6 }],
  ['định kỳ 6 tháng … trước ngày 15/6 và trước ngày 15/12 hằng năm', { kind: 'periodic', everyMonths: 6 }],
  ['Định kỳ 3 tháng một lần', { kind: 'periodic', everyMonths: 3 }],
  ['Báo cáo hằng quý', { kind: 'periodic', everyMonths: 3 }],
  ['Hằng tháng', { kind: 'periodic', everyMonths: 1 }],
  ['Hằng năm', { kind: 'periodic', everyMonths: 12 }],
  ['Hang nam truoc ngay 15/11', { kind: 'annual', month: 11, day: 15 }],
];

describe('parseSchedule', () => {
  it.each(PHRASES)('reads "%s"', (text, expected) => {
    const parsed = parseSchedule(text);
    expect(parsed).toEqual(schedule({ ...expected, text: text.trim() }));
    expect(scheduleSchema.safeParse(parsed).success).toBe(true);
  });

  it('keeps the verbatim text, only trimmed', () => {
    expect(parseSchedule('  Quý II/2024  ')?.text).toBe('Quý II/2024');
  });

  it.each([
    '',
    '   ',
    'Trực tiếp và trực tuyến',
    'Sở Tư pháp',
    'trước ngày 31/2/2024',
    'tháng 13/2024',
    '71/KH-UBND',
  ])('returns null when no time can be read: "%s"', (text) => {
    expect(parseSchedule(text)).toBeNull();
  });

  it('does not mistake a date with an impossible day for a deadline', () => {
    expect(parseSchedule('trước ngày 30/2/2025')).toBeNull();
    expect(parseSchedule('trước ngày 29/2/2025')).toBeNull();
    expect(parseSchedule('trước ngày 29/2/2024')?.date).toBe('2024-02-29');
  });

  it('never throws, whatever the input', () => {
    for (const text of [
      '\u0000',
      '𝕏'.repeat(50),
      '/'.repeat(10_000),
      'quý '.repeat(5_000),
      '1/'.repeat(3000),
    ]) {
      expect(() => parseSchedule(text)).not.toThrow();
    }
  });
});

describe('dueDates', () => {
  const range2024 = { from: '2024-01-01', to: '2024-12-31' };

  it('gives a deadline its own date when it lies in the range, edges included', () => {
    const deadline = schedule({ kind: 'deadline', date: '2024-05-30' });
    expect(dueDates(deadline, range2024)).toEqual(['2024-05-30']);
    expect(dueDates(deadline, { from: '2024-05-30', to: '2024-05-30' })).toEqual(['2024-05-30']);
    expect(dueDates(deadline, { from: '2024-05-31', to: '2024-12-31' })).toEqual([]);
    expect(dueDates(deadline, { from: '2024-01-01', to: '2024-05-29' })).toEqual([]);
  });

  it('gives periods the last day of the period', () => {
    expect(dueDates(schedule({ kind: 'quarter', year: 2024, quarter: 2 }), range2024)).toEqual([
      '2024-06-30',
    ]);
    expect(dueDates(schedule({ kind: 'quarter', year: 2024, quarter: 1 }), range2024)).toEqual([
      '2024-03-31',
    ]);
    expect(dueDates(schedule({ kind: 'month', year: 2024, month: 2 }), range2024)).toEqual(['2024-02-29']);
    expect(
      dueDates(schedule({ kind: 'month', year: 2025, month: 2 }), { from: '2025-01-01', to: '2025-12-31' }),
    ).toEqual(['2025-02-28']);
    expect(
      dueDates(schedule({ kind: 'half_year', year: 2025, half: 1 }), {
        from: '2025-01-01',
        to: '2026-12-31',
      }),
    ).toEqual(['2025-06-30']);
    expect(
      dueDates(schedule({ kind: 'year', year: 2024 }), { from: '2020-01-01', to: '2030-12-31' }),
    ).toEqual(['2024-12-31']);
    expect(
      dueDates(schedule({ kind: 'year', year: 2024 }), { from: '2024-01-01', to: '2024-12-30' }),
    ).toEqual([]);
  });

  it('repeats periods without a year every year', () => {
    expect(
      dueDates(schedule({ kind: 'quarter', quarter: 2 }), { from: '2024-01-01', to: '2025-12-31' }),
    ).toEqual(['2024-06-30', '2025-06-30']);
    expect(
      dueDates(schedule({ kind: 'half_year', half: 2 }), { from: '2024-07-01', to: '2025-12-31' }),
    ).toEqual(['2024-12-31', '2025-12-31']);
  });

  it('gives from_year 31/12 of each year from the start year, the start quarter adding nothing', () => {
    const fromYear = schedule({ kind: 'from_year', year: 2024 });
    expect(dueDates(fromYear, { from: '2023-01-01', to: '2026-06-30' })).toEqual([
      '2024-12-31',
      '2025-12-31',
    ]);
    const fromQuarter = schedule({ kind: 'from_year', year: 2022, quarter: 4 });
    expect(dueDates(fromQuarter, { from: '2022-01-01', to: '2023-12-31' })).toEqual([
      '2022-12-31',
      '2023-12-31',
    ]);
  });

  it('gives annual schedules that month and day every year, the last day of February outside leap years', () => {
    const annual = schedule({ kind: 'annual', month: 11, day: 15 });
    expect(dueDates(annual, { from: '2024-11-15', to: '2026-11-14' })).toEqual(['2024-11-15', '2025-11-15']);
    const leapDay = schedule({ kind: 'annual', month: 2, day: 29 });
    expect(dueDates(leapDay, { from: '2023-01-01', to: '2025-12-31' })).toEqual([
      '2023-02-28',
      '2024-02-29',
      '2025-02-28',
    ]);
  });

  it('gives continuous schedules the end of each reporting cycle, every half year by default', () => {
    const continuous = schedule({ kind: 'continuous' });
    expect(dueDates(continuous, range2024)).toEqual(['2024-06-30', '2024-12-31']);
    expect(dueDates(continuous, range2024, { cycle: 'quarter' })).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ]);
    expect(dueDates(continuous, { from: '2024-02-01', to: '2024-04-30' }, { cycle: 'month' })).toEqual([
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
    expect(dueDates(continuous, { from: '2024-01-01', to: '2025-12-31' }, { cycle: 'year' })).toEqual([
      '2024-12-31',
      '2025-12-31',
    ]);
  });

  it('gives periodic schedules every N months counted from January', () => {
    expect(dueDates(schedule({ kind: 'periodic', everyMonths: 6 }), range2024)).toEqual([
      '2024-06-30',
      '2024-12-31',
    ]);
    expect(
      dueDates(schedule({ kind: 'periodic', everyMonths: 3 }), { from: '2024-04-01', to: '2024-09-30' }),
    ).toEqual(['2024-06-30', '2024-09-30']);
    expect(dueDates(schedule({ kind: 'periodic', everyMonths: 12 }), range2024)).toEqual(['2024-12-31']);
    expect(
      dueDates(schedule({ kind: 'periodic', everyMonths: 24 }), { from: '2023-01-01', to: '2026-12-31' }),
    ).toEqual(['2023-12-31', '2025-12-31']);
  });

  it('gives nothing for an empty or malformed range', () => {
    const continuous = schedule({ kind: 'continuous' });
    expect(dueDates(continuous, { from: '2024-12-31', to: '2024-01-01' })).toEqual([]);
    expect(dueDates(continuous, { from: '2024-1-1', to: '2024-12-31' })).toEqual([]);
    expect(dueDates(continuous, { from: '2024-07-01', to: '2024-12-30' })).toEqual([]);
  });

  it('works from parsed phrases end to end', () => {
    const annual = parseSchedule('Hằng năm báo cáo trước ngày 15/11');
    expect(annual && dueDates(annual, { from: '2024-04-15', to: '2025-12-31' })).toEqual([
      '2024-11-15',
      '2025-11-15',
    ]);
  });
});

describe('describeSchedule', () => {
  const CASES: [string, string, string][] = [
    ['Quý II năm 2024', 'Quý II/2024', 'Q2 2024'],
    ['Quý 2', 'Quý II hằng năm', 'Q2, every year'],
    ['trước ngày 30/5/2024', 'Trước 30/5/2024', 'By 30 May 2024'],
    ['Hằng năm … trước ngày 15/11', 'Hằng năm trước 15/11', 'Every year by 15 Nov'],
    ['tháng 6/2024', 'Tháng 6/2024', 'Jun 2024'],
    ['6 tháng đầu năm 2025', '6 tháng đầu năm 2025', 'H1 2025'],
    ['6 tháng cuối năm', '6 tháng cuối năm (hằng năm)', 'H2, every year'],
    ['Năm 2024', 'Năm 2024', 'Year 2024'],
    ['Năm 2024 và các năm tiếp theo', 'Từ năm 2024, hằng năm', 'Yearly from 2024'],
    ['từ Quý IV năm 2022 và các năm tiếp theo', 'Từ Quý IV/2022, hằng năm', 'Yearly from Q4 2022'],
    ['Thường xuyên', 'Thường xuyên', 'Ongoing'],
    ['định kỳ 6 tháng', 'Định kỳ 6 tháng', 'Every 6 months'],
    ['Hằng tháng', 'Hằng tháng', 'Monthly'],
  ];
  it.each(CASES)('labels "%s" as "%s" / "%s"', (text, vi, en) => {
    const parsed = parseSchedule(text);
    expect(parsed).not.toBeNull();
    if (!parsed) return;
    expect(describeSchedule(parsed, 'vi')).toBe(vi);
    expect(describeSchedule(parsed, 'en')).toBe(en);
  });
});
