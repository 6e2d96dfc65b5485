import type { Obligation } from '../../../domain/plans/plan-api.schemas.ts';
/** "1.10" after "1.9", "2" after "1.5": task codes compare part by part, numbers as numbers. */
export function compareCodes(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const x = left[index];
    const y = right[index];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const difference =
      Number.isNaN(Number(x)) || Number.isNaN(Number(y)) ? x.localeCompare(y) : Number(x) - Number(y);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** One task a unit owes, in one role, with all its due dates in the range. */
export interface Duty {
  key: string;
  taskId: string;
  taskCode: string;
  taskTitle: string;
  role: Obligation['role'];
  schedule: Obligation['schedule'];
  dueDates: string[];
  /** The first due date from today on, else the last one (then overdue), else null. */
  nextDue: string | null;
  isOverdue: boolean;
}

/** Folds the obligation rows (one per due date) into one line per task and role. */
export function toDuties(obligations: Obligation[], today: string): Duty[] {
  const byKey = new Map<string, Duty>();
  for (const obligation of obligations) {
    const key = `${obligation.taskId}:${obligation.role}`;
    let duty = byKey.get(key);
    if (!duty) {
      duty = {
        key,
        taskId: obligation.taskId,
        taskCode: obligation.taskCode,
        taskTitle: obligation.taskTitle,
        role: obligation.role,
        schedule: obligation.schedule,
        dueDates: [],
        nextDue: null,
        isOverdue: false,
      };
      byKey.set(key, duty);
    }
    if (obligation.dueDate && !duty.dueDates.includes(obligation.dueDate))
      duty.dueDates.push(obligation.dueDate);
  }
  const duties = [...byKey.values()];
  for (const duty of duties) {
    duty.dueDates.sort();
    const upcoming = duty.dueDates.find((date) => date >= today);
    duty.nextDue = upcoming ?? duty.dueDates.at(-1) ?? null;
    duty.isOverdue = !upcoming && duty.nextDue !== null;
  }
  return duties.sort((a, b) => compareCodes(a.taskCode, b.taskCode) || a.role.localeCompare(b.role));
}

/** Due dates with the tasks due on each: what the calendar and the timeline draw. */
export function dueDatesByDay(obligations: Obligation[]): Map<string, Obligation[]> {
  const byDay = new Map<string, Obligation[]>();
  for (const obligation of obligations) {
    if (!obligation.dueDate) continue;
    const list = byDay.get(obligation.dueDate) ?? [];
    list.push(obligation);
    byDay.set(obligation.dueDate, list);
  }
  return byDay;
}

/** The tasks due on one day, each once, with how many units owe it. */
export function tasksDue(
  obligations: Obligation[],
): { taskId: string; code: string; title: string; unitCount: number; schedule: Obligation['schedule'] }[] {
  const byTask = new Map<
    string,
    { taskId: string; code: string; title: string; units: Set<string>; schedule: Obligation['schedule'] }
  >();
  for (const obligation of obligations) {
    const entry = byTask.get(obligation.taskId) ?? {
      taskId: obligation.taskId,
      code: obligation.taskCode,
      title: obligation.taskTitle,
      units: new Set<string>(),
      schedule: obligation.schedule,
    };
    entry.units.add(obligation.unit?.id ?? obligation.nameText);
    byTask.set(obligation.taskId, entry);
  }
  return [...byTask.values()]
    .map(({ units, ...entry }) => ({ ...entry, unitCount: units.size }))
    .sort((a, b) => compareCodes(a.code, b.code));
}
