// One batch of communes made ready to write: read with a handful of set-based queries, computed commune by
// commune, and encoded as the figures and documents to store (written by payroll-compute.ts); or, for a run
// that counts its drafts' lines, counted (payroll-count.ts) where it can be.
import type { BaseSalaryEntry } from '../../domain/payroll/base-salary.ts';
import { addMonths } from '../../domain/payroll/calendar.ts';
import {
  computeMonthlyPayroll,
  PayrollInputError,
  type PayrollLine,
  type PayrollResult,
} from '../../domain/payroll/compute-payroll.ts';
import type { RoundingRule } from '../../domain/payroll/constants.ts';
import { correctionLines, type CorrectionLine } from '../../domain/payroll/corrections.ts';
import { FROZEN_STATUSES, type PayrollStatus } from '../../domain/payroll/payroll-api.schemas.ts';
import type { FieldError } from '../../domain/errors.ts';
import type { Db } from '../db/database.ts';
import { decodeContent, encodeContent } from './payroll-content.ts';
import { countBatch } from './payroll-count.ts';
import {
  type CommuneRef,
  loadCommuneMonths,
  loadProvinceMonths,
  type MonthTraining,
  provinceOf,
} from './payroll-inputs.ts';

/** How far back a frozen month is still corrected automatically. */
const CORRECTION_WINDOW_MONTHS = 24;

/** A commune's computed month, as written: the payroll row's figures and the stored document. */
export interface PreparedPayroll {
  unitId: string;
  /** The draft recomputed (its version is checked when written), or null for a new payroll. */
  existing: { id: string; version: number } | null;
  total: number;
  correctionTotal: number;
  memberCount: number;
  lines: number;
  corrections: number;
  warnings: number;
  roundingRule: RoundingRule;
  /** The document (its lines); null for a counted draft, whose document is made when it is first read. */
  content: string | null;
}

export interface PreparedBatch {
  payrolls: PreparedPayroll[];
  /** Communes left as they were: their payroll is submitted, approved or paid. */
  skipped: { unitId: string; status: PayrollStatus }[];
  /** Communes whose input cannot be computed (for `month`: theirs, or a frozen month being corrected). */
  failed: { unitId: string; month: string; message: string; fieldErrors: FieldError[] }[];
  /** Milliseconds spent counting, reading, and computing and encoding. */
  timings: { count: number; read: number; compute: number };
}

/**
 * Reads, computes and encodes the month of these communes (those whose payroll is not a draft are skipped).
 * With the month's training records (`count`, read once for a counted run): the communes that may owe no
 * correction are counted (payroll-count.ts) where they can be; without, every draft is listed.
 */
