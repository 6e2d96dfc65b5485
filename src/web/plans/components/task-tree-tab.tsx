import { useMemo, useState } from 'react';
import { AccountBookOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { Plan, Task } from '../../../domain/plans/plan-api.schemas.ts';
import { formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useUnitGroups } from '../api/list-unit-groups.ts';
import { planPageText } from '../messages.ts';
import { countUnresolved, findTask } from '../utils/plan-tasks.ts';
import { AssignmentTags } from './assignment-tags.tsx';
import { PlanInfoPanel } from './plan-info-panel.tsx';
import { ScheduleTag } from './schedule-tag.tsx';
import { TaskEditDrawer } from './task-edit-drawer.tsx';

interface TaskRow {
  key: string;
  task: Task;
  children?: TaskRow[];
}

/** Leaves carry no `children`, or the table would draw an expand button for nothing. */
function toRows(tasks: Task[]): TaskRow[] {
  return tasks.map((task) => ({
    key: task.id,
    task,
    children: task.children.length > 0 ? toRows(task.children) : undefined,
  }));
}

/** The plan's tasks as a tree, with their deadlines and units; editable for those who may. */
export function TaskTreeTab({ plan }: { plan: Plan }) {
  const t = useT();
  const groupsQuery = useUnitGroups();
  const [editingId, setEditingId] = useState<string | null>(null);
  const rows = useMemo(() => toRows(plan.tasks), [plan.tasks]);
  const groupNames = useMemo(
    () => Object.fromEntries((groupsQuery.data ?? []).map((group) => [group.key, group.name])),
    [groupsQuery.data],
  );
  const unresolved = countUnresolved(plan.tasks);
  // The freshest copy: after an edit the plan reloads and the drawer shows the new version.
  const editing = editingId ? (findTask(plan.tasks, editingId) ?? null) : null;

  const columns: TableColumnsType<TaskRow> = [
    {
      title: t(planPageText.code),
      key: 'code',
      width: 88,
      render: (_value, { task }) => <Typography.Text strong>{task.code}</Typography.Text>,
    },
    {
      title: t(planPageText.task),
      key: 'title',
      render: (_value, { task }) => (
        <Flex vertical gap={2}>
          <Typography.Text strong={task.parentId === null}>{task.title}</Typography.Text>
          {task.description ? (
            <Typography.Paragraph
              type="secondary"
              style={{ fontSize: 13, marginBottom: 0 }}
              ellipsis={{ rows: 2, expandable: 'collapsible' }}
            >
              {task.description}
            </Typography.Paragraph>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(planPageText.form),
      key: 'form',
      width: 112,
      render: (_value, { task }) =>
        task.form ?? <Typography.Text type="secondary">{t(common.none)}</Typography.Text>,
    },
    {
      title: t(planPageText.schedule),
      key: 'schedule',
      width: 160,
      render: (_value, { task }) =>
        task.schedule || task.timeText ? (
          <ScheduleTag schedule={task.schedule} timeText={task.timeText} />
        ) : (
          <Typography.Text type="secondary">{t(common.none)}</Typography.Text>
        ),
    },
    {
      title: t(planPageText.units),
      key: 'units',
      width: '30%',
      render: (_value, { task }) => (
        <AssignmentTags
          planId={plan.id}
          assignments={task.assignments}
          groupNames={groupNames}
          canEdit={plan.canEdit}
        />
      ),
    },
  ];
  columns.push({
    title: t(common.actions),
    key: 'actions',
    width: plan.canEdit ? 96 : 56,
    render: (_value, { task }) => (
      <Flex gap={0}>
        {plan.canEdit ? (
          <Tooltip title={t(planPageText.editTask, { code: task.code })}>
            <Button
              type="text"
              icon={<EditOutlined />}
              aria-label={t(planPageText.editTask, { code: task.code })}
              onClick={() => setEditingId(task.id)}
            />
          </Tooltip>
        ) : null}
        <Tooltip title={t(planPageText.taskBudget, { code: task.code })}>
          <Link to={`/budget?taskId=${encodeURIComponent(task.id)}`}>
            <Button
              type="text"
              icon={<AccountBookOutlined />}
              aria-label={t(planPageText.taskBudget, { code: task.code })}
            />
          </Link>
        </Tooltip>
      </Flex>
    ),
  });

  return (
    <Flex vertical gap={16}>
      {unresolved > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t(plan.canEdit ? planPageText.unresolvedCount : planPageText.unresolvedCountReadOnly, {
            count: formatNumber(unresolved),
          })}
        />
      ) : null}
      <Table<TaskRow>
        className="plan-tasks"
        rowKey="key"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        expandable={{ defaultExpandAllRows: true, indentSize: 16 }}
        scroll={{ x: 900 }}
        locale={{ emptyText: t(planPageText.noTasks) }}
        aria-label={t(planPageText.tabTasks)}
      />
      <PlanInfoPanel plan={plan} />
      <TaskEditDrawer
        planId={plan.id}
        task={editing}
        groupNames={groupNames}
        onClose={() => setEditingId(null)}
      />
    </Flex>
  );
}
