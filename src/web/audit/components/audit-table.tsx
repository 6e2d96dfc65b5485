import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { AuditEntry } from '../../../domain/audit/audit.schemas.ts';
import { formatDateTime } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { ACTION_COLORS, ACTION_LABELS, auditText, ENTITY_LABELS } from '../messages.ts';
import { AuditChangeView } from './audit-change-view.tsx';
import { serverPagination } from '../../components/server-pagination.ts';

interface AuditTableProps {
  data: AuditEntry[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

function hasDetails(entry: AuditEntry): boolean {
  return (
    (entry.before !== null && entry.before !== undefined) ||
    (entry.after !== null && entry.after !== undefined)
  );
}

export function AuditTable({ data, total, isLoading, page, pageSize, onPageChange }: AuditTableProps) {
  const t = useT();
  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t(auditText.at),
      dataIndex: 'at',
      key: 'at',
      width: 165,
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span>,
    },
    {
      title: t(auditText.user),
      key: 'user',
      width: 210,
      render: (_value, entry) =>
        entry.user ? (
          <Flex vertical>
            <span>{entry.user.displayName}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {entry.user.username}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t(auditText.system)}</Typography.Text>
        ),
    },
    {
      title: t(auditText.unit),
      key: 'unit',
      ellipsis: true,
      render: (_value, entry) =>
        entry.unit?.name ?? <Typography.Text type="secondary">{t(common.none)}</Typography.Text>,
    },
    {
      title: t(auditText.action),
      dataIndex: 'action',
      key: 'action',
      width: 140,
      render: (action: string) => {
        const label = ACTION_LABELS[action];
        return <Tag color={ACTION_COLORS[action] ?? 'default'}>{label ? t(label) : action}</Tag>;
      },
    },
    {
      title: t(auditText.entity),
      dataIndex: 'entity',
      key: 'entity',
      width: 150,
      render: (entity: string) => {
        const label = ENTITY_LABELS[entity];
        return label ? t(label) : entity;
      },
    },
    {
      title: t(auditText.entityId),
      dataIndex: 'entityId',
      key: 'entityId',
      width: 125,
      render: (entityId: string | null) =>
        entityId ? (
          <Typography.Text
            code
            copyable={{ text: entityId }}
            ellipsis
            style={{ maxWidth: 110 }}
            title={entityId}
          >
            {entityId.slice(0, 8)}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t(common.none)}</Typography.Text>
        ),
    },
    {
      title: t(auditText.requestId),
      dataIndex: 'requestId',
      key: 'requestId',
      width: 125,
      render: (requestId: string | null) =>
        requestId ? (
          <Typography.Text
            code
            copyable={{ text: requestId }}
            ellipsis
            style={{ maxWidth: 110 }}
            title={requestId}
          >
            {requestId.length > 12 ? `${requestId.slice(0, 8)}…` : requestId}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t(common.none)}</Typography.Text>
        ),
    },
  ];

  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data}
      loading={isLoading}
      scroll={{ x: 1040 }}
      locale={{ emptyText: t(auditText.empty) }}
      expandable={{
        rowExpandable: hasDetails,
        expandedRowRender: (entry) => <AuditChangeView before={entry.before} after={entry.after} />,
        expandRowByClick: false,
      }}
      pagination={serverPagination(t, { page, pageSize, total, onChange: onPageChange })}
    />
  );
}
