import type {
  ConsolidatedReport,
  ConsolidatedTask,
  ConsolidatedUnitPart,
  IndicatorValue,
} from '../../domain/reports/consolidation.ts';
import { formatVietnameseDate as vietnameseDate } from '../../domain/common/dates.ts';
import { isOwed } from '../../domain/reports/reports.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { findVisiblePlan } from '../plans/plans.repo.ts';
import {
  findIndicatorValues,
  findPlanDifficulties,
  findPlanPeriodRows,
  type PlanPeriodRow,
} from './consolidation.repo.ts';

export interface ConsolidationQuery {
  from?: string;
  to?: string;
  signerAuthority?: string;
  signerName?: string;
}

const PLAN_NOT_FOUND = { vi: 'Không tìm thấy kế hoạch.', en: 'Plan not found.' };

function sumIndicators(parts: ConsolidatedUnitPart[]): IndicatorValue[] {
  const first = parts[0]?.indicators ?? [];
  return first.map((indicator, index) => {
    const values = parts
      .map((p) => p.indicators[index]?.value)
      .filter((v): v is number => typeof v === 'number');
    const total = values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
    // A percentage does not add up across units: report its mean.
    return {
      ...indicator,
      value: total === null || indicator.kind !== 'percent' ? total : total / values.length,
    };
  });
}

/** The latest period of each assignment in the range stands for that unit in the consolidation. */
function latestPerAssignment(rows: PlanPeriodRow[]): PlanPeriodRow[] {
  const latest = new Map<string, PlanPeriodRow>();
  for (const row of rows) {
    const key = `${row.taskId}|${row.unitId}`;
    const seen = latest.get(key);
    if (!seen || seen.dueDate < row.dueDate) latest.set(key, row);
  }
  return rows.filter((row) => latest.get(`${row.taskId}|${row.unitId}`) === row);
}

/** Assembles one consolidated report (SPEC §4) for a plan and a range of due dates, within the actor's scope. */
export async function buildConsolidation(
  db: Db,
  actor: Actor,
  planId: string,
  query: ConsolidationQuery,
): Promise<ConsolidatedReport> {
  requireRole(actor, 'admin', 'coordinator', 'leader');
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw notFound(PLAN_NOT_FOUND);
  const year = actor.now.slice(0, 4);
  const range = { from: query.from ?? `${year}-01-01`, to: query.to ?? `${year}-12-31` };
  const today = actor.now.slice(0, 10);
  const [rows, indicatorRows, difficulties, issuer] = await Promise.all([
    findPlanPeriodRows(db, actor, planId, range),
    findIndicatorValues(db, planId),
    findPlanDifficulties(db, actor, planId, range),
    db
      .selectFrom('unit')
      .select(['name', 'code', 'parentId'])
      .where('id', '=', actor.unitId)
      .executeTakeFirstOrThrow(),
  ]);
  const parent = issuer.parentId
    ? await db.selectFrom('unit').select('name').where('id', '=', issuer.parentId).executeTakeFirst()
    : undefined;
  const indicatorsByTask = new Map<
    string,
    { id: string; name: string; unitLabel: string; kind: IndicatorValue['kind'] }[]
  >();
  const valueOf = new Map<string, number>();
  for (const row of indicatorRows) {
    const list = indicatorsByTask.get(row.taskId) ?? [];
    if (!list.some((i) => i.id === row.id))
      list.push({ id: row.id, name: row.name, unitLabel: row.unitLabel, kind: row.kind });
    indicatorsByTask.set(row.taskId, list);
    if (row.reportId && row.value !== null) valueOf.set(`${row.reportId}|${row.id}`, row.value);
  }
  const tasks = new Map<string, ConsolidatedTask>();
  const current = latestPerAssignment(rows);
  for (const row of current) {
    const status = row.status ?? 'not_started';
    const part: ConsolidatedUnitPart = {
      unitName: row.unitName,
      role: row.role,
      status,
      progress: row.reportId ? row.progress : null,
      done: row.done,
      indicators: (indicatorsByTask.get(row.taskId) ?? []).map((i) => ({
        name: i.name,
        unit: i.unitLabel,
        kind: i.kind,
        value: row.reportId ? (valueOf.get(`${row.reportId}|${i.id}`) ?? null) : null,
      })),
      difficulties: row.difficulties,
      proposals: row.proposals,
      submittedAt: row.submittedAt,
      isLate: row.dueDate < today && isOwed(status),
    };
    const task = tasks.get(row.taskId) ?? {
      code: row.taskCode,
      title: row.taskTitle,
      dueDate: row.dueDate,
      units: [],
      indicatorTotals: [],
    };
    if (task.dueDate === null || row.dueDate > task.dueDate) task.dueDate = row.dueDate;
    task.units.push(part);
    tasks.set(row.taskId, task);
  }
  for (const task of tasks.values()) task.indicatorTotals = sumIndicators(task.units);
  const parts = [...tasks.values()].flatMap((t) => t.units);
  const reported = parts.filter((p) => p.progress !== null);
  const provinceName = parent?.name ?? issuer.name;
  const abbreviation = issuer.code.includes('.') ? issuer.code.split('.').pop() : 'CAT';
  const periodLabel = `từ ${vietnameseDate(range.from)} đến ${vietnameseDate(range.to)}`;
  return {
    parentBody: provinceName.replace(/^Tỉnh /, 'UBND tỉnh ').toUpperCase(),
    issuingBody: issuer.name.toUpperCase(),
    documentNumber: `Số:      /BC-${abbreviation ?? 'CAT'}`,
    place: plan.place ?? provinceName.replace(/^(Tỉnh|Thành phố) /, ''),
    date: today,
    documentType: 'BÁO CÁO',
    summaryLine: `Kết quả thực hiện Kế hoạch${plan.number ? ` số ${plan.number}` : ''}${plan.issuedOn ? ` ngày ${vietnameseDate(plan.issuedOn)}` : ''}${plan.issuer ? ` của ${plan.issuer}` : ''} (${periodLabel})`,
    plan: { number: plan.number, title: plan.title, issuer: plan.issuer, date: plan.issuedOn },
    period: { label: periodLabel, from: range.from, to: range.to },
    totals: {
      unitsAssigned: parts.length,
      unitsReported: parts.filter((p) => p.status === 'submitted' || p.status === 'accepted').length,
      unitsAccepted: parts.filter((p) => p.status === 'accepted').length,
      unitsLate: parts.filter((p) => p.isLate).length,
      averageProgress:
        reported.length === 0
          ? null
          : Math.round(reported.reduce((a, p) => a + (p.progress ?? 0), 0) / reported.length),
    },
    tasks: [...tasks.values()],
    difficulties: difficulties.map((d) => ({
      taskCode: d.taskCode,
      unitName: d.unitName,
      text: d.text,
      answer: d.answer,
      state: d.state,
      isCarriedOver: d.dueDate < range.from,
    })),
    proposals: current.flatMap((row) =>
      row.proposals?.trim()
        ? [{ taskCode: row.taskCode, unitName: row.unitName, text: row.proposals.trim() }]
        : [],
    ),
    recipients: ['Bộ Công an (để báo cáo);', 'UBND tỉnh (để báo cáo);', `Lưu: VT, ${abbreviation ?? 'CAT'}.`],
    signer: { authority: query.signerAuthority ?? 'GIÁM ĐỐC', name: query.signerName ?? actor.displayName },
  };
}
