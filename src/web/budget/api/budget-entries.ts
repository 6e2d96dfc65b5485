import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BudgetEntry,
  BudgetEntryInput,
  BudgetEntrySaved,
  BudgetSort,
} from '../../../domain/budget/budget.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import type { BudgetFilters, BudgetListParams, BudgetPage, SortOrder } from '../types.ts';

export const BUDGET_QUERY_KEY = ['budget'] as const;

export function useBudgetEntries(params: BudgetListParams) {
  return useQuery({
    queryKey: [...BUDGET_QUERY_KEY, 'entries', params],
    queryFn: ({ signal }) => apiRequest<BudgetPage>('/api/budget/entries', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBudgetEntry(id: string | undefined) {
  return useQuery({
    queryKey: [...BUDGET_QUERY_KEY, 'entry', id ?? ''],
    queryFn: ({ signal }) =>
      apiRequest<BudgetEntry>(`/api/budget/entries/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useSaveBudgetEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: BudgetEntryInput }) =>
      id
        ? apiRequest<BudgetEntrySaved>(`/api/budget/entries/${encodeURIComponent(id)}`, {
            method: 'PUT',
            body: { ...input, version },
          })
        : apiRequest<BudgetEntrySaved>('/api/budget/entries', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BUDGET_QUERY_KEY }),
  });
}

export function useDeleteBudgetEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiRequest<void>(`/api/budget/entries/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        query: { version },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BUDGET_QUERY_KEY }),
  });
}

export async function exportBudgetEntries(filters: BudgetFilters & { sort: BudgetSort; order: SortOrder }) {
  await downloadFile({
    path: '/api/budget/entries/export.xlsx',
    query: { ...filters },
    fallbackName: 'kinh-phi.xlsx',
  });
}
