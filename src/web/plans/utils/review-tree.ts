import type {
  AssignmentInput,
  PlanParseResult,
  TaskInput,
  UnitMatch,
} from '../../../domain/plans/plan-api.schemas.ts';
import type { DraftTask, Schedule } from '../../../domain/plans/plans.schemas.ts';
import type { UnitOption } from '../types.ts';

/** A task as the review screen edits it: the draft's fields as plain strings, with a local key. */
export interface ReviewTask {
  key: string;
  code: string;
  title: string;
  description: string;
  form: string;
  timeText: string;
  schedule: Schedule | null;
  lead: string[];
  coordinators: string[];
  children: ReviewTask[];
}

export type ReviewTaskPatch = Partial<Omit<ReviewTask, 'key' | 'children'>>;

/**
 * How the reviewer settled one unit name. It holds for every task that names it: a name is resolved
 * once, not once per task. `skipped` keeps the name unresolved on purpose (saved and flagged later).
 */
export type Resolution =
  | { kind: 'unit'; unit: UnitOption; isAutomatic: boolean }
  | { kind: 'group'; groupKey: string; groupName: string; memberCount: number }
  | { kind: 'unmatched'; suggestions: UnitOption[] }
  | { kind: 'skipped'; suggestions: UnitOption[] };

export type Resolutions = Record<string, Resolution>;

let nextKey = 0;
export function newTaskKey(): string {
  nextKey += 1;
  return `task-${nextKey}`;
}

export function toReviewTasks(tasks: DraftTask[]): ReviewTask[] {
  return tasks.map((task) => ({
    key: newTaskKey(),
    code: task.code,
    title: task.title,
    description: task.description ?? '',
    form: task.form ?? '',
    timeText: task.timeText ?? '',
    schedule: task.schedule,
    lead: [...task.lead],
    coordinators: [...task.coordinators],
    children: toReviewTasks(task.children),
  }));
}

export function emptyTask(code: string): ReviewTask {
  return {
    key: newTaskKey(),
    code,
    title: '',
    description: '',
    form: '',
    timeText: '',
    schedule: null,
    lead: [],
    coordinators: [],
    children: [],
  };
}

function fromMatch(match: UnitMatch): Resolution {
  switch (match.kind) {
    case 'unit':
      return { kind: 'unit', unit: match.unit, isAutomatic: true };
    case 'group':
      return {
        kind: 'group',
        groupKey: match.groupKey,
        groupName: match.groupName,
        memberCount: match.memberCount,
      };
    case 'unmatched':
      return { kind: 'unmatched', suggestions: match.suggestions };
  }
}

export function toResolutions(units: PlanParseResult['units']): Resolutions {
  const resolutions: Resolutions = {};
  for (const { name, match } of units) resolutions[name] = fromMatch(match);
  return resolutions;
}

/** A name the parser did not report (typed in by the reviewer) starts unmatched. */
export function resolutionOf(resolutions: Resolutions, name: string): Resolution {
  return resolutions[name] ?? { kind: 'unmatched', suggestions: [] };
}

/** Applies `change` to the task with `key`, wherever it sits in the tree. */
export function mapTask(
  tasks: ReviewTask[],
  key: string,
  change: (task: ReviewTask) => ReviewTask,
): ReviewTask[] {
  return tasks.map((task) => {
    if (task.key === key) return change(task);
    const children = mapTask(task.children, key, change);
    return children === task.children ? task : { ...task, children };
  });
}

export function removeTask(tasks: ReviewTask[], key: string): ReviewTask[] {
  return tasks
    .filter((task) => task.key !== key)
    .map((task) => {
      const children = removeTask(task.children, key);
      return children.length === task.children.length ? task : { ...task, children };
    });
}

/** Moves a task one place up (-1) or down (+1) among its siblings. */
export function moveTask(tasks: ReviewTask[], key: string, step: -1 | 1): ReviewTask[] {
  const index = tasks.findIndex((task) => task.key === key);
  if (index >= 0) {
    const target = index + step;
    if (target < 0 || target >= tasks.length) return tasks;
    const next = [...tasks];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(target, 0, moved);
    return next;
  }
  return tasks.map((task) => ({ ...task, children: moveTask(task.children, key, step) }));
}

/** Appends a child to `parentKey`, or a top-level task when it is null. */
export function addTask(tasks: ReviewTask[], parentKey: string | null): ReviewTask[] {
  if (parentKey === null) return [...tasks, emptyTask(String(tasks.length + 1))];
  return mapTask(tasks, parentKey, (parent) => ({
    ...parent,
    children: [...parent.children, emptyTask(`${parent.code}.${parent.children.length + 1}`)],
  }));
}

export function flattenTasks(tasks: ReviewTask[]): ReviewTask[] {
  return tasks.flatMap((task) => [task, ...flattenTasks(task.children)]);
}

export function countTasks(tasks: ReviewTask[]): number {
  return flattenTasks(tasks).length;
}

/** Every unit name the tasks use, each once, in order of first appearance, with the task codes naming it. */
export function namesInTasks(tasks: ReviewTask[]): { name: string; codes: string[] }[] {
  const byName = new Map<string, string[]>();
  for (const task of flattenTasks(tasks)) {
    for (const name of [...task.lead, ...task.coordinators]) {
      const codes = byName.get(name) ?? [];
      if (!codes.includes(task.code)) codes.push(task.code);
      byName.set(name, codes);
    }
  }
  return [...byName].map(([name, codes]) => ({ name, codes }));
}

function toAssignment(name: string, role: AssignmentInput['role'], resolution: Resolution): AssignmentInput {
  if (resolution.kind === 'unit') return { role, nameText: name, unitId: resolution.unit.id };
  if (resolution.kind === 'group') return { role, nameText: name, groupKey: resolution.groupKey };
  return { role, nameText: name };
}

/** The reviewed tree as the API takes it; each name carries the reviewer's resolution. */
export function toTaskInputs(tasks: ReviewTask[], resolutions: Resolutions): TaskInput[] {
  return tasks.map((task) => ({
    code: task.code.trim(),
    title: task.title.trim(),
    description: task.description.trim() || null,
    form: task.form.trim() || null,
    timeText: task.timeText.trim() || null,
    schedule: task.schedule,
    assignments: [
      ...task.lead.map((name) => toAssignment(name, 'lead', resolutionOf(resolutions, name))),
      ...task.coordinators.map((name) => toAssignment(name, 'coordinator', resolutionOf(resolutions, name))),
    ],
    children: toTaskInputs(task.children, resolutions),
  }));
}

/** The task at an API error path ("/tasks/0/children/2/title") and the field, or undefined. */
export function taskAtPath(
  tasks: ReviewTask[],
  path: (string | number)[],
): { key: string; field: string } | undefined {
  let level = tasks;
  let found: ReviewTask | undefined;
  let index = 0;
  if (path[0] !== 'tasks') return undefined;
  index = 1;
  while (index < path.length) {
    const position = path[index];
    if (typeof position !== 'number') return undefined;
    found = level[position];
    if (!found) return undefined;
    const next = path[index + 1];
    if (next !== 'children') return { key: found.key, field: typeof next === 'string' ? next : 'title' };
    level = found.children;
    index += 2;
  }
  return found ? { key: found.key, field: 'title' } : undefined;
}
