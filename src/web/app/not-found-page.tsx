import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { common, useT } from '../lib/i18n.ts';
import { appText } from './messages.ts';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={
        <>
          <strong>{t(appText.notFoundTitle)}</strong>
          <br />
          {t(appText.notFoundDetail)}
        </>
      }
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t(common.home)}
        </Button>
      }
    />
  );
}

export default NotFoundPage;
