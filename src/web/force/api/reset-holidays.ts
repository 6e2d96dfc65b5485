import { useMutation } from '@tanstack/react-query';
import type { HolidayYear } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

/** Drops a year's edited table: the Labour Code defaults apply again. */
export async function resetHolidays(year: number): Promise<HolidayYear> {
  return apiRequest<HolidayYear>(`/api/force/holidays/${year}`, { method: 'DELETE' });
}

export function useResetHolidays() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: resetHolidays, onSettled: invalidate });
}
