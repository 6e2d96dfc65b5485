import {
  BUDGET_SOURCE_LABELS,
  BUDGET_SOURCES,
  type BudgetEntry,
  type BudgetEntryInput,
  type BudgetEntrySaved,
  type BudgetEntryUpdate,
  type BudgetFilter,
  type BudgetKind,
  type BudgetListQuery,
  type BudgetSource,
  type BudgetSummary,
  type BudgetSummaryQuery,
  type BudgetSummaryRow,
  type BudgetTaskSummary,
  type BudgetWarningDto,
  type PayrollSpending,
  payrollSpendingSchema,
} from '../../domain/budget/budget.schemas.ts';
import {
  addAmounts,
  type BudgetAmounts,
  budgetWarnings,
  emptyAmounts,
  lastDayOfMonth,
  percentOf,
  warningMessage,
} from '../../domain/budget/budget-rules.ts';
import type { FieldError } from '../../domain/errors.ts';
import { type AuditActor, recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import {
  type BudgetEntryRow,
  deleteEntry,
  findBudgetPage,
  findEntry,
  findEntryInScope,
  findPayrollEntry,
  findUnit,
  findVisibleTask,
  insertEntry,
  streamBudgetEntries,
  sumByUnitSourceKind,
  sumForTask,
  sumForUnitYear,
  updateEntry,
} from './budget.repo.ts';

const ENTRY_NOT_FOUND = { vi: 'Không tìm thấy khoản kinh phí.', en: 'Budget entry not found.' };
const UNIT_NOT_FOUND = {
  vi: 'Không tìm thấy đơn vị trong phạm vi của bạn.',
  en: 'No such unit in your scope.',
};
const TASK_NOT_FOUND = {
  vi: 'Không tìm thấy nhiệm vụ của kế hoạch trong phạm vi của bạn.',
  en: 'No such plan task in your scope.',
};
const FOLLOWS_PAYROLL = {
  vi: 'Khoản chi này được ghi tự động từ bảng chi trả hỗ trợ và luôn theo bảng chi trả: không sửa, xóa bằng tay; hãy điều chỉnh bảng chi trả (hoặc lập dòng truy lĩnh, truy thu ở tháng sau).',
  en: 'This spending was written by the support payroll and follows it: it cannot be edited or deleted by hand; change the payroll instead (or a correction line in a later month).',
};
const OWN_UNIT_ONLY = {
  vi: 'Đơn vị chỉ nhập kinh phí của chính mình; kinh phí của đơn vị khác do Công an tỉnh (điều phối) nhập.',
  en: 'A unit records its own budget only; the coordinator (provincial police) records for other units.',
};

/** Who writes budget entries: every role but the read-only leaders. */
const WRITER_ROLES = ['admin', 'coordinator', 'agency', 'commune_police'] as const;
/** Who writes for any unit of their scope; the others write for their own unit only. */
const isScopeWriter = (actor: Actor) => actor.role === 'admin' || actor.role === 'coordinator';

function mayWriteFor(actor: Actor, unit: { id: string; path: string }): boolean {
  if (!(WRITER_ROLES as readonly string[]).includes(actor.role)) return false;
  if (!isPathInScope(actor, unit.path)) return false;
  return isScopeWriter(actor) || actor.unitId === unit.id;
}

function toEntry(actor: Actor | null, row: BudgetEntryRow): BudgetEntry {
  return {
    id: row.id,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    fiscalYear: row.fiscalYear,
    source: row.source,
    kind: row.kind,
    amount: Number(row.amount),
    entryDate: row.entryDate,
    documentNumber: row.documentNumber,
    note: row.note,
    task:
      row.taskId && row.taskCode !== null && row.taskTitle !== null && row.planId
        ? {
            id: row.taskId,
            code: row.taskCode,
            title: row.taskTitle,
            planId: row.planId,
            planNumber: row.planNumber,
          }
        : null,
    origin: row.origin,
    payrollId: row.payrollId,
    payrollMonth: row.payrollMonth,
    recordedBy:
      row.createdBy && row.recordedByName ? { id: row.createdBy, displayName: row.recordedByName } : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    canEdit:
      actor !== null && row.origin === 'manual' && mayWriteFor(actor, { id: row.unitId, path: row.unitPath }),
  };
}

/** A district (or any unit) filter becomes its path, after checking that it lies in the actor's scope. */
async function repoFilter<T extends { districtId?: string }>(
  db: Db,
  actor: Actor,
  filter: T,
): Promise<Omit<T, 'districtId'> & { withinPath?: string }> {
  const { districtId, ...rest } = filter;
  if (!districtId) return rest;
  const unit = await findUnit(db, districtId);
  if (!unit || !isPathInScope(actor, unit.path)) throw notFound(UNIT_NOT_FOUND);
  return { ...rest, withinPath: unit.path };
}

export async function listBudgetEntries(db: Db, actor: Actor, query: BudgetListQuery) {
  const { rows, total } = await findBudgetPage(db, actor, await repoFilter(db, actor, query));
  return { items: rows.map((row) => toEntry(actor, row)), total };
}

export async function exportBudgetEntries(
  db: Db,
  actor: Actor,
  filter: BudgetFilter,
): Promise<AsyncIterable<BudgetEntry>> {
  const rows = streamBudgetEntries(db, actor, await repoFilter(db, actor, filter));
  return (async function* () {
    for await (const row of rows) yield toEntry(actor, row);
  })();
}

export async function getBudgetEntry(db: Db, actor: Actor, id: string): Promise<BudgetEntry> {
  const row = await findEntryInScope(db, actor, id);
  if (!row) throw notFound(ENTRY_NOT_FOUND);
  return toEntry(actor, row);
}

type BySource = Map<BudgetSource, BudgetAmounts>;

/** Adds one grouped sum (a source and kind's total, as the database returns it) to the amounts by source. */
function addSum(
  bySource: BySource,
  row: { source: BudgetSource; kind: BudgetKind; total: number | string | null },
) {
  const amounts = bySource.get(row.source) ?? emptyAmounts();
  amounts[row.kind] += Number(row.total ?? 0);
  bySource.set(row.source, amounts);
}

/** The warnings of a unit's year after a change, source by source (they never block a save). */
async function warningsOf(db: Db, unitId: string, fiscalYear: number): Promise<BudgetWarningDto[]> {
  const bySource: BySource = new Map();
  for (const row of await sumForUnitYear(db, unitId, fiscalYear)) addSum(bySource, row);
  return BUDGET_SOURCES.flatMap((source) => {
    const amounts = bySource.get(source);
    if (!amounts) return [];
    return budgetWarnings(amounts).map((code) => ({
      code,
      source,
      message: warningMessage(code, BUDGET_SOURCE_LABELS[source]),
    }));
  });
}

/** Checks the unit and task an entry names: 404 outside the scope, 403 for another unit of a unit user. */
async function checkTarget(db: Db, actor: Actor, input: { unitId: string; taskId: string | null }) {
  const unit = await findUnit(db, input.unitId);
  if (!unit || !isPathInScope(actor, unit.path)) throw notFound(UNIT_NOT_FOUND);
  if (!mayWriteFor(actor, unit)) throw new AppError('FORBIDDEN', OWN_UNIT_ONLY);
  if (input.taskId && !(await findVisibleTask(db, actor, input.taskId))) throw notFound(TASK_NOT_FOUND);
  return unit;
}

function fieldsOf(input: BudgetEntryInput) {
  return {
    unitId: input.unitId,
    fiscalYear: input.fiscalYear,
    source: input.source,
    kind: input.kind,
    amount: input.amount,
    entryDate: input.entryDate,
    documentNumber: input.documentNumber || null,
    note: input.note || null,
    taskId: input.taskId,
  };
}

async function saved(db: Db, actor: Actor, id: string): Promise<BudgetEntrySaved> {
  const row = await findEntryInScope(db, actor, id);
  if (!row) throw notFound(ENTRY_NOT_FOUND);
  return { ...toEntry(actor, row), warnings: await warningsOf(db, row.unitId, row.fiscalYear) };
}

export async function createBudgetEntry(
  db: Db,
  actor: Actor,
  input: BudgetEntryInput,
): Promise<BudgetEntrySaved> {
  requireRole(actor, ...WRITER_ROLES);
  await checkTarget(db, actor, input);
  const id = await db.transaction().execute(async (trx) => {
    const fields = fieldsOf(input);
    const newId = await insertEntry(trx, {
      ...fields,
      origin: 'manual',
      payrollId: null,
      payrollMonth: null,
      createdBy: actor.userId,
      updatedBy: actor.userId,
      createdAt: actor.now,
      updatedAt: actor.now,
    });
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'budget_entry',
      entityId: newId,
      after: fields,
    });
    return newId;
  });
  return saved(db, actor, id);
}

