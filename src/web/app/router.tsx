import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { FullPageSpinner } from '../components/full-page-spinner.tsx';
import { FORCE_WRITER_ROLES } from '../force/access.ts';
import { SUMMARY_ROLES } from '../payroll/access.ts';
import { LazyNotFound } from './lazy-results.tsx';
import { RouteError } from './route-error.tsx';
import {
  AUDIT_ROLES,
  DASHBOARD_HOME_ROLES,
  PLAN_WRITER_ROLES,
  RequireRole,
  RequireSession,
  USERS_ROLES,
  useSession,
} from './session.tsx';

// Every page is its own chunk: the login page loads without the tables, trees and pickers of the others.
const loadLogin = () => import('../auth/login-page.tsx');
const loadLayout = () => import('./layout/app-layout.tsx');
const loadOrg = () => import('../org/org-page.tsx');
const loadUsers = () => import('./routes/users-route.tsx');
const loadAudit = () => import('./routes/audit-route.tsx');
const loadPlans = () => import('./routes/plans-route.tsx');
const loadPlanImport = () => import('./routes/plan-import-route.tsx');
const loadPlan = () => import('./routes/plan-route.tsx');
const loadReports = () => import('./routes/reports-route.tsx');
const loadReport = () => import('./routes/report-route.tsx');
const loadDashboard = () => import('./routes/dashboard-route.tsx');
const loadInspections = () => import('./routes/inspections-route.tsx');
const loadDifficulties = () => import('../difficulties/difficulties-page.tsx');
const loadNotifications = () => import('../notifications/notifications-page.tsx');
const loadLegalDocuments = () => import('./routes/legal-documents-route.tsx');
const loadReviews = () => import('./routes/reviews-route.tsx');
const loadReview = () => import('./routes/review-route.tsx');
const loadEvents = () => import('./routes/events-route.tsx');
const loadMedia = () => import('./routes/media-route.tsx');
const loadForceOverview = () => import('./routes/force-overview-route.tsx');
const loadForceVillages = () => import('./routes/force-villages-route.tsx');
const loadForceTeams = () => import('./routes/force-teams-route.tsx');
const loadForceMembers = () => import('./routes/force-members-route.tsx');
const loadForceMember = () => import('./routes/force-member-route.tsx');
const loadForceImport = () => import('./routes/force-import-route.tsx');
const loadForceProcedures = () => import('./routes/force-procedures-route.tsx');
const loadForceProcedure = () => import('./routes/force-procedure-route.tsx');
const loadForceRules = () => import('./routes/force-rules-route.tsx');
const loadForceHolidays = () => import('./routes/force-holidays-route.tsx');
const loadBudget = () => import('./routes/budget-route.tsx');
const loadPayroll = () => import('./routes/payroll-route.tsx');

const LoginPage = lazy(loadLogin);
const AppLayout = lazy(loadLayout);
const OrgPage = lazy(loadOrg);
const UsersPage = lazy(loadUsers);
const AuditPage = lazy(loadAudit);
const PlansPage = lazy(loadPlans);
const PlanImportPage = lazy(loadPlanImport);
const PlanPage = lazy(loadPlan);
const ReportsPage = lazy(loadReports);
const ReportPage = lazy(loadReport);
const DashboardPage = lazy(loadDashboard);
const InspectionsPage = lazy(loadInspections);
const InspectionPage = lazy(() => loadInspections().then((m) => ({ default: m.InspectionRoute })));
const IndicatorSourcesPage = lazy(() => loadEvents().then((m) => ({ default: m.IndicatorSourcesRoute })));
const FollowUpsPage = lazy(() => loadInspections().then((m) => ({ default: m.FollowUpsRoute })));
const DifficultiesPage = lazy(loadDifficulties);
const NotificationsPage = lazy(loadNotifications);
const LegalDocumentsPage = lazy(loadLegalDocuments);
const ReviewsPage = lazy(loadReviews);
const ReviewPage = lazy(loadReview);
const EventsPage = lazy(loadEvents);
const MediaPage = lazy(loadMedia);
const ForceOverviewPage = lazy(loadForceOverview);
const ForceVillagesPage = lazy(loadForceVillages);
const ForceTeamsPage = lazy(loadForceTeams);
const ForceMembersPage = lazy(loadForceMembers);
const ForceMemberPage = lazy(loadForceMember);
const ForceImportPage = lazy(loadForceImport);
const ForceProceduresPage = lazy(loadForceProcedures);
const ForceProcedurePage = lazy(loadForceProcedure);
const ForceRulesPage = lazy(loadForceRules);
const ForceHolidaysPage = lazy(loadForceHolidays);
const BudgetPage = lazy(loadBudget);
const PayrollsPage = lazy(loadPayroll);
const PayrollPage = lazy(() => loadPayroll().then((m) => ({ default: m.PayrollRoute })));
const PayrollDaysPage = lazy(() => loadPayroll().then((m) => ({ default: m.PayrollDaysRoute })));
const PayrollSummaryPage = lazy(() => loadPayroll().then((m) => ({ default: m.PayrollSummaryRoute })));
const RateSetsPage = lazy(() => loadPayroll().then((m) => ({ default: m.RateSetsRoute })));
const RateSetPage = lazy(() => loadPayroll().then((m) => ({ default: m.RateSetRoute })));
const BaseSalariesPage = lazy(() => loadPayroll().then((m) => ({ default: m.BaseSalariesRoute })));

