import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification, NotificationPage } from '../../../domain/notifications/notifications.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;

/** How often the bell asks for news while the page is open (and again whenever the window gets focus). */
export const BELL_POLL_MS = 60_000;
/** How many of the latest notifications the bell lists. */
export const BELL_SIZE = 8;

export interface NotificationListParams {
  limit: number;
  offset: number;
  unreadOnly?: boolean;
}

export async function listNotifications(
  params: NotificationListParams,
  signal?: AbortSignal,
): Promise<NotificationPage> {
  return apiRequest<NotificationPage>('/api/notifications', {
    query: { limit: params.limit, offset: params.offset, unreadOnly: params.unreadOnly ? 'true' : undefined },
    signal,
  });
}

/** The bell: the latest notifications and the unread count, polled, and refreshed when the window gets focus. */
export function useBell() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'bell'],
    queryFn: ({ signal }) => listNotifications({ limit: BELL_SIZE, offset: 0 }, signal),
    refetchInterval: BELL_POLL_MS,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
}

export function useNotifications(params: NotificationListParams) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) => listNotifications(params, signal),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: 'always',
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<Notification>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<{ updated: number }>('/api/notifications/read-all', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}
