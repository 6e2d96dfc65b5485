import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  BudgetSource,
  BudgetSummary,
  BudgetTaskSummary,
} from '../../../domain/budget/budget.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import { BUDGET_QUERY_KEY } from './budget-entries.ts';

export interface SummaryParams {
  fiscalYear: number;
  districtId?: string;
  source?: BudgetSource;
}

export function useBudgetSummary(params: SummaryParams) {
  return useQuery({
    queryKey: [...BUDGET_QUERY_KEY, 'summary', params],
    queryFn: ({ signal }) =>
      apiRequest<BudgetSummary>('/api/budget/summary', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export async function exportBudgetSummary(params: SummaryParams) {
  await downloadFile({
    path: '/api/budget/summary/export.xlsx',
    query: { ...params },
    fallbackName: `kinh-phi-tong-hop-${params.fiscalYear}.xlsx`,
  });
}

export function useBudgetTask(taskId: string | undefined) {
  return useQuery({
    queryKey: [...BUDGET_QUERY_KEY, 'task', taskId ?? ''],
    queryFn: ({ signal }) =>
      apiRequest<BudgetTaskSummary>(`/api/budget/tasks/${encodeURIComponent(taskId ?? '')}`, { signal }),
    enabled: Boolean(taskId),
  });
}