type Loader = () => Promise<unknown>;

const FORCE_LOADERS: Record<string, Loader> = {
  overview: loadForceOverview,
  villages: loadForceVillages,
  teams: loadForceTeams,
  members: loadForceMembers,
  member: loadForceMember,
  import: loadForceImport,
  procedures: loadForceProcedures,
  procedure: loadForceProcedure,
  rules: loadForceRules,
  holidays: loadForceHolidays,
};

/** The chunk of each section's main page (the plans and the force have several: see loaderOf). */
const PAGE_LOADERS: Record<string, Loader> = {
  org: loadOrg,
  reports: loadReports,
  reviews: loadReviews,
  users: loadUsers,
  audit: loadAudit,
  dashboard: loadDashboard,
  inspections: loadInspections,
  'follow-ups': loadInspections,
  difficulties: loadDifficulties,
  notifications: loadNotifications,
  'legal-documents': loadLegalDocuments,
  events: loadEvents,
  media: loadMedia,
  budget: loadBudget,
  payroll: loadPayroll,
};

/** Sections whose path may name one record (/reports/:periodId): the record's page is its own chunk. */
const DETAIL_LOADERS: Record<string, Loader> = {
  reports: loadReport,
  reviews: loadReview,
  inspections: loadInspections,
};

/** The chunk a path needs: /plans/import, /force/members/:id and the like have pages of their own. */
function loaderOf(pathname: string): Loader | undefined {
  const [, section = '', page, id] = pathname.split('/');
  if (section === 'plans') return !page ? loadPlans : page === 'import' ? loadPlanImport : loadPlan;
  if (section === 'force') {
    if (id && page === 'members') return FORCE_LOADERS.member;
    if (id && page === 'procedures') return FORCE_LOADERS.procedure;
    return FORCE_LOADERS[page ?? 'overview'];
  }
  return (page && DETAIL_LOADERS[section]) || PAGE_LOADERS[section];
}

/**
 * Starts downloading the chunks a path needs at once, instead of one after another as each lazy
 * component renders (session check → layout → page). The lazy components then find them loaded.
 */
export function preloadPath(pathname: string): void {
  // A failed preload is not an error yet: the lazy component retries and shows the error page if needed.
  const ignore = () => undefined;
  if (pathname.split('/')[1] === 'login') {
    loadLogin().catch(ignore);
    return;
  }
  loadLayout().catch(ignore);
  (loaderOf(pathname) ?? loadOrg)().catch(ignore);
}

function page(element: ReactNode) {
  return <Suspense fallback={<FullPageSpinner />}>{element}</Suspense>;
}

/**
 * Coordinators and leaders start on the dashboard; the commune police on their commune's force (its figures
 * and late procedure steps); everyone else where they always did.
 */
function HomeRedirect() {
  const me = useSession();
  if (me.role === 'commune_police') return <Navigate to="/force/overview" replace />;
  return <Navigate to={DASHBOARD_HOME_ROLES.includes(me.role) ? '/dashboard' : '/org'} replace />;
}

