import { EditOutlined, StopOutlined, TeamOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useNavigate } from 'react-router';
import type { Team } from '../../../domain/force/force-api.schemas.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { forceText, teamsText } from '../messages.ts';
import type { SortOrder, TeamSortField } from '../types.ts';
import { communeParams } from './commune-from-params.ts';
import { columnSortOrder, serverPagination, serverTableChange } from '../../components/server-pagination.ts';

interface TeamsTableProps {
  /** What the table says when empty: nothing yet, nothing in scope, or nothing matching the filters. */
  emptyText: string;
  data: Team[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  sort: TeamSortField;
  order: SortOrder;
  canEdit: boolean;
  showCommune: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: TeamSortField, order: SortOrder) => void;
  onEdit: (team: Team) => void;
  onDissolve: (team: Team) => void;
}

const SORT_FIELDS: readonly TeamSortField[] = ['name', 'decisionDate', 'status', 'members'];

/** The teams of a page; sorting asks the server, so that it orders the whole list, not the page shown. */
export function TeamsTable(props: TeamsTableProps) {
  const t = useT();
  const navigate = useNavigate();
  const sortOrderOf = (field: TeamSortField) => columnSortOrder(props, field);
  const columns: TableColumnsType<Team> = [
    {
      title: t(teamsText.name),
      dataIndex: 'name',
      key: 'name',
      fixed: 'left',
      width: 230,
      sorter: true,
      sortOrder: sortOrderOf('name'),
      render: (name: string, team) => (
        <Flex vertical>
          <Typography.Text strong>{name}</Typography.Text>
          {props.showCommune ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {team.unit.name}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(teamsText.villages),
      key: 'villages',
      width: 190,
      render: (_value, team) => team.villages.map((village) => village.name).join('; '),
    },
    {
      title: t(teamsText.founding),
      key: 'decisionDate',
      width: 200,
      sorter: true,
      sortOrder: sortOrderOf('decisionDate'),
      render: (_value, team) => (
        <Flex vertical>
          <span>
            {team.decisionNumber} · {formatDate(team.decisionDate)}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {team.decisionSigner}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t(teamsText.members),
      key: 'members',
      width: 200,
      sorter: true,
      sortOrder: sortOrderOf('members'),
      render: (_value, team) => (
        <Flex vertical>
          <Typography.Text strong>{formatNumber(team.members.total)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(teamsText.roleCounts, {
              tt: team.members.to_truong,
              tp: team.members.to_pho,
              tv: team.members.to_vien,
            })}
          </Typography.Text>
          {team.leader ? (
            <Typography.Text style={{ fontSize: 12 }}>
              {t(teamsText.leader)}: {team.leader.name}
            </Typography.Text>
          ) : team.status === 'active' ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t(teamsText.noLeader)}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(forceText.status),
      key: 'status',
      width: 170,
      sorter: true,
      sortOrder: sortOrderOf('status'),
      render: (_value, team) =>
        team.status === 'active' ? (
          <Flex gap={4} align="center" wrap>
            <Tag color="success">{t(teamsText.active)}</Tag>
            {team.problems.length > 0 ? (
              <Tooltip title={team.problems.join(' ')}>
                <WarningOutlined style={{ color: '#d46b08' }} aria-label={team.problems.join(' ')} />
              </Tooltip>
            ) : null}
          </Flex>
        ) : (
          <Flex vertical>
            <Tag style={{ width: 'fit-content' }}>{t(teamsText.dissolvedStatus)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {team.dissolutionDecisionNumber} · {formatDate(team.dissolutionDecisionDate)}
            </Typography.Text>
          </Flex>
        ),
    },
    {
      title: t(common.actions),
      key: 'actions',
      width: props.canEdit ? 130 : 80,
      fixed: 'right',
      render: (_value, team) => (
        <Flex gap={4}>
          <Tooltip title={t(teamsText.viewMembers)}>
            <Button
              type="text"
              icon={<TeamOutlined />}
              aria-label={t(teamsText.viewMembers)}
              onClick={() => navigate(`/force/members?teamId=${team.id}&${communeParams(team.unit)}`)}
            />
          </Tooltip>
          {props.canEdit && team.status === 'active' ? (
            <>
              <Tooltip title={t(common.edit)}>
                <Button
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={t(teamsText.editAction, { name: team.name })}
                  onClick={() => props.onEdit(team)}
                />
              </Tooltip>
              <Tooltip title={t(teamsText.dissolve)}>
                <Button
                  type="text"
                  danger
                  icon={<StopOutlined />}
                  aria-label={t(teamsText.dissolveAction, { name: team.name })}
                  onClick={() => props.onDissolve(team)}
                />
              </Tooltip>
            </>
          ) : null}
        </Flex>
      ),
    },
  ];
  const handleChange = serverTableChange<Team, TeamSortField>({
    sortFields: SORT_FIELDS,
    defaultSort: 'name',
    pageSize: props.pageSize,
    onSortChange: props.onSortChange,
    onPageChange: props.onPageChange,
  });

  return (
    <Table<Team>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.data}
      loading={props.isLoading}
      scroll={{ x: 1150 }}
      locale={{ emptyText: props.emptyText }}
      onChange={handleChange}
      pagination={serverPagination(t, { page: props.page, pageSize: props.pageSize, total: props.total })}
    />
  );
}
