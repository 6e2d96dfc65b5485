import { SCHEDULE_KINDS, type Schedule } from '../../domain/plans/plans.schemas.ts';
import type { ScheduleColumns } from '../db/schema.ts';

export function toScheduleColumns(schedule: Schedule | null | undefined): ScheduleColumns {
  return {
    scheduleKind: schedule?.kind ?? null,
    scheduleDate: schedule?.date ?? null,
    scheduleYear: schedule?.year ?? null,
    scheduleQuarter: schedule?.quarter ?? null,
    scheduleHalf: schedule?.half ?? null,
    scheduleMonth: schedule?.month ?? null,
    scheduleDay: schedule?.day ?? null,
    scheduleEveryMonths: schedule?.everyMonths ?? null,
    scheduleText: schedule?.text ?? null,
  };
}

const isScheduleKind = (kind: string): kind is Schedule['kind'] =>
  (SCHEDULE_KINDS as readonly string[]).includes(kind);

export function fromScheduleColumns(row: ScheduleColumns): Schedule | null {
  if (!row.scheduleKind || !isScheduleKind(row.scheduleKind)) return null;
  return {
    kind: row.scheduleKind,
    date: row.scheduleDate,
    year: row.scheduleYear,
    quarter: row.scheduleQuarter,
    half: row.scheduleHalf,
    month: row.scheduleMonth,
    day: row.scheduleDay,
    everyMonths: row.scheduleEveryMonths,
    text: row.scheduleText ?? '',
  };
}

export const scheduleColumnNames = [
  'scheduleKind',
  'scheduleDate',
  'scheduleYear',
  'scheduleQuarter',
  'scheduleHalf',
  'scheduleMonth',
  'scheduleDay',
  'scheduleEveryMonths',
  'scheduleText',
] as const;
