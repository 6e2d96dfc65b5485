import { Card, Col, Progress, Row, Statistic } from 'antd';
import type { DashboardCounts } from '../../../domain/reports/dashboard.schemas.ts';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { dashboardText } from '../messages.ts';

export function KpiCards({ totals }: { totals: DashboardCounts }) {
  const t = useT();
  const cards = [
    { key: 'periods', title: t(dashboardText.periods), value: totals.periods },
    { key: 'accepted', title: t(dashboardText.accepted), value: totals.accepted, color: '#389e0d' },
    { key: 'submitted', title: t(dashboardText.submitted), value: totals.submitted, color: '#d48806' },
    { key: 'late', title: t(dashboardText.late), value: totals.late, color: '#cf1322' },
    { key: 'dueSoon', title: t(dashboardText.dueSoon), value: totals.dueSoon, color: '#d46b08' },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cards.map((card) => (
        <Col key={card.key} xs={12} md={8} xl={4}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic
              title={card.title}
              value={card.value}
              formatter={(value) => formatNumber(Number(value))}
              styles={{ content: { color: card.color } }}
            />
          </Card>
        </Col>
      ))}
      <Col xs={12} md={8} xl={4}>
        <Card size="small" style={{ height: '100%' }}>
          <Statistic
            title={t(dashboardText.averageProgress)}
            value={totals.averageProgress ?? 0}
            precision={0}
            suffix="%"
          />
          <Progress percent={Math.round(totals.averageProgress ?? 0)} showInfo={false} size="small" />
        </Card>
      </Col>
    </Row>
  );
}
