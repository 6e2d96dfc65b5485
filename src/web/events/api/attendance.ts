import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttendanceList, AttendanceSetInput, MemberOption } from '../../../domain/events/attendance.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import { EVENTS_QUERY_KEY } from './list-events.ts';

const attendanceKey = (eventId: string) => [...EVENTS_QUERY_KEY, eventId, 'attendance'] as const;
const path = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;

/** The members on a course's list, with their result and certificate number. */
export function useAttendance(eventId: string) {
  return useQuery({
    queryKey: attendanceKey(eventId),
    queryFn: ({ signal }) => apiRequest<AttendanceList>(`${path(eventId)}/attendance`, { signal }),
  });
}

/** Members of the register the organiser may add, searched on the server (diacritics ignored). */
export function useMemberOptions(eventId: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...attendanceKey(eventId), 'options', q],
    queryFn: ({ signal }) =>
      apiRequest<{ items: MemberOption[] }>(`${path(eventId)}/member-options`, {
        query: { q: q || undefined, limit: 20 },
        signal,
      }),
    select: (data) => data.items,
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Adds members or changes results and certificates: all rows or none. */
export function useSetAttendance(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AttendanceSetInput) =>
      apiRequest<AttendanceList>(`${path(eventId)}/attendance`, { method: 'PUT', body: input }),
    onSuccess: (list) => {
      queryClient.setQueryData(attendanceKey(eventId), list);
      return queryClient.invalidateQueries({ queryKey: [...attendanceKey(eventId), 'options'] });
    },
  });
}

export function useRemoveAttendance(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) =>
      apiRequest<void>(`${path(eventId)}/attendance/${encodeURIComponent(memberId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attendanceKey(eventId) }),
  });
}

export async function exportAttendance(eventId: string) {
  await downloadFile({
    path: `${path(eventId)}/attendance/export.xlsx`,
    query: {},
    fallbackName: 'danh-sach-hoc-vien.xlsx',
  });
}
