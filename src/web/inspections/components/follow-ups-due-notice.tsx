import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useFollowUpsDue } from '../api/list-follow-ups.ts';
import { inspectionsText } from '../messages.ts';

/** On the dashboard: my unit's overdue and due-soon follow-ups, with the way to the list; nothing when none. */
export function FollowUpsDueNotice() {
  const t = useT();
  const navigate = useNavigate();
  const dueQuery = useFollowUpsDue();
  const due = dueQuery.data;
  if (!due || due.overdue + due.soon === 0) return null;
  return (
    <Alert
      type={due.overdue > 0 ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      title={t(inspectionsText.dueNotice, {
        overdue: formatNumber(due.overdue),
        soon: formatNumber(due.soon),
      })}
      action={
        <Button size="small" onClick={() => navigate('/follow-ups')}>
          {t(inspectionsText.viewList)}
        </Button>
      }
    />
  );
}
