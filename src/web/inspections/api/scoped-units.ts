import type { UnitSource } from '../../lib/option-queries.ts';

/** Units in the user's scope (under `withinUnitId` when given), for the shared unit picker. */
export const scopedUnits = (withinUnitId?: string): UnitSource => ({
  url: '/api/inspections/unit-options',
  query: { withinUnitId },
});
