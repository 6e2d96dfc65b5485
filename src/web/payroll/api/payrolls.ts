import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import type {
  Page,
  PayrollComputeMonthResult,
  PayrollDetail,
  PayrollFilters,
  PayrollMonthSummary,
  PayrollSummary,
} from '../types.ts';
import { PAYROLL_QUERY_KEY, usePayrollMutation } from './query-keys.ts';

const KEY = [...PAYROLL_QUERY_KEY, 'payrolls'] as const;

export type PayrollListParams = PayrollFilters & { limit: number; offset: number };

export function usePayrolls(params: PayrollListParams) {
  return useQuery({
    queryKey: [...KEY, 'list', params],
    queryFn: ({ signal }) =>
      apiRequest<Page<PayrollSummary>>('/api/payrolls', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export async function exportPayrolls(filters: PayrollFilters): Promise<void> {
  await downloadFile({
    path: '/api/payrolls/export.xlsx',
    query: { ...filters },
    fallbackName: 'bang-chi-ho-tro.xlsx',
  });
}

export function usePayroll(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) =>
      apiRequest<PayrollDetail>(`/api/payrolls/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useComputePayroll() {
  return usePayrollMutation((input: { unitId: string; month: string }) =>
    apiRequest<PayrollDetail>('/api/payrolls/compute', { method: 'POST', body: input }),
  );
}

export type PayrollAction = 'submit' | 'approve' | 'return' | 'pay';

export function usePayrollAction() {
  return usePayrollMutation(
    ({ id, action, body }: { id: string; action: PayrollAction; body?: Record<string, unknown> }) =>
      apiRequest<PayrollDetail>(`/api/payrolls/${encodeURIComponent(id)}/${action}`, {
        method: 'POST',
        body: body ?? {},
      }),
  );
}

export async function downloadPayrollXlsx(payroll: PayrollSummary): Promise<void> {
  await downloadFile({
    path: `/api/payrolls/${encodeURIComponent(payroll.id)}/export.xlsx`,
    query: {},
    fallbackName: `bang-chi-ho-tro-${payroll.month}.xlsx`,
  });
}

export async function downloadPayrollCover(payroll: PayrollSummary): Promise<void> {
  await downloadFile({
    path: `/api/payrolls/${encodeURIComponent(payroll.id)}/cover.docx`,
    query: {},
    fallbackName: `to-trinh-chi-ho-tro-${payroll.month}.docx`,
  });
}

/** Drafts of every commune in the user's scope for the month (submitted and approved ones are left). */
export function useComputeMonth() {
  return usePayrollMutation((input: { month: string }) =>
    apiRequest<PayrollComputeMonthResult>('/api/payrolls/compute-month', { method: 'POST', body: input }),
  );
}

export function useMonthSummary(month: string | undefined, unitId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'summary', month, unitId],
    queryFn: ({ signal }) =>
      apiRequest<PayrollMonthSummary>('/api/payrolls/summary', { query: { month, unitId }, signal }),
    enabled: Boolean(month),
    placeholderData: keepPreviousData,
  });
}

export async function exportMonthSummary(month: string, unitId: string | undefined): Promise<void> {
  await downloadFile({
    path: '/api/payrolls/summary.xlsx',
    query: { month, unitId },
    fallbackName: `tong-hop-chi-ho-tro-${month}.xlsx`,
  });
}
