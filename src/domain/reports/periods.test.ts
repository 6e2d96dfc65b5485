import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../plans/schedule.ts';
import { periodSlots } from './periods.ts';

const schedule = (text: string) => {
  const parsed = parseSchedule(text);
  if (!parsed) throw new Error(`no schedule in ${text}`);
  return parsed;
};

describe('periodSlots', () => {
  it('gives one period per half year for a continuous task', () => {
    const slots = periodSlots(schedule('Thường xuyên'), { from: '2024-04-15', to: '2024-12-31' });
    expect(slots).toEqual([
      { label: '6 tháng đầu năm 2024', start: '2024-04-15', end: '2024-06-30', due: '2024-06-30' },
      { label: '6 tháng cuối năm 2024', start: '2024-07-01', end: '2024-12-31', due: '2024-12-31' },
    ]);
  });
  it('gives a yearly period for "Năm 2024 và các năm tiếp theo" and one for a quarter', () => {
    expect(
      periodSlots(schedule('Năm 2024 và các năm tiếp theo'), { from: '2024-04-15', to: '2025-12-31' }).map(
        (s) => s.label,
      ),
    ).toEqual(['Năm 2024', 'Năm 2025']);
    const [quarter] = periodSlots(schedule('Quý II năm 2024'), { from: '2024-04-15', to: '2025-12-31' });
    expect(quarter).toMatchObject({ due: '2024-06-30', start: '2024-04-15' });
  });
  it('gives nothing outside the range', () => {
    expect(periodSlots(schedule('trước ngày 30/5/2024'), { from: '2024-06-01', to: '2024-12-31' })).toEqual(
      [],
    );
  });
});
