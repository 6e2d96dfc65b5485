import type { UnitGroupOption, UnitOption } from '../types.ts';
import type { Resolution } from './review-tree.ts';

/** What a unit select yields: a unit, or a named group that the server fans out to its members. */
export type UnitChoice = { kind: 'unit'; unit: UnitOption } | { kind: 'group'; group: UnitGroupOption };

export const unitChoiceValue = (unitId: string) => `unit:${unitId}`;
export const groupChoiceValue = (groupKey: string) => `group:${groupKey}`;

/** What the reviewer picked in a unit select, as the resolution of a name. */
export function resolutionFromChoice(choice: UnitChoice): Resolution {
  if (choice.kind === 'unit') return { kind: 'unit', unit: choice.unit, isAutomatic: false };
  return {
    kind: 'group',
    groupKey: choice.group.key,
    groupName: choice.group.name,
    memberCount: choice.group.memberCount,
  };
}

/** The select's value and chosen option for a resolution (nothing for an open or skipped name). */
export function choiceOfResolution(resolution: Resolution): { value?: string; chosen?: UnitChoice } {
  if (resolution.kind === 'unit')
    return { value: unitChoiceValue(resolution.unit.id), chosen: { kind: 'unit', unit: resolution.unit } };
  if (resolution.kind === 'group')
    return {
      value: groupChoiceValue(resolution.groupKey),
      chosen: {
        kind: 'group',
        group: { key: resolution.groupKey, name: resolution.groupName, memberCount: resolution.memberCount },
      },
    };
  return {};
}

export function suggestionsOf(resolution: Resolution): UnitOption[] {
  return resolution.kind === 'unmatched' || resolution.kind === 'skipped' ? resolution.suggestions : [];
}
