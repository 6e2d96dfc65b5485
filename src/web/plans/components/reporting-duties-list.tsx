import { Empty, Table, Typography, type TableColumnsType } from 'antd';
import type { ReportingDuty } from '../../../domain/plans/plans.schemas.ts';
import { useT } from '../../lib/i18n.ts';
import { reviewText } from '../messages.ts';
import { ScheduleTag } from './schedule-tag.tsx';

/** The reports the plan asks for (what, to whom, by when), as read from its text. */
export function ReportingDutiesList({ duties }: { duties: ReportingDuty[] }) {
  const t = useT();
  if (duties.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(reviewText.noReportingDuties)} />;
  const columns: TableColumnsType<ReportingDuty> = [
    { title: t(reviewText.reportWhat), dataIndex: 'what', key: 'what' },
    { title: t(reviewText.reportTo), dataIndex: 'to', key: 'to', width: '30%' },
    {
      title: t(reviewText.reportDeadline),
      key: 'deadline',
      width: 220,
      render: (_value, duty) => (
        <Typography.Text>
          <ScheduleTag schedule={duty.schedule} timeText={duty.deadlineText} />
          {duty.schedule ? null : <span style={{ marginLeft: 6 }}>{duty.deadlineText}</span>}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<ReportingDuty>
      rowKey={(duty) => `${duty.what}|${duty.deadlineText}`}
      size="small"
      columns={columns}
      dataSource={duties}
      pagination={false}
    />
  );
}