export async function prepareBatch(
  db: Db,
  communes: readonly CommuneRef[],
  month: string,
  baseSalaries: BaseSalaryEntry[],
  count: MonthTraining | null,
): Promise<PreparedBatch> {
  const batch: PreparedBatch = {
    payrolls: [],
    skipped: [],
    failed: [],
    timings: { count: 0, read: 0, compute: 0 },
  };
  const started = performance.now();
  // The communes' payrolls of this month and of the months it may correct, in one read.
  const payrolls = await db
    .selectFrom('payroll')
    .select(['id', 'unitId', 'month', 'status', 'version'])
    .where(
      'unitId',
      'in',
      communes.map((c) => c.id),
    )
    .where('month', '<=', month)
    .where('month', '>=', addMonths(month, -CORRECTION_WINDOW_MONTHS))
    .orderBy('month')
    .execute();
  const existing = new Map(payrolls.filter((p) => p.month === month).map((p) => [p.unitId, p]));
  let open: CommuneRef[] = [];
  for (const commune of communes) {
    const row = existing.get(commune.id);
    if (row && row.status !== 'draft') batch.skipped.push({ unitId: commune.id, status: row.status });
    else open.push(commune);
  }
  if (count !== null) {
    // A commune with a frozen month in the window may owe corrections: those are worked out from lines.
    const frozen = new Set(payrolls.filter((p) => FROZEN_STATUSES.includes(p.status)).map((p) => p.unitId));
    const counted = await countBatch(
      db,
      open.filter((c) => !frozen.has(c.id)),
      month,
      baseSalaries,
      existing,
      count,
    );
    batch.payrolls.push(...counted);
    const done = new Set(counted.map((p) => p.unitId));
    open = open.filter((c) => !done.has(c.id));
  }
  const reading = performance.now();
  batch.timings.count = reading - started;
  if (open.length === 0) return batch;
  const openIds = new Set(open.map((c) => c.id));
  const earlier = payrolls.filter((p) => p.month < month && openIds.has(p.unitId));
  const [months, provinces, corrections] = await Promise.all([
    loadCommuneMonths(db, open, month),
    loadProvinceMonths(db, open.map(provinceOf), month),
    correctionsFor(db, open, month, baseSalaries, existing, earlier, batch),
  ]);
  const computing = performance.now();
  batch.timings.read = computing - reading;
  for (const { commune, members } of months) {
    if (batch.failed.some((f) => f.unitId === commune.id)) continue;
    const province = provinces.get(provinceOf(commune))!;
    const result = compute(batch, commune, month, () =>
      computeMonthlyPayroll({
        month,
        communeId: commune.id,
        baseSalaries,
        rateSets: province.rateSets,
        members,
        roundingRule: province.roundingRule,
      }),
    );
    if (result) {
      const row = existing.get(commune.id);
      batch.payrolls.push(
        prepared(commune.id, month, row ? { id: row.id, version: row.version } : null, result, corrections),
      );
    }
  }
  batch.timings.compute = performance.now() - computing;
  return batch;
}

/** The computation's result, or null with the commune listed as failed when its input cannot be computed. */
function compute(
  batch: PreparedBatch,
  commune: CommuneRef,
  month: string,
  run: () => PayrollResult,
): PayrollResult | null {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof PayrollInputError)) throw err;
    batch.failed.push({ unitId: commune.id, month, message: err.message, fieldErrors: err.fieldErrors });
    return null;
  }
}

function prepared(
  unitId: string,
  month: string,
  existing: PreparedPayroll['existing'],
  result: PayrollResult,
  corrections: Map<string, CorrectionLine[]>,
): PreparedPayroll {
  const own = corrections.get(unitId) ?? [];
  const correctionTotal = own.reduce((s, l) => s + l.amount, 0);
  const { linePairs } = result;
  return {
    unitId,
    existing,
    total: result.totals.commune + correctionTotal,
    correctionTotal,
    memberCount: linePairs.members.length,
    lines: linePairs.pairs.length / 2,
    corrections: own.length,
    warnings: result.warnings.length,
    roundingRule: result.roundingRule,
    content: encodeContent(month, { linePairs, corrections: own, warnings: result.warnings }),
  };
}

/**
 * Correction lines for the frozen months (approved or paid) of these communes, to put into `month`: a frozen
 * month O is corrected here when no payroll between O and `month` is still open (a draft or submitted one
 * would be the earliest open month after O, and takes the correction). `earlier`: the communes' payrolls of
 * the correction window before `month`, in month order.
 */
async function correctionsFor(
  db: Db,
  communes: readonly CommuneRef[],
  month: string,
  baseSalaries: BaseSalaryEntry[],
  current: Map<string, { id: string }>,
  earlier: readonly { unitId: string; month: string; status: PayrollStatus }[],
  batch: PreparedBatch,
): Promise<Map<string, CorrectionLine[]>> {
  const result = new Map<string, CorrectionLine[]>();
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
      const recomputed = compute(batch, commune, original, () =>
        computeMonthlyPayroll({
          month: original,
          communeId: commune.id,
          baseSalaries,
          rateSets: province.rateSets,
          members,
          roundingRule: province.roundingRule,
        }),
      );
      if (!recomputed) continue;
      const lines = correctionLines(paid.get(key(commune.id, original)) ?? [], recomputed.lines, month);
      result.set(commune.id, [...(result.get(commune.id) ?? []), ...lines]);
    }
  }
  return result;
}
