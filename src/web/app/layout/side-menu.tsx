import { useState } from 'react';
import {
  ApartmentOutlined,
  AccountBookOutlined,
  AuditOutlined,
  BookOutlined,
  FileSearchOutlined,
  DashboardOutlined,
  ExclamationCircleOutlined,
  FileTextOutlined,
  ToolOutlined,
  WalletOutlined,
  NotificationOutlined,
  ReadOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { Role } from '../../../domain/auth/constants.ts';
import { useT } from '../../lib/i18n.ts';
import { FORCE_WRITER_ROLES } from '../../force/access.ts';
import { SUMMARY_ROLES } from '../../payroll/access.ts';
import { appText } from '../messages.ts';
import { AUDIT_ROLES, USERS_ROLES } from '../session.tsx';

interface MenuEntry {
  path: string;
  label: { vi: string; en: string };
  icon?: React.ReactNode;
  roles?: readonly Role[];
  /** A group: its path is only the menu key; the children are the pages. */
  children?: MenuEntry[];
}

/** The grassroots force (SPEC §7): the register the commune police keep and the province counts. */
const FORCE_GROUP: MenuEntry = {
  path: '/force',
  label: appText.menuForce,
  icon: <SafetyOutlined />,
  children: [
    { path: '/force/overview', label: appText.menuForceOverview },
    { path: '/force/villages', label: appText.menuForceVillages },
    { path: '/force/teams', label: appText.menuForceTeams },
    { path: '/force/members', label: appText.menuForceMembers },
    { path: '/force/import', label: appText.menuForceImport, roles: FORCE_WRITER_ROLES },
    { path: '/force/procedures', label: appText.menuForceProcedures },
    { path: '/force/rules', label: appText.menuForceRules },
    { path: '/force/holidays', label: appText.menuForceHolidays },
  ],
};

/** Support payments (SPEC §8): the monthly payrolls, the days they count, the rates they use. */
const PAYROLL_GROUP: MenuEntry = {
  path: '/payroll',
  label: appText.menuPayroll,
  icon: <WalletOutlined />,
  children: [
    { path: '/payroll/payrolls', label: appText.menuPayrolls },
    { path: '/payroll/days', label: appText.menuPayrollDays },
    { path: '/payroll/summary', label: appText.menuPayrollSummary, roles: SUMMARY_ROLES },
    { path: '/payroll/rate-sets', label: appText.menuPayrollRates },
    { path: '/payroll/base-salaries', label: appText.menuPayrollBaseSalaries },
  ],
};

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
  FORCE_GROUP,
  { path: '/budget', label: appText.menuBudget, icon: <AccountBookOutlined /> },
  PAYROLL_GROUP,
  { path: '/org', label: appText.menuOrg, icon: <ApartmentOutlined /> },
  { path: '/users', label: appText.menuUsers, icon: <TeamOutlined />, roles: USERS_ROLES },
  { path: '/audit', label: appText.menuAudit, icon: <AuditOutlined />, roles: AUDIT_ROLES },
];

export function SideMenu({ role }: { role: Role }) {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const isVisible = (entry: MenuEntry) => !entry.roles || entry.roles.includes(role);
  const visible = ENTRIES.filter(isVisible);
  const pages = visible.flatMap((entry) => entry.children?.filter(isVisible) ?? [entry]);
  const selected = pages.find((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`));
  // The group of the page shown opens whenever the user arrives in it (also through a redirect or a link).
  const activeGroup = visible.find((entry) => entry.children && pathname.startsWith(`${entry.path}/`))?.path;
  const [openKeys, setOpenKeys] = useState<string[]>(activeGroup ? [activeGroup] : []);
  const [openedFor, setOpenedFor] = useState(activeGroup);
  if (activeGroup !== openedFor) {
    setOpenedFor(activeGroup);
    if (activeGroup && !openKeys.includes(activeGroup)) setOpenKeys([...openKeys, activeGroup]);
  }
  const items: MenuProps['items'] = visible.map((entry) => ({
    key: entry.path,
    icon: entry.icon,
    label: t(entry.label),
    children: entry.children?.filter(isVisible).map((child) => ({ key: child.path, label: t(child.label) })),
  }));
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected.path] : []}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
      onClick={({ key }) => navigate(key)}
    />
  );
}
