import { useQueryClient } from '@tanstack/react-query';

/** Every query of the feature starts with this key. */
export const FORCE_QUERY_KEY = ['force'] as const;

/**
 * Villages, teams, members, procedures and the overview show each other's figures (members in post, gaps,
 * leaders), so a change anywhere refreshes the whole feature.
 */
export function useInvalidateForce() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: FORCE_QUERY_KEY });
}
