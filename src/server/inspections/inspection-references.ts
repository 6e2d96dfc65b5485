import type { FieldError } from '../../domain/errors.ts';
import type { Task } from '../../domain/plans/plan-api.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { AppError } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import { getPlan } from '../plans/plans.service.ts';
import { findUnit, type UnitRow } from './inspections.repo.ts';

const UNIT_OUT_OF_SCOPE = 'Không tìm thấy đơn vị này trong phạm vi quản lý của bạn';

function hasTask(tasks: Task[], taskId: string): boolean {
  return tasks.some((task) => task.id === taskId || hasTask(task.children, taskId));
}

/** The plan (visible to the actor) and, when given, one of its tasks; errors go to the fields named. */
async function checkPlanAndTask(db: Db, actor: Actor, planId: string, taskId: string | null) {
  const errors: FieldError[] = [];
  const plan = await getPlan(db, actor, planId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  });
  if (!plan) errors.push({ path: '/planId', message: 'Không tìm thấy kế hoạch này' });
  else if (taskId && !hasTask(plan.tasks, taskId))
    errors.push({ path: '/taskId', message: 'Nhiệm vụ không thuộc kế hoạch đã chọn' });
  return errors;
}

async function unitInScope(db: Db, actor: Actor, unitId: string): Promise<UnitRow | undefined> {
  const unit = await findUnit(db, unitId);
  return unit && isPathInScope(actor, unit.path) ? unit : undefined;
}

/**
 * Checks what an inspection names: a plan the actor sees, a task of it, and two different units inside the
 * actor's scope (a unit outside it reads as missing, as everywhere else). All problems answer together, 400.
 */
export async function resolveReferences(
  db: Db,
  actor: Actor,
  refs: { planId: string; taskId: string | null; inspectingUnitId: string; inspectedUnitId: string },
): Promise<{ inspecting: UnitRow; inspected: UnitRow }> {
  const [errors, inspecting, inspected] = await Promise.all([
    checkPlanAndTask(db, actor, refs.planId, refs.taskId),
    unitInScope(db, actor, refs.inspectingUnitId),
    unitInScope(db, actor, refs.inspectedUnitId),
  ]);
  if (!inspecting) errors.push({ path: '/inspectingUnitId', message: UNIT_OUT_OF_SCOPE });
  if (!inspected) errors.push({ path: '/inspectedUnitId', message: UNIT_OUT_OF_SCOPE });
  if (inspecting && inspected && inspecting.id === inspected.id)
    errors.push({ path: '/inspectedUnitId', message: 'Đơn vị được kiểm tra phải khác đơn vị kiểm tra' });
  if (errors.length > 0 || !inspecting || !inspected)
    throw new AppError('VALIDATION_FAILED', undefined, errors);
  return { inspecting, inspected };
}

/** A follow-up's responsible unit: the inspected unit itself or a unit under it. */
export async function resolveResponsibleUnit(
  db: Db,
  inspectedPath: string,
  unitId: string,
): Promise<UnitRow> {
  const unit = await findUnit(db, unitId);
  if (!unit || !isPathInScope({ scopePath: inspectedPath }, unit.path)) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      {
        path: '/responsibleUnitId',
        message: 'Đơn vị thực hiện phải là đơn vị được kiểm tra hoặc đơn vị trực thuộc',
      },
    ]);
  }
  return unit;
}
