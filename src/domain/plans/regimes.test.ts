import { describe, expect, it } from 'vitest';
import seedText from '../../../resources/seeds/ke-hoach-71-KH-UBND-thai-nguyen-2024.md?raw';
import { parsePlan } from './parse-plan.ts';
import { deriveRegimes, frequencyOf, yearlyCutoffText } from './regimes.ts';

describe('deriveRegimes on the seed plan 71/KH-UBND', () => {
  const regimes = deriveRegimes(parsePlan(seedText));

  it('creates the annual report by 15/11 to UBND tỉnh through the provincial police', () => {
    const annual = regimes.find((r) => r.taskCode === null);
    expect(annual).toMatchObject({
      title: 'Báo cáo kết quả thực hiện Kế hoạch số 71/KH-UBND',
      receiverText: 'UBND tỉnh (qua Công an tỉnh)',
      frequency: 'yearly',
      unitDeadlineText: expect.stringContaining('15/11'),
      cutoffText: 'Số liệu từ ngày 15/11 năm trước đến hết ngày 14/11 năm báo cáo',
    });
    expect(annual?.schedule).toMatchObject({ kind: 'annual', month: 11, day: 15 });
  });

  it('creates the legal-review report: units by 30/5/2024, the police to Bộ Công an by 20/6/2024', () => {
    const review = regimes.find((r) => r.taskCode !== null);
    expect(review).toMatchObject({
      title: expect.stringMatching(/^Báo cáo kết quả rà soát văn bản quy phạm pháp luật/),
      frequency: 'once',
      unitDeadlineText: 'trước ngày 30/5/2024',
      consolidationDate: '2024-06-20',
      receiverText: expect.stringContaining('UBND tỉnh'),
    });
    expect(review?.consolidationDeadlineText).toMatch(/Công an tỉnh.*Bộ Công an.*20\/6\/2024/);
    expect(review?.schedule).toMatchObject({ kind: 'deadline', date: '2024-05-30' });
    expect(regimes).toHaveLength(2);
  });
});

describe('frequencies and cut-offs', () => {
  it('maps schedules to a reporting frequency', () => {
    const base = { date: null, year: null, quarter: null, half: null, month: null, day: null, text: '' };
    expect(frequencyOf({ ...base, kind: 'periodic', everyMonths: 6 })).toBe('half_yearly');
    expect(frequencyOf({ ...base, kind: 'periodic', everyMonths: 3 })).toBe('quarterly');
    expect(frequencyOf({ ...base, kind: 'deadline', everyMonths: null, date: '2024-05-30' })).toBe('once');
    expect(frequencyOf({ ...base, kind: 'annual', everyMonths: null, month: 11, day: 15 })).toBe('yearly');
  });

  it('ends the cut-off the day before the deadline, across a month boundary', () => {
    expect(yearlyCutoffText(3, 1)).toBe('Số liệu từ ngày 01/03 năm trước đến hết ngày 28/02 năm báo cáo');
  });
});
