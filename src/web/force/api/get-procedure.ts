import { useQuery } from '@tanstack/react-query';
import type { Procedure } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { FORCE_QUERY_KEY } from './query-keys.ts';

export async function getProcedure(id: string, signal?: AbortSignal): Promise<Procedure> {
  return apiRequest<Procedure>(`/api/procedures/${encodeURIComponent(id)}`, { signal });
}

export function useProcedure(id: string) {
  return useQuery({
    queryKey: [...FORCE_QUERY_KEY, 'procedure', id],
    queryFn: ({ signal }) => getProcedure(id, signal),
  });
}
