import { useState } from 'react';
import { Alert, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import {
  OUTBOX_CHANNEL_LABELS,
  OUTBOX_CHANNELS,
  OUTBOX_STATUS_LABELS,
  OUTBOX_STATUSES,
  type OutboxChannel,
  type OutboxStatus,
} from '../../../domain/notifications/constants.ts';
import type { OutboxItem } from '../../../domain/notifications/notifications.schemas.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useOutbox } from '../api/reminders.ts';
import { reminderText } from '../messages.ts';
import { serverPagination } from '../../components/server-pagination.ts';

const STATUS_COLORS: Record<OutboxStatus, string> = {
  pending: 'processing',
  sent: 'success',
  failed: 'error',
};

/** What reminders went to whom, and whether they arrived: every message passes through the outbox. */
export function OutboxTable() {
  const t = useT();
  const [status, setStatus] = useState<OutboxStatus | undefined>();
  const [channel, setChannel] = useState<OutboxChannel | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const outboxQuery = useOutbox({ status, channel, limit: pageSize, offset: (page - 1) * pageSize });

  const columns: TableColumnsType<OutboxItem> = [
    {
      title: t(reminderText.createdAt),
      dataIndex: 'createdAt',
      width: 150,
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t(reminderText.recipient),
      key: 'recipient',
      width: 260,
      render: (_value, item) => (
        <Flex vertical>
          <span>{item.recipient.displayName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.recipient.unit.name}
            {item.toAddress ? ` · ${item.toAddress}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t(reminderText.channel),
      dataIndex: 'channel',
      width: 140,
      render: (value: OutboxChannel) => t(OUTBOX_CHANNEL_LABELS[value]),
    },
    { title: t(reminderText.subject), dataIndex: 'subject' },
    {
      title: t(reminderText.status),
      key: 'status',
      width: 220,
      render: (_value, item) => (
        <Flex vertical gap={2}>
          <span>
            <Tag color={STATUS_COLORS[item.status]}>{t(OUTBOX_STATUS_LABELS[item.status])}</Tag>
            {item.attempts > 1 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(reminderText.attempts, { count: item.attempts })}
              </Typography.Text>
            ) : null}
          </span>
          {item.sentAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(item.sentAt)}
            </Typography.Text>
          ) : null}
          {item.lastError && item.status !== 'sent' ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {item.lastError}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select<OutboxStatus>
          allowClear
          aria-label={t(reminderText.status)}
          placeholder={t(reminderText.status)}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          options={OUTBOX_STATUSES.map((value) => ({ value, label: t(OUTBOX_STATUS_LABELS[value]) }))}
          style={{ width: 220 }}
        />
        <Select<OutboxChannel>
          allowClear
          aria-label={t(reminderText.channel)}
          placeholder={t(reminderText.channel)}
          value={channel}
          onChange={(value) => {
            setChannel(value);
            setPage(1);
          }}
          options={OUTBOX_CHANNELS.map((value) => ({ value, label: t(OUTBOX_CHANNEL_LABELS[value]) }))}
          style={{ width: 200 }}
        />
      </Flex>
      {outboxQuery.isError ? (
        <Alert type="error" showIcon title={outboxQuery.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<OutboxItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={outboxQuery.data?.items ?? []}
        loading={outboxQuery.isFetching}
        locale={{ emptyText: t(reminderText.empty) }}
        expandable={{
          expandedRowRender: (item) => <div style={{ whiteSpace: 'pre-wrap' }}>{item.body}</div>,
        }}
        pagination={serverPagination(t, {
          page,
          pageSize,
          total: outboxQuery.data?.total ?? 0,
          onChange: (next, size) => {
            setPage(size === pageSize ? next : 1);
            setPageSize(size);
          },
        })}
      />
    </>
  );
}
