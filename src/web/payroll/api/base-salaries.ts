import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import type { BaseSalaryRow } from '../types.ts';
import { PAYROLL_QUERY_KEY, useInvalidatePayroll } from './query-keys.ts';

export function useBaseSalaries() {
  return useQuery({
    queryKey: [...PAYROLL_QUERY_KEY, 'base-salaries'],
    queryFn: ({ signal }) =>
      apiRequest<{ items: BaseSalaryRow[] }>('/api/payroll/base-salaries', { signal }).then((r) => r.items),
  });
}

export interface BaseSalaryInput {
  from: string;
  to: string | null;
  amount: number;
  source: string;
}

export function useCreateBaseSalary() {
  const invalidate = useInvalidatePayroll();
  return useMutation({
    mutationFn: (input: BaseSalaryInput & { closePrevious?: boolean }) =>
      apiRequest<BaseSalaryRow>('/api/payroll/base-salaries', { method: 'POST', body: input }),
    onSettled: invalidate,
  });
}

export function useUpdateBaseSalary() {
  const invalidate = useInvalidatePayroll();
  return useMutation({
    mutationFn: ({ id, ...input }: Partial<BaseSalaryInput> & { id: string }) =>
      apiRequest<BaseSalaryRow>(`/api/payroll/base-salaries/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: input,
      }),
    onSettled: invalidate,
  });
}

export function useDeleteBaseSalary() {
  const invalidate = useInvalidatePayroll();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/api/payroll/base-salaries/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: invalidate,
  });
}

export async function exportBaseSalaries(): Promise<void> {
  await downloadFile({
    path: '/api/payroll/base-salaries/export.xlsx',
    query: {},
    fallbackName: 'muc-luong-co-so.xlsx',
  });
}
