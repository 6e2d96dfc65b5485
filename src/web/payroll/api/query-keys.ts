import { useMutation, useQueryClient } from '@tanstack/react-query';

/** Every query of the feature starts with this key. */
export const PAYROLL_QUERY_KEY = ['payroll'] as const;

/**
 * A payroll change. Rates, days and payrolls feed each other (a new rate changes a draft's amounts), so once the
 * change settles (done or refused) every payroll query is refreshed.
 */
export function usePayrollMutation<TData, TVariables>(mutationFn: (variables: TVariables) => Promise<TData>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: PAYROLL_QUERY_KEY }),
  });
}
