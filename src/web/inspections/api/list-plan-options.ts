import { useQuery } from '@tanstack/react-query';
import type { Plan, PlanSummary } from '../../../domain/plans/plan-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** The plans the user can see, newest first: an inspection checks one of them. */
export function usePlanOptions() {
  return useQuery({
    queryKey: ['plans', 'options'],
    queryFn: async ({ signal }) =>
      (
        await apiRequest<{ items: PlanSummary[] }>('/api/plans', {
          query: { limit: 500, sort: 'date', order: 'desc' },
          signal,
        })
      ).items,
    staleTime: 5 * 60_000,
  });
}

export interface TaskOption {
  id: string;
  code: string;
  title: string;
  depth: number;
}

function flatten(tasks: Plan['tasks'], depth = 0): TaskOption[] {
  return tasks.flatMap((task) => [
    { id: task.id, code: task.code, title: task.title, depth },
    ...flatten(task.children, depth + 1),
  ]);
}

/** The chosen plan's tasks in document order, for the optional task of an inspection. */
export function usePlanTaskOptions(planId: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'task-options', planId],
    queryFn: async ({ signal }) =>
      flatten((await apiRequest<Plan>(`/api/plans/${encodeURIComponent(planId ?? '')}`, { signal })).tasks),
    enabled: Boolean(planId),
    staleTime: 5 * 60_000,
  });
}
