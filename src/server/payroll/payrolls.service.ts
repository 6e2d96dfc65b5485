import { randomUUID } from 'node:crypto';
import { daysInMonth } from '../../domain/payroll/calendar.ts';
import { totalsOf } from '../../domain/payroll/compute-payroll.ts';
import {
  FROZEN_STATUSES,
  PAYROLL_STATUSES,
  type ApproverLevel,
  type PayrollComputeMonthResult,
  type PayrollDetail,
  type PayrollListQuery,
  type PayrollMonthSummary,
  type PayrollStatus,
  type PayrollSummary,
} from '../../domain/payroll/payroll-api.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { inForceBetween } from '../org/org.repo.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, conflict, forbidden, notFound } from '../http/errors.ts';
import { inScope, isPathInScope, subtreeRange } from '../http/scope.ts';
import { num, requireCommuneInScope, resolveUnitFilter } from '../force/force-scope.ts';
import { decodeContent, type PayrollContent } from './payroll-content.ts';
import { computePayrolls, frozenError, monthText } from './payroll-compute.ts';
import { emitPayrollStatusChange } from './payroll-events.ts';
import { settingsOf } from './payroll-config.service.ts';
import { monthEnd, monthStart, provinceOf } from './payroll-inputs.ts';

export const PAYROLL_NOT_FOUND = { vi: 'Không tìm thấy bảng hỗ trợ.', en: 'Payroll not found.' };

/** Who keeps a commune's days and computes its payroll: its commune police, coordinators and admins. */
export function requirePayrollWriter(actor: Actor): void {
  if (actor.role !== 'commune_police' && actor.role !== 'coordinator' && actor.role !== 'admin') {
    throw forbidden();
  }
}

function baseQuery(db: Db) {
  return db
    .selectFrom('payroll')
    .innerJoin('unit as commune', 'commune.id', 'payroll.unitId')
    .leftJoin('unit as district', 'district.id', 'commune.parentId')
    .select([
      'payroll.id',
      'payroll.unitId',
      'payroll.month',
      'payroll.status',
      'payroll.total',
      'payroll.correctionTotal',
      'payroll.memberCount',
      'payroll.lineCount',
      'payroll.warningCount',
      'payroll.roundingRule',
      'payroll.returnedReason',
      'payroll.computedAt',
      'payroll.submittedAt',
      'payroll.approvedAt',
      'payroll.paidAt',
      'payroll.paidOn',
      'payroll.updatedAt',
      'payroll.version',
      'commune.code as communeCode',
      'commune.name as communeName',
      'commune.path as communePath',
      'commune.parentId as communeParentId',
      'district.id as districtId',
      'district.name as districtName',
      'district.kind as districtKind',
    ]);
}
type PayrollRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toSummary(row: PayrollRow): PayrollSummary {
  return {
    id: row.id,
    unit: { id: row.unitId, code: row.communeCode, name: row.communeName },
    district:
      row.districtId && row.districtName && row.districtKind === 'district'
        ? { id: row.districtId, name: row.districtName }
        : null,
    month: row.month,
    status: row.status,
    total: num(row.total),
    memberCount: num(row.memberCount),
    lineCount: num(row.lineCount),
    correctionTotal: num(row.correctionTotal),
    warningCount: num(row.warningCount),
    computedAt: row.computedAt,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
    paidAt: row.paidAt,
    paidOn: row.paidOn,
    updatedAt: row.updatedAt,
    version: num(row.version),
  };
}

async function requirePayroll(db: Db, actor: Actor, id: string): Promise<PayrollRow> {
  const row = await baseQuery(db).where('payroll.id', '=', id).executeTakeFirst();
  if (!row || !isPathInScope(actor, row.communePath)) throw notFound(PAYROLL_NOT_FOUND);
  return row;
}

/** Who approves the commune's payrolls: its province's setting (the rate sets are not needed for that). */
async function approverOf(db: Db, row: Pick<PayrollRow, 'communePath'>): Promise<ApproverLevel> {
  const province = provinceOf({ path: row.communePath });
  return province ? (await settingsOf(db, province)).approver : 'district';
}

