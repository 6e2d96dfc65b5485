import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import { UNIT_GROUPS } from '../../domain/org/groups.ts';
import type {
  Plan,
  PlanCreate,
  PlanListQuery,
  PlanSummary,
  PlanUpdate,
  TaskInput,
} from '../../domain/plans/plan-api.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { AssignmentTable } from '../db/schema.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { isPathInScope, parentPathOf } from '../http/scope.ts';
import { resolveUnitGroup } from '../org/org.service.ts';
import { buildTaskTree, parseRecipients, toPlanSummaryFields } from './plan-tree.ts';
import {
  findPlanAssignments,
  findPlanDuties,
  findPlanPage,
  findPlanTasks,
  findSubPlans,
  findUnitsByIds,
  findVisiblePlan,
  type VisiblePlanRow,
} from './plans.repo.ts';
import { insertDerivedRegimes } from './regimes.repo.ts';
import { fromScheduleColumns, toScheduleColumns } from './schedule-columns.ts';

type NewAssignment = Omit<AssignmentTable, 'version'>;

export const PLAN_NOT_FOUND = { vi: 'Không tìm thấy kế hoạch.', en: 'Plan not found.' };
const UNIT_NOT_FOUND = { vi: 'Không tìm thấy đơn vị được giao.', en: 'Assigned unit not found.' };

/** The system (demo loader, CLI) sees everything. */
const everything = { scopePath: '/' };
const scopeOf = (actor: Actor | SystemActor) => ('role' in actor ? actor : everything);

/** Who may change a plan: admins, coordinators and agencies, for plans owned inside their scope (SPEC §1, §3). */
export function canEditPlan(actor: Actor | SystemActor, plan: Pick<VisiblePlanRow, 'ownerPath'>): boolean {
  if (!('role' in actor)) return true;
  return ['admin', 'coordinator', 'agency'].includes(actor.role) && isPathInScope(actor, plan.ownerPath);
}

/** A plan the actor may see (else 404) and change (else 403). */
export async function requireEditablePlan(db: Db, actor: Actor, planId: string) {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw notFound(PLAN_NOT_FOUND);
  if (!canEditPlan(actor, plan)) throw new AppError('FORBIDDEN');
  return plan;
}

export async function listPlans(
  db: Db,
  actor: Actor,
  query: PlanListQuery,
): Promise<{ items: PlanSummary[]; total: number }> {
  const { rows, total } = await findPlanPage(db, actor, {
    ...query,
    folded: query.q ? foldText(query.q) : undefined,
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      issuer: row.issuer,
      date: row.issuedOn,
      status: row.status,
      ownerUnit: { id: row.ownerId, code: row.ownerCode, name: row.ownerName },
      parentPlanId: row.parentPlanId,
      taskCount: Number(row.taskCount ?? 0),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      version: row.version,
    })),
    total,
  };
}

export async function getPlan(db: Db, actor: Actor | SystemActor, id: string): Promise<Plan> {
  const scope = scopeOf(actor);
  const plan = await findVisiblePlan(db, scope, id);
  if (!plan) throw notFound(PLAN_NOT_FOUND);
  const [tasks, assignments, duties, subPlans] = await Promise.all([
    findPlanTasks(db, id),
    findPlanAssignments(db, id),
    findPlanDuties(db, id),
    findSubPlans(db, scope, id),
  ]);
  const tree = buildTaskTree(tasks, assignments);
  return {
    ...toPlanSummaryFields(plan),
    taskCount: tasks.length,
    place: plan.place,
    legalBasis: plan.legalBasis,
    purpose: plan.purpose,
    funding: plan.funding,
    organization: plan.organization,
    recipients: parseRecipients(plan.recipients),
    signerAuthority: plan.signerAuthority,
    signerName: plan.signerName,
    parentTaskId: plan.parentTaskId,
    sourceText: plan.sourceText,
    tasks: tree,
    reportingDuties: duties.map((d) => ({
      id: d.id,
      what: d.what,
      to: d.recipientText,
      deadlineText: d.deadlineText,
      schedule: fromScheduleColumns(d),
    })),
    subPlans: subPlans.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      ownerUnit: { id: s.ownerId, code: s.ownerCode, name: s.ownerName },
    })),
    canEdit: canEditPlan(actor, plan),
  };
}

