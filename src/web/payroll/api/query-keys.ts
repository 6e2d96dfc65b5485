import { useQueryClient } from '@tanstack/react-query';

/** Every query of the feature starts with this key. */
export const PAYROLL_QUERY_KEY = ['payroll'] as const;

/** Rates, days and payrolls feed each other (a new rate changes a draft's amounts): a change refreshes them all. */
export function useInvalidatePayroll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: PAYROLL_QUERY_KEY });
}