function LoginRoute() {
  // While the login request runs, fetch the app behind it.
  return <LoginPage onLoginStart={(next) => preloadPath(next)} />;
}

export function createRouter() {
  preloadPath(window.location.pathname);
  return createBrowserRouter([
    { path: '/login', element: page(<LoginRoute />), errorElement: <RouteError /> },
    {
      path: '/',
      element: <RequireSession>{page(<AppLayout />)}</RequireSession>,
      errorElement: <RouteError />,
      children: [
        {
          // A page that fails renders its error inside the layout, keeping the menu and header.
          errorElement: <RouteError />,
          children: [
            { index: true, element: <HomeRedirect /> },
            { path: 'dashboard', element: page(<DashboardPage />) },
            { path: 'reports', element: page(<ReportsPage />) },
            { path: 'reports/:periodId', element: page(<ReportPage />) },
            { path: 'inspections', element: page(<InspectionsPage />) },
            { path: 'inspections/:id', element: page(<InspectionPage />) },
            { path: 'follow-ups', element: page(<FollowUpsPage />) },
            { path: 'difficulties', element: page(<DifficultiesPage />) },
            { path: 'notifications', element: page(<NotificationsPage />) },
            { path: 'legal-documents', element: page(<LegalDocumentsPage />) },
            { path: 'reviews', element: page(<ReviewsPage />) },
            { path: 'reviews/:campaignId', element: page(<ReviewPage />) },
            { path: 'events', element: page(<EventsPage />) },
            {
              path: 'events/indicator-sources',
              element: (
                <RequireRole roles={['admin', 'coordinator']}>{page(<IndicatorSourcesPage />)}</RequireRole>
              ),
            },
            { path: 'media', element: page(<MediaPage />) },
            { path: 'org', element: page(<OrgPage />) },
            { path: 'plans', element: page(<PlansPage />) },
            {
              path: 'plans/import',
              element: <RequireRole roles={PLAN_WRITER_ROLES}>{page(<PlanImportPage />)}</RequireRole>,
            },
            { path: 'plans/:id', element: page(<PlanPage />) },
            { path: 'force', element: <Navigate to="/force/overview" replace /> },
            { path: 'force/overview', element: page(<ForceOverviewPage />) },
            { path: 'force/villages', element: page(<ForceVillagesPage />) },
            { path: 'force/teams', element: page(<ForceTeamsPage />) },
            { path: 'force/members', element: page(<ForceMembersPage />) },
            { path: 'force/members/:memberId', element: page(<ForceMemberPage />) },
            {
              path: 'force/import',
              element: <RequireRole roles={FORCE_WRITER_ROLES}>{page(<ForceImportPage />)}</RequireRole>,
            },
            { path: 'force/procedures', element: page(<ForceProceduresPage />) },
            { path: 'force/procedures/:procedureId', element: page(<ForceProcedurePage />) },
            { path: 'force/rules', element: page(<ForceRulesPage />) },
            { path: 'force/holidays', element: page(<ForceHolidaysPage />) },
            { path: 'budget', element: page(<BudgetPage />) },
            { path: 'payroll', element: <Navigate to="/payroll/payrolls" replace /> },
            { path: 'payroll/payrolls', element: page(<PayrollsPage />) },
            { path: 'payroll/payrolls/:payrollId', element: page(<PayrollPage />) },
            { path: 'payroll/days', element: page(<PayrollDaysPage />) },
            {
              path: 'payroll/summary',
              element: <RequireRole roles={SUMMARY_ROLES}>{page(<PayrollSummaryPage />)}</RequireRole>,
            },
            { path: 'payroll/rate-sets', element: page(<RateSetsPage />) },
            { path: 'payroll/rate-sets/:rateSetId', element: page(<RateSetPage />) },
            { path: 'payroll/base-salaries', element: page(<BaseSalariesPage />) },
            {
              path: 'users',
              element: <RequireRole roles={USERS_ROLES}>{page(<UsersPage />)}</RequireRole>,
            },
            {
              path: 'audit',
              element: <RequireRole roles={AUDIT_ROLES}>{page(<AuditPage />)}</RequireRole>,
            },
            { path: '*', element: <LazyNotFound /> },
          ],
        },
      ],
    },
  ]);
}
