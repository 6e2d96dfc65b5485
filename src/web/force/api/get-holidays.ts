import { useQuery } from '@tanstack/react-query';
import type { HolidayYear } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { FORCE_QUERY_KEY } from './query-keys.ts';

export function useHolidays(year: number) {
  return useQuery({
    queryKey: [...FORCE_QUERY_KEY, 'holidays', year],
    queryFn: ({ signal }) => apiRequest<HolidayYear>(`/api/force/holidays/${year}`, { signal }),
  });
}
