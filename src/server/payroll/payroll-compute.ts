// Computing and storing monthly payrolls, for one commune (the API) or many (the bench, a province at once):
// communes go by batches, each batch read with a handful of set-based queries, computed commune by commune,
// and written with multi-row inserts in one transaction.
import { randomUUID } from 'node:crypto';
import type { BaseSalaryEntry } from '../../domain/payroll/base-salary.ts';
import {
  computeMonthlyPayroll,
  PayrollInputError,
  type PayrollLine,
  type PayrollResult,
} from '../../domain/payroll/compute-payroll.ts';
import { correctionLines, type CorrectionLine } from '../../domain/payroll/corrections.ts';
import { FROZEN_STATUSES, type PayrollStatus } from '../../domain/payroll/payroll-api.schemas.ts';
import type { Insertable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { AuditLogTable, PayrollTable } from '../db/schema.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { AppError, conflict } from '../http/errors.ts';
import { decodeContent, encodeContent } from './payroll-content.ts';
import { emitPayrollStatusChange } from './payroll-events.ts';
import {
  type CommuneRef,
  loadBaseSalaries,
  loadCommuneMonths,
  loadProvinceMonths,
  provinceOf,
} from './payroll-inputs.ts';

/** How far back a frozen month is still corrected automatically. */
export const CORRECTION_WINDOW_MONTHS = 24;
const BATCH = 500;

/** Time per phase of a bulk computation, summed over batches (the bench prints it). */
export const computeTimings: Record<string, number> = {};
const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  try {
    return await work();
  } finally {
    computeTimings[phase] = (computeTimings[phase] ?? 0) + performance.now() - started;
  }
};

export const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export function frozenError(month: string, communeName: string) {
  return conflict({
    vi:
      `Bảng hỗ trợ tháng ${monthText(month)} của ${communeName} đã được duyệt nên không thể sửa hay tính lại. ` +
      'Thay đổi sau khi duyệt (thôi tham gia có hiệu lực từ trước, sửa mức hỗ trợ…) sẽ thành dòng điều chỉnh ' +
      'ở tháng tiếp theo.',
    en:
      `The ${monthText(month)} payroll of ${communeName} is approved: it cannot be edited or recomputed. ` +
      'Later changes become correction lines in the next month.',
  });
}

export function submittedError(month: string, communeName: string) {
  return conflict({
    vi:
      `Bảng hỗ trợ tháng ${monthText(month)} của ${communeName} đã trình duyệt: hãy đề nghị trả lại ` +
      '(về dự thảo) trước khi tính lại.',
    en: `The ${monthText(month)} payroll of ${communeName} is submitted: have it returned to draft first.`,
  });
}

function inputError(err: PayrollInputError, communeName: string, month: string) {
  return new AppError(
    'INVALID_STATE',
    {
      vi: `Chưa tính được bảng hỗ trợ tháng ${monthText(month)} của ${communeName}: ${err.message}`,
      en: `The ${monthText(month)} payroll of ${communeName} cannot be computed: ${err.message}`,
    },
    err.fieldErrors,
  );
}

const prevMonth = (month: string, back: number) => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

export interface ComputeOutcome {
  /** Payroll id per commune computed. */
  computed: Map<string, string>;
  /** Communes left as they were (submitted, approved or paid), with why. */
  skipped: { unitId: string; status: PayrollStatus }[];
  /** Communes whose input could not be computed (bulk only; one commune throws instead). */
  failed: { unitId: string; message: string }[];
  lines: number;
  total: number;
}

/**
 * Creates or recomputes the draft payroll of each commune for `month`. `strict` (one commune, from the API):
 * a payroll that is not a draft answers 409 and bad input 422; otherwise such communes are skipped and listed.
 */
