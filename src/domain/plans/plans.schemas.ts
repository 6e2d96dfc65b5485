import { z } from 'zod';

/**
 * When a task is due, as the plan states it (SPEC §3). The verbatim source text is always kept in `text`.
 * - deadline:   a date ("trước ngày 30/5/2024", "ngày 15 tháng 4 năm 2024")           → date
 * - month:      a month ("tháng 6/2024"), due its last day                               → year, month
 * - quarter:    a quarter ("Quý II năm 2024"), due its last day                          → year, quarter
 * - half_year:  a half year ("6 tháng đầu năm 2025"), due its last day                  → year, half
 * - year:       a year ("Năm 2024"), due 31/12                                           → year
 * - from_year:  yearly from a year on ("Năm 2024 và các năm tiếp theo"; may start at a quarter)
 *                                                                                          → year, quarter?
 * - annual:     every year by a month and day ("Hằng năm … trước ngày 15/11")            → month, day
 * - continuous: "Thường xuyên": reported in every reporting cycle                         → —
 * - periodic:   every N months ("định kỳ 6 tháng")                                       → everyMonths
 */
export const SCHEDULE_KINDS = [
  'deadline',
  'month',
  'quarter',
  'half_year',
  'year',
  'from_year',
  'annual',
  'continuous',
  'periodic',
] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export const scheduleSchema = z.object({
  kind: z.enum(SCHEDULE_KINDS),
  /** YYYY-MM-DD, for `deadline`. */
  date: z.iso.date().nullable(),
  year: z.number().int().min(1900).max(2200).nullable(),
  quarter: z.number().int().min(1).max(4).nullable(),
  /** 1 or 2, for `half_year`. */
  half: z.number().int().min(1).max(2).nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
  everyMonths: z.number().int().min(1).max(60).nullable(),
  /** The words of the plan this schedule was read from. */
  text: z.string(),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export interface DraftTask {
  /** "1.1", "2.a", "4" … */
  code: string;
  title: string;
  description: string | null;
  /** Lead units (chủ trì / thực hiện), as written, one name each (never split inside a name). */
  lead: string[];
  /** Coordinating units (phối hợp), as written. */
  coordinators: string[];
  /** Hình thức: "Trực tiếp và trực tuyến" … */
  form: string | null;
  /** The time words as written ("Quý II năm 2024"). */
  timeText: string | null;
  schedule: Schedule | null;
  children: DraftTask[];
}

export const draftTaskSchema: z.ZodType<DraftTask> = z
  .lazy(() =>
    z.object({
      code: z.string().trim().min(1).max(32),
      title: z.string().trim().min(1).max(2000),
      description: z.string().max(20_000).nullable(),
      lead: z.array(z.string().trim().min(1).max(300)).max(200),
      coordinators: z.array(z.string().trim().min(1).max(300)).max(200),
      form: z.string().max(300).nullable(),
      timeText: z.string().max(500).nullable(),
      schedule: scheduleSchema.nullable(),
      children: z.array(draftTaskSchema).max(200),
    }),
  )
  .meta({ id: 'PlanTaskDraft' });

export const reportingDutySchema = z.object({
  /** What is reported ("kết quả thực hiện"). */
  what: z.string(),
  /** To whom, as written ("UBND tỉnh (qua Công an tỉnh)"). */
  to: z.string(),
  deadlineText: z.string(),
  schedule: scheduleSchema.nullable(),
});
export type ReportingDuty = z.infer<typeof reportingDutySchema>;

/** What the plan parser proposes; the user reviews and corrects it before the plan is saved. */
export const planDraftSchema = z.object({
  /** Number and symbol, normalised: "71/KH-UBND". */
  number: z.string().nullable(),
  /** Issuing body: "UBND tỉnh Thái Nguyên". */
  issuer: z.string().nullable(),
  place: z.string().nullable(),
  /** YYYY-MM-DD */
  date: z.iso.date().nullable(),
  title: z.string().nullable(),
  /** The opening paragraph(s) with the legal basis ("Thực hiện Quyết định số …"). */
  legalBasis: z.string().nullable(),
  /** Section "Mục đích, yêu cầu" as text. */
  purpose: z.string().nullable(),
  /** Section "Kinh phí" as text. */
  funding: z.string().nullable(),
  /** Section "Tổ chức thực hiện" as text. */
  organization: z.string().nullable(),
  recipients: z.array(z.string()),
  signer: z.object({ authority: z.string().nullable(), name: z.string().nullable() }),
  tasks: z.array(draftTaskSchema),
  reportingDuties: z.array(reportingDutySchema),
  /** Everything the parser was unsure of, in Vietnamese, each naming where in the text. */
  warnings: z.array(z.string()),
});
export type PlanDraft = z.infer<typeof planDraftSchema>;
