import { parseSchedule } from '../../../domain/plans/schedule.ts';
import {
  addTask,
  mapTask,
  moveTask,
  removeTask,
  type ReviewTask,
  type ReviewTaskPatch,
} from './review-tree.ts';

export type UnitRole = 'lead' | 'coordinators';

export type ReviewAction =
  | { type: 'patch'; key: string; patch: ReviewTaskPatch }
  | { type: 'remove'; key: string }
  | { type: 'move'; key: string; step: -1 | 1 }
  | { type: 'add'; parentKey: string | null }
  | { type: 'removeName'; key: string; role: UnitRole; name: string }
  | { type: 'addName'; key: string; role: UnitRole; name: string };

/** Edits of the task tree under review; a new time text is read again into a schedule. */
export function reviewReducer(tasks: ReviewTask[], action: ReviewAction): ReviewTask[] {
  switch (action.type) {
    case 'patch': {
      const { patch } = action;
      const schedule =
        patch.timeText === undefined
          ? {}
          : { schedule: patch.timeText.trim() ? parseSchedule(patch.timeText) : null };
      return mapTask(tasks, action.key, (task) => ({ ...task, ...patch, ...schedule }));
    }
    case 'remove':
      return removeTask(tasks, action.key);
    case 'move':
      return moveTask(tasks, action.key, action.step);
    case 'add':
      return addTask(tasks, action.parentKey);
    case 'removeName':
      return mapTask(tasks, action.key, (task) => ({
        ...task,
        [action.role]: task[action.role].filter((name) => name !== action.name),
      }));
    case 'addName':
      return mapTask(tasks, action.key, (task) =>
        task[action.role].includes(action.name)
          ? task
          : { ...task, [action.role]: [...task[action.role], action.name] },
      );
  }
}
