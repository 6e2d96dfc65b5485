// The figures a payroll is computed from: the base-salary table (admin), the provinces' rate sets, which set is
// in force when, and each province's settings (who approves, rounding).
import { randomUUID } from 'node:crypto';
import { validateBaseSalaryTable } from '../../domain/payroll/base-salary.ts';
import { vnDate } from '../../domain/payroll/calendar.ts';
import type { FieldError } from '../../domain/errors.ts';
import type {
  BaseSalaryCreate,
  BaseSalaryRow,
  BaseSalaryUpdate,
  PayrollSettings,
  RateAssignment,
  RateAssignmentCreate,
  RateSetCreate,
  RateSetUpdate,
  StoredRateSet,
} from '../../domain/payroll/payroll-api.schemas.ts';
import { EXAMPLE_RATE_SETS, type RateSet } from '../../domain/payroll/rate-sets.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { PayrollRateSetTable } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, conflict, forbidden, notFound } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import { num, provinceIdOf } from '../force/force-scope.ts';
import { toRateSet } from './payroll-inputs.ts';
import { dayBefore } from '../../domain/payroll/calendar.ts';

// ---- base salary ----

const BASE_SALARY_NOT_FOUND = {
  vi: 'Không tìm thấy giai đoạn mức lương cơ sở.',
  en: 'Base salary period not found.',
};

function requireAdmin(actor: Actor) {
  if (actor.role !== 'admin') throw forbidden();
}

async function baseSalaryRows(db: Db) {
  return db.selectFrom('payrollBaseSalary').selectAll().orderBy('fromDate').execute();
}

const toBaseSalaryRow = (r: Awaited<ReturnType<typeof baseSalaryRows>>[number]): BaseSalaryRow => ({
  id: r.id,
  from: r.fromDate,
  to: r.toDate,
  amount: num(r.amount),
  source: r.source,
  shipped: num(r.shipped) === 1,
  updatedAt: r.updatedAt,
});

export async function listBaseSalaries(db: Db): Promise<{ items: BaseSalaryRow[] }> {
  return { items: (await baseSalaryRows(db)).map(toBaseSalaryRow) };
}

/** The table after a change must still be valid (no gap, no overlap, only the last period open). */
function requireValidTable(rows: BaseSalaryRow[], changedId: string) {
  const table = rows.map((r) => ({ from: r.from, to: r.to, amount: r.amount, source: r.source }));
  const errors = validateBaseSalaryTable(table, 'table');
  if (errors.length === 0) return;
  const changed = rows.findIndex((r) => r.id === changedId);
  const fieldErrors: FieldError[] = errors.map((e) => {
    const m = /^table\.(\d+)\.(\w+)$/.exec(e.path);
    return { path: m && Number(m[1]) === changed ? m[2]! : e.path, message: e.message };
  });
  throw new AppError(
    'VALIDATION_FAILED',
    {
      vi: `Bảng mức lương cơ sở sau khi sửa không hợp lệ: ${errors[0]!.message}`,
      en: `The base-salary table would not be valid: ${errors[0]!.message}`,
    },
    fieldErrors,
  );
}

export async function createBaseSalary(
  db: Db,
  actor: Actor,
  input: BaseSalaryCreate,
): Promise<BaseSalaryRow> {
  requireAdmin(actor);
  const id = randomUUID();
  return db.transaction().execute(async (trx) => {
    const rows = (await baseSalaryRows(trx)).map(toBaseSalaryRow);
    const open = rows.find((r) => r.to === null);
    if (input.closePrevious && open && open.from < input.from) {
      open.to = dayBefore(input.from);
      await trx
        .updateTable('payrollBaseSalary')
        .set({ toDate: open.to, updatedAt: actor.now, updatedBy: actor.userId })
        .where('id', '=', open.id)
        .execute();
    }
    const row: BaseSalaryRow = {
      id,
      from: input.from,
      to: input.to,
      amount: input.amount,
      source: input.source,
      shipped: false,
      updatedAt: actor.now,
    };
    requireValidTable([...rows, row], id);
    await trx
      .insertInto('payrollBaseSalary')
      .values({
        id,
        fromDate: input.from,
        toDate: input.to,
        amount: input.amount,
        source: input.source,
        shipped: 0,
        updatedBy: actor.userId,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'payroll_base_salary',
      entityId: id,
      after: { ...input, closed: input.closePrevious && open ? { id: open.id, to: open.to } : null },
    });
    return row;
  });
}

