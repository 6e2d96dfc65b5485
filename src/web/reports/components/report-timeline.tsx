import { Timeline, Typography } from 'antd';
import { REPORT_STATUS_LABELS, type Report } from '../../../domain/reports/reports.schemas.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { reportsText } from '../messages.ts';
import type { PeriodStatus } from '../types.ts';

const COLORS: Partial<Record<PeriodStatus, string>> = {
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
  draft: 'gray',
};

function statusLabel(status: string): { vi: string; en: string } {
  return status in REPORT_STATUS_LABELS
    ? REPORT_STATUS_LABELS[status as PeriodStatus]
    : { vi: status, en: status };
}

/** "dd/mm/yyyy HH:mm" */
function formatMinute(value: string): string {
  return formatDateTime(value).slice(0, 16);
}

export function ReportTimeline({ transitions }: { transitions: Report['transitions'] }) {
  const t = useT();
  if (transitions.length === 0)
    return <Typography.Text type="secondary">{t(reportsText.noHistory)}</Typography.Text>;
  return (
    <Timeline
      items={transitions.map((transition, index) => ({
        key: `${transition.at}-${index}`,
        color: COLORS[transition.toStatus as PeriodStatus] ?? 'gray',
        content: (
          <>
            <Typography.Text strong>{t(statusLabel(transition.toStatus))}</Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {transition.user?.displayName ?? t(reportsText.system)} · {formatMinute(transition.at)}
            </Typography.Text>
            {transition.comment ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                {transition.comment}
              </Typography.Paragraph>
            ) : null}
          </>
        ),
      }))}
    />
  );
}
