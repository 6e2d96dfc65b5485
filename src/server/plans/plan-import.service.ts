import type { PlanDraft } from '../../domain/plans/plans.schemas.ts';
import type {
  PlanCreate,
  PlanParseResult,
  TaskInput,
  UnitMatch,
} from '../../domain/plans/plan-api.schemas.ts';
import { matchUnitName } from '../../domain/plans/match-units.ts';
import { parsePlan } from '../../domain/plans/parse-plan.ts';
import { UNIT_GROUPS } from '../../domain/org/groups.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { findProvinceUnits } from './plans.repo.ts';
import { resolveGroupsUnder } from './plans.service.ts';

function* draftTasks(tasks: PlanDraft['tasks']): Generator<PlanDraft['tasks'][number]> {
  for (const task of tasks) {
    yield task;
    yield* draftTasks(task.children);
  }
}

/**
 * Parses a plan's text and matches every unit it names against the organisation tree of the actor's province
 * (exact, folded, abbreviations, named groups); unmatched names come back flagged with suggestions.
 */
export async function parsePlanText(
  db: Db,
  actor: Actor | SystemActor,
  text: string,
  provincePath?: string,
): Promise<PlanParseResult> {
  if ('role' in actor) requireRole(actor, 'admin', 'coordinator', 'agency');
  const draft = parsePlan(text);
  const rootPath = provincePath ?? ('role' in actor ? actor.scopePath : '/');
  const candidates = await findProvinceUnits(db, rootPath);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const provinceRoot = `/${rootPath.split('/')[1] ?? ''}/`;
  const groupMembers = await resolveGroupsUnder(
    db,
    UNIT_GROUPS.map((g) => g.key),
    provinceRoot,
  );
  const names = new Set<string>();
  for (const task of draftTasks(draft.tasks))
    [...task.lead, ...task.coordinators].forEach((n) => names.add(n));
  if (draft.issuer) names.add(draft.issuer);
  const units = [...names].map((name) => {
    const result = matchUnitName(name, candidates, UNIT_GROUPS);
    let match: UnitMatch;
    if (result.kind === 'unit') {
      const unit = byId.get(result.unitId);
      match = unit
        ? {
            kind: 'unit',
            unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
            confidence: result.confidence,
          }
        : { kind: 'unmatched', suggestions: [] };
    } else if (result.kind === 'group') {
      const group = UNIT_GROUPS.find((g) => g.key === result.groupKey);
      match = {
        kind: 'group',
        groupKey: result.groupKey,
        groupName: group?.name ?? result.groupKey,
        memberCount: groupMembers[result.groupKey]?.length ?? 0,
      };
    } else {
      match = {
        kind: 'unmatched',
        suggestions: result.suggestions.flatMap((id) => {
          const unit = byId.get(id);
          return unit ? [{ id: unit.id, code: unit.code, name: unit.name }] : [];
        }),
      };
    }
    return { name, match };
  });
  return { draft, units, sourceText: text };
}

/**
 * The plan as saved without a human review: every name resolved as matched, unmatched names kept as
 * written (flagged on the plan page). The demo loader and `antt import-plan --save` use it.
 */
export function draftToPlanCreate(result: PlanParseResult, ownerUnitId: string): PlanCreate {
  const matchOf = new Map(result.units.map((u) => [u.name, u.match]));
  const toAssignment = (name: string, role: 'lead' | 'coordinator') => {
    const match = matchOf.get(name);
    return {
      role,
      nameText: name,
      unitId: match?.kind === 'unit' ? match.unit.id : null,
      groupKey: match?.kind === 'group' ? match.groupKey : null,
    };
  };
  const toTask = (task: PlanDraft['tasks'][number]): TaskInput => ({
    code: task.code,
    title: task.title,
    description: task.description,
    form: task.form,
    timeText: task.timeText,
    schedule: task.schedule,
    assignments: [
      ...task.lead.map((n) => toAssignment(n, 'lead')),
      ...task.coordinators.map((n) => toAssignment(n, 'coordinator')),
    ],
    children: task.children.map(toTask),
  });
  const { draft } = result;
  return {
    number: draft.number,
    issuer: draft.issuer,
    place: draft.place,
    date: draft.date,
    title: draft.title ?? 'Kế hoạch',
    legalBasis: draft.legalBasis,
    purpose: draft.purpose,
    funding: draft.funding,
    organization: draft.organization,
    recipients: draft.recipients,
    signerAuthority: draft.signer.authority,
    signerName: draft.signer.name,
    status: 'active',
    ownerUnitId,
    sourceText: result.sourceText,
    tasks: draft.tasks.map(toTask),
    reportingDuties: draft.reportingDuties,
  };
}