export async function updateBaseSalary(
  db: Db,
  actor: Actor,
  id: string,
  input: BaseSalaryUpdate,
): Promise<BaseSalaryRow> {
  requireAdmin(actor);
  return db.transaction().execute(async (trx) => {
    const rows = (await baseSalaryRows(trx)).map(toBaseSalaryRow);
    const current = rows.find((r) => r.id === id);
    if (!current) throw notFound(BASE_SALARY_NOT_FOUND);
    const next: BaseSalaryRow = { ...current, ...input, updatedAt: actor.now };
    requireValidTable(
      rows.map((r) => (r.id === id ? next : r)),
      id,
    );
    await trx
      .updateTable('payrollBaseSalary')
      .set({
        fromDate: next.from,
        toDate: next.to,
        amount: next.amount,
        source: next.source,
        updatedBy: actor.userId,
        updatedAt: actor.now,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'payroll_base_salary',
      entityId: id,
      before: { from: current.from, to: current.to, amount: current.amount, source: current.source },
      after: input,
    });
    return next;
  });
}

export async function deleteBaseSalary(db: Db, actor: Actor, id: string): Promise<void> {
  requireAdmin(actor);
  await db.transaction().execute(async (trx) => {
    const rows = (await baseSalaryRows(trx)).map(toBaseSalaryRow);
    const current = rows.find((r) => r.id === id);
    if (!current) throw notFound(BASE_SALARY_NOT_FOUND);
    requireValidTable(
      rows.filter((r) => r.id !== id),
      id,
    );
    await trx.deleteFrom('payrollBaseSalary').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'payroll_base_salary',
      entityId: id,
      before: { from: current.from, to: current.to, amount: current.amount, source: current.source },
    });
  });
}

// ---- provinces ----

const PROVINCE_NOT_FOUND = { vi: 'Không tìm thấy tỉnh, thành phố.', en: 'Province not found.' };

/**
 * A province the actor may read (its scope covers the province, or lies inside it); `write`: only an admin or a
 * coordinator whose scope covers the province (403 for the others).
 */
async function requireProvince(db: Db, actor: Actor, provinceId: string, write: boolean) {
  const unit = await db
    .selectFrom('unit')
    .select(['id', 'name', 'path', 'kind'])
    .where('id', '=', provinceId)
    .executeTakeFirst();
  const readable =
    unit &&
    unit.kind === 'province' &&
    (isPathInScope(actor, unit.path) || actor.scopePath.startsWith(unit.path));
  if (!unit || !readable) throw notFound(PROVINCE_NOT_FOUND);
  if (write) {
    const writer =
      (actor.role === 'admin' || actor.role === 'coordinator') && isPathInScope(actor, unit.path);
    if (!writer) throw forbidden();
  }
  return unit;
}

/** The province asked for, else the actor's own. */
async function provinceOrOwn(db: Db, actor: Actor, provinceId: string | undefined) {
  const id = provinceId ?? provinceIdOf(actor.scopePath);
  if (!id)
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'provinceId', message: 'Hãy chọn tỉnh.' }]);
  return requireProvince(db, actor, id, false);
}

// ---- rate sets ----

const RATE_SET_NOT_FOUND = { vi: 'Không tìm thấy bộ mức hỗ trợ.', en: 'Rate set not found.' };

type RateSetRow = Selectable<PayrollRateSetTable> & { inUse: unknown };

function toStored(row: RateSetRow): StoredRateSet {
  return {
    ...toRateSet(row),
    provinceId: row.provinceId,
    exampleKey: row.exampleKey,
    inUse: Boolean(num(row.inUse)) || row.inUse === true,
    version: num(row.version),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function listExamples(): { items: RateSet[] } {
  return { items: EXAMPLE_RATE_SETS.map((s) => ({ ...s, rates: [...s.rates], notes: [...s.notes] })) };
}

export async function listRateSets(
  db: Db,
  actor: Actor,
  provinceId?: string,
): Promise<{ items: StoredRateSet[] }> {
  const province = await provinceOrOwn(db, actor, provinceId);
  const rows = await db
    .selectFrom('payrollRateSet')
    .selectAll('payrollRateSet')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('payrollRateAssignment')
            .select('payrollRateAssignment.id')
            .whereRef('payrollRateAssignment.rateSetId', '=', 'payrollRateSet.id'),
        )
        .as('inUse'),
    )
    .where('provinceId', '=', province.id)
    .orderBy('effectiveFrom')
    .orderBy('createdAt')
    .execute();
  return { items: rows.map(toStored) };
}