/** An entry a person may change: in scope (else 404), typed by hand (else 409), theirs to write (else 403). */
async function requireEditable(db: Db, actor: Actor, id: string) {
  requireRole(actor, ...WRITER_ROLES);
  const row = await findEntryInScope(db, actor, id);
  if (!row) throw notFound(ENTRY_NOT_FOUND);
  if (row.origin === 'payroll') throw conflict(FOLLOWS_PAYROLL);
  if (!mayWriteFor(actor, { id: row.unitId, path: row.unitPath }))
    throw new AppError('FORBIDDEN', OWN_UNIT_ONLY);
  return row;
}

const snapshot = (row: BudgetEntryRow) => ({
  unitId: row.unitId,
  fiscalYear: row.fiscalYear,
  source: row.source,
  kind: row.kind,
  amount: Number(row.amount),
  entryDate: row.entryDate,
  documentNumber: row.documentNumber,
  note: row.note,
  taskId: row.taskId,
});

export async function updateBudgetEntry(
  db: Db,
  actor: Actor,
  id: string,
  input: BudgetEntryUpdate,
): Promise<BudgetEntrySaved> {
  const before = await requireEditable(db, actor, id);
  await checkTarget(db, actor, input);
  await db.transaction().execute(async (trx) => {
    const fields = fieldsOf(input);
    if (
      !(await updateEntry(trx, id, input.version, {
        ...fields,
        updatedBy: actor.userId,
        updatedAt: actor.now,
      }))
    )
      throw conflict();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'budget_entry',
      entityId: id,
      before: snapshot(before),
      after: fields,
    });
  });
  return saved(db, actor, id);
}

