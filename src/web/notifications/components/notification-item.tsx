import { Badge, Flex, Typography } from 'antd';
import type { Notification } from '../../../domain/notifications/notifications.schemas.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { notificationsText } from '../messages.ts';

interface NotificationItemProps {
  notification: Notification;
  /** Lines of the body shown before it is cut (the bell shows two, the page all). */
  bodyRows?: number;
  onOpen: (notification: Notification) => void;
}

/** One notification: its title (bold while unread), its text, and when it came; a click opens what it is about. */
export function NotificationItem({ notification, bodyRows, onOpen }: NotificationItemProps) {
  const t = useT();
  const isUnread = notification.readAt === null;
  return (
    <button
      type="button"
      className={`notification-item${isUnread ? ' notification-item--unread' : ''}`}
      onClick={() => onOpen(notification)}
    >
      <Flex gap={10} align="flex-start">
        <Badge
          status={isUnread ? 'processing' : 'default'}
          aria-label={isUnread ? t(notificationsText.unread) : undefined}
          style={{ marginTop: 6 }}
        />
        <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong={isUnread}>{notification.title}</Typography.Text>
          <Typography.Paragraph
            type="secondary"
            ellipsis={bodyRows ? { rows: bodyRows } : false}
            style={{ margin: 0, fontSize: 13, whiteSpace: bodyRows ? undefined : 'pre-wrap' }}
          >
            {notification.body}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(notification.createdAt).slice(0, 16)}
          </Typography.Text>
        </Flex>
      </Flex>
    </button>
  );
}
