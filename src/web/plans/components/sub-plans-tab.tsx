import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Modal, Select, Table, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { Plan } from '../../../domain/plans/plan-api.schemas.ts';
import { common, useT } from '../../lib/i18n.ts';
import { planPageText, plansText } from '../messages.ts';
import { tasksOfUnit } from '../utils/plan-tasks.ts';

type SubPlan = Plan['subPlans'][number];

interface SubPlansTabProps {
  plan: Plan;
  /** The reader's unit, when it may write plans: a unit with tasks here may hang its own plan on one. */
  myUnitId?: string;
}

/** The units' own plans for this one (IV.1), and the way to start one. */
export function SubPlansTab({ plan, myUnitId }: SubPlansTabProps) {
  const t = useT();
  const navigate = useNavigate();
  const [isChoosing, setIsChoosing] = useState(false);
  const [taskId, setTaskId] = useState<string | undefined>(undefined);
  const myTasks = myUnitId ? tasksOfUnit(plan.tasks, myUnitId) : [];

  const columns: TableColumnsType<SubPlan> = [
    {
      title: t(plansText.number),
      dataIndex: 'number',
      key: 'number',
      width: 160,
      render: (number: string | null, subPlan) => (
        <Link to={`/plans/${subPlan.id}`}>
          <strong>{number ?? t(common.none)}</strong>
        </Link>
      ),
    },
    {
      title: t(plansText.planTitle),
      dataIndex: 'title',
      key: 'title',
      render: (title: string, subPlan) => <Link to={`/plans/${subPlan.id}`}>{title}</Link>,
    },
    {
      title: t(plansText.ownerUnit),
      key: 'owner',
      width: 260,
      render: (_value, subPlan) => subPlan.ownerUnit.name,
    },
  ];

  const handleContinue = () => {
    const query = new URLSearchParams({ parentPlanId: plan.id });
    if (taskId) query.set('parentTaskId', taskId);
    void navigate(`/plans/import?${query.toString()}`);
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary">{t(planPageText.subPlansHint)}</Typography.Text>
        {myTasks.length > 0 ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsChoosing(true)}>
            {t(planPageText.createSubPlan)}
          </Button>
        ) : null}
      </Flex>
      <Table<SubPlan>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={plan.subPlans}
        pagination={false}
        locale={{ emptyText: t(planPageText.noSubPlans) }}
      />
      <Modal
        title={t(planPageText.createSubPlanTitle)}
        open={isChoosing}
        onCancel={() => setIsChoosing(false)}
        onOk={handleContinue}
        okText={t(planPageText.continue)}
        cancelText={t(common.cancel)}
        okButtonProps={{ disabled: !taskId }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t(planPageText.createSubPlanHint)}</Typography.Paragraph>
        <Form layout="vertical" component="div">
          <Form.Item label={t(planPageText.parentTaskLabel)} htmlFor="sub-plan-task">
            <Select<string>
              id="sub-plan-task"
              value={taskId}
              placeholder={t(planPageText.parentTaskPlaceholder)}
              onChange={setTaskId}
              options={myTasks.map((task) => ({ value: task.id, label: `${task.code}. ${task.title}` }))}
              popupMatchSelectWidth
            />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
