import { Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import type { Inspection } from '../../../domain/inspections/inspections.schemas.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { inspectionsText } from '../messages.ts';
import { InspectionStateTag } from './status-tags.tsx';

const multiline = (text: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;

/** Who inspects whom, under which plan and decision, when. */
export function InspectionInfo({ inspection }: { inspection: Inspection }) {
  const t = useT();
  const planned = inspection.plannedTo
    ? `${formatDate(inspection.plannedFrom)} – ${formatDate(inspection.plannedTo)}`
    : formatDate(inspection.plannedFrom);
  const decision = [
    inspection.decisionNumber,
    inspection.decisionDate ? formatDate(inspection.decisionDate) : null,
  ].filter(Boolean);
  const items = [
    { key: 'inspected', label: t(inspectionsText.inspectedUnit), children: inspection.inspectedUnit.name },
    { key: 'inspecting', label: t(inspectionsText.inspectingUnit), children: inspection.inspectingUnit.name },
    {
      key: 'state',
      label: t(inspectionsText.state),
      children: <InspectionStateTag state={inspection.state} />,
    },
    {
      key: 'plan',
      label: t(inspectionsText.plan),
      children: (
        <Link to={`/plans/${inspection.plan.id}`}>{inspection.plan.number ?? inspection.plan.title}</Link>
      ),
    },
    {
      key: 'task',
      label: t(inspectionsText.taskShort),
      children: inspection.task
        ? `${inspection.task.code}. ${inspection.task.title}`
        : t(inspectionsText.none),
    },
    {
      key: 'decision',
      label: t(inspectionsText.decision),
      children: decision.length > 0 ? decision.join(', ') : t(inspectionsText.none),
    },
    { key: 'planned', label: t(inspectionsText.plannedDates), children: planned },
    ...(inspection.actualDate
      ? [{ key: 'actual', label: t(inspectionsText.actualDate), children: formatDate(inspection.actualDate) }]
      : []),
    ...(inspection.team
      ? [
          {
            key: 'team',
            label: t(inspectionsText.team),
            children: multiline(inspection.team),
            span: 'filled' as const,
          },
        ]
      : []),
    ...(inspection.content
      ? [
          {
            key: 'content',
            label: t(inspectionsText.content),
            children: multiline(inspection.content),
            span: 'filled' as const,
          },
        ]
      : []),
    {
      key: 'created',
      label: t(inspectionsText.createdBy),
      children: (
        <Typography.Text type="secondary">
          {[inspection.createdBy?.displayName, formatDateTime(inspection.createdAt)]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Card size="small" title={t(inspectionsText.general)}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        styles={{ label: { width: 190 } }}
        items={items}
      />
    </Card>
  );
}

export function ConclusionCard({ inspection }: { inspection: Inspection }) {
  const t = useT();
  if (inspection.state !== 'done') return null;
  return (
    <Card size="small" title={t(inspectionsText.conclusion)} extra={inspection.conclusionNumber}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
        {inspection.conclusion}
      </Typography.Paragraph>
    </Card>
  );
}