export async function computePayrolls(
  db: Db,
  actor: Actor | SystemActor,
  communes: readonly CommuneRef[],
  month: string,
  options: { strict: boolean },
): Promise<ComputeOutcome> {
  const outcome: ComputeOutcome = { computed: new Map(), skipped: [], failed: [], lines: 0, total: 0 };
  const baseSalaries = await loadBaseSalaries(db);
  const read = (from: number) =>
    from < communes.length
      ? readBatch(db, communes.slice(from, from + BATCH), month, baseSalaries, options, outcome)
      : null;
  // While a batch is computed and written, the next one is read: PostgreSQL answers on other connections
  // meanwhile (SQLite's one connection takes the reads in turn). A read that fails is reported when its turn
  // comes, not as an unhandled rejection while an earlier batch fails.
  let next = read(0);
  for (let from = 0; next !== null; from += BATCH) {
    const current = next;
    next = read(from + BATCH);
    next?.catch(() => undefined);
    const batch = await current;
    if (batch) await computeAndPersist(db, actor, month, baseSalaries, options, batch, outcome);
  }
  return outcome;
}

interface Computed {
  commune: CommuneRef;
  existing: { id: string; version: number } | null;
  result: PayrollResult;
  corrections: CorrectionLine[];
}

interface BatchInput {
  existing: Map<string, { id: string; version: number }>;
  months: Awaited<ReturnType<typeof loadCommuneMonths>>;
  provinces: Awaited<ReturnType<typeof loadProvinceMonths>>;
  corrections: Map<string, CorrectionLine[]>;
}

/** Everything a batch of communes is computed from; communes whose payroll is not a draft are left out. */
async function readBatch(
  db: Db,
  batch: readonly CommuneRef[],
  month: string,
  baseSalaries: BaseSalaryEntry[],
  options: { strict: boolean },
  outcome: ComputeOutcome,
): Promise<BatchInput | null> {
  const ids = batch.map((c) => c.id);
  const existingRows = await timed('existing', () =>
    db
      .selectFrom('payroll')
      .select(['id', 'unitId', 'status', 'version'])
      .where('unitId', 'in', ids)
      .where('month', '=', month)
      .execute(),
  );
  const existing = new Map(existingRows.map((r) => [r.unitId, r]));
  const open: CommuneRef[] = [];
  for (const commune of batch) {
    const row = existing.get(commune.id);
    if (row && row.status !== 'draft') {
      if (options.strict) {
        throw row.status === 'submitted'
          ? submittedError(month, commune.name)
          : frozenError(month, commune.name);
      }
      outcome.skipped.push({ unitId: commune.id, status: row.status });
      continue;
    }
    open.push(commune);
  }
  if (open.length === 0) return null;
  const [months, provinces, corrections] = await timed('read', () =>
    Promise.all([
      loadCommuneMonths(db, open, month),
      loadProvinceMonths(db, open.map(provinceOf), month),
      correctionsFor(db, open, month, baseSalaries, existing),
    ]),
  );
  return { existing, months, provinces, corrections };
}

async function computeAndPersist(
  db: Db,
  actor: Actor | SystemActor,
  month: string,
  baseSalaries: BaseSalaryEntry[],
  options: { strict: boolean },
  { existing, months, provinces, corrections }: BatchInput,
  outcome: ComputeOutcome,
) {
  const computeStarted = performance.now();
  const computed: Computed[] = [];
  for (const { commune, members } of months) {
    const province = provinces.get(provinceOf(commune))!;
    try {
      const result = computeMonthlyPayroll({
        month,
        communeId: commune.id,
        baseSalaries,
        rateSets: province.rateSets,
        members,
        roundingRule: province.roundingRule,
      });
      const row = existing.get(commune.id);
      computed.push({
        commune,
        existing: row ? { id: row.id, version: row.version } : null,
        result,
        corrections: corrections.get(commune.id) ?? [],
      });
    } catch (err) {
      if (!(err instanceof PayrollInputError)) throw err;
      if (options.strict) throw inputError(err, commune.name, month);
      outcome.failed.push({ unitId: commune.id, message: err.message });
    }
  }
  computeTimings.compute = (computeTimings.compute ?? 0) + performance.now() - computeStarted;
  await timed('persist', () => persist(db, actor, month, computed, outcome));
}

/**
 * Correction lines for the frozen months (approved or paid) of these communes, to put into `month`: a frozen
 * month O is corrected here when no payroll between O and `month` is still open (a draft or submitted one
 * would be the earliest open month after O, and takes the correction).
 */
