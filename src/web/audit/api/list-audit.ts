import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { AuditListParams, AuditPage } from '../types.ts';

export async function listAudit(params: AuditListParams, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>('/api/audit', { query: { ...params }, signal });
}

export function useAudit(params: AuditListParams) {
  return useQuery({
    queryKey: ['audit', 'list', params],
    queryFn: ({ signal }) => listAudit(params, signal),
    placeholderData: keepPreviousData,
    // The log grows while one reads it; a fresh page each time is what people expect.
    staleTime: 0,
  });
}
