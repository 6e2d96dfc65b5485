import { useQuery } from '@tanstack/react-query';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import type { PayrollSettings, RateAssignment, RateSet, RateSetInput, StoredRateSet } from '../types.ts';
import { PAYROLL_QUERY_KEY, usePayrollMutation } from './query-keys.ts';

const KEY = [...PAYROLL_QUERY_KEY, 'rates'] as const;

/** The province the rate sets belong to (Thái Nguyên for this deployment): the first province in the tree. */
export function useProvince() {
  return useQuery({
    queryKey: ['units', 'province'],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Unit[] }>('/api/units', { query: { kind: 'province', limit: 5 }, signal }).then(
        (r) => r.items[0] ?? null,
      ),
    staleTime: 10 * 60_000,
  });
}

export function useRateSets(provinceId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'sets', provinceId],
    queryFn: ({ signal }) =>
      apiRequest<{ items: StoredRateSet[] }>('/api/payroll/rate-sets', {
        query: { provinceId },
        signal,
      }).then((r) => r.items),
  });
}

export function useRateSet(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'set', id],
    queryFn: ({ signal }) =>
      apiRequest<StoredRateSet>(`/api/payroll/rate-sets/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useRateSetExamples() {
  return useQuery({
    queryKey: [...KEY, 'examples'],
    queryFn: ({ signal }) =>
      apiRequest<{ items: RateSet[] }>('/api/payroll/rate-set-examples', { signal }).then((r) => r.items),
    staleTime: 10 * 60_000,
  });
}

export function useCreateRateSet() {
  return usePayrollMutation((input: { provinceId: string } & (RateSetInput | { fromExample: string })) =>
    apiRequest<StoredRateSet>('/api/payroll/rate-sets', { method: 'POST', body: input }),
  );
}

export function useUpdateRateSet() {
  return usePayrollMutation(({ id, ...input }: RateSetInput & { id: string; version: number }) =>
    apiRequest<StoredRateSet>(`/api/payroll/rate-sets/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: input,
    }),
  );
}

export function useDeleteRateSet() {
  return usePayrollMutation((id: string) =>
    apiRequest<void>(`/api/payroll/rate-sets/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  );
}

export function useRateAssignments(provinceId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'assignments', provinceId],
    queryFn: ({ signal }) =>
      apiRequest<{ items: RateAssignment[] }>('/api/payroll/rate-assignments', {
        query: { provinceId },
        signal,
      }).then((r) => r.items),
    enabled: Boolean(provinceId),
  });
}

export function useCreateRateAssignment() {
  return usePayrollMutation(
    (input: { provinceId: string; rateSetId: string; from: string; to: string | null }) =>
      apiRequest<RateAssignment>('/api/payroll/rate-assignments', { method: 'POST', body: input }),
  );
}

export function useDeleteRateAssignment() {
  return usePayrollMutation((id: string) =>
    apiRequest<void>(`/api/payroll/rate-assignments/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  );
}

export function usePayrollSettings(provinceId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'settings', provinceId],
    queryFn: ({ signal }) =>
      apiRequest<PayrollSettings>(`/api/payroll/settings/${encodeURIComponent(provinceId ?? '')}`, {
        signal,
      }),
    enabled: Boolean(provinceId),
  });
}

export function useUpdatePayrollSettings() {
  return usePayrollMutation(
    ({ provinceId, ...input }: Pick<PayrollSettings, 'provinceId' | 'approver' | 'roundingRule'>) =>
      apiRequest<PayrollSettings>(`/api/payroll/settings/${encodeURIComponent(provinceId)}`, {
        method: 'PUT',
        body: input,
      }),
  );
}

export async function exportRateSets(provinceId: string | undefined): Promise<void> {
  await downloadFile({
    path: '/api/payroll/rate-sets/export.xlsx',
    query: { provinceId },
    fallbackName: 'bo-muc-ho-tro.xlsx',
  });
}
