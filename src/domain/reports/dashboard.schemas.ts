import { z } from 'zod';
import { procedureKindSchema } from '../force/force-api.schemas.ts';

export const dashboardQuerySchema = z.object({
  planId: z.string().max(64).optional(),
  /** Due dates from … to … (YYYY-MM-DD); default: the current year. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const counts = z.object({
  periods: z.number().int(),
  notStarted: z.number().int(),
  draft: z.number().int(),
  submitted: z.number().int(),
  returned: z.number().int(),
  accepted: z.number().int(),
  late: z.number().int(),
  dueSoon: z.number().int(),
  /** Mean progress over the periods with a report, 0–100. */
  averageProgress: z.number().nullable(),
});
export type DashboardCounts = z.infer<typeof counts>;

const lateItem = z.object({
  periodId: z.string(),
  dueDate: z.string(),
  label: z.string(),
  taskCode: z.string(),
  taskTitle: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  status: z.string(),
  planId: z.string(),
});

/** A step of a Thông tư 14 procedure past its deadline (working days), with the procedure to open. */
const lateProcedureStep = z.object({
  procedureId: z.string(),
  procedureTitle: z.string(),
  kind: procedureKindSchema,
  unit: z.object({ id: z.string(), name: z.string() }),
  stepTitle: z.string(),
  dueDate: z.string(),
  workingDaysLate: z.number().int(),
});
export type DashboardLateProcedureStep = z.infer<typeof lateProcedureStep>;

export const dashboardSchema = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  totals: counts,
  byTask: z.array(counts.extend({ taskId: z.string(), code: z.string(), title: z.string() })),
  byUnit: z.array(counts.extend({ unitId: z.string(), name: z.string() })),
  /** Periods past due and not submitted, oldest first (at most 50). */
  late: z.array(lateItem),
  /** Periods due within 14 days and not submitted (at most 50). */
  dueSoon: z.array(lateItem),
  /** Per month of due date: how many periods were due, submitted (or accepted) and accepted. */
  overTime: z.array(
    z.object({
      month: z.string(),
      due: z.number().int(),
      submitted: z.number().int(),
      accepted: z.number().int(),
    }),
  ),
  /**
   * Late steps of the grassroots force's procedures in the scope (whatever the plan): how many, in how many
   * communes, and the oldest ones (at most 20).
   */
  lateProcedureSteps: z.object({
    total: z.number().int(),
    communes: z.number().int(),
    items: z.array(lateProcedureStep),
  }),
  /** Units × tasks: the status of each cell's latest period in range, for the heat table (drill down by periodId). */
  heat: z.object({
    tasks: z.array(z.object({ taskId: z.string(), code: z.string() })),
    rows: z.array(
      z.object({
        unitId: z.string(),
        name: z.string(),
        cells: z.array(
          z.object({
            taskId: z.string(),
            periodId: z.string(),
            status: z.string(),
            progress: z.number().nullable(),
            isLate: z.boolean(),
          }),
        ),
      }),
    ),
  }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