/**
 * The approver: with `district` (default), the district agency (UBND huyện) user of the commune's district;
 * with `province`, or for a commune not under a district, a coordinator whose scope covers the commune. An
 * admin always may.
 */
function isApprover(actor: Actor, row: PayrollRow, level: ApproverLevel): boolean {
  if (actor.role === 'admin') return true;
  const underDistrict = row.districtKind === 'district';
  if (level === 'district' && underDistrict) {
    return actor.role === 'agency' && actor.unitId === row.communeParentId;
  }
  return actor.role === 'coordinator' && isPathInScope(actor, row.communePath);
}

export async function computePayroll(
  db: Db,
  actor: Actor,
  input: { unitId: string; month: string },
): Promise<PayrollDetail> {
  requirePayrollWriter(actor);
  const commune = await requireCommuneInScope(db, actor, input.unitId);
  const outcome = await computePayrolls(db, actor, [commune], input.month, { strict: true, lines: 'list' });
  const id = outcome.computed.get(commune.id);
  if (!id) throw new AppError('INTERNAL');
  return getPayroll(db, actor, id);
}

const NO_CONTENT: PayrollContent = { lines: [], corrections: [], warnings: [] };

/**
 * A payroll with its document. A draft computed by a run that counted its lines (payroll-compute.ts) has its
 * figures only: its lines are made here, when it is first read, by the same computation as "Tính lại" — so
 * they, and the figures with them, follow the data of that moment (decisions.md, "Counted drafts").
 */
async function withContent(
  db: Db,
  actor: Actor,
  row: PayrollRow,
): Promise<{ row: PayrollRow; content: PayrollContent }> {
  const read = () =>
    db.selectFrom('payrollContent').select('content').where('payrollId', '=', row.id).executeTakeFirst();
  let stored = await read();
  if (!stored && row.status === 'draft') {
    const commune = {
      id: row.unitId,
      code: row.communeCode,
      name: row.communeName,
      path: row.communePath,
      parentId: row.communeParentId,
    };
    try {
      await computePayrolls(db, actor, [commune], row.month, { strict: true, lines: 'list', reason: 'list' });
    } catch (err) {
      // Made meanwhile by another reader (or submitted): read what is there now.
      if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
    }
    [row, stored] = await Promise.all([requirePayroll(db, actor, row.id), read()]);
  }
  return { row, content: stored ? decodeContent(stored.content) : NO_CONTENT };
}

export async function getPayroll(db: Db, actor: Actor, id: string): Promise<PayrollDetail> {
  const { row, content } = await withContent(db, actor, await requirePayroll(db, actor, id));
  const [history, approver] = await Promise.all([
    db
      .selectFrom('payrollTransition')
      .leftJoin('appUser', 'appUser.id', 'payrollTransition.userId')
      .select([
        'payrollTransition.fromStatus',
        'payrollTransition.toStatus',
        'payrollTransition.reason',
        'payrollTransition.at',
        'appUser.displayName',
      ])
      .where('payrollTransition.payrollId', '=', id)
      .orderBy('payrollTransition.at')
      .orderBy('payrollTransition.id')
      .execute(),
    approverOf(db, row),
  ]);
  const { lines, corrections, warnings } = content;
  const totals = totalsOf([...lines, ...corrections]);
  const lineTotal = lines.reduce((s, l) => s + l.amount, 0);
  const approving = isApprover(actor, row, approver);
  const writer = ['commune_police', 'coordinator', 'admin'].includes(actor.role);
  return {
    ...toSummary(row),
    daysInMonth: daysInMonth(row.month),
    roundingRule: row.roundingRule,
    approver,
    returnedReason: row.returnedReason,
    lines: lines.map((l, position) => ({ ...l, segments: [...l.segments], position })),
    corrections: corrections.map((c, position) => ({ ...c, position })),
    totals: {
      commune: totals.commune,
      lines: lineTotal,
      corrections: totals.commune - lineTotal,
      byTeam: totals.byTeam,
      byKind: totals.byKind,
    },
    warnings,
    history: history.map((h) => ({
      from: (h.fromStatus as PayrollStatus | null) ?? null,
      to: h.toStatus as PayrollStatus,
      by: h.displayName ?? null,
      at: h.at,
      reason: h.reason,
    })),
    can: {
      recompute: writer && row.status === 'draft',
      submit: writer && row.status === 'draft',
      approve: approving && row.status === 'submitted',
      return: approving && row.status === 'submitted',
      pay: (approving || actor.role === 'coordinator') && row.status === 'approved',
    },
  };
}

