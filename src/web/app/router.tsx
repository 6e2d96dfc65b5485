import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { FullPageSpinner } from '../components/full-page-spinner.tsx';
import { LazyNotFound } from './lazy-results.tsx';
import { RouteError } from './route-error.tsx';
import { AUDIT_ROLES, RequireRole, RequireSession, USERS_ROLES } from './session.tsx';

// Every page is its own chunk: the login page loads without the tables, trees and pickers of the others.
const LoginPage = lazy(() => import('../auth/login-page.tsx'));
const AppLayout = lazy(() => import('./layout/app-layout.tsx'));
const OrgPage = lazy(() => import('../org/org-page.tsx'));
const UsersPage = lazy(() => import('./routes/users-route.tsx'));
const AuditPage = lazy(() => import('./routes/audit-route.tsx'));

function page(element: ReactNode) {
  return <Suspense fallback={<FullPageSpinner />}>{element}</Suspense>;
}

export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: page(<LoginPage />), errorElement: <RouteError /> },
    {
      path: '/',
      element: <RequireSession>{page(<AppLayout />)}</RequireSession>,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/org" replace /> },
        { path: 'org', element: page(<OrgPage />) },
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
  ]);
}
