import { Flex, Spin } from 'antd';
import { common, useT } from '../lib/i18n.ts';

export function FullPageSpinner() {
  const t = useT();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={t(common.loading)} />
    </Flex>
  );
}
