import type { Obligation, Task } from '../../../domain/plans/plan-api.schemas.ts';

/** One line of the timeline: a task, its due dates, and for a parent the span of its sub-tasks. */
export interface TimelineRow {
  taskId: string;
  code: string;
  title: string;
  depth: number;
  scheduleLabel: string;
  timeText: string;
  dueDates: string[];
  isParent: boolean;
}

/** The plan's tasks in tree order, each with the due dates the obligations give it. */
export function toTimelineRows(
  tasks: Task[],
  obligations: Obligation[],
  describe: (task: Task) => string,
): TimelineRow[] {
  const datesByTask = new Map<string, Set<string>>();
  for (const obligation of obligations) {
    if (!obligation.dueDate) continue;
    const dates = datesByTask.get(obligation.taskId) ?? new Set<string>();
    dates.add(obligation.dueDate);
    datesByTask.set(obligation.taskId, dates);
  }
  const rows: TimelineRow[] = [];
  const visit = (list: Task[], depth: number) => {
    for (const task of list) {
      rows.push({
        taskId: task.id,
        code: task.code,
        title: task.title,
        depth,
        scheduleLabel: describe(task),
        timeText: task.timeText ?? task.schedule?.text ?? '',
        dueDates: [...(datesByTask.get(task.id) ?? [])].sort(),
        isParent: task.children.length > 0,
      });
      visit(task.children, depth + 1);
    }
  };
  visit(tasks, 0);
  return rows;
}
