import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { DifficultyStateTag } from '../../components/difficulty-state-tag.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useReportDifficulties } from '../api/list-report-difficulties.ts';
import { reportsText } from '../messages.ts';

/**
 * Beside the report's difficulties text: each difficulty the register holds for this report, its state and the
 * coordinator's answer or direction, who gave it and when. Nothing while none was raised (a draft).
 */
export function ReportDifficulties({ reportId }: { reportId: string | null }) {
  const t = useT();
  const query = useReportDifficulties(reportId);
  const items = query.data ?? [];
  if (items.length === 0) return null;
  return (
    <Flex vertical gap={8} style={{ marginTop: 8 }}>
      {items.map((item) => (
        <div
          key={item.id}
          style={{ border: '1px solid #d6e4ff', borderRadius: 6, background: '#f6f9ff', padding: '8px 12px' }}
        >
          <Flex vertical gap={4}>
            <Flex justify="space-between" gap={8} wrap>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {items.length > 1 ? item.text : t(reportsText.difficultyRegister)}
              </Typography.Text>
              <Flex gap={8} align="center">
                <DifficultyStateTag state={item.state} />
                <Link to={`/difficulties?id=${item.id}`} style={{ fontSize: 12 }}>
                  {t(reportsText.openDifficulty)}
                </Link>
              </Flex>
            </Flex>
            {item.answer ? (
              <div>
                <Typography.Text strong>{t(reportsText.difficultyAnswer)}: </Typography.Text>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{item.answer}</Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {item.answeredBy?.displayName ?? t(reportsText.system)}
                  {item.answeredAt ? ` · ${formatDateTime(item.answeredAt).slice(0, 16)}` : ''}
                </Typography.Text>
              </div>
            ) : (
              <Typography.Text type="secondary">{t(reportsText.difficultyNotAnswered)}</Typography.Text>
            )}
            {item.state === 'closed' && item.closeNote ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(reportsText.difficultyClosedNote, { note: item.closeNote })}
              </Typography.Text>
            ) : null}
          </Flex>
        </div>
      ))}
    </Flex>
  );
}

/** While the unit rewrites a returned report: what it raised before and the answers it got. */
export function ReportDifficultiesCard({ reportId }: { reportId: string | null }) {
  const t = useT();
  const query = useReportDifficulties(reportId);
  if (!query.data?.length) return null;
  return (
    <Card title={t(reportsText.earlierDifficulties)} size="small">
      <ReportDifficulties reportId={reportId} />
    </Card>
  );
}
