import { useQuery } from '@tanstack/react-query';
import type { UnitDetail } from '../../../domain/org/org.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

export async function getUnit(unitId: string, signal?: AbortSignal): Promise<UnitDetail> {
  return apiRequest<UnitDetail>(`/api/units/${encodeURIComponent(unitId)}`, { signal });
}

export function useUnit(unitId: string | undefined) {
  return useQuery({
    queryKey: ['units', 'detail', unitId],
    queryFn: ({ signal }) => getUnit(unitId ?? '', signal),
    enabled: Boolean(unitId),
    staleTime: 5 * 60_000,
  });
}
