import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewOutcome } from '../../../domain/legal/constants.ts';
import type {
  Campaign,
  CampaignUnit,
  CampaignUpdate,
  Finding,
  FindingInput,
  FindingUpdate,
} from '../../../domain/legal/reviews.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import type { CampaignPage, DocumentListParams, DocumentPage, FindingPage } from '../types.ts';

export const CAMPAIGNS_QUERY_KEY = ['review-campaigns'] as const;
const base = (id: string) => `/api/review-campaigns/${encodeURIComponent(id)}`;

export function useCampaigns(params: { state?: 'open' | 'closed'; limit: number; offset: number }) {
  return useQuery({
    queryKey: [...CAMPAIGNS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) => apiRequest<CampaignPage>('/api/review-campaigns', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: [...CAMPAIGNS_QUERY_KEY, id],
    queryFn: ({ signal }) => apiRequest<Campaign>(base(id), { signal }),
  });
}

export function useCampaignUnits(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...CAMPAIGNS_QUERY_KEY, id, 'units'],
    queryFn: ({ signal }) => apiRequest<{ items: CampaignUnit[] }>(`${base(id)}/units`, { signal }),
    select: (data) => data.items,
    enabled,
  });
}

export function useCampaignDocuments(id: string, params: DocumentListParams) {
  return useQuery({
    queryKey: [...CAMPAIGNS_QUERY_KEY, id, 'documents', params],
    queryFn: ({ signal }) =>
      apiRequest<DocumentPage>(`${base(id)}/documents`, { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useFindings(
  id: string,
  params: { unitId?: string; outcome?: ReviewOutcome; limit: number; offset: number },
) {
  return useQuery({
    queryKey: [...CAMPAIGNS_QUERY_KEY, id, 'findings', params],
    queryFn: ({ signal }) => apiRequest<FindingPage>(`${base(id)}/findings`, { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateCampaign(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...CAMPAIGNS_QUERY_KEY] }).then(() => id);
}

export function useCreateFinding(campaignId: string, unitId: string) {
  const invalidate = useInvalidateCampaign(campaignId);
  return useMutation({
    mutationFn: (input: FindingInput) =>
      apiRequest<Finding>(`${base(campaignId)}/units/${encodeURIComponent(unitId)}/findings`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: invalidate,
  });
}

export function useUpdateFinding(campaignId: string) {
  const invalidate = useInvalidateCampaign(campaignId);
  return useMutation({
    mutationFn: ({ id, ...input }: FindingUpdate & { id: string }) =>
      apiRequest<Finding>(`/api/review-findings/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: invalidate,
  });
}

export function useDeleteFinding(campaignId: string) {
  const invalidate = useInvalidateCampaign(campaignId);
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/api/review-findings/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

/** States that nothing needs a change (`note` given), or withdraws the statement (`null`). */
export function useNothingFound(campaignId: string, unitId: string) {
  const invalidate = useInvalidateCampaign(campaignId);
  return useMutation({
    mutationFn: (statement: { note?: string | null } | null) =>
      apiRequest<void>(`${base(campaignId)}/units/${encodeURIComponent(unitId)}/nothing-found`, {
        method: statement ? 'PUT' : 'DELETE',
        ...(statement ? { body: statement } : {}),
      }),
    onSuccess: invalidate,
  });
}

export function useUpdateCampaign(id: string) {
  const invalidate = useInvalidateCampaign(id);
  return useMutation({
    mutationFn: (input: CampaignUpdate) => apiRequest<Campaign>(base(id), { method: 'PATCH', body: input }),
    onSuccess: invalidate,
  });
}

export async function downloadReviewConsolidation(id: string, format: 'docx' | 'xlsx'): Promise<void> {
  await downloadFile({
    path: `${base(id)}/consolidation.${format}`,
    query: {},
    fallbackName: `tong-hop-ra-soat.${format}`,
  });
}
