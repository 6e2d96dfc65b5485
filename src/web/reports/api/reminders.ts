import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OutboxItem,
  OutboxListQuery,
  ReminderCreate,
  ReminderResult,
} from '../../../domain/notifications/notifications.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { REPORTS_QUERY_KEY } from './list-periods.ts';

const OUTBOX_QUERY_KEY = [...REPORTS_QUERY_KEY, 'outbox'] as const;

/** A reminder by hand (đôn đốc): one unit, or every late unit of the plan when no unit is given. */
export function useSendReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReminderCreate) =>
      apiRequest<ReminderResult>('/api/reminders', { method: 'POST', body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: OUTBOX_QUERY_KEY }),
  });
}

export type OutboxParams = Partial<Pick<OutboxListQuery, 'status' | 'channel'>> & {
  limit: number;
  offset: number;
};

export function useOutbox(params: OutboxParams) {
  return useQuery({
    queryKey: [...OUTBOX_QUERY_KEY, params],
    queryFn: ({ signal }) =>
      apiRequest<{ items: OutboxItem[]; total: number }>('/api/outbox', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}
