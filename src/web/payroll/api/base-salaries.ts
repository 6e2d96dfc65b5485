import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import type { BaseSalaryRow } from '../types.ts';
import { PAYROLL_QUERY_KEY, usePayrollMutation } from './query-keys.ts';

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
  return usePayrollMutation((input: BaseSalaryInput & { closePrevious?: boolean }) =>
    apiRequest<BaseSalaryRow>('/api/payroll/base-salaries', { method: 'POST', body: input }),
  );
}

export function useUpdateBaseSalary() {
  return usePayrollMutation(({ id, ...input }: Partial<BaseSalaryInput> & { id: string }) =>
    apiRequest<BaseSalaryRow>(`/api/payroll/base-salaries/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: input,
    }),
  );
}

export function useDeleteBaseSalary() {
  return usePayrollMutation((id: string) =>
    apiRequest<void>(`/api/payroll/base-salaries/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  );
}

export async function exportBaseSalaries(): Promise<void> {
  await downloadFile({
    path: '/api/payroll/base-salaries/export.xlsx',
    query: {},
    fallbackName: 'muc-luong-co-so.xlsx',
  });
}
