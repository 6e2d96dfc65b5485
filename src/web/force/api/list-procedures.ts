import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProcedureListQuery } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import type { ProcedurePage } from '../types.ts';
import { FORCE_QUERY_KEY } from './query-keys.ts';

export type ProcedureFilters = Partial<Pick<ProcedureListQuery, 'unitId' | 'kind' | 'status'>> & {
  lateOnly?: boolean;
};
export type ProcedureListParams = ProcedureFilters & { limit: number; offset: number };

export function procedureQuery({ lateOnly, ...rest }: ProcedureFilters & Partial<ProcedureListParams>) {
  return { ...rest, lateOnly: lateOnly ? 'true' : undefined };
}

export async function listProcedures(params: ProcedureListParams, signal?: AbortSignal) {
  return apiRequest<ProcedurePage>('/api/procedures', { query: procedureQuery(params), signal });
}

export function useProcedures(params: ProcedureListParams) {
  return useQuery({
    queryKey: [...FORCE_QUERY_KEY, 'procedures', params],
    queryFn: ({ signal }) => listProcedures(params, signal),
    placeholderData: keepPreviousData,
  });
}