async function requireRateSet(db: Db, actor: Actor, id: string, write: boolean) {
  const row = await db
    .selectFrom('payrollRateSet')
    .selectAll('payrollRateSet')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('payrollRateAssignment')
            .select('payrollRateAssignment.id')
            .whereRef('payrollRateAssignment.rateSetId', '=', 'payrollRateSet.id'),
        )
        .as('inUse'),
    )
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(RATE_SET_NOT_FOUND);
  try {
    await requireProvince(db, actor, row.provinceId, write);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') throw notFound(RATE_SET_NOT_FOUND);
    throw err;
  }
  return row;
}

export async function getRateSet(db: Db, actor: Actor, id: string): Promise<StoredRateSet> {
  return toStored(await requireRateSet(db, actor, id, false));
}

function columnsOf(set: Omit<RateSet, 'id'>) {
  return {
    title: set.title,
    provinceName: set.province,
    resolutionNumber: set.resolution?.number ?? null,
    resolutionDate: set.resolution?.date ?? null,
    resolutionIssuer: set.resolution?.issuer ?? null,
    source: set.source,
    isExample: set.isExample ? 1 : 0,
    effectiveFrom: set.effectiveFrom,
    effectiveTo: set.effectiveTo,
    rates: JSON.stringify(set.rates),
    notes: JSON.stringify(set.notes),
  };
}

export async function createRateSet(db: Db, actor: Actor, input: RateSetCreate): Promise<StoredRateSet> {
  const province = await requireProvince(db, actor, input.provinceId, true);
  let set: Omit<RateSet, 'id'>;
  let exampleKey: string | null = null;
  if ('fromExample' in input) {
    const example = EXAMPLE_RATE_SETS.find((e) => e.id === input.fromExample);
    if (!example) {
      throw new AppError('VALIDATION_FAILED', undefined, [
        {
          path: 'fromExample',
          message: `Không có bộ mức mẫu "${input.fromExample}". Các bộ mẫu: ${EXAMPLE_RATE_SETS.map((e) => e.id).join(', ')}.`,
        },
      ]);
    }
    set = example;
    exampleKey = example.id;
  } else {
    const { provinceId: _p, ...rest } = input;
    set = { ...rest, isExample: false };
  }
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('payrollRateSet')
      .values({
        id,
        provinceId: province.id,
        exampleKey,
        ...columnsOf(set),
        createdBy: actor.userId,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'payroll_rate_set',
      entityId: id,
      after: { provinceId: province.id, exampleKey, ...set },
    });
  });
  return getRateSet(db, actor, id);
}

export async function updateRateSet(
  db: Db,
  actor: Actor,
  id: string,
  input: RateSetUpdate,
): Promise<StoredRateSet> {
  const current = await requireRateSet(db, actor, id, true);
  const { version, ...rest } = input;
  // A set edited by hand is no longer the shipped example's figures, unless it still names itself an example.
  const set: Omit<RateSet, 'id'> = {
    ...rest,
    isExample: current.isExample === 1 && current.exampleKey !== null,
  };
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('payrollRateSet')
      .set({ ...columnsOf(set), updatedAt: actor.now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) {
      throw conflict({
        vi: 'Bộ mức hỗ trợ vừa được người khác sửa. Tải lại rồi sửa lại.',
        en: 'The rate set was changed meanwhile. Reload and retry.',
      });
    }
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'payroll_rate_set',
      entityId: id,
      before: toRateSet(current),
      after: set,
    });
  });
  return getRateSet(db, actor, id);
}

export async function deleteRateSet(db: Db, actor: Actor, id: string): Promise<void> {
  const current = await requireRateSet(db, actor, id, true);
  await db.transaction().execute(async (trx) => {
    const used = await trx
      .selectFrom('payrollRateAssignment')
      .select('id')
      .where('rateSetId', '=', id)
      .executeTakeFirst();
    if (used) {
      throw conflict({
        vi: `Bộ mức "${current.title}" đang được áp dụng cho tỉnh: hãy bỏ việc áp dụng trước khi xóa.`,
        en: 'The rate set is assigned to the province: remove the assignment first.',
      });
    }
    await trx.deleteFrom('payrollRateSet').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'payroll_rate_set',
      entityId: id,
      before: toRateSet(current),
    });
  });
}

// ---- assignments ----

async function assignmentRows(db: Db, provinceId: string) {
  const rows = await db
    .selectFrom('payrollRateAssignment as a')
    .innerJoin('payrollRateSet as s', 's.id', 'a.rateSetId')
    .select(['a.id', 'a.provinceId', 'a.rateSetId', 'a.fromDate', 'a.toDate', 's.title', 's.isExample'])
    .where('a.provinceId', '=', provinceId)
    .orderBy('a.fromDate')
    .execute();
  return rows.map((r): RateAssignment => ({
    id: r.id,
    provinceId: r.provinceId,
    rateSetId: r.rateSetId,
    rateSetTitle: r.title,
    isExample: num(r.isExample) === 1,
    from: r.fromDate,
    to: r.toDate,
  }));
}

