// For tests only: reporting periods and e-mail addresses on top of the demo data.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { ReminderSettings } from './reminder-schedule.ts';

export const SEED_PLAN_NUMBER = '71/KH-UBND';

export const TEST_REMINDER_SETTINGS: ReminderSettings = {
  daysBefore: 3,
  overdueEveryDays: 3,
  publicUrl: 'https://antt.example.vn',
};

/**
 * The reporting period of one assignment of the seed plan (unit code × task code) due on `dueDate`, created
 * when missing: the reports service generates these in the app, tests write them directly.
 */
export async function seedPeriod(
  db: Db,
  {
    unitCode,
    taskCode = '1.1',
    dueDate = '2024-06-30',
    label = 'Quý II năm 2024',
  }: {
    unitCode: string;
    taskCode?: string;
    dueDate?: string;
    label?: string;
  },
): Promise<{ periodId: string; planId: string; assignmentId: string }> {
  const assignment = await db
    .selectFrom('assignment')
    .innerJoin('task', 'task.id', 'assignment.taskId')
    .innerJoin('plan', 'plan.id', 'task.planId')
    .innerJoin('unit', 'unit.id', 'assignment.unitId')
    .select(['assignment.id', 'plan.id as planId'])
    .where('plan.number', '=', SEED_PLAN_NUMBER)
    .where('task.code', '=', taskCode)
    .where('unit.code', '=', unitCode)
    .executeTakeFirstOrThrow();
  const existing = await db
    .selectFrom('reportingPeriod')
    .select('id')
    .where('assignmentId', '=', assignment.id)
    .where('dueDate', '=', dueDate)
    .executeTakeFirst();
  const periodId = existing?.id ?? randomUUID();
  if (!existing) {
    await db
      .insertInto('reportingPeriod')
      .values({
        id: periodId,
        assignmentId: assignment.id,
        label,
        periodStart: `${dueDate.slice(0, 4)}-04-01`,
        periodEnd: dueDate,
        dueDate,
        createdAt: '2024-04-15T00:00:00.000Z',
      })
      .execute();
  }
  return { periodId, planId: assignment.planId, assignmentId: assignment.id };
}

/** Sets (or replaces) the report of a period, in the given state. */
export async function setReportStatus(
  db: Db,
  periodId: string,
  status: 'draft' | 'submitted' | 'returned' | 'accepted',
): Promise<void> {
  const now = '2024-07-01T00:00:00.000Z';
  await db.deleteFrom('report').where('periodId', '=', periodId).execute();
  await db
    .insertInto('report')
    .values({
      id: randomUUID(),
      periodId,
      status,
      progress: 50,
      done: null,
      difficulties: null,
      proposals: null,
      returnComment: null,
      submittedAt: status === 'draft' ? null : now,
      acceptedAt: status === 'accepted' ? now : null,
      snapshot: null,
      createdBy: null,
      updatedBy: null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
}

export async function setEmail(db: Db, username: string, email: string | null): Promise<void> {
  await db.updateTable('appUser').set({ email }).where('username', '=', username).execute();
}

/** Outbox rows about one period, oldest first. */
export async function outboxOfPeriod(db: Db, periodId: string) {
  return db
    .selectFrom('outbox')
    .innerJoin('appUser', 'appUser.id', 'outbox.userId')
    .selectAll('outbox')
    .select('appUser.username')
    .where('outbox.dedupeKey', 'like', `%:${periodId}:%`)
    .orderBy('outbox.createdAt')
    .orderBy('outbox.dedupeKey')
    .execute();
}
