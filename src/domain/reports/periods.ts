import { addDays, formatVietnameseDate as vietnameseDate } from '../common/dates.ts';
import type { Schedule } from '../plans/plans.schemas.ts';
import { dueDates, describeSchedule } from '../plans/schedule.ts';

export interface PeriodSlot {
  label: string;
  /** YYYY-MM-DD, inclusive. */
  start: string;
  end: string;
  due: string;
}

const dayAfter = (iso: string) => addDays(iso, 1);

/** What a period is called on screens and in reports. */
export function periodLabel(schedule: Schedule, due: string): string {
  const year = due.slice(0, 4);
  const month = Number(due.slice(5, 7));
  switch (schedule.kind) {
    case 'continuous':
      return month === 6
        ? `6 tháng đầu năm ${year}`
        : month === 12
          ? `6 tháng cuối năm ${year}`
          : `Kỳ đến ${vietnameseDate(due)}`;
    case 'from_year':
    case 'annual':
    case 'year':
      return `Năm ${year}`;
    case 'periodic':
      return `Kỳ đến ${vietnameseDate(due)}`;
    default:
      return describeSchedule(schedule, 'vi');
  }
}

/**
 * The reporting periods of one schedule within a range: one per due date, each running from the day after the
 * previous due date (or the range start) to its due date.
 */
export function periodSlots(schedule: Schedule, range: { from: string; to: string }): PeriodSlot[] {
  const dates = dueDates(schedule, range);
  let start = range.from;
  return dates.map((due) => {
    const slot = { label: periodLabel(schedule, due), start: start <= due ? start : due, end: due, due };
    start = dayAfter(due);
    return slot;
  });
}