export async function deleteBudgetEntry(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  const before = await requireEditable(db, actor, id);
  await db.transaction().execute(async (trx) => {
    if (!(await deleteEntry(trx, id, version))) throw conflict();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'budget_entry',
      entityId: id,
      before: snapshot(before),
    });
  });
}

function summaryLine(amounts: BudgetAmounts, withWarnings: boolean) {
  return {
    ...amounts,
    allocatedOfEstimate: percentOf(amounts.allocation, amounts.estimate),
    spentOfAllocation: percentOf(amounts.spending, amounts.allocation),
    settledOfSpending: percentOf(amounts.settlement, amounts.spending),
    warnings: withWarnings ? budgetWarnings(amounts) : [],
  };
}

/**
 * The province table (SPEC §8): estimate, allocation, spending and settlement of every unit in scope with
 * entries in the year, per source and over all sources (for units with several), with the scope's totals.
 * One grouped query.
 */
export async function budgetSummary(db: Db, actor: Actor, query: BudgetSummaryQuery): Promise<BudgetSummary> {
  const filter = await repoFilter(db, actor, query);
  const sums = await sumByUnitSourceKind(db, actor, filter);
  const units = new Map<string, { unit: BudgetSummaryRow['unit']; bySource: BySource }>();
  for (const row of sums) {
    let entry = units.get(row.unitId);
    if (!entry) {
      entry = {
        unit: { id: row.unitId, code: row.unitCode, name: row.unitName, kind: row.unitKind },
        bySource: new Map(),
      };
      units.set(row.unitId, entry);
    }
    addSum(entry.bySource, row);
  }
  const rows: BudgetSummaryRow[] = [];
  const scopeBySource: BySource = new Map();
  for (const { unit, bySource } of units.values()) {
    const unitTotal = emptyAmounts();
    for (const source of BUDGET_SOURCES) {
      const amounts = bySource.get(source);
      if (!amounts) continue;
      rows.push({ unit, source, ...summaryLine(amounts, true) });
      addAmounts(unitTotal, amounts);
      scopeBySource.set(source, addAmounts(scopeBySource.get(source) ?? emptyAmounts(), amounts));
    }
    // A unit's total over sources, when it has more than one (with one it would repeat that line).
    if (bySource.size > 1) rows.push({ unit, source: null, ...summaryLine(unitTotal, false) });
  }
  const grand = emptyAmounts();
  const totals: BudgetSummary['totals'] = [];
  for (const source of BUDGET_SOURCES) {
    const amounts = scopeBySource.get(source);
    if (!amounts) continue;
    totals.push({ source, ...summaryLine(amounts, false) });
    addAmounts(grand, amounts);
  }
  totals.push({ source: null, ...summaryLine(grand, false) });
  return { fiscalYear: query.fiscalYear, rows, totals };
}

/** A plan task's money (the per-task view of the plan): by year and source, in the actor's scope. */
export async function budgetForTask(db: Db, actor: Actor, taskId: string): Promise<BudgetTaskSummary> {
  const task = await findVisibleTask(db, actor, taskId);
  if (!task) throw notFound(TASK_NOT_FOUND);
  const sums = await sumForTask(db, actor, taskId);
  const years = new Map<number, BySource>();
  let entryCount = 0;
  for (const row of sums) {
    const bySource = years.get(row.fiscalYear) ?? new Map<BudgetSource, BudgetAmounts>();
    addSum(bySource, row);
    years.set(row.fiscalYear, bySource);
    entryCount += Number(row.entries);
  }
  const rows: BudgetTaskSummary['rows'] = [];
  for (const [fiscalYear, bySource] of years) {
    const total = emptyAmounts();
    for (const source of BUDGET_SOURCES) {
      const amounts = bySource.get(source);
      if (!amounts) continue;
      rows.push({ fiscalYear, source, ...amounts });
      addAmounts(total, amounts);
    }
    rows.push({ fiscalYear, source: null, ...total });
  }
  return { task, rows, entryCount };
}

