import { randomUUID } from 'node:crypto';
import type {
  Assignment,
  AssignmentCreate,
  AssignmentUpdate,
  Task,
  TaskUpdate,
} from '../../domain/plans/plan-api.schemas.ts';
import { parseSchedule } from '../../domain/plans/schedule.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { conflict, notFound } from '../http/errors.ts';
import { requireUnitInScope } from '../org/org.service.ts';
import { buildTaskTree, toAssignment } from './plan-tree.ts';
import {
  findAssignmentWithPlan,
  findPlanAssignments,
  findPlanTasks,
  findTaskWithPlan,
} from './plans.repo.ts';
import { groupRootPath, requireEditablePlan, resolveGroupsUnder } from './plans.service.ts';
import { toScheduleColumns } from './schedule-columns.ts';

const TASK_NOT_FOUND = { vi: 'Không tìm thấy nhiệm vụ.', en: 'Task not found.' };
const ASSIGNMENT_NOT_FOUND = { vi: 'Không tìm thấy phân công.', en: 'Assignment not found.' };

async function findTaskNode(db: Db, planId: string, taskId: string): Promise<Task> {
  const [tasks, assignments] = await Promise.all([
    findPlanTasks(db, planId),
    findPlanAssignments(db, planId),
  ]);
  const find = (nodes: Task[]): Task | undefined => {
    for (const node of nodes) {
      const found = node.id === taskId ? node : find(node.children);
      if (found) return found;
    }
    return undefined;
  };
  const node = find(buildTaskTree(tasks, assignments));
  if (!node) throw notFound(TASK_NOT_FOUND);
  return node;
}

/** Loads a task whose plan the actor may edit (404 when not visible, 403 when read-only). */
async function requireEditableTask(db: Db, actor: Actor, taskId: string) {
  const task = await findTaskWithPlan(db, taskId);
  if (!task) throw notFound(TASK_NOT_FOUND);
  const plan = await requireEditablePlan(db, actor, task.planId);
  return { task, plan };
}

export async function updateTask(db: Db, actor: Actor, taskId: string, input: TaskUpdate): Promise<Task> {
  const { task } = await requireEditableTask(db, actor, taskId);
  if (task.version !== input.version) throw conflict();
  const { version, schedule, ...fields } = input;
  // A new time text is read into a schedule, unless the editor set the schedule explicitly.
  const nextSchedule =
    schedule !== undefined
      ? schedule
      : fields.timeText !== undefined
        ? parseSchedule(fields.timeText ?? '')
        : undefined;
  const changes = {
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    ...(nextSchedule !== undefined ? toScheduleColumns(nextSchedule) : {}),
  };
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('task')
      .set({ ...changes, updatedAt: actor.now, version: version + 1 })
      .where('id', '=', taskId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'task',
      entityId: taskId,
      before: { timeText: task.timeText },
      after: changes,
    });
  });
  return findTaskNode(db, task.planId, taskId);
}

/** Assigns a unit, or a named group fanned out to its members, to a task. */
export async function addAssignments(
  db: Db,
  actor: Actor,
  taskId: string,
  input: AssignmentCreate,
): Promise<{ items: Assignment[] }> {
  const { task, plan } = await requireEditableTask(db, actor, taskId);
  let units: { id: string; name: string }[];
  let nameText: string;
  if (input.groupKey) {
    const rootPath = groupRootPath(plan.ownerPath, plan.ownerKind);
    const groups = await resolveGroupsUnder(db, [input.groupKey], rootPath);
    units = (groups[input.groupKey] ?? []) as { id: string; name: string }[];
    nameText = input.groupKey;
  } else {
    const unit = await requireUnitInScope(db, actor, input.unitId ?? '');
    const named = await db
      .selectFrom('unit')
      .select(['id', 'name'])
      .where('id', '=', unit.id)
      .executeTakeFirstOrThrow();
    units = [named];
    nameText = named.name;
  }
  const existing = await db.selectFrom('assignment').select('unitId').where('taskId', '=', taskId).execute();
  const taken = new Set(existing.map((e) => e.unitId));
  if (!input.groupKey && units.every((u) => taken.has(u.id))) {
    throw conflict({ vi: 'Đơn vị này đã được giao nhiệm vụ này.', en: 'This unit already has this task.' });
  }
  const rows = units
    .filter((u) => !taken.has(u.id))
    .map((u) => ({
      id: randomUUID(),
      taskId,
      unitId: u.id,
      role: input.role,
      groupKey: input.groupKey ?? null,
      nameText: input.groupKey ? nameText : u.name,
      createdAt: actor.now,
      updatedAt: actor.now,
    }));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('assignment')
        .values(rows.slice(i, i + 500))
        .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'assignment',
      entityId: taskId,
      after: { role: input.role, unitIds: rows.map((r) => r.unitId), groupKey: input.groupKey ?? null },
    });
  });
  const ids = new Set<string>(rows.map((r) => r.id));
  const all = await findPlanAssignments(db, task.planId);
  return { items: all.filter((a) => ids.has(a.id)).map(toAssignment) };
}

async function requireEditableAssignment(db: Db, actor: Actor, id: string) {
  const assignment = await findAssignmentWithPlan(db, id);
  if (!assignment) throw notFound(ASSIGNMENT_NOT_FOUND);
  await requireEditablePlan(db, actor, assignment.planId);
  return assignment;
}

export async function updateAssignment(
  db: Db,
  actor: Actor,
  id: string,
  input: AssignmentUpdate,
): Promise<Assignment> {
  const assignment = await requireEditableAssignment(db, actor, id);
  if (assignment.version !== input.version) throw conflict();
  if (input.unitId) await requireUnitInScope(db, actor, input.unitId);
  const changes = {
    ...(input.role ? { role: input.role } : {}),
    ...(input.unitId ? { unitId: input.unitId } : {}),
  };
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('assignment')
      .set({ ...changes, updatedAt: actor.now, version: input.version + 1 })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'assignment',
      entityId: id,
      before: { role: assignment.role, unitId: assignment.unitId },
      after: changes,
    });
  });
  const all = await findPlanAssignments(db, assignment.planId);
  const updated = all.find((a) => a.id === id);
  if (!updated) throw notFound(ASSIGNMENT_NOT_FOUND);
  return toAssignment(updated);
}

export async function deleteAssignment(db: Db, actor: Actor, id: string): Promise<void> {
  const assignment = await requireEditableAssignment(db, actor, id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('assignment').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'assignment',
      entityId: id,
      before: {
        taskId: assignment.taskId,
        role: assignment.role,
        unitId: assignment.unitId,
        nameText: assignment.nameText,
      },
    });
  });
}
