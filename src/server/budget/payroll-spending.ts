import { onPayrollStatusChange } from '../payroll/payroll-events.ts';
import { recordPayrollSpending } from './budget.service.ts';

let isFollowing = false;

/**
 * The payroll totals flow into the budget (SPEC §8): a payroll marked paid becomes the commune's spending of
 * its month, in the same transaction as the payment. A paid payroll is final (a later change is a correction
 * line of a later month, paid with that month), so the entry never has to be taken back. Called once per
 * process, however many apps a test builds.
 */
export function followPayrolls(): void {
  if (isFollowing) return;
  isFollowing = true;
  onPayrollStatusChange(async (trx, change) => {
    if (change.to !== 'paid') return;
    await recordPayrollSpending(trx, change.actor, {
      payrollId: change.payrollId,
      unitId: change.unitId,
      month: change.month,
      amount: change.total,
    });
  });
}