async function correctionsFor(
  db: Db,
  communes: readonly CommuneRef[],
  month: string,
  baseSalaries: BaseSalaryEntry[],
  current: Map<string, { id: string }>,
): Promise<Map<string, CorrectionLine[]>> {
  const result = new Map<string, CorrectionLine[]>();
  const ids = communes.map((c) => c.id);
  const earlier = await db
    .selectFrom('payroll')
    .select(['id', 'unitId', 'month', 'status'])
    .where('unitId', 'in', ids)
    .where('month', '<', month)
    .where('month', '>=', prevMonth(month, CORRECTION_WINDOW_MONTHS))
    .orderBy('month')
    .execute();
  const frozen = earlier.filter((p) => FROZEN_STATUSES.includes(p.status));
  if (frozen.length === 0) return result;
  const openMonths = earlier.filter((p) => !FROZEN_STATUSES.includes(p.status));
  const due = frozen.filter(
    (f) => !openMonths.some((o) => o.unitId === f.unitId && o.month > f.month && o.month < month),
  );
  if (due.length === 0) return result;

  // What each due month has paid so far: its own lines and the corrections other payrolls carried for it.
  const units = [...new Set(due.map((d) => d.unitId))];
  const firstMonth = due[0]!.month;
  const contents = await db
    .selectFrom('payroll')
    .innerJoin('payrollContent', 'payrollContent.payrollId', 'payroll.id')
    .select(['payroll.id', 'payroll.unitId', 'payroll.month', 'payrollContent.content'])
    .where('payroll.unitId', 'in', units)
    .where('payroll.month', '>=', firstMonth)
    .execute();
  const paid = new Map<string, (PayrollLine | CorrectionLine)[]>();
  const key = (unitId: string, m: string) => `${unitId}|${m}`;
  const dueKeys = new Set(due.map((d) => key(d.unitId, d.month)));
  for (const row of contents) {
    if (current.get(row.unitId)?.id === row.id) continue; // the draft being recomputed
    const content = decodeContent(row.content);
    if (dueKeys.has(key(row.unitId, row.month))) {
      const list = paid.get(key(row.unitId, row.month)) ?? [];
      list.push(...content.lines);
      paid.set(key(row.unitId, row.month), list);
    }
    for (const c of content.corrections) {
      if (!dueKeys.has(key(row.unitId, c.originalMonth))) continue;
      const list = paid.get(key(row.unitId, c.originalMonth)) ?? [];
      list.push(c);
      paid.set(key(row.unitId, c.originalMonth), list);
    }
  }

  const communeOf = new Map(communes.map((c) => [c.id, c]));
  const byMonth = new Map<string, CommuneRef[]>();
  for (const d of due) {
    const list = byMonth.get(d.month);
    if (list) list.push(communeOf.get(d.unitId)!);
    else byMonth.set(d.month, [communeOf.get(d.unitId)!]);
  }
  for (const [original, list] of byMonth) {
    const [months, provinces] = await Promise.all([
      loadCommuneMonths(db, list, original),
      loadProvinceMonths(db, list.map(provinceOf), original),
    ]);
    for (const { commune, members } of months) {
      const province = provinces.get(provinceOf(commune))!;
      let recomputed: PayrollLine[];
      try {
        recomputed = computeMonthlyPayroll({
          month: original,
          communeId: commune.id,
          baseSalaries,
          rateSets: province.rateSets,
          members,
          roundingRule: province.roundingRule,
        }).lines;
      } catch (err) {
        if (err instanceof PayrollInputError) throw inputError(err, commune.name, original);
        throw err;
      }
      const lines = correctionLines(paid.get(key(commune.id, original)) ?? [], recomputed, month);
      result.set(commune.id, [...(result.get(commune.id) ?? []), ...lines]);
    }
  }
  return result;
}

// Rows per INSERT: one statement per table for a batch of communes (payroll: 20 columns × 500 = 10,000
// parameters, under SQLite's 32,766 and PostgreSQL's 65,535); contents (tens of kB each) by 250.
const CONTENT_CHUNK = 250;
const ROW_CHUNK = BATCH;

