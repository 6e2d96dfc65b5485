import { useState } from 'react';
import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Flex, Popover, Spin, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useBell, useMarkAllRead } from '../api/notifications.ts';
import { notificationsText } from '../messages.ts';
import { NotificationItem } from './notification-item.tsx';
import { useOpenNotification } from './use-open-notification.ts';
import '../notifications.css';

/** The header's bell: the unread count, and the latest notifications in a popover. */
export function NotificationBell() {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [isOpen, setIsOpen] = useState(false);
  const bell = useBell();
  const markAll = useMarkAllRead();
  const open = useOpenNotification(() => setIsOpen(false));
  const unread = bell.data?.unread ?? 0;
  const items = bell.data?.items ?? [];

  const handleMarkAll = () =>
    markAll.mutate(undefined, {
      onSuccess: ({ updated }) =>
        message.success(t(notificationsText.markedAllRead, { count: formatNumber(updated) })),
      onError: (error) => handleApiError(error),
    });

  const content = (
    <div className="notification-bell__panel">
      <Flex justify="space-between" align="center" gap={12} className="notification-bell__head">
        <Typography.Text strong>{t(notificationsText.latest)}</Typography.Text>
        <Button
          type="link"
          size="small"
          icon={<CheckOutlined />}
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={handleMarkAll}
        >
          {t(notificationsText.markAllRead)}
        </Button>
      </Flex>
      <div className="notification-bell__list">
        {bell.isPending ? (
          <Flex justify="center" style={{ padding: 24 }}>
            <Spin />
          </Flex>
        ) : bell.isError ? (
          <Typography.Paragraph type="danger" style={{ padding: 16, margin: 0 }}>
            {t(notificationsText.loadFailed)}
          </Typography.Paragraph>
        ) : items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(notificationsText.none)} />
        ) : (
          items.map((item) => (
            <NotificationItem key={item.id} notification={item} bodyRows={2} onOpen={open} />
          ))
        )}
      </div>
      <div className="notification-bell__foot">
        <Link to="/notifications" onClick={() => setIsOpen(false)}>
          {t(notificationsText.viewAll)}
        </Link>
      </div>
    </div>
  );

  const label =
    unread > 0 ? t(notificationsText.bellUnread, { count: formatNumber(unread) }) : t(notificationsText.bell);
  return (
    <Popover
      content={content}
      trigger="click"
      placement="bottomRight"
      open={isOpen}
      onOpenChange={setIsOpen}
      arrow={false}
      styles={{ container: { padding: 0 } }}
    >
      <Tooltip title={isOpen ? undefined : label}>
        <Badge count={unread} overflowCount={99} size="small" offset={[-4, 4]}>
          <Button
            type="text"
            shape="circle"
            aria-label={label}
            icon={<BellOutlined style={{ fontSize: 18 }} />}
          />
        </Badge>
      </Tooltip>
    </Popover>
  );
}
