import { vietnamToday } from '../../../domain/common/dates.ts';
import { useMemo } from 'react';
import { Alert, Empty, Flex, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { foldText } from '../../../domain/common/text.ts';
import type { Plan } from '../../../domain/plans/plan-api.schemas.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useObligations } from '../api/list-obligations.ts';
import { planPageText, ROLE_LABELS } from '../messages.ts';
import { compareCodes, toDuties, type Duty } from '../utils/obligations.ts';
import { assignedUnits } from '../utils/plan-tasks.ts';
import { ScheduleTag } from './schedule-tag.tsx';

const SOON_DAYS = 30;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

interface ByUnitTabProps {
  plan: Plan;
  unitId: string | undefined;
  onUnitChange: (unitId: string | undefined) => void;
}

/** What one unit owes under the plan, and by when (SPEC §3: "what does Sở Tư pháp owe, when"). */
export function ByUnitTab({ plan, unitId, onUnitChange }: ByUnitTabProps) {
  const t = useT();
  const units = useMemo(() => assignedUnits(plan.tasks), [plan.tasks]);
  const obligationsQuery = useObligations(plan.id, { unitId }, Boolean(unitId));
  const today = vietnamToday();
  const duties = useMemo(
    () => (unitId ? toDuties(obligationsQuery.data ?? [], today) : []),
    [unitId, obligationsQuery.data, today],
  );
  const leadCount = new Set(duties.filter((duty) => duty.role === 'lead').map((duty) => duty.taskId)).size;
  const coordinatorCount = new Set(
    duties.filter((duty) => duty.role === 'coordinator').map((duty) => duty.taskId),
  ).size;
  const taskCount = new Set(duties.map((duty) => duty.taskId)).size;

  const columns: TableColumnsType<Duty> = [
    {
      title: t(planPageText.code),
      dataIndex: 'taskCode',
      key: 'taskCode',
      width: 76,
      sorter: (a, b) => compareCodes(a.taskCode, b.taskCode),
      render: (code: string) => <Typography.Text strong>{code}</Typography.Text>,
    },
    { title: t(planPageText.task), dataIndex: 'taskTitle', key: 'taskTitle' },
    {
      title: t(planPageText.role),
      dataIndex: 'role',
      key: 'role',
      width: 104,
      sorter: (a, b) => a.role.localeCompare(b.role),
      render: (role: Duty['role']) => (
        <Tag
          color={role === 'lead' ? 'blue' : 'default'}
          style={{ fontWeight: role === 'lead' ? 600 : undefined }}
        >
          {t(ROLE_LABELS[role])}
        </Tag>
      ),
    },
    {
      title: t(planPageText.schedule),
      key: 'schedule',
      width: 168,
      render: (_value, duty) => <ScheduleTag schedule={duty.schedule} />,
    },
    {
      title: t(planPageText.nextDue),
      dataIndex: 'nextDue',
      key: 'nextDue',
      width: 184,
      sorter: (a, b) => (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999'),
      render: (nextDue: string | null, duty) => {
        if (!nextDue) return <Typography.Text type="secondary">{t(planPageText.noDueDate)}</Typography.Text>;
        const isSoon = !duty.isOverdue && daysBetween(today, nextDue) <= SOON_DAYS;
        return (
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong={duty.isOverdue || isSoon}>{formatDate(nextDue)}</Typography.Text>
            {duty.isOverdue ? <Tag color="error">{t(planPageText.overdue)}</Tag> : null}
            {isSoon ? <Tag color="warning">{t(planPageText.dueSoon)}</Tag> : null}
          </Flex>
        );
      },
    },
    {
      title: t(planPageText.allDue),
      key: 'dueDates',
      width: 84,
      align: 'right',
      render: (_value, duty) =>
        duty.dueDates.length > 0 ? (
          <Tooltip title={duty.dueDates.map(formatDate).join(', ')}>
            <Typography.Text type="secondary">
              {t(planPageText.dueCount, { count: formatNumber(duty.dueDates.length) })}
            </Typography.Text>
          </Tooltip>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} align="center" wrap>
        <label htmlFor="plan-by-unit-select">
          <Typography.Text strong>{t(planPageText.unit)}</Typography.Text>
        </label>
        <Select<string>
          id="plan-by-unit-select"
          aria-label={t(planPageText.unit)}
          allowClear
          placeholder={t(planPageText.unitPlaceholder)}
          value={unitId}
          onChange={onUnitChange}
          showSearch={{
            filterOption: (input, option) =>
              foldText(typeof option?.label === 'string' ? option.label : '').includes(foldText(input)),
          }}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          style={{ width: 420, maxWidth: '100%' }}
        />
        <Typography.Text type="secondary">{t(planPageText.byUnitHint)}</Typography.Text>
      </Flex>
      {obligationsQuery.isError ? (
        <Alert type="error" showIcon title={obligationsQuery.error.message} />
      ) : null}
      {unitId ? (
        <>
          {duties.length > 0 ? (
            <Typography.Text>
              {t(planPageText.obligationCount, {
                tasks: formatNumber(taskCount),
                lead: formatNumber(leadCount),
                coordinator: formatNumber(coordinatorCount),
              })}
            </Typography.Text>
          ) : null}
          <Table<Duty>
            rowKey="key"
            size="middle"
            columns={columns}
            dataSource={duties}
            loading={obligationsQuery.isFetching}
            pagination={false}
            scroll={{ x: 900 }}
            rowClassName={(duty) => (duty.isOverdue ? 'plan-duties__row--overdue' : '')}
            expandable={{
              rowExpandable: (duty) => duty.dueDates.length > 1,
              expandedRowRender: (duty) => (
                <Flex gap={6} wrap>
                  <Typography.Text type="secondary">{t(planPageText.dueDates)}:</Typography.Text>
                  {duty.dueDates.map((date) => (
                    <Tag key={date} color={date < today ? 'default' : 'blue'}>
                      {formatDate(date)}
                    </Tag>
                  ))}
                </Flex>
              ),
            }}
            locale={{ emptyText: t(planPageText.byUnitEmpty) }}
          />
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(planPageText.chooseUnitFirst)} />
      )}
    </Flex>
  );
}
