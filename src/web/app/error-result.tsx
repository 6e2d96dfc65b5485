import { Button, Result, Typography } from 'antd';
import { isApiError } from '../lib/api-client.ts';
import { common, useT } from '../lib/i18n.ts';
import { appText } from './messages.ts';

/** The page shown when rendering or loading a route failed. */
export function ErrorResult({ error }: { error: unknown }) {
  const t = useT();
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Result
      status="error"
      title={t(appText.errorTitle)}
      subTitle={
        <>
          {isApiError(error) ? error.detail : t(appText.errorDetail)}
          {requestId ? (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
              Request ID: <Typography.Text copyable>{requestId}</Typography.Text>
            </Typography.Text>
          ) : null}
        </>
      }
      extra={[
        <Button key="reload" type="primary" onClick={() => window.location.reload()}>
          {t(appText.reloadPage)}
        </Button>,
        <Button key="home" href="/">
          {t(common.home)}
        </Button>,
      ]}
    />
  );
}
export default ErrorResult;
