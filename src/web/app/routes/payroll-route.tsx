import { useParams } from 'react-router';
import {
  BASE_SALARY_EDITOR_ROLES,
  payrollAccessOf,
  RATE_EDITOR_ROLES,
  SUMMARY_ROLES,
} from '../../payroll/access.ts';
import { BaseSalariesPage } from '../../payroll/base-salaries-page.tsx';
import { DaysPage } from '../../payroll/days-page.tsx';
import { PayrollPage } from '../../payroll/payroll-page.tsx';
import { PayrollsPage } from '../../payroll/payrolls-page.tsx';
import { RateSetPage } from '../../payroll/rate-set-page.tsx';
import { RateSetsPage } from '../../payroll/rate-sets-page.tsx';
import { SummaryPage } from '../../payroll/summary-page.tsx';
import { useSession } from '../session.tsx';

export default function PayrollsRoute() {
  const me = useSession();
  const access = payrollAccessOf(me);
  return (
    <PayrollsPage
      canCompute={access.canWrite}
      canSeeSummary={SUMMARY_ROLES.includes(me.role)}
      myCommune={access.myCommune}
    />
  );
}

export function PayrollRoute() {
  const { payrollId = '' } = useParams();
  return <PayrollPage key={payrollId} id={payrollId} />;
}

export function PayrollDaysRoute() {
  const access = payrollAccessOf(useSession());
  return <DaysPage canEdit={access.canWrite} myCommune={access.myCommune} />;
}

export function PayrollSummaryRoute() {
  return <SummaryPage canCompute={payrollAccessOf(useSession()).canWrite} />;
}

export function RateSetsRoute() {
  return <RateSetsPage canEdit={RATE_EDITOR_ROLES.includes(useSession().role)} />;
}

export function RateSetRoute() {
  const { rateSetId = '' } = useParams();
  return (
    <RateSetPage key={rateSetId} id={rateSetId} canEdit={RATE_EDITOR_ROLES.includes(useSession().role)} />
  );
}

export function BaseSalariesRoute() {
  return <BaseSalariesPage canEdit={BASE_SALARY_EDITOR_ROLES.includes(useSession().role)} />;
}
