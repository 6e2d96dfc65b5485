import { useState } from 'react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { Member } from '../../../domain/force/force-api.schemas.ts';
import {
  MEMBER_ROLE_LABELS,
  MEMBER_STATUS_LABELS,
  MERIT_KIND_LABELS,
  TRAINING_KIND_LABELS,
} from '../../../domain/force/force.labels.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import type { MemberRecordInput } from '../api/add-member-record.ts';
import { useDeleteMemberRecord } from '../api/delete-member-record.ts';
import { HISTORY_CHANGE_TEXT, membersText } from '../member-messages.ts';
import { forceText } from '../messages.ts';
import { MemberRecordModal } from './member-record-modal.tsx';

type RecordKind = MemberRecordInput['kind'];
type Training = Member['trainings'][number];
type Equipment = Member['equipment'][number];
type Merit = Member['merits'][number];
type History = Member['history'][number];

export function MemberHistoryTable({ history }: { history: History[] }) {
  const t = useT();
  const columns: TableColumnsType<History> = [
    {
      title: t(membersText.historyDate),
      dataIndex: 'effectiveDate',
      key: 'date',
      width: 110,
      render: (value: string) => formatDate(value),
      sorter: (a, b) => a.effectiveDate.localeCompare(b.effectiveDate),
      defaultSortOrder: 'descend',
    },
    {
      title: t(membersText.historyChange),
      dataIndex: 'change',
      key: 'change',
      width: 200,
      render: (change: string) => {
        const text = HISTORY_CHANGE_TEXT[change];
        return text ? t(text) : change;
      },
    },
    {
      title: t(membersText.team),
      key: 'team',
      render: (_value, row) => `${row.team.name} · ${row.unit.name}`,
    },
    {
      title: t(membersText.role),
      key: 'role',
      width: 110,
      render: (_v, row) => t(MEMBER_ROLE_LABELS[row.role]),
    },
    {
      title: t(membersText.status),
      key: 'status',
      width: 150,
      render: (_v, row) => t(MEMBER_STATUS_LABELS[row.status]),
    },
    { title: t(membersText.decision), dataIndex: 'decisionNumber', key: 'decision', width: 140 },
    { title: t(membersText.note), dataIndex: 'note', key: 'note' },
  ];
  return (
    <Table<History>
      rowKey={(row) => `${row.recordedAt}-${row.change}`}
      size="small"
      columns={columns}
      dataSource={history}
      pagination={false}
      locale={{ emptyText: t(membersText.noRecords) }}
    />
  );
}

interface RecordsProps {
  member: Member;
  canEdit: boolean;
}

/** Training and drills, equipment, commendations and discipline: a table each, with add and delete. */
export function MemberRecords({ member, canEdit, kind }: RecordsProps & { kind: RecordKind }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const deleteMutation = useDeleteMemberRecord();
  const [adding, setAdding] = useState<RecordKind | null>(null);

  const confirmDelete = (recordId: string) => {
    void modal.confirm({
      title: t(membersText.deleteRecordConfirm),
      okText: t(forceText.delete),
      okButtonProps: { danger: true },
      cancelText: t(common.cancel),
      onOk: () =>
        deleteMutation
          .mutateAsync({ memberId: member.id, kind, recordId })
          .then(() => message.success(t(membersText.recordDeleted)))
          .catch(handleApiError),
    });
  };
  const deleteColumn = {
    title: '',
    key: 'delete',
    width: 48,
    render: (_value: unknown, row: { id: string }) => (
      <Button
        type="text"
        danger
        size="small"
        icon={<DeleteOutlined />}
        aria-label={t(forceText.delete)}
        onClick={() => confirmDelete(row.id)}
      />
    ),
  };
  const dateColumn = (title: string, key: string) => ({
    title,
    dataIndex: key,
    key,
    width: 110,
    render: (value: string | null) => formatDate(value) || t(common.none),
  });

  const table =
    kind === 'trainings' ? (
      <Table<Training>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={member.trainings}
        locale={{ emptyText: t(membersText.noRecords) }}
        columns={[
          {
            title: t(membersText.kind),
            key: 'kind',
            width: 120,
            render: (_v, r) => t(TRAINING_KIND_LABELS[r.kind]),
          },
          {
            title: t(membersText.courseTitle),
            key: 'title',
            sorter: (a, b) => a.title.localeCompare(b.title, 'vi'),
            // A course's record links to the course, where its attendance list is kept.
            render: (_v, r) =>
              r.eventId ? (
                <Link
                  to={`/events?open=${encodeURIComponent(r.eventId)}`}
                  aria-label={t(membersText.openCourse, { title: r.title })}
                >
                  {r.title}
                </Link>
              ) : (
                r.title
              ),
          },
          {
            ...dateColumn(t(membersText.startedOn), 'startedOn'),
            sorter: (a: Training, b: Training) => a.startedOn.localeCompare(b.startedOn),
            defaultSortOrder: 'descend' as const,
          },
          dateColumn(t(membersText.endedOn), 'endedOn'),
          {
            title: t(membersText.passed),
            key: 'passed',
            width: 130,
            render: (_v, r) =>
              r.passed === null ? (
                <Tag color={r.eventId ? 'processing' : undefined}>
                  {t(r.eventId ? membersText.passedAttended : membersText.passedUnknown)}
                </Tag>
              ) : r.passed ? (
                <Tag color="success">{t(membersText.passedYes)}</Tag>
              ) : (
                <Tag color="error">{t(membersText.passedNo)}</Tag>
              ),
          },
          ...(canEdit
            ? [
                {
                  ...deleteColumn,
                  render: (_value: unknown, row: Training) =>
                    row.eventId ? (
                      <Tooltip title={t(membersText.fromCourse)}>
                        <Button type="text" size="small" icon={<DeleteOutlined />} disabled />
                      </Tooltip>
                    ) : (
                      deleteColumn.render(_value, row)
                    ),
                },
              ]
            : []),
        ]}
      />
    ) : kind === 'equipment' ? (
      <Table<Equipment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={member.equipment}
        locale={{ emptyText: t(membersText.noRecords) }}
        columns={[
          { title: t(membersText.item), dataIndex: 'item', key: 'item' },
          {
            title: t(membersText.quantity),
            dataIndex: 'quantity',
            key: 'quantity',
            width: 100,
            align: 'right',
            render: (value: number) => formatNumber(value),
          },
          dateColumn(t(membersText.issuedOn), 'issuedOn'),
          dateColumn(t(membersText.returnedOn), 'returnedOn'),
          ...(canEdit ? [deleteColumn] : []),
        ]}
      />
    ) : (
      <Table<Merit>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={member.merits}
        locale={{ emptyText: t(membersText.noRecords) }}
        columns={[
          {
            title: t(membersText.kind),
            key: 'kind',
            width: 120,
            render: (_v, r) => (
              <Tag color={r.kind === 'discipline' ? 'error' : 'gold'}>{t(MERIT_KIND_LABELS[r.kind])}</Tag>
            ),
          },
          { title: t(membersText.decision), dataIndex: 'decisionNumber', key: 'decisionNumber', width: 150 },
          dateColumn(t(membersText.historyDate), 'decisionDate'),
          { title: t(membersText.content), dataIndex: 'content', key: 'content' },
          ...(canEdit ? [deleteColumn] : []),
        ]}
      />
    );

  return (
    <>
      {canEdit && member.status !== 'left' ? (
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(kind)}>
            {t(membersText.addRecord)}
          </Button>
        </Flex>
      ) : null}
      {table}
      <MemberRecordModal memberId={member.id} kind={adding} onClose={() => setAdding(null)} />
    </>
  );
}
