import type { Assignment, Task } from '../../../domain/plans/plan-api.schemas.ts';
import type { UnitOption } from '../types.ts';

export function flattenPlanTasks(tasks: Task[]): Task[] {
  return tasks.flatMap((task) => [task, ...flattenPlanTasks(task.children)]);
}

export function findTask(tasks: Task[], id: string): Task | undefined {
  return flattenPlanTasks(tasks).find((task) => task.id === id);
}

/** How a task's assignments show: single units, groups folded into one entry, unresolved names. */
export type AssignmentEntry =
  | { kind: 'unit'; assignment: Assignment; unit: UnitOption }
  | { kind: 'group'; groupKey: string; role: Assignment['role']; assignments: Assignment[] }
  | { kind: 'unresolved'; assignment: Assignment };

/** A group's fan-out (177 communes) folds into one entry per role; the rest stay one entry each. */
export function assignmentEntries(assignments: Assignment[], role: Assignment['role']): AssignmentEntry[] {
  const entries: AssignmentEntry[] = [];
  const groups = new Map<string, Extract<AssignmentEntry, { kind: 'group' }>>();
  for (const assignment of assignments) {
    if (assignment.role !== role) continue;
    if (assignment.groupKey) {
      let group = groups.get(assignment.groupKey);
      if (!group) {
        group = { kind: 'group', groupKey: assignment.groupKey, role, assignments: [] };
        groups.set(assignment.groupKey, group);
        entries.push(group);
      }
      group.assignments.push(assignment);
    } else if (assignment.unit) {
      entries.push({ kind: 'unit', assignment, unit: assignment.unit });
    } else {
      entries.push({ kind: 'unresolved', assignment });
    }
  }
  return entries;
}

/** Every unit the plan assigns, each once, sorted by name: the choices of the "by unit" view. */
export function assignedUnits(tasks: Task[]): UnitOption[] {
  const byId = new Map<string, UnitOption>();
  for (const task of flattenPlanTasks(tasks))
    for (const assignment of task.assignments)
      if (assignment.unit) byId.set(assignment.unit.id, assignment.unit);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export function countUnresolved(tasks: Task[]): number {
  return flattenPlanTasks(tasks).reduce(
    (count, task) =>
      count + task.assignments.filter((assignment) => !assignment.unit && !assignment.groupKey).length,
    0,
  );
}

/** Tasks that assign a unit (any role): where that unit may hang a sub-plan. */
export function tasksOfUnit(tasks: Task[], unitId: string): Task[] {
  return flattenPlanTasks(tasks).filter((task) =>
    task.assignments.some((assignment) => assignment.unit?.id === unitId),
  );
}
