import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Plan, PlanSummary, Task } from '../../../domain/plans/plan-api.schemas.ts';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** The plans the user can see, newest first, for the plan filter. */
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

function flatten(tasks: Task[]): Task[] {
  return tasks.flatMap((task) => [task, ...flatten(task.children)]);
}

/** The chosen plan's tasks, in document order, for the task filter. */
export function usePlanTaskOptions(planId: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'detail', planId ?? ''],
    queryFn: ({ signal }) => apiRequest<Plan>(`/api/plans/${encodeURIComponent(planId ?? '')}`, { signal }),
    enabled: Boolean(planId),
    select: (plan) => flatten(plan.tasks),
    staleTime: 5 * 60_000,
  });
}

/** Units to filter by; the server ignores case and diacritics ("dai tu" finds "Đại Từ"). */
export function useUnitOptions(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['units', 'pick', q],
    queryFn: async ({ signal }) =>
      (await apiRequest<{ items: Unit[] }>('/api/units', { query: { q, limit: 30 }, signal })).items,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
