import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Plan, PlanSummary, Task } from '../../../domain/plans/plan-api.schemas.ts';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** Units to choose; the server ignores case and diacritics ("dai tu" finds "Đại Từ"). */
export function useUnitOptions(q: string, enabled: boolean, kind?: string) {
  return useQuery({
    queryKey: ['units', 'pick', q, kind ?? ''],
    queryFn: async ({ signal }) =>
      (await apiRequest<{ items: Unit[] }>('/api/units', { query: { q, kind, limit: 30 }, signal })).items,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The plans the user can see, newest first. */
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

const flatten = (tasks: Task[]): Task[] => tasks.flatMap((task) => [task, ...flatten(task.children)]);

/** A plan's tasks in document order. */
export function usePlanTaskOptions(planId: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'detail', planId ?? ''],
    queryFn: ({ signal }) => apiRequest<Plan>(`/api/plans/${encodeURIComponent(planId ?? '')}`, { signal }),
    enabled: Boolean(planId),
    select: (plan) => flatten(plan.tasks),
    staleTime: 5 * 60_000,
  });
}
