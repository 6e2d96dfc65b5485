import type { PayrollStatus } from '../../domain/payroll/payroll-api.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';

/** A payroll changed status (created as a draft: `from` null). `total` is what the month pays (integer VND). */
export interface PayrollStatusChange {
  payrollId: string;
  unitId: string;
  month: string;
  from: PayrollStatus | null;
  to: PayrollStatus;
  total: number;
  actor: Actor | SystemActor;
}

export type PayrollStatusListener = (trx: Db, change: PayrollStatusChange) => Promise<void>;

const listeners: PayrollStatusListener[] = [];

/**
 * Where other modules follow payrolls (the budget records a paid payroll's total as spending). Listeners run
 * inside the transaction of the change, so the change and what follows from it land together or not at all.
 * Returns a function that removes the listener.
 */
export function onPayrollStatusChange(listener: PayrollStatusListener): () => void {
  listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  };
}

export async function emitPayrollStatusChange(trx: Db, change: PayrollStatusChange): Promise<void> {
  for (const listener of listeners) await listener(trx, change);
}