async function persist(
  db: Db,
  actor: Actor | SystemActor,
  month: string,
  computed: Computed[],
  outcome: ComputeOutcome,
) {
  if (computed.length === 0) return;
  const now = actor.now;
  const newRows: Insertable<PayrollTable>[] = [];
  const contents: { payrollId: string; content: string }[] = [];
  const audits: Insertable<AuditLogTable>[] = [];
  const created: { id: string; commune: CommuneRef; total: number }[] = [];
  const updated: { id: string; version: number; values: Record<string, unknown> }[] = [];
  for (const c of computed) {
    const id = c.existing?.id ?? randomUUID();
    const lineTotal = c.result.totals.commune;
    const correctionTotal = c.corrections.reduce((s, l) => s + l.amount, 0);
    const total = lineTotal + correctionTotal;
    const { linePairs } = c.result;
    const lineCount = linePairs.pairs.length / 2;
    const values = {
      total,
      correctionTotal,
      memberCount: linePairs.members.length,
      lineCount: lineCount + c.corrections.length,
      warningCount: c.result.warnings.length,
      roundingRule: c.result.roundingRule,
      computedAt: now,
      computedBy: actor.userId,
      updatedAt: now,
    };
    if (c.existing) {
      updated.push({ id, version: c.existing.version, values });
    } else {
      newRows.push({
        id,
        unitId: c.commune.id,
        month,
        status: 'draft' as const,
        returnedReason: null,
        submittedAt: null,
        approvedAt: null,
        approvedBy: null,
        paidAt: null,
        paidOn: null,
        createdAt: now,
        ...values,
      });
      created.push({ id, commune: c.commune, total });
    }
    contents.push({
      payrollId: id,
      content: encodeContent(month, {
        linePairs,
        corrections: c.corrections,
        warnings: c.result.warnings,
      }),
    });
    audits.push({
      id: randomUUID(),
      at: now,
      userId: actor.userId,
      unitId: actor.unitId,
      action: c.existing ? 'recompute' : 'compute',
      entity: 'payroll',
      entityId: id,
      before: null,
      after: JSON.stringify({
        unitId: c.commune.id,
        month,
        total,
        correctionTotal,
        lines: lineCount,
        corrections: c.corrections.length,
        warnings: c.result.warnings.length,
      }),
      requestId: actor.requestId,
    });
    outcome.computed.set(c.commune.id, id);
    outcome.lines += lineCount + c.corrections.length;
    outcome.total += total;
  }
  await db.transaction().execute(async (trx) => {
    for (const u of updated) {
      const res = await trx
        .updateTable('payroll')
        .set({ ...u.values, version: u.version + 1 })
        .where('id', '=', u.id)
        .where('status', '=', 'draft')
        .where('version', '=', u.version)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) {
        throw conflict({
          vi: 'Bảng hỗ trợ vừa được người khác thay đổi. Tải lại rồi thử lại.',
          en: 'The payroll was changed meanwhile. Reload and retry.',
        });
      }
    }
    if (updated.length > 0) {
      await trx
        .deleteFrom('payrollContent')
        .where(
          'payrollId',
          'in',
          updated.map((u) => u.id),
        )
        .execute();
    }
    for (let i = 0; i < newRows.length; i += ROW_CHUNK) {
      await trx
        .insertInto('payroll')
        .values(newRows.slice(i, i + ROW_CHUNK))
        .execute();
    }
    for (let i = 0; i < contents.length; i += CONTENT_CHUNK) {
      await trx
        .insertInto('payrollContent')
        .values(contents.slice(i, i + CONTENT_CHUNK))
        .execute();
    }
    if (created.length > 0) {
      const transitions = created.map((c) => ({
        id: randomUUID(),
        payrollId: c.id,
        fromStatus: null,
        toStatus: 'draft',
        reason: null,
        userId: actor.userId,
        at: now,
      }));
      for (let i = 0; i < transitions.length; i += ROW_CHUNK) {
        await trx
          .insertInto('payrollTransition')
          .values(transitions.slice(i, i + ROW_CHUNK))
          .execute();
      }
    }
    for (let i = 0; i < audits.length; i += ROW_CHUNK) {
      await trx
        .insertInto('auditLog')
        .values(audits.slice(i, i + ROW_CHUNK))
        .execute();
    }
    for (const c of created) {
      await emitPayrollStatusChange(trx, {
        payrollId: c.id,
        unitId: c.commune.id,
        month,
        from: null,
        to: 'draft',
        total: c.total,
        actor,
      });
    }
  });
}
