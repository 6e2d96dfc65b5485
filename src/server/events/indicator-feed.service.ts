/**
 * Indicator values offered from events, media items and review findings (issue 7, item 5): when a unit opens
 * its report for a period, each indicator whose source is set gets the value its own records give, so that
 * units do not type the same numbers twice. The reports module calls `suggestIndicatorValues`.
 */
import { sql } from 'kysely';
import type { IndicatorSource } from '../../domain/events/constants.ts';
import {
  type IndicatorSourceFilter,
  type IndicatorSuggestion,
  matchesSourceFilter,
  type RecordedActivity,
  suggestValue,
} from '../../domain/events/indicator-sources.ts';
import { CHANGE_OUTCOMES } from '../../domain/legal/constants.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { notFound } from '../http/errors.ts';
import { findTaskWithPlan, findVisiblePlan } from '../plans/plans.repo.ts';
import { requireEditablePlan } from '../plans/plans.service.ts';

const INDICATOR_NOT_FOUND = { vi: 'Không tìm thấy chỉ tiêu.', en: 'Indicator not found.' };
const TASK_NOT_FOUND = { vi: 'Không tìm thấy nhiệm vụ.', en: 'Task not found.' };

/** Counts of one unit's records linked to one task: events and media in the period, findings of its campaigns. */
async function recordedActivity(
  db: Db,
  input: { taskId: string; unitId: string; periodStart: string; periodEnd: string },
  needed: Set<IndicatorSource>,
): Promise<RecordedActivity> {
  const wants = (...sources: IndicatorSource[]) => sources.some((source) => needed.has(source));
  const [events, media, findings, statement] = await Promise.all([
    wants('event_count', 'event_participants')
      ? db
          .selectFrom('event')
          .select((eb) => [
            eb.fn.countAll<number | string>().as('n'),
            eb.fn.sum<number | string | null>('participantCount').as('participants'),
          ])
          .where('taskId', '=', input.taskId)
          .where('unitId', '=', input.unitId)
          .where('startsOn', '>=', input.periodStart)
          .where('startsOn', '<=', input.periodEnd)
          .executeTakeFirstOrThrow()
      : undefined,
    wants('media_count')
      ? db
          .selectFrom('mediaItem')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('taskId', '=', input.taskId)
          .where('unitId', '=', input.unitId)
          .where('publishedOn', '>=', input.periodStart)
          .where('publishedOn', '<=', input.periodEnd)
          .executeTakeFirstOrThrow()
      : undefined,
    // A campaign is its own period: every finding the unit recorded in campaigns carrying out the task.
    wants('finding_count', 'finding_change_count')
      ? db
          .selectFrom('reviewFinding')
          .innerJoin('reviewCampaign', 'reviewCampaign.id', 'reviewFinding.campaignId')
          .select((eb) => [
            eb.fn.countAll<number | string>().as('n'),
            eb.fn
              .sum<number | string | null>(
                sql`case when ${sql.ref('reviewFinding.outcome')} in (${sql.join([...CHANGE_OUTCOMES])}) then 1 else 0 end`,
              )
              .as('changes'),
          ])
          .where('reviewCampaign.taskId', '=', input.taskId)
          .where('reviewFinding.unitId', '=', input.unitId)
          .executeTakeFirstOrThrow()
      : undefined,
    wants('finding_count', 'finding_change_count')
      ? db
          .selectFrom('reviewCampaignUnit')
          .innerJoin('reviewCampaign', 'reviewCampaign.id', 'reviewCampaignUnit.campaignId')
          .select('reviewCampaignUnit.nothingFoundAt')
          .where('reviewCampaign.taskId', '=', input.taskId)
          .where('reviewCampaignUnit.unitId', '=', input.unitId)
          .where('reviewCampaignUnit.nothingFoundAt', 'is not', null)
          .executeTakeFirst()
      : undefined,
  ]);
  return {
    events: Number(events?.n ?? 0),
    participants: Number(events?.participants ?? 0),
    media: Number(media?.n ?? 0),
    findings: Number(findings?.n ?? 0),
    changeFindings: Number(findings?.changes ?? 0),
    statedNothingFound: statement !== undefined,
  };
}

