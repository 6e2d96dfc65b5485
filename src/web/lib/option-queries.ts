import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UnitKind } from '../../domain/org/constants.ts';
import type { Unit } from '../../domain/org/org.schemas.ts';
import type { Plan, PlanSummary } from '../../domain/plans/plan-api.schemas.ts';
import { apiRequest, type QueryParams } from './api-client.ts';

/** Options of the pickers several features share: units, plans and a plan's tasks. */

export type UnitChoice = Pick<Unit, 'id' | 'code' | 'name'> & { kind?: UnitKind };

/** Where a unit picker asks: every unit by default; a feature may narrow it (its own endpoint, more query). */
export interface UnitSource {
  url: string;
  query?: QueryParams;
}

const ALL_UNITS: UnitSource = { url: '/api/units', query: { limit: 30 } };

/** Units to choose; the server ignores case and diacritics ("dai tu" finds "Đại Từ"). */
export function useUnitOptions(q: string, enabled: boolean, kind?: UnitKind, source: UnitSource = ALL_UNITS) {
  return useQuery({
    queryKey: ['units', 'pick', source.url, source.query ?? {}, q, kind ?? ''],
    queryFn: async ({ signal }) =>
      (
        await apiRequest<{ items: UnitChoice[] }>(source.url, {
          query: { ...source.query, q, kind },
          signal,
        })
      ).items,
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

export interface TaskOption {
  id: string;
  code: string;
  title: string;
  /** 0 for a top-level task, 1 for its sub-tasks …: for indenting the option. */
  depth: number;
}

function flatten(tasks: Plan['tasks'], depth = 0): TaskOption[] {
  return tasks.flatMap((task) => [
    { id: task.id, code: task.code, title: task.title, depth },
    ...flatten(task.children, depth + 1),
  ]);
}

/** A plan's tasks in document order (none until a plan is chosen). */
export function usePlanTaskOptions(planId: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'detail', planId ?? ''],
    queryFn: ({ signal }) => apiRequest<Plan>(`/api/plans/${encodeURIComponent(planId ?? '')}`, { signal }),
    enabled: Boolean(planId),
    select: (plan) => flatten(plan.tasks),
    staleTime: 5 * 60_000,
  });
}