export async function listAssignments(db: Db, actor: Actor, provinceId?: string) {
  const province = await provinceOrOwn(db, actor, provinceId);
  return { items: await assignmentRows(db, province.id) };
}

const period = (from: string, to: string | null) =>
  to === null ? `từ ${vnDate(from)}` : `từ ${vnDate(from)} đến ${vnDate(to)}`;

export async function createAssignment(
  db: Db,
  actor: Actor,
  input: RateAssignmentCreate,
): Promise<RateAssignment> {
  const province = await requireProvince(db, actor, input.provinceId, true);
  const set = await db
    .selectFrom('payrollRateSet')
    .select(['id', 'provinceId', 'title'])
    .where('id', '=', input.rateSetId)
    .executeTakeFirst();
  if (!set || set.provinceId !== province.id) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: 'rateSetId', message: 'Bộ mức hỗ trợ không có trong danh sách của tỉnh.' },
    ]);
  }
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const others = await assignmentRows(trx, province.id);
    const clash = others.find(
      (o) => (o.to === null || input.from <= o.to) && (input.to === null || o.from <= input.to),
    );
    if (clash) {
      throw new AppError(
        'VALIDATION_FAILED',
        {
          vi:
            `Thời gian áp dụng ${period(input.from, input.to)} chồng lên "${clash.rateSetTitle}" ` +
            `(${period(clash.from, clash.to)}): mỗi ngày tỉnh chỉ áp dụng một bộ mức. Hãy cho lần áp dụng trước ` +
            'kết thúc vào ngày liền trước.',
          en: `The period overlaps "${clash.rateSetTitle}" (${clash.from} – ${clash.to ?? '…'}).`,
        },
        [{ path: 'from', message: `Chồng lên "${clash.rateSetTitle}" (${period(clash.from, clash.to)}).` }],
      );
    }
    await trx
      .insertInto('payrollRateAssignment')
      .values({
        id,
        provinceId: province.id,
        rateSetId: set.id,
        fromDate: input.from,
        toDate: input.to,
        createdBy: actor.userId,
        createdAt: actor.now,
      })
      .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'payroll_rate_assignment',
      entityId: id,
      after: input,
    });
  });
  return (await assignmentRows(db, province.id)).find((a) => a.id === id)!;
}

export async function deleteAssignment(db: Db, actor: Actor, id: string): Promise<void> {
  const row = await db
    .selectFrom('payrollRateAssignment')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  const notFoundError = notFound({ vi: 'Không tìm thấy lần áp dụng bộ mức.', en: 'Assignment not found.' });
  if (!row) throw notFoundError;
  try {
    await requireProvince(db, actor, row.provinceId, true);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') throw notFoundError;
    throw err;
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('payrollRateAssignment').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'payroll_rate_assignment',
      entityId: id,
      before: { rateSetId: row.rateSetId, from: row.fromDate, to: row.toDate },
    });
  });
}

// ---- settings ----

/** A province's settings, the defaults (district approves, rounding to the đồng) when none were saved. */
export async function settingsOf(db: Db, provinceId: string): Promise<PayrollSettings> {
  const row = await db
    .selectFrom('payrollSetting')
    .selectAll()
    .where('provinceId', '=', provinceId)
    .executeTakeFirst();
  return {
    provinceId,
    approver: row?.approver ?? 'district',
    roundingRule: row?.roundingRule ?? 'dong',
    updatedAt: row?.updatedAt ?? null,
  };
}

export async function getSettings(db: Db, actor: Actor, provinceId: string): Promise<PayrollSettings> {
  const province = await requireProvince(db, actor, provinceId, false);
  return settingsOf(db, province.id);
}

export async function putSettings(
  db: Db,
  actor: Actor,
  provinceId: string,
  input: { approver: 'district' | 'province'; roundingRule: 'dong' | 'thousand' },
): Promise<PayrollSettings> {
  const province = await requireProvince(db, actor, provinceId, true);
  const before = await settingsOf(db, province.id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('payrollSetting').where('provinceId', '=', province.id).execute();
    await trx
      .insertInto('payrollSetting')
      .values({ provinceId: province.id, ...input, updatedBy: actor.userId, updatedAt: actor.now })
      .execute();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'payroll_setting',
      entityId: province.id,
      before: { approver: before.approver, roundingRule: before.roundingRule },
      after: input,
    });
  });
  return { provinceId: province.id, ...input, updatedAt: actor.now };
}
