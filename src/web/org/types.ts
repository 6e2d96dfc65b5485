import type { Unit } from '../../domain/org/org.schemas.ts';

export interface UnitPage {
  items: Unit[];
  total: number;
}
