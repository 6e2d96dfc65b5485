import { vietnamToday } from '../../domain/common/dates.ts';
import type { LocalizedText } from '../../domain/errors.ts';
import { followUpState, isFollowUpDueSoon } from '../../domain/inspections/follow-ups.ts';
import type { FollowUp } from '../../domain/inspections/inspections.schemas.ts';
import type { Actor } from '../http/actor.ts';
import { AppError } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import type { FollowUpRow } from './follow-ups.repo.ts';

export const INSPECTION_NOT_FOUND: LocalizedText = {
  vi: 'Không tìm thấy cuộc kiểm tra.',
  en: 'Inspection not found.',
};
export const FINDING_NOT_FOUND: LocalizedText = {
  vi: 'Không tìm thấy nội dung phát hiện qua kiểm tra.',
  en: 'Finding not found.',
};
export const FOLLOW_UP_NOT_FOUND: LocalizedText = {
  vi: 'Không tìm thấy việc cần khắc phục.',
  en: 'Follow-up action not found.',
};

/** Who may plan and record inspections: Công an tỉnh, administrators, and agencies such as a district's UBND. */
const INSPECTOR_ROLES: readonly Actor['role'][] = ['admin', 'coordinator', 'agency'];

export const todayOf = (actor: Pick<Actor, 'now'>) => vietnamToday(actor.now);

export function requireInspectorRole(actor: Actor): void {
  if (!INSPECTOR_ROLES.includes(actor.role)) throw new AppError('FORBIDDEN');
}

/**
 * The inspecting side: an inspector role whose scope covers both the inspecting and the inspected unit
 * (Công an tỉnh for any unit of the province; UBND huyện Đại Từ for its own communes).
 */
export function canManageInspection(
  actor: Actor,
  inspection: { inspectingPath: string; inspectedPath: string },
): boolean {
  return (
    INSPECTOR_ROLES.includes(actor.role) &&
    isPathInScope(actor, inspection.inspectingPath) &&
    isPathInScope(actor, inspection.inspectedPath)
  );
}

/** Who answers for a follow-up: the responsible unit's own users, or the inspecting side; never a leader. */
export function isFollowUpActor(actor: Actor, row: FollowUpRow): boolean {
  if (actor.role === 'leader') return false;
  return actor.unitId === row.responsibleUnitId || canManageInspection(actor, row);
}

export function toFollowUp(actor: Actor, row: FollowUpRow): FollowUp {
  const today = todayOf(actor);
  return {
    id: row.id,
    findingId: row.findingId,
    what: row.what,
    dueDate: row.dueDate,
    responsibleUnit: { id: row.responsibleUnitId, code: row.responsibleCode, name: row.responsibleName },
    state: followUpState(row.state, row.dueDate, today),
    isDueSoon: isFollowUpDueSoon(row.state, row.dueDate, today),
    doneOn: row.doneOn,
    result: row.result,
    doneBy: row.doneById && row.doneByName ? { id: row.doneById, displayName: row.doneByName } : null,
    updatedAt: row.updatedAt,
    version: row.version,
    canEdit: row.state === 'open' && canManageInspection(actor, row),
    canComplete: row.state === 'open' && isFollowUpActor(actor, row),
  };
}

/** A field of the request that names something the actor cannot use: 400 with the field, like zod's own. */
export function fieldError(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', undefined, [{ path, message }]);
}

export function invalidState(vi: string, en: string): AppError {
  return new AppError('INVALID_STATE', { vi, en });
}
