import { useState } from 'react';
import { App as AntApp, Grid, Layout, Typography } from 'antd';
import { Link, Outlet } from 'react-router';
import { BrandMark } from '../../components/brand-mark.tsx';
import { common, useT } from '../../lib/i18n.ts';
import { useSession } from '../session.tsx';
import { AppHeader } from './app-header.tsx';
import { SideMenu } from './side-menu.tsx';
import './app-layout.css';

export function AppLayout() {
  const t = useT();
  const me = useSession();
  const [isMenuCollapsed, setIsMenuCollapsed] = useState(false);
  const screens = Grid.useBreakpoint();
  // On a phone the collapsed menu hides entirely; the header button brings it back.
  const collapsedWidth = screens.sm === false ? 0 : 64;

  return (
    // antd's App (message, modal) lives here: the login page needs neither.
    <AntApp component={false}>
      <Layout className="app-layout">
        <Layout.Sider
          width={232}
          collapsible
          collapsed={isMenuCollapsed}
          onCollapse={setIsMenuCollapsed}
          breakpoint="lg"
          collapsedWidth={collapsedWidth}
          trigger={null}
          className="app-layout__sider"
        >
          <Link to="/" className="app-layout__brand" aria-label={t(common.appName)}>
            <BrandMark size={34} />
            {isMenuCollapsed ? null : <span className="app-layout__brand-name">{t(common.appName)}</span>}
          </Link>
          <SideMenu role={me.role} />
        </Layout.Sider>
        <Layout>
          <AppHeader
            me={me}
            isMenuCollapsed={isMenuCollapsed}
            onToggleMenu={() => setIsMenuCollapsed((value) => !value)}
          />
          <Layout.Content className="app-layout__content">
            <Outlet />
          </Layout.Content>
          <Layout.Footer className="app-layout__footer">
            <Typography.Text type="secondary">
              {t(common.appName)} · {t(common.appSubtitle)} (Luật số 30/2023/QH15)
            </Typography.Text>
          </Layout.Footer>
        </Layout>
      </Layout>
    </AntApp>
  );
}

export default AppLayout;