/** The lines of a payroll in scope (exports). */
export async function getPayrollContent(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ summary: PayrollSummary; content: PayrollContent; roundingRule: string }> {
  const { row, content } = await withContent(db, actor, await requirePayroll(db, actor, id));
  return { summary: toSummary(row), content, roundingRule: row.roundingRule };
}

/** For the budget: what a payroll pays (integer VND) and its status; null when there is no such payroll. */
export async function getPayrollTotal(db: Db, id: string) {
  const row = await db
    .selectFrom('payroll')
    .select(['id', 'unitId', 'month', 'status', 'total'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { ...row, total: num(row.total) } : null;
}

export async function listPayrolls(db: Db, actor: Actor, query: PayrollListQuery) {
  const unitPath = await resolveUnitFilter(db, actor, query.unitId);
  let list = baseQuery(db).where(inScope(actor, 'commune.path'));
  if (unitPath) {
    const { from, to } = subtreeRange(unitPath);
    list = list.where('commune.path', '>=', from).where('commune.path', '<', to);
  }
  if (query.month) list = list.where('payroll.month', '=', query.month);
  if (query.status) list = list.where('payroll.status', '=', query.status);
  const count = await list
    .clearSelect()
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const order = query.order;
  const sorted =
    query.sort === 'unit'
      ? list.orderBy('commune.searchName', order).orderBy('payroll.month', 'desc')
      : query.sort === 'total'
        ? list.orderBy('payroll.total', order)
        : query.sort === 'status'
          ? list.orderBy('payroll.status', order)
          : query.sort === 'updatedAt'
            ? list.orderBy('payroll.updatedAt', order)
            : list.orderBy('payroll.month', order).orderBy('commune.searchName', 'asc');
  const rows = await sorted.orderBy('payroll.id').limit(query.limit).offset(query.offset).execute();
  return { items: rows.map(toSummary), total: num(count.n) };
}

const TRANSITIONS: Record<
  'submit' | 'approve' | 'return' | 'pay',
  { from: PayrollStatus; to: PayrollStatus; vi: string; en: string }
> = {
  submit: { from: 'draft', to: 'submitted', vi: 'trình duyệt', en: 'submitted' },
  approve: { from: 'submitted', to: 'approved', vi: 'duyệt', en: 'approved' },
  return: { from: 'submitted', to: 'draft', vi: 'trả lại', en: 'returned' },
  pay: { from: 'approved', to: 'paid', vi: 'ghi nhận đã chi trả', en: 'marked paid' },
};

function stateConflict(action: keyof typeof TRANSITIONS, row: PayrollRow) {
  const t = TRANSITIONS[action];
  const now = {
    draft: 'đang là dự thảo',
    submitted: 'đã trình duyệt',
    approved: 'đã được duyệt',
    paid: 'đã chi trả',
  }[row.status];
  return conflict({
    vi:
      `Không thể ${t.vi} bảng hỗ trợ tháng ${monthText(row.month)} của ${row.communeName}: bảng ${now}` +
      (action === 'approve' && row.status !== 'submitted'
        ? '. Chỉ bảng đã trình duyệt mới duyệt được.'
        : '.'),
    en: `The ${monthText(row.month)} payroll of ${row.communeName} cannot be ${t.en}: it is ${row.status}.`,
  });
}

export async function changePayrollStatus(
  db: Db,
  actor: Actor,
  id: string,
  action: keyof typeof TRANSITIONS,
  input: { reason?: string; paidOn?: string },
): Promise<PayrollDetail> {
  let row = await requirePayroll(db, actor, id);
  const t = TRANSITIONS[action];
  if (action === 'submit') {
    requirePayrollWriter(actor);
  } else {
    const level = await approverOf(db, row);
    const allowed = isApprover(actor, row, level) || (action === 'pay' && actor.role === 'coordinator');
    if (!allowed) throw forbidden();
  }
  if (row.status !== t.from) {
    if (FROZEN_STATUSES.includes(row.status) && action === 'submit')
      throw frozenError(row.month, row.communeName);
    throw stateConflict(action, row);
  }
  if (action === 'submit') {
    // A counted draft gets its lines (and the figures with them) before it is checked and submitted.
    const read = await withContent(db, actor, row);
    row = read.row;
    if (row.status !== t.from) throw stateConflict(action, row);
    const { lines } = read.content;
    const missing = lines.filter((l) => l.missing !== null);
    if (missing.length > 0) {
      throw new AppError(
        'INVALID_STATE',
        {
          vi:
            `Chưa trình duyệt được: ${missing.length} dòng thiếu mức đóng bảo hiểm của thành viên ` +
            `(${[...new Set(missing.map((l) => l.fullName))].slice(0, 5).join(', ')}). Hãy bổ sung rồi tính lại.`,
          en: `Cannot submit: ${missing.length} lines lack the member's insurance contribution.`,
        },
        missing.map((l) => ({ path: `lines.${lines.indexOf(l)}`, message: l.explanation })),
      );
    }
  }
  const now = actor.now;
  const set: Record<string, unknown> = { status: t.to, updatedAt: now, version: row.version + 1 };
  if (action === 'submit') set.submittedAt = now;
  if (action === 'submit') set.returnedReason = null;
  if (action === 'approve') Object.assign(set, { approvedAt: now, approvedBy: actor.userId });
  if (action === 'return') Object.assign(set, { returnedReason: input.reason, submittedAt: null });
  if (action === 'pay') Object.assign(set, { paidAt: now, paidOn: input.paidOn ?? now.slice(0, 10) });
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('payroll')
      .set(set)
      .where('id', '=', id)
      .where('status', '=', t.from)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw stateConflict(action, row);
    await trx
      .insertInto('payrollTransition')
      .values({
        id: randomUUID(),
        payrollId: id,
        fromStatus: t.from,
        toStatus: t.to,
        reason: input.reason ?? null,
        userId: actor.userId,
        at: now,
      })
      .execute();
    await recordAudit(trx, actor, {
      action,
      entity: 'payroll',
      entityId: id,
      before: { status: t.from },
      after: {
        status: t.to,
        total: num(row.total),
        ...(input.reason ? { reason: input.reason } : {}),
        ...(action === 'pay' ? { paidOn: set.paidOn } : {}),
      },
    });
    await emitPayrollStatusChange(trx, {
      payrollId: id,
      unitId: row.unitId,
      month: row.month,
      from: t.from,
      to: t.to,
      total: num(row.total),
      actor,
    });
  });
  return getPayroll(db, actor, id);
}

