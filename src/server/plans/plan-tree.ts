import type { Assignment, Plan, Task } from '../../domain/plans/plan-api.schemas.ts';
import type { AssignmentRow, TaskRow, VisiblePlanRow } from './plans.repo.ts';
import { fromScheduleColumns } from './schedule-columns.ts';

export function toAssignment(row: AssignmentRow): Assignment {
  return {
    id: row.id,
    taskId: row.taskId,
    role: row.role,
    unit:
      row.unitId && row.unitCode && row.unitName
        ? { id: row.unitId, code: row.unitCode, name: row.unitName }
        : null,
    groupKey: row.groupKey,
    nameText: row.nameText,
    version: row.version,
  };
}

/** Builds the task tree from rows in document order, each task with its assignments. */
export function buildTaskTree(tasks: TaskRow[], assignments: AssignmentRow[]): Task[] {
  const byTask = new Map<string, Assignment[]>();
  for (const row of assignments) {
    const list = byTask.get(row.taskId) ?? [];
    list.push(toAssignment(row));
    byTask.set(row.taskId, list);
  }
  const nodes = new Map<string, Task>();
  const roots: Task[] = [];
  for (const row of tasks) {
    const node: Task = {
      id: row.id,
      planId: row.planId,
      parentId: row.parentId,
      code: row.code,
      title: row.title,
      description: row.description,
      form: row.form,
      timeText: row.timeText,
      schedule: fromScheduleColumns(row),
      position: row.position,
      version: row.version,
      assignments: byTask.get(row.id) ?? [],
      children: [],
    };
    nodes.set(row.id, node);
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export function parseRecipients(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function toPlanSummaryFields(row: VisiblePlanRow) {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    issuer: row.issuer,
    date: row.issuedOn,
    status: row.status,
    ownerUnit: { id: row.ownerUnitId, code: row.ownerCode, name: row.ownerName },
    parentPlanId: row.parentPlanId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  } satisfies Partial<Plan>;
}
