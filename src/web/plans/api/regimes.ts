import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Regime, RegimeInput, RegimeUpdate } from '../../../domain/plans/regimes.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import { PLANS_QUERY_KEY } from './list-plans.ts';

export const regimesQueryKey = (planId: string) => [...PLANS_QUERY_KEY, 'regimes', planId] as const;
const planPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/regimes`;
const regimePath = (id: string) => `/api/regimes/${encodeURIComponent(id)}`;

export function useRegimes(planId: string) {
  return useQuery({
    queryKey: regimesQueryKey(planId),
    queryFn: ({ signal }) => apiRequest<{ items: Regime[] }>(planPath(planId), { signal }),
    select: (data) => data.items,
  });
}

/** Create (no id) or change (id and version) a regime; the plan's list reloads either way. */
export function useSaveRegime(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: (RegimeInput & { id?: undefined }) | (RegimeUpdate & { id: string })) =>
      input.id === undefined
        ? apiRequest<Regime>(planPath(planId), { method: 'POST', body: input })
        : apiRequest<Regime>(regimePath(input.id), {
            method: 'PATCH',
            body: { ...input, id: undefined },
          }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: regimesQueryKey(planId) }),
  });
}

export function useDeleteRegime(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (regime: Pick<Regime, 'id' | 'version'>) =>
      apiRequest<void>(regimePath(regime.id), { method: 'DELETE', query: { version: regime.version } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: regimesQueryKey(planId) }),
  });
}

export async function exportRegimes(planId: string): Promise<void> {
  await downloadFile({ path: `${planPath(planId)}.xlsx`, query: {}, fallbackName: 'che-do-bao-cao.xlsx' });
}