/** The unit a month's summary or run covers: the one asked for, else the user's scope; 404 out of scope. */
async function monthRoot(db: Db, actor: Actor, unitId: string | undefined) {
  const root = await db
    .selectFrom('unit')
    .select(['id', 'name', 'path'])
    .where(unitId ? 'id' : 'path', '=', unitId ?? actor.scopePath)
    .executeTakeFirst();
  if (!root || !isPathInScope(actor, root.path)) {
    throw notFound({ vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' });
  }
  return root;
}

/**
 * The communes a month concerns under `root`, with their payroll of the month if any, by district: those in
 * force during the month (the 2025 merger ended many), any that has a payroll, and any whose register still has
 * members not gone (a commune ended by a merger whose members were not moved: its payroll is still due, and the
 * province should see it missing).
 */
function monthCommunes(db: Db, root: { path: string }, month: string) {
  const { from, to } = subtreeRange(root.path);
  return db
    .selectFrom('unit as commune')
    .leftJoin('unit as parent', 'parent.id', 'commune.parentId')
    .leftJoin('payroll', (join) =>
      join.onRef('payroll.unitId', '=', 'commune.id').on('payroll.month', '=', month),
    )
    .select([
      'commune.id',
      'commune.code',
      'commune.name',
      'commune.path',
      'commune.parentId',
      'parent.name as parentName',
      'payroll.id as payrollId',
      'payroll.status',
      'payroll.total',
      'payroll.memberCount',
    ])
    .where('commune.kind', '=', 'commune')
    .where('commune.path', '>=', from)
    .where('commune.path', '<', to)
    .where((eb) =>
      eb.or([
        inForceBetween('commune', monthStart(month), monthEnd(month)),
        eb('payroll.id', 'is not', null),
        eb.exists(
          eb
            .selectFrom('member')
            .select('member.id')
            .whereRef('member.unitId', '=', 'commune.id')
            .where('member.status', '!=', 'left'),
        ),
      ]),
    )
    .orderBy('parent.searchName')
    .orderBy('commune.searchName')
    .execute();
}

/**
 * Creates or recomputes the drafts of every commune the month's summary lists for a unit (default: the user's
 * scope; `monthCommunes`) in one run that counts their lines (payroll-compute.ts: their documents are made when
 * first opened). Submitted, approved and paid payrolls are left as they are, and communes whose input cannot be
 * computed are listed with why; each payroll written has its audit row.
 */
export async function computeMonth(
  db: Db,
  actor: Actor,
  input: { month: string; unitId?: string },
): Promise<PayrollComputeMonthResult> {
  requirePayrollWriter(actor);
  const root = await monthRoot(db, actor, input.unitId);
  // By path: a batch's communes then share a province, whose classes are priced once (payroll-count.ts).
  const communes = (await monthCommunes(db, root, input.month))
    .map(({ id, code, name, path, parentId }) => ({ id, code, name, path, parentId }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const outcome = await computePayrolls(db, actor, communes, input.month, { strict: false, lines: 'count' });
  const nameOf = new Map(communes.map((c) => [c.id, c.name]));
  const unit = (unitId: string) => ({ id: unitId, name: nameOf.get(unitId)! });
  return {
    month: input.month,
    unit: { id: root.id, name: root.name },
    communes: communes.length,
    computed: outcome.computed.size,
    lines: outcome.lines,
    total: outcome.total,
    skipped: outcome.skipped.map((s) => ({ unit: unit(s.unitId), status: s.status })),
    failed: outcome.failed.map((f) => ({ unit: unit(f.unitId), message: f.message })),
  };
}

/** Totals of a month for a province or district: every commune, with its payroll if any, by district. */
export async function monthSummary(
  db: Db,
  actor: Actor,
  query: { month: string; unitId?: string },
): Promise<PayrollMonthSummary> {
  const root = await monthRoot(db, actor, query.unitId);
  const rows = await monthCommunes(db, root, query.month);
  const districts = new Map<string, PayrollMonthSummary['districts'][number]>();
  const byStatus = Object.fromEntries(PAYROLL_STATUSES.map((s) => [s, 0])) as Record<PayrollStatus, number>;
  let total = 0;
  let withPayroll = 0;
  for (const r of rows) {
    const key = r.parentId ?? root.id;
    let d = districts.get(key);
    if (!d) {
      d = { id: key, name: r.parentName ?? root.name, total: 0, communes: [] };
      districts.set(key, d);
    }
    const amount = num(r.total);
    d.total += amount;
    total += amount;
    if (r.payrollId && r.status) {
      withPayroll += 1;
      byStatus[r.status] += 1;
    }
    d.communes.push({
      id: r.id,
      name: r.name,
      payrollId: r.payrollId,
      status: r.status,
      total: amount,
      memberCount: num(r.memberCount),
    });
  }
  return {
    month: query.month,
    unit: { id: root.id, name: root.name },
    totals: { communes: rows.length, withPayroll, total, byStatus },
    districts: [...districts.values()],
  };
}
