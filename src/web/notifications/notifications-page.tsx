import { useState } from 'react';
import { CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Empty, Flex, Pagination, Skeleton, Typography } from 'antd';
import { PageHeader } from '../components/page-header.tsx';
import { serverPagination } from '../components/server-pagination.ts';
import { formatNumber } from '../lib/format.ts';
import { useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { useMarkAllRead, useNotifications } from './api/notifications.ts';
import { NotificationItem } from './components/notification-item.tsx';
import { useOpenNotification } from './components/use-open-notification.ts';
import { notificationsText } from './messages.ts';
import './notifications.css';

/** Every notification of the signed-in user, newest first, a page at a time. */
export function NotificationsPage() {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = useNotifications({
    unreadOnly,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });
  const markAll = useMarkAllRead();
  const open = useOpenNotification();
  const unread = query.data?.unread ?? 0;

  const handleMarkAll = () =>
    markAll.mutate(undefined, {
      onSuccess: ({ updated }) =>
        message.success(t(notificationsText.markedAllRead, { count: formatNumber(updated) })),
      onError: (error) => handleApiError(error),
    });

  return (
    <>
      <PageHeader
        title={t(notificationsText.title)}
        description={t(notificationsText.description)}
        extra={
          <Button
            icon={<CheckOutlined />}
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={handleMarkAll}
          >
            {t(notificationsText.markAllRead)}
          </Button>
        }
      />
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Checkbox
            checked={unreadOnly}
            onChange={(event) => {
              setUnreadOnly(event.target.checked);
              setPaging((previous) => ({ ...previous, page: 1 }));
            }}
          >
            {t(notificationsText.unreadOnly)}
          </Checkbox>
          <Typography.Text type="secondary">
            {t(notificationsText.unreadCount, { count: formatNumber(unread) })}
          </Typography.Text>
        </Flex>
        {query.isError ? (
          <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        {query.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (query.data?.items.length ?? 0) === 0 ? (
          <Empty description={t(unreadOnly ? notificationsText.noneUnread : notificationsText.none)} />
        ) : (
          <div className="notifications-page__list" aria-busy={query.isFetching}>
            {query.data?.items.map((item) => (
              <NotificationItem key={item.id} notification={item} onOpen={open} />
            ))}
          </div>
        )}
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Pagination
            {...serverPagination(t, {
              page: paging.page,
              pageSize: paging.pageSize,
              total: query.data?.total ?? 0,
              pageSizeOptions: [10, 20, 50, 100],
              onChange: (page, pageSize) =>
                setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
            })}
          />
        </Flex>
      </Card>
    </>
  );
}

export default NotificationsPage;
