import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Divider, Flex, Layout, Tag, Tooltip, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../../domain/auth/constants.ts';
import type { Me } from '../../../domain/auth/auth.schemas.ts';
import { useLogout } from '../../auth/api/logout.ts';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { NotificationBell } from '../../notifications/components/notification-bell.tsx';
import { useT } from '../../lib/i18n.ts';
import { appText } from '../messages.ts';

interface AppHeaderProps {
  me: Me;
  isMenuCollapsed: boolean;
  onToggleMenu: () => void;
}

export function AppHeader({ me, isMenuCollapsed, onToggleMenu }: AppHeaderProps) {
  const t = useT();
  const navigate = useNavigate();
  const logoutMutation = useLogout();

  const handleLogout = () => {
    logoutMutation.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
  };

  return (
    <Layout.Header className="app-header">
      <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
        <Tooltip title={t(isMenuCollapsed ? appText.expandMenu : appText.collapseMenu)}>
          <Button
            type="text"
            aria-label={t(isMenuCollapsed ? appText.expandMenu : appText.collapseMenu)}
            icon={isMenuCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={onToggleMenu}
          />
        </Tooltip>
        <Flex align="center" gap={12} style={{ minWidth: 0 }}>
          <NotificationBell />
          <Flex align="center" gap={10} style={{ minWidth: 0 }} aria-label={t(appText.account)}>
            <Avatar icon={<UserOutlined />} style={{ background: '#1f4e9c', flex: 'none' }} />
            <div className="app-header__identity">
              <Typography.Text strong ellipsis className="app-header__name">
                {me.displayName}
              </Typography.Text>
              <Flex align="center" gap={6} style={{ minWidth: 0 }}>
                <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
                  {t(ROLE_LABELS[me.role])}
                </Tag>
                <Typography.Text type="secondary" ellipsis className="app-header__unit" title={me.unit.name}>
                  {me.unit.name}
                </Typography.Text>
              </Flex>
            </div>
          </Flex>
          <Divider orientation="vertical" />
          <LanguageSwitch />
          <Button icon={<LogoutOutlined />} onClick={handleLogout} loading={logoutMutation.isPending}>
            {t(appText.logout)}
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