// ——— The payroll's door into the budget ———

type PayrollActor = AuditActor & Partial<Pick<Actor, 'scopePath'>>;

function parsePayrollSpending(input: PayrollSpending) {
  const parsed = payrollSpendingSchema.safeParse(input);
  if (!parsed.success) {
    const errors: FieldError[] = parsed.error.issues.map((issue) => ({
      path: `/${issue.path.join('/')}`,
      message: issue.message,
    }));
    throw new AppError('VALIDATION_FAILED', undefined, errors);
  }
  return parsed.data;
}

/**
 * Writes (or brings up to date) the spending of a paid payroll: one entry per payroll (unique payroll_id),
 * kind 'spending', origin 'payroll', dated the last day of the payroll's month, in that month's fiscal year.
 * Call it inside the payroll's own transaction (`trx`), so that the payroll and its spending land together.
 * Recording the same figures again writes nothing.
 */
export async function recordPayrollSpending(
  trx: Db,
  actor: PayrollActor,
  input: PayrollSpending,
): Promise<BudgetEntry> {
  const data = parsePayrollSpending(input);
  const unit = await findUnit(trx, data.unitId);
  if (!unit || (actor.scopePath !== undefined && !isPathInScope({ scopePath: actor.scopePath }, unit.path)))
    throw notFound(UNIT_NOT_FOUND);
  const fields = {
    unitId: data.unitId,
    fiscalYear: Number(data.month.slice(0, 4)),
    source: data.source,
    kind: 'spending' as const,
    amount: data.amount,
    entryDate: lastDayOfMonth(data.month),
    payrollMonth: data.month,
  };
  const [year, month] = [data.month.slice(0, 4), data.month.slice(5, 7)];
  const note = `Chi hỗ trợ lực lượng tham gia bảo vệ ANTT ở cơ sở tháng ${month}/${year} (theo bảng chi trả)`;
  const existing = await findPayrollEntry(trx, data.payrollId);
  let id: string;
  if (!existing) {
    id = await insertEntry(trx, {
      ...fields,
      documentNumber: null,
      note,
      taskId: null,
      origin: 'payroll',
      payrollId: data.payrollId,
      createdBy: actor.userId,
      updatedBy: actor.userId,
      createdAt: actor.now,
      updatedAt: actor.now,
    });
    await recordAudit(trx, actor, {
      action: 'record_payroll',
      entity: 'budget_entry',
      entityId: id,
      after: { ...fields, payrollId: data.payrollId },
    });
  } else {
    id = existing.id;
    const same =
      existing.unitId === fields.unitId &&
      existing.source === fields.source &&
      Number(existing.amount) === fields.amount &&
      existing.payrollMonth === fields.payrollMonth;
    if (!same) {
      await updateEntry(trx, id, existing.version, {
        ...fields,
        note,
        updatedBy: actor.userId,
        updatedAt: actor.now,
      });
      await recordAudit(trx, actor, {
        action: 'record_payroll',
        entity: 'budget_entry',
        entityId: id,
        before: {
          unitId: existing.unitId,
          source: existing.source,
          amount: Number(existing.amount),
          payrollMonth: existing.payrollMonth,
        },
        after: { ...fields, payrollId: data.payrollId },
      });
    }
  }
  const row = await findEntry(trx, id);
  if (!row) throw notFound(ENTRY_NOT_FOUND);
  return toEntry(null, row);
}

/** Takes a payroll's spending back out (the payroll was un-paid or removed); false when there was none. */
export async function removePayrollSpending(
  trx: Db,
  actor: PayrollActor,
  payrollId: string,
): Promise<boolean> {
  const existing = await findPayrollEntry(trx, payrollId);
  if (!existing) return false;
  await deleteEntry(trx, existing.id);
  await recordAudit(trx, actor, {
    action: 'remove_payroll',
    entity: 'budget_entry',
    entityId: existing.id,
    before: {
      unitId: existing.unitId,
      source: existing.source,
      amount: Number(existing.amount),
      payrollMonth: existing.payrollMonth,
      payrollId,
    },
  });
  return true;
}
