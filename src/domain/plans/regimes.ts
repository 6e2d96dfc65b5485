import { z } from 'zod';
import { type Schedule, scheduleSchema } from './plans.schemas.ts';

/**
 * Reporting regimes (chế độ báo cáo, Nghị định 09/2019/NĐ-CP): who reports what to whom, how often, by when,
 * with a deadline per level. Attached to a plan, or to one of its tasks.
 */
export const REGIME_FREQUENCIES = ['once', 'monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export const regimeFrequencySchema = z.enum(REGIME_FREQUENCIES);
export type RegimeFrequency = z.infer<typeof regimeFrequencySchema>;

const text = (max: number) => z.string().trim().max(max);

export const regimeInputSchema = z.object({
  taskId: z.string().max(64).nullish(),
  title: text(500).min(1, 'Nhập tên báo cáo'),
  content: text(5000).nullish(),
  reportersText: text(2000).min(1, 'Nhập đơn vị báo cáo'),
  receiverText: text(500).min(1, 'Nhập nơi nhận báo cáo'),
  method: text(500).nullish(),
  frequency: regimeFrequencySchema,
  cutoffText: text(500).nullish(),
  unitDeadlineText: text(500).min(1, 'Nhập thời hạn gửi báo cáo'),
  consolidationDeadlineText: text(500).nullish(),
  /** YYYY-MM-DD: when the consolidating unit reports upward, for a one-off regime. */
  consolidationDate: z.iso.date().nullish(),
  outline: text(20_000).nullish(),
  dataForm: text(2000).nullish(),
  /** When the reporting units' reports are due; drives the periods of tasks without a schedule of their own. */
  schedule: scheduleSchema.nullish(),
});
export type RegimeInput = z.infer<typeof regimeInputSchema>;

export const regimeUpdateSchema = regimeInputSchema.partial().extend({ version: z.number().int().min(1) });
export type RegimeUpdate = z.infer<typeof regimeUpdateSchema>;

export const regimeSchema = z
  .object({
    id: z.string(),
    planId: z.string(),
    task: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
    title: z.string(),
    content: z.string().nullable(),
    reportersText: z.string(),
    receiverText: z.string(),
    method: z.string().nullable(),
    frequency: regimeFrequencySchema,
    cutoffText: z.string().nullable(),
    unitDeadlineText: z.string(),
    consolidationDeadlineText: z.string().nullable(),
    consolidationDate: z.string().nullable(),
    outline: z.string().nullable(),
    dataForm: z.string().nullable(),
    schedule: scheduleSchema.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ReportingRegime' });
export type Regime = z.infer<typeof regimeSchema>;

/** A regime read from a plan's text, before it is stored; `taskCode` names the task it belongs to. */
export type DerivedRegime = Omit<RegimeInput, 'taskId'> & { taskCode: string | null };

interface PlanShape {
  number?: string | null;
  tasks: TaskShape[];
  reportingDuties: { what: string; to: string; deadlineText: string; schedule: Schedule | null }[];
}
interface TaskShape {
  code: string;
  title: string;
  description?: string | null;
  schedule?: Schedule | null;
  /** A parsed draft names its lead units; a reviewed plan has assignments. */
  lead?: string[];
  assignments?: { role: string; nameText: string }[];
  children: TaskShape[];
}

const leadsOf = (task: TaskShape) =>
  task.lead ?? (task.assignments ?? []).filter((a) => a.role === 'lead').map((a) => a.nameText);

export function frequencyOf(schedule: Schedule | null | undefined): RegimeFrequency {
  switch (schedule?.kind) {
    case 'deadline':
    case 'month':
    case 'quarter':
    case 'half_year':
    case 'year':
      return 'once';
    case 'periodic': {
      const months = schedule.everyMonths ?? 12;
      return months <= 1 ? 'monthly' : months <= 3 ? 'quarterly' : months <= 6 ? 'half_yearly' : 'yearly';
    }
    default:
      return 'yearly';
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The data cut-off of a yearly report due on day/month: the day before the deadline, a year back (Nghị định
 * 09/2019: the deadline falls after the cut-off). 15/11 → "từ 15/11 năm trước đến hết 14/11 năm báo cáo".
 */
export function yearlyCutoffText(month: number, day: number): string {
  const deadline = new Date(Date.UTC(2001, month - 1, day));
  const last = new Date(deadline.getTime() - 86_400_000);
  return (
    `Số liệu từ ngày ${pad(day)}/${pad(month)} năm trước đến hết ngày ` +
    `${pad(last.getUTCDate())}/${pad(last.getUTCMonth() + 1)} năm báo cáo`
  );
}

const stripMarks = (s: string) => s.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
const taskText = (t: TaskShape) => stripMarks(`${t.title} ${t.description ?? ''}`);
/** "… báo cáo UBND tỉnh (qua Công an tỉnh tổng hợp) trước ngày 30/5/2024" → "UBND tỉnh (qua Công an tỉnh tổng hợp)". */
function receiverIn(sentence: string): string | null {
  const match =
    /báo cáo\s+((?:UBND|Ủy ban|Bộ|Công an|HĐND|Thủ tướng|Chính phủ)[^.;]*?)\s*,?\s*(?:trước|chậm nhất|trong)\b/iu.exec(
      sentence,
    );
  return match ? match[1]!.trim() : null;
}
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

function* walk(tasks: TaskShape[]): Generator<TaskShape> {
  for (const task of tasks) {
    yield task;
    yield* walk(task.children);
  }
}

/**
 * A task whose sub-tasks are one-off deadlines where units report and, last, one unit consolidates ("tổng
 * hợp") and reports upward is a two-level regime: the seed's legal-document review (units by 30/5/2024, the
 * provincial police to Bộ Công an by 20/6/2024).
 */
function twoLevelRegime(task: TaskShape): DerivedRegime | null {
  const steps = task.children
    .filter((c) => c.schedule?.kind === 'deadline' && c.schedule.date)
    .sort((a, b) => a.schedule!.date!.localeCompare(b.schedule!.date!));
  if (steps.length < 2) return null;
  const first = steps[0]!;
  const last = steps[steps.length - 1]!;
  const firstText = taskText(first);
  const lastText = taskText(last);
  if (!/báo cáo/iu.test(firstText) || !/tổng hợp/iu.test(lastText) || !/báo cáo/iu.test(lastText))
    return null;
  const subject = stripMarks(task.title)
    .split(';')[0]!
    .replace(/^tổ chức,?\s*/iu, '');
  const reporters = leadsOf(first);
  const consolidator = leadsOf(last)[0] ?? null;
  const upper = receiverIn(lastText);
  return {
    taskCode: task.code,
    title: `Báo cáo kết quả ${lowerFirst(subject)}`,
    content: firstText,
    reportersText: reporters.length > 0 ? reporters.join('; ') : stripMarks(first.title),
    receiverText: receiverIn(firstText) ?? 'Đơn vị chủ trì tổng hợp',
    method: null,
    frequency: 'once',
    cutoffText: null,
    unitDeadlineText: first.schedule!.text,
    consolidationDeadlineText: [consolidator, upper ? `báo cáo ${upper}` : null, last.schedule!.text]
      .filter(Boolean)
      .join(' ')
      .replace(/^./u, (c) => c.toLocaleUpperCase('vi')),
    consolidationDate: last.schedule!.date,
    outline: null,
    dataForm: null,
    schedule: first.schedule!,
  };
}

/** The regimes a plan's text sets: one per reporting duty of its organisation section, one per two-level task. */
export function deriveRegimes(plan: PlanShape): DerivedRegime[] {
  const planName = plan.number ? `Kế hoạch số ${plan.number}` : 'kế hoạch';
  const fromDuties = plan.reportingDuties.map((duty): DerivedRegime => ({
    taskCode: null,
    title: `Báo cáo ${lowerFirst(duty.what)} ${planName}`.replace(/\s+/g, ' '),
    content: `${duty.what.replace(/^./u, (c) => c.toLocaleUpperCase('vi'))} ${planName}`,
    reportersText: 'Các cơ quan, đơn vị, địa phương được giao nhiệm vụ trong kế hoạch',
    receiverText: duty.to,
    method: null,
    frequency: frequencyOf(duty.schedule),
    cutoffText:
      duty.schedule?.kind === 'annual' && duty.schedule.month && duty.schedule.day
        ? yearlyCutoffText(duty.schedule.month, duty.schedule.day)
        : null,
    unitDeadlineText: duty.deadlineText,
    consolidationDeadlineText: null,
    consolidationDate: null,
    outline: null,
    dataForm: null,
    schedule: duty.schedule,
  }));
  const fromTasks = [...walk(plan.tasks)].flatMap((task) => twoLevelRegime(task) ?? []);
  return [...fromDuties, ...fromTasks];
}
