import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { Notification } from '../../../domain/notifications/notifications.schemas.ts';
import { useMarkRead } from '../api/notifications.ts';

/** Opening a notification marks it read and goes to what it is about (a report, a plan). */
export function useOpenNotification(afterOpen?: () => void) {
  const navigate = useNavigate();
  const markRead = useMarkRead();
  return useCallback(
    (notification: Notification) => {
      if (notification.readAt === null) markRead.mutate(notification.id);
      afterOpen?.();
      // Links are paths of this app; anything else is not followed.
      if (notification.link?.startsWith('/')) void navigate(notification.link);
    },
    [afterOpen, markRead, navigate],
  );
}
