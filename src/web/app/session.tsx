import { createContext, useContext, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Me } from '../../domain/auth/auth.schemas.ts';
import type { Role } from '../../domain/auth/constants.ts';
import { useMe } from '../auth/api/get-me.ts';
import { FullPageSpinner } from '../components/full-page-spinner.tsx';
import { LazyErrorResult, LazyForbidden } from './lazy-results.tsx';

const SessionContext = createContext<Me | null>(null);

/** The signed-in user; only for components rendered inside RequireSession. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession used outside RequireSession');
  return me;
}

/** Renders its children for a signed-in user; sends anyone else to the login page, remembering where they were. */
export function RequireSession({ children }: { children: ReactNode }) {
  const meQuery = useMe();
  const location = useLocation();
  if (meQuery.isPending) return <FullPageSpinner />;
  if (meQuery.isError) return <LazyErrorResult error={meQuery.error} />;
  if (!meQuery.data) {
    const here = location.pathname + location.search;
    const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  return <SessionContext.Provider value={meQuery.data}>{children}</SessionContext.Provider>;
}

/** The server enforces roles too; this only spares the user a page of 403 errors. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useSession();
  return roles.includes(me.role) ? children : <LazyForbidden />;
}

export const USERS_ROLES: readonly Role[] = ['admin'];
export const AUDIT_ROLES: readonly Role[] = ['admin', 'coordinator'];
/** Who imports plans; an agency writes its own sub-plans (plan IV.1). */
export const PLAN_WRITER_ROLES: readonly Role[] = ['admin', 'coordinator', 'agency'];
/** Who reviews submitted reports (accept or return) and creates a plan's reporting periods. */
export const REPORT_REVIEWER_ROLES: readonly Role[] = ['admin', 'coordinator'];
/** Who downloads the consolidated report (tổng hợp) from the dashboard. */
export const CONSOLIDATION_ROLES: readonly Role[] = ['admin', 'coordinator', 'leader'];
/** Who keeps the register of legal documents and opens review campaigns (the others read them). */
export const LEGAL_KEEPER_ROLES: readonly Role[] = ['admin', 'coordinator'];
/** Who records events and media items (leaders read them). */
export const ACTIVITY_RECORDER_ROLES: readonly Role[] = ['admin', 'coordinator', 'agency', 'commune_police'];
/** Who records them for another unit of their scope (the provincial police for a newspaper, say). */
export const UNIT_CHOOSER_ROLES: readonly Role[] = ['admin', 'coordinator'];
/** Who lands on the dashboard after signing in. */
export const DASHBOARD_HOME_ROLES: readonly Role[] = ['coordinator', 'leader'];