/** For a report being written: the value each sourced indicator of the task would take, by indicator id. */
export async function suggestIndicatorValues(
  db: Db,
  input: { taskId: string; unitId: string; periodStart: string; periodEnd: string },
): Promise<Map<string, IndicatorSuggestion>> {
  const sources = await db
    .selectFrom('indicatorSource')
    .innerJoin('indicator', 'indicator.id', 'indicatorSource.indicatorId')
    .select(['indicatorSource.indicatorId', 'indicatorSource.source'])
    .where('indicator.taskId', '=', input.taskId)
    .execute();
  const suggestions = new Map<string, IndicatorSuggestion>();
  if (sources.length === 0) return suggestions;
  const activity = await recordedActivity(db, input, new Set(sources.map((row) => row.source)));
  for (const row of sources) {
    const suggestion = suggestValue(row.source, activity);
    if (suggestion) suggestions.set(row.indicatorId, suggestion);
  }
  return suggestions;
}

async function requireVisibleTask(db: Db, actor: Actor, taskId: string) {
  const task = await findTaskWithPlan(db, taskId);
  if (!task || !(await findVisiblePlan(db, actor, task.planId))) throw notFound(TASK_NOT_FOUND);
}

export async function listIndicatorSources(db: Db, actor: Actor, taskId: string) {
  await requireVisibleTask(db, actor, taskId);
  const items = await db
    .selectFrom('indicatorSource')
    .innerJoin('indicator', 'indicator.id', 'indicatorSource.indicatorId')
    .select(['indicatorSource.indicatorId', 'indicatorSource.source'])
    .where('indicator.taskId', '=', taskId)
    .execute();
  return { items };
}

/** A task's indicators in their order, each with its source (null: typed by hand), under the page's filters. */
export async function exportIndicatorSources(
  db: Db,
  actor: Actor,
  taskId: string,
  filter: IndicatorSourceFilter,
) {
  await requireVisibleTask(db, actor, taskId);
  const rows = await db
    .selectFrom('indicator')
    .leftJoin('indicatorSource', 'indicatorSource.indicatorId', 'indicator.id')
    .select(['indicator.name', 'indicator.unitLabel', 'indicator.kind', 'indicatorSource.source'])
    .where('indicator.taskId', '=', taskId)
    .orderBy('indicator.position')
    .execute();
  return rows.filter((row) => matchesSourceFilter(row, filter));
}

/** The coordinator says where an indicator's value comes from (or that it is typed by hand: null). */
export async function setIndicatorSource(
  db: Db,
  actor: Actor,
  indicatorId: string,
  source: IndicatorSource | null,
): Promise<{ indicatorId: string; source: IndicatorSource | null }> {
  const indicator = await db
    .selectFrom('indicator')
    .select(['id', 'taskId'])
    .where('id', '=', indicatorId)
    .executeTakeFirst();
  const task = indicator ? await findTaskWithPlan(db, indicator.taskId) : undefined;
  if (!indicator || !task) throw notFound(INDICATOR_NOT_FOUND);
  await requireEditablePlan(db, actor, task.planId);
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('indicatorSource')
      .select('source')
      .where('indicatorId', '=', indicatorId)
      .executeTakeFirst();
    await trx.deleteFrom('indicatorSource').where('indicatorId', '=', indicatorId).execute();
    if (source)
      await trx.insertInto('indicatorSource').values({ indicatorId, source, updatedAt: actor.now }).execute();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'indicator_source',
      entityId: indicatorId,
      before: { source: before?.source ?? null },
      after: { source },
    });
  });
  return { indicatorId, source };
}
