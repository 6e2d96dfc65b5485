import { Descriptions, Progress, Typography } from 'antd';
import type { Report } from '../../../domain/reports/reports.schemas.ts';
import { formatNumber, formatVnd } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { reportsText } from '../messages.ts';
import { ReportDifficulties } from './report-difficulties.tsx';

function Paragraphs({ text, empty }: { text: string | null; empty: string }) {
  if (!text?.trim()) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{text}</Typography.Paragraph>;
}

function formatIndicator(indicator: Report['indicators'][number]): string {
  if (indicator.value === null) return '';
  if (indicator.kind === 'vnd') return formatVnd(indicator.value);
  if (indicator.kind === 'percent') return `${formatNumber(indicator.value)}%`;
  return `${formatNumber(indicator.value)} ${indicator.unitLabel}`;
}

/** The report's content when the reader may not edit it (submitted, accepted, another unit's, a leader). */
export function ReportView({ report }: { report: Report }) {
  const t = useT();
  const empty = t(reportsText.empty);
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      styles={{ label: { width: 220 } }}
      items={[
        {
          key: 'progress',
          label: t(reportsText.progressLabel),
          children: <Progress percent={report.progress} style={{ maxWidth: 360 }} />,
        },
        {
          key: 'done',
          label: t(reportsText.done),
          children: <Paragraphs text={report.done} empty={empty} />,
        },
        ...report.indicators.map((indicator) => ({
          key: indicator.id,
          label: `${indicator.name} (${indicator.unitLabel})`,
          children:
            indicator.value === null ? (
              <Typography.Text type="secondary">{empty}</Typography.Text>
            ) : (
              formatIndicator(indicator)
            ),
        })),
        {
          key: 'difficulties',
          label: t(reportsText.difficulties),
          children: (
            <>
              <Paragraphs text={report.difficulties} empty={empty} />
              <ReportDifficulties reportId={report.id} />
            </>
          ),
        },
        {
          key: 'proposals',
          label: t(reportsText.proposals),
          children: <Paragraphs text={report.proposals} empty={empty} />,
        },
      ]}
    />
  );
}