function* walkTasks(tasks: TaskInput[]): Generator<TaskInput> {
  for (const task of tasks) {
    yield task;
    yield* walkTasks(task.children);
  }
}

/**
 * The root under which a named group resolves for a plan: the owner unit when it is an administrative unit
 * (a district's plan: "UBND các xã" are that district's communes), else the unit the agency serves.
 */
export function groupRootPath(ownerPath: string, ownerKind: string): string {
  return ownerKind === 'agency' ? parentPathOf(ownerPath) : ownerPath;
}

export interface GroupMembers {
  [groupKey: string]: { id: string }[];
}

export async function resolveGroupsUnder(
  db: Db,
  keys: Iterable<string>,
  rootPath: string,
): Promise<GroupMembers> {
  const rootId = rootPath.split('/').filter(Boolean).at(-1);
  const members: GroupMembers = {};
  for (const key of new Set(keys)) {
    if (!UNIT_GROUPS.some((g) => g.key === key)) {
      throw new AppError('VALIDATION_FAILED', undefined, [
        { path: '/groupKey', message: `Nhóm đơn vị không tồn tại: ${key}` },
      ]);
    }
    members[key] = rootId ? await resolveUnitGroup(db, key, rootId) : [];
  }
  return members;
}

/** Every unit the input names must exist and lie in the actor's scope; 404 otherwise. */
async function requireUnitsInScope(db: Db, actor: Actor | SystemActor, unitIds: string[]) {
  const unique = [...new Set(unitIds)];
  const units = await findUnitsByIds(db, unique);
  const scope = scopeOf(actor);
  const ok = new Set(units.filter((u) => isPathInScope(scope, u.path)).map((u) => u.id));
  if (unique.some((id) => !ok.has(id))) throw notFound(UNIT_NOT_FOUND);
}

async function insertTaskTree(
  db: Db,
  context: { planId: string; now: string; groups: GroupMembers },
  tasks: TaskInput[],
  parentId: string | null,
  position: { next: number },
): Promise<number> {
  let assignmentCount = 0;
  for (const task of tasks) {
    const id = randomUUID();
    await db
      .insertInto('task')
      .values({
        id,
        planId: context.planId,
        parentId,
        code: task.code,
        title: task.title,
        description: task.description ?? null,
        form: task.form ?? null,
        timeText: task.timeText ?? null,
        position: position.next++,
        ...toScheduleColumns(task.schedule),
        createdAt: context.now,
        updatedAt: context.now,
      })
      .execute();
    const rows = assignmentRows(id, task, context);
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto('assignment')
        .values(rows.slice(i, i + 500))
        .execute();
    assignmentCount += rows.length;
    assignmentCount += await insertTaskTree(db, context, task.children, id, position);
  }
  return assignmentCount;
}

/**
 * One row per unit: a group fans out to its members (remembering the group); a unit named twice is recorded
 * once, as lead if it leads; a name left unresolved is kept as written, once.
 */
function assignmentRows(taskId: string, task: TaskInput, context: { now: string; groups: GroupMembers }) {
  const byKey = new Map<string, NewAssignment>();
  for (const input of task.assignments) {
    const unitIds = input.groupKey
      ? (context.groups[input.groupKey] ?? []).map((u) => u.id)
      : [input.unitId ?? null];
    for (const unitId of unitIds) {
      const key = unitId ?? `name:${input.nameText}`;
      const existing = byKey.get(key);
      if (existing && (existing.role === 'lead' || input.role === 'coordinator')) continue;
      byKey.set(key, {
        id: randomUUID(),
        taskId,
        unitId,
        role: input.role,
        groupKey: input.groupKey ?? null,
        nameText: input.nameText,
        createdAt: context.now,
        updatedAt: context.now,
      });
    }
  }
  return [...byKey.values()];
}

