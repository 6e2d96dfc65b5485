import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IndicatorSource } from '../../../domain/events/constants.ts';
import type { Indicator } from '../../../domain/reports/reports.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

const key = (taskId: string) => ['indicator-sources', taskId] as const;
const taskPath = (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}`;

/** A task's indicators with the source each is filled from (none: typed by hand). */
export function useTaskIndicatorSources(taskId: string | undefined) {
  return useQuery({
    queryKey: key(taskId ?? ''),
    queryFn: async ({ signal }) => {
      const id = taskId ?? '';
      const [indicators, sources] = await Promise.all([
        apiRequest<{ items: Indicator[] }>(`${taskPath(id)}/indicators`, { signal }),
        apiRequest<{ items: { indicatorId: string; source: IndicatorSource }[] }>(
          `${taskPath(id)}/indicator-sources`,
          { signal },
        ),
      ]);
      const sourceOf = new Map(sources.items.map((item) => [item.indicatorId, item.source]));
      return indicators.items.map((indicator) => ({
        ...indicator,
        source: sourceOf.get(indicator.id) ?? null,
      }));
    },
    enabled: taskId !== undefined,
  });
}

export function useSetIndicatorSource(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { indicatorId: string; source: IndicatorSource | null }) =>
      apiRequest<{ indicatorId: string; source: IndicatorSource | null }>(
        `/api/indicators/${encodeURIComponent(input.indicatorId)}/source`,
        { method: 'PUT', body: { source: input.source } },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(taskId) }),
  });
}
