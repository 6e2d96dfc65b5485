import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  FileSearchOutlined,
  DashboardOutlined,
  ExclamationCircleOutlined,
  FileTextOutlined,
  ToolOutlined,
  NotificationOutlined,
  ReadOutlined,
  ScheduleOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { Role } from '../../../domain/auth/constants.ts';
import { useT } from '../../lib/i18n.ts';
import { appText } from '../messages.ts';
import { AUDIT_ROLES, USERS_ROLES } from '../session.tsx';

interface MenuEntry {
  path: string;
  label: { vi: string; en: string };
  icon: React.ReactNode;
  roles?: readonly Role[];
}

// Only the modules that exist now; each later module adds its line here.
const ENTRIES: MenuEntry[] = [
  { path: '/dashboard', label: appText.menuDashboard, icon: <DashboardOutlined /> },
  { path: '/plans', label: appText.menuPlans, icon: <ScheduleOutlined /> },
  { path: '/reports', label: appText.menuReports, icon: <FileTextOutlined /> },
  { path: '/inspections', label: appText.menuInspections, icon: <FileSearchOutlined /> },
  { path: '/follow-ups', label: appText.menuFollowUps, icon: <ToolOutlined /> },
  { path: '/difficulties', label: appText.menuDifficulties, icon: <ExclamationCircleOutlined /> },
  { path: '/legal-documents', label: appText.menuLegalDocuments, icon: <BookOutlined /> },
  { path: '/reviews', label: appText.menuReviews, icon: <FileSearchOutlined /> },
  { path: '/events', label: appText.menuEvents, icon: <ReadOutlined /> },
  { path: '/media', label: appText.menuMedia, icon: <NotificationOutlined /> },
  { path: '/org', label: appText.menuOrg, icon: <ApartmentOutlined /> },
  { path: '/users', label: appText.menuUsers, icon: <TeamOutlined />, roles: USERS_ROLES },
  { path: '/audit', label: appText.menuAudit, icon: <AuditOutlined />, roles: AUDIT_ROLES },
];

export function SideMenu({ role }: { role: Role }) {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const visible = ENTRIES.filter((entry) => !entry.roles || entry.roles.includes(role));
  const selected = visible.find((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`));
  const items: MenuProps['items'] = visible.map((entry) => ({
    key: entry.path,
    icon: entry.icon,
    label: t(entry.label),
  }));
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected.path] : []}
      onClick={({ key }) => navigate(key)}
    />
  );
}
