// Computing and storing monthly payrolls, for one commune (the API) or many (the bench, a province at once).
// Communes go by batches: a batch is prepared (read with a handful of set-based queries, computed, encoded:
// payroll-batch.ts), then written with multi-row inserts in one transaction. A run of many communes may count
// its drafts' lines instead of listing them (`lines: 'count'`): their figures are stored, their document is
// made when the draft is first read (payrolls.service.ts).
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { FieldError } from '../../domain/errors.ts';
import type { PayrollStatus } from '../../domain/payroll/payroll-api.schemas.ts';
import { type Db, isPostgres } from '../db/database.ts';
import type { AuditLogTable, PayrollTable } from '../db/schema.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { AppError, conflict } from '../http/errors.ts';
import { type PreparedBatch, prepareBatch } from './payroll-batch.ts';
import { emitPayrollStatusChange } from './payroll-events.ts';
import { type CommuneRef, loadBaseSalaries, loadMonthTraining } from './payroll-inputs.ts';

/** Communes per batch (12,000 members): 25–100 took the same time; 500 a tenth longer (more to collect). */
const BATCH = 100;

/** Time per phase of a bulk computation, summed over batches (the bench prints it). */
export const computeTimings: Record<string, number> = {};
const addTiming = (phase: string, ms: number) => {
  computeTimings[phase] = (computeTimings[phase] ?? 0) + ms;
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

function inputError(
  failure: { month: string; message: string; fieldErrors: FieldError[] },
  communeName: string,
) {
  const { month, message } = failure;
  return new AppError(
    'INVALID_STATE',
    {
      vi: `Chưa tính được bảng hỗ trợ tháng ${monthText(month)} của ${communeName}: ${message}`,
      en: `The ${monthText(month)} payroll of ${communeName} cannot be computed: ${message}`,
    },
    failure.fieldErrors,
  );
}

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

export interface ComputeOptions {
  /** One commune, from the API: a payroll that is not a draft answers 409 and bad input 422. */
  strict: boolean;
  /**
   * 'list': every draft written with its document (its lines). 'count': the members whose month is plain are
   * counted in the database and priced once per kind of month (payroll-count.ts); a draft so computed has its
   * figures only, and its document is made when it is first read.
   */
  lines: 'list' | 'count';
  /** The audit action: 'list' when a counted draft's lines are made on reading it. */
  reason?: 'list';
}

/**
 * Creates or recomputes the draft payroll of each commune for `month`. Not `strict`: communes whose payroll is
 * not a draft, or whose input cannot be computed, are skipped and listed (failed), and the others written.
 */
export async function computePayrolls(
  db: Db,
  actor: Actor | SystemActor,
  communes: readonly CommuneRef[],
  month: string,
  options: ComputeOptions,
): Promise<ComputeOutcome> {
  const outcome: ComputeOutcome = { computed: new Map(), skipped: [], failed: [], lines: 0, total: 0 };
  const [baseSalaries, training] = await Promise.all([
    loadBaseSalaries(db),
    options.lines === 'count' ? loadMonthTraining(db, month) : null,
  ]);
  const nameOf = new Map(communes.map((c) => [c.id, c.name]));
  const run = async (readers: Db[]) => {
    const prepare = (index: number) => {
      const from = index * BATCH;
      if (from >= communes.length) return null;
      const batch = communes.slice(from, from + BATCH);
      const prepared = prepareBatch(readers[index % readers.length]!, batch, month, baseSalaries, training);
      // A batch that fails is reported when its turn comes, not as an unhandled rejection meanwhile.
      prepared.catch(() => undefined);
      return prepared;
    };
    // While a batch is written, the next ones (one per reading connection) are read and computed: PostgreSQL
    // answers on the reading connections meanwhile (SQLite's one connection takes the statements in turn).
    const pending = readers.map((_, i) => prepare(i));
    for (let index = 0; pending[0]; index += 1) {
      const prepared = await pending.shift()!;
      pending.push(prepare(index + readers.length));
      addTiming('count', prepared.timings.count);
      addTiming('read', prepared.timings.read);
      addTiming('compute', prepared.timings.compute);
      if (options.strict) refuseIfNotComputed(prepared, nameOf, month);
      const started = performance.now();
      await persist(db, actor, month, prepared, outcome, options.reason);
      addTiming('write', performance.now() - started);
    }
  };
  // PostgreSQL, many communes: the reads of the run on reserved connections, the writes on another. A batch's
  // reads sent at once on five pooled connections (with the previous batch's writes on a sixth) cost the server
  // twice the CPU on two cores (12.2 s against 6.0 s for the national month) and the run 13.6 s against 10.0 s:
  // a run that lists its lines reads on one connection. One that counts them spends most of its time in the
  // server's count query, and reads on two (two batches at once: 4.x s against 6.0–6.4 s for the national month).
  // Not for one commune (the API): its reads are small, and a connection held while waiting for another would
  // let as many concurrent requests as the pool has connections hold them all and wait forever. SQLite has one
  // connection, which a reserved connection would hold from the writes.
  if (isPostgres(db) && !db.isTransaction && communes.length > 1) {
    await db
      .connection()
      .execute((first) =>
        options.lines === 'count' ? db.connection().execute((second) => run([first, second])) : run([first]),
      );
  } else {
    await run([db]);
  }
  return outcome;
}

/** One commune (strict): 409 for a payroll that is not a draft, 422 for input that cannot be computed. */
function refuseIfNotComputed(prepared: PreparedBatch, nameOf: Map<string, string>, month: string) {
  const [skipped] = prepared.skipped;
  if (skipped) {
    const name = nameOf.get(skipped.unitId)!;
    throw skipped.status === 'submitted' ? submittedError(month, name) : frozenError(month, name);
  }
  const [failed] = prepared.failed;
  if (failed) throw inputError(failed, nameOf.get(failed.unitId)!);
}

// Rows per INSERT: one statement per table for a batch of communes (payroll: 20 columns × 100 = 2,000
// parameters, under SQLite's 32,766 and PostgreSQL's 65,535); contents (tens of kB each) by 250.
const CONTENT_CHUNK = 250;
const ROW_CHUNK = 500;

async function persist(
  db: Db,
  actor: Actor | SystemActor,
  month: string,
  { payrolls, skipped, failed }: PreparedBatch,
  outcome: ComputeOutcome,
  reason: ComputeOptions['reason'],
) {
  outcome.skipped.push(...skipped);
  outcome.failed.push(...failed.map(({ unitId, message }) => ({ unitId, message })));
  if (payrolls.length === 0) return;
  const now = actor.now;
  const newRows: Insertable<PayrollTable>[] = [];
  const contents: { payrollId: string; content: string }[] = [];
  const audits: Insertable<AuditLogTable>[] = [];
  const created: { id: string; unitId: string; total: number }[] = [];
  const updated: { id: string; version: number; values: Record<string, unknown> }[] = [];
  for (const p of payrolls) {
    const id = p.existing?.id ?? randomUUID();
    const values = {
      total: p.total,
      correctionTotal: p.correctionTotal,
      memberCount: p.memberCount,
      lineCount: p.lines + p.corrections,
      warningCount: p.warnings,
      roundingRule: p.roundingRule,
      computedAt: now,
      computedBy: actor.userId,
      updatedAt: now,
    };
    if (p.existing) {
      updated.push({ id, version: p.existing.version, values });
    } else {
      newRows.push({
        id,
        unitId: p.unitId,
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
      created.push({ id, unitId: p.unitId, total: p.total });
    }
    if (p.content !== null) contents.push({ payrollId: id, content: p.content });
    audits.push({
      id: randomUUID(),
      at: now,
      userId: actor.userId,
      unitId: actor.unitId,
      action: reason ?? (p.existing ? 'recompute' : 'compute'),
      entity: 'payroll',
      entityId: id,
      before: null,
      after: JSON.stringify({
        unitId: p.unitId,
        month,
        total: p.total,
        correctionTotal: p.correctionTotal,
        lines: p.lines,
        corrections: p.corrections,
        warnings: p.warnings,
      }),
      requestId: actor.requestId,
    });
    outcome.computed.set(p.unitId, id);
    outcome.lines += p.lines + p.corrections;
    outcome.total += p.total;
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
        unitId: c.unitId,
        month,
        from: null,
        to: 'draft',
        total: c.total,
        actor,
      });
    }
  });
}