export async function createPlan(db: Db, actor: Actor | SystemActor, input: PlanCreate): Promise<Plan> {
  if ('role' in actor) requireRole(actor, 'admin', 'coordinator', 'agency');
  const ownerUnitId = input.ownerUnitId ?? actor.unitId;
  if (!ownerUnitId)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: '/ownerUnitId', message: 'Chọn đơn vị ban hành' },
    ]);
  const [owner] = await findUnitsByIds(db, [ownerUnitId]);
  if (!owner || !isPathInScope(scopeOf(actor), owner.path)) throw notFound(UNIT_NOT_FOUND);
  if (input.parentPlanId && !(await findVisiblePlan(db, scopeOf(actor), input.parentPlanId)))
    throw notFound(PLAN_NOT_FOUND);
  const allTasks = [...walkTasks(input.tasks)];
  const unitIds = allTasks.flatMap((t) => t.assignments.flatMap((a) => (a.unitId ? [a.unitId] : [])));
  await requireUnitsInScope(db, actor, unitIds);
  const groups = await resolveGroupsUnder(
    db,
    allTasks.flatMap((t) => t.assignments.flatMap((a) => (a.groupKey ? [a.groupKey] : []))),
    groupRootPath(owner.path, owner.kind),
  );
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('plan')
      .values({
        id,
        ownerUnitId,
        parentPlanId: input.parentPlanId ?? null,
        parentTaskId: input.parentTaskId ?? null,
        number: input.number ?? null,
        issuer: input.issuer ?? null,
        place: input.place ?? null,
        issuedOn: input.date ?? null,
        title: input.title,
        searchText: foldText(`${input.number ?? ''} ${input.title}`),
        legalBasis: input.legalBasis ?? null,
        purpose: input.purpose ?? null,
        funding: input.funding ?? null,
        organization: input.organization ?? null,
        recipients: JSON.stringify(input.recipients),
        signerAuthority: input.signerAuthority ?? null,
        signerName: input.signerName ?? null,
        status: input.status,
        sourceText: input.sourceText ?? null,
        createdBy: actor.userId,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .execute();
    const assignmentCount = await insertTaskTree(
      trx,
      { planId: id, now: actor.now, groups },
      input.tasks,
      null,
      { next: 0 },
    );
    for (const duty of input.reportingDuties) {
      await trx
        .insertInto('planReportingDuty')
        .values({
          id: randomUUID(),
          planId: id,
          what: duty.what,
          recipientText: duty.to,
          deadlineText: duty.deadlineText,
          ...toScheduleColumns(duty.schedule),
          createdAt: actor.now,
        })
        .execute();
    }
    const regimeCount = await insertDerivedRegimes(trx, id, input, actor.now);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'plan',
      entityId: id,
      after: {
        number: input.number ?? null,
        title: input.title,
        ownerUnitId,
        tasks: allTasks.length,
        assignments: assignmentCount,
        regimes: regimeCount,
      },
    });
  });
  return getPlan(db, actor, id);
}

export async function updatePlan(db: Db, actor: Actor, id: string, input: PlanUpdate): Promise<Plan> {
  const plan = await requireEditablePlan(db, actor, id);
  if (plan.version !== input.version) throw conflict();
  const { version, date, recipients, ...fields } = input;
  const changes = {
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    ...(date !== undefined ? { issuedOn: date } : {}),
    ...(recipients !== undefined ? { recipients: JSON.stringify(recipients) } : {}),
    ...(fields.title !== undefined || fields.number !== undefined
      ? { searchText: foldText(`${fields.number ?? plan.number ?? ''} ${fields.title ?? plan.title}`) }
      : {}),
  };
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('plan')
      .set({ ...changes, updatedAt: actor.now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    const before = Object.fromEntries(
      Object.keys(changes).map((k) => [k, (plan as Record<string, unknown>)[k] ?? null]),
    );
    await recordAudit(trx, actor, { action: 'update', entity: 'plan', entityId: id, before, after: changes });
  });
  return getPlan(db, actor, id);
}
