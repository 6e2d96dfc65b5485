import { Space, Tag } from 'antd';
import { REPORT_STATUS_LABELS } from '../../../domain/reports/reports.schemas.ts';
import { useT } from '../../lib/i18n.ts';
import { reportsText } from '../messages.ts';
import type { PeriodStatus } from '../types.ts';

export const STATUS_COLORS: Record<PeriodStatus, string> = {
  not_started: 'default',
  draft: 'processing',
  submitted: 'gold',
  returned: 'orange',
  accepted: 'success',
};

export function ReportStatusTag({ status, isLate = false }: { status: PeriodStatus; isLate?: boolean }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
        {t(REPORT_STATUS_LABELS[status])}
      </Tag>
      {isLate ? (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {t(reportsText.late)}
        </Tag>
      ) : null}
    </Space>
  );
}
