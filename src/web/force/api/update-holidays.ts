import { useMutation } from '@tanstack/react-query';
import type { HolidayYear } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

/** Replaces a year's holiday table; deadlines of open procedures are counted again from it. */
export async function updateHolidays(input: {
  year: number;
  items: { date: string; name: string }[];
}): Promise<HolidayYear> {
  return apiRequest<HolidayYear>(`/api/force/holidays/${input.year}`, {
    method: 'PUT',
    body: { items: input.items },
  });
}

export function useUpdateHolidays() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: updateHolidays, onSettled: invalidate });
}
