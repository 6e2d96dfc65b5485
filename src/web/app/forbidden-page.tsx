import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { common, useT } from '../lib/i18n.ts';
import { appText } from './messages.ts';

export function ForbiddenPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t(appText.forbiddenTitle)}
      subTitle={t(appText.forbiddenDetail)}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t(common.home)}
        </Button>
      }
    />
  );
}
export default ForbiddenPage;
