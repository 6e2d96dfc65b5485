import type { UnitOption } from '../types.ts';

/** A commune handed over in the address (`?unitId=…&unitName=…`), e.g. from the overview's rows. */
export function communeFromParams(params: URLSearchParams): UnitOption | undefined {
  const id = params.get('unitId');
  if (!id) return undefined;
  return { id, code: params.get('unitCode') ?? '', name: params.get('unitName') ?? id };
}

export function communeParams(unit: UnitOption): string {
  return new URLSearchParams({ unitId: unit.id, unitCode: unit.code, unitName: unit.name }).toString();
}
