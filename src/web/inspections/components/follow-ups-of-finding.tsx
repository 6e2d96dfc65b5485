import { CheckOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { FollowUp } from '../../../domain/inspections/inspections.schemas.ts';
import { formatDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useChangeFollowUp } from '../api/change-follow-up.ts';
import { inspectionsText } from '../messages.ts';
import { FollowUpStateTag } from './status-tags.tsx';

interface FollowUpsOfFindingProps {
  followUps: FollowUp[];
  onEdit: (followUp: FollowUp) => void;
  onComplete: (followUp: FollowUp) => void;
}

/** Overdue rows read red, due-soon ones amber (inspections.css). */
export const followUpRowClass = (row: Pick<FollowUp, 'state' | 'isDueSoon'>) =>
  row.state === 'overdue' ? 'follow-up-overdue' : row.isDueSoon ? 'follow-up-due-soon' : '';

/** The follow-ups a finding asks for: what, who, by when, and what was done. */
export function FollowUpsOfFinding({ followUps, onEdit, onComplete }: FollowUpsOfFindingProps) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const mutation = useChangeFollowUp();
  const handleDelete = (followUp: FollowUp) =>
    void modal.confirm({
      title: t(inspectionsText.deleteFollowUp),
      content: t(inspectionsText.deleteFollowUpConfirm),
      okText: t(inspectionsText.deleteFollowUp),
      okButtonProps: { danger: true },
      cancelText: t(common.cancel),
      onOk: () =>
        mutation
          .mutateAsync({ kind: 'delete', followUpId: followUp.id, version: followUp.version })
          .then(() => message.success(t(inspectionsText.followUpDeleted)), handleApiError),
    });
  const columns: TableColumnsType<FollowUp> = [
    { title: t(inspectionsText.what), dataIndex: 'what', key: 'what' },
    {
      title: t(inspectionsText.responsibleUnit),
      key: 'unit',
      width: 150,
      render: (_v, row) => row.responsibleUnit.name,
    },
    {
      title: t(inspectionsText.dueDate),
      key: 'due',
      width: 100,
      render: (_v, row) => formatDate(row.dueDate),
    },
    {
      title: t(inspectionsText.state),
      key: 'state',
      width: 140,
      render: (_v, row) => <FollowUpStateTag state={row.state} isDueSoon={row.isDueSoon} />,
    },
    {
      title: t(inspectionsText.result),
      key: 'result',
      width: 220,
      render: (_v, row) =>
        row.doneOn ? (
          <Flex vertical>
            <Typography.Text>{row.result}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDate(row.doneOn)}
              {row.doneBy ? ` · ${row.doneBy.displayName}` : ''}
            </Typography.Text>
          </Flex>
        ) : null,
    },
  ];
  const actions: TableColumnsType<FollowUp>[number] = {
    title: t(common.actions),
    key: 'actions',
    width: 110,
    render: (_v, row) => (
      <Flex gap={4}>
        {row.canComplete ? (
          <Tooltip title={t(inspectionsText.completeFollowUp)}>
            <Button
              size="small"
              type="primary"
              ghost
              icon={<CheckOutlined />}
              aria-label={t(inspectionsText.completeFollowUp)}
              onClick={() => onComplete(row)}
            />
          </Tooltip>
        ) : null}
        {row.canEdit ? (
          <>
            <Tooltip title={t(inspectionsText.editFollowUp)}>
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={t(inspectionsText.editFollowUp)}
                onClick={() => onEdit(row)}
              />
            </Tooltip>
            <Tooltip title={t(inspectionsText.deleteFollowUp)}>
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t(inspectionsText.deleteFollowUp)}
                onClick={() => handleDelete(row)}
              />
            </Tooltip>
          </>
        ) : null}
      </Flex>
    ),
  };
  const hasActions = followUps.some((row) => row.canComplete || row.canEdit);
  return (
    <Table<FollowUp>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={followUps}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t(inspectionsText.noFollowUps) }}
      rowClassName={followUpRowClass}
      columns={hasActions ? [...columns, actions] : columns}
    />
  );
}
