import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import { buildQuery } from '../../lib/api-client.ts';
import type { DaysRowInput, ImportPreview, PayrollDays } from '../types.ts';
import { postFormData } from './post-form-data.ts';
import { PAYROLL_QUERY_KEY, usePayrollMutation } from './query-keys.ts';

export function usePayrollDays(unitId: string | undefined, month: string | undefined) {
  return useQuery({
    queryKey: [...PAYROLL_QUERY_KEY, 'days', unitId, month],
    queryFn: ({ signal }) =>
      apiRequest<PayrollDays>('/api/payroll/days', { query: { unitId, month }, signal }),
    enabled: Boolean(unitId && month),
  });
}

export function useSavePayrollDays() {
  return usePayrollMutation((input: { unitId: string; month: string; rows: DaysRowInput[] }) =>
    apiRequest<PayrollDays>('/api/payroll/days', { method: 'PUT', body: input }),
  );
}

export async function downloadDaysTemplate(unitId: string, month: string): Promise<void> {
  await downloadFile({
    path: '/api/payroll/days/template.xlsx',
    query: { unitId, month },
    fallbackName: `ngay-truc-ngay-huan-luyen-${month}.xlsx`,
  });
}

type Corrections = Record<number, Record<string, string>>;

function formOf(file: File, corrections: Corrections): FormData {
  const body = new FormData();
  body.append(
    'corrections',
    JSON.stringify(Object.entries(corrections).map(([row, cells]) => ({ row: Number(row), cells }))),
  );
  body.append('file', file, file.name);
  return body;
}

export function usePreviewDaysImport() {
  return useMutation({
    mutationFn: (input: { unitId: string; month: string; file: File; corrections: Corrections }) =>
      postFormData<ImportPreview>(
        `/api/payroll/days/import/preview${buildQuery({ unitId: input.unitId, month: input.month })}`,
        formOf(input.file, input.corrections),
      ),
  });
}

export function useCommitDaysImport() {
  return usePayrollMutation(
    (input: { unitId: string; month: string; file: File; corrections: Corrections }) =>
      postFormData<{ updated: number }>(
        `/api/payroll/days/import/commit${buildQuery({ unitId: input.unitId, month: input.month })}`,
        formOf(input.file, input.corrections),
      ),
  );
}
