import type { CriteriaRuleSet } from '../../domain/force/criteria.schemas.ts';
import { requiredMembers, type RequiredMembers } from '../../domain/force/criteria.ts';
import {
  communeKindOf,
  type AreaType,
  type SecurityRating,
  type VillageClass,
  type VillageKind,
} from '../../domain/force/force.schemas.ts';
import type { Db } from '../db/database.ts';
import { findStoredRuleSetInForce } from './rule-sets.repo.ts';

export interface VillageForRules {
  kind: VillageKind;
  households: number | null;
  population: number | null;
  villageClass: VillageClass | null;
  areaTypes: AreaType[];
  securityRating: SecurityRating;
}

export interface RuleSetRef {
  id: string;
  name: string;
  resolution: string;
  isExample: boolean;
}

export interface Requirements {
  ruleSet: RuleSetRef | null;
  /** Null when the province has no rule set in force. */
  forVillage(village: VillageForRules, communeName: string): RequiredMembers | null;
}

const NO_RULES: Requirements = { ruleSet: null, forVillage: () => null };

/** What a province's rule set in force on `asOf` calls for, village by village. */
export async function loadRequirements(db: Db, provinceId: string, asOf: string): Promise<Requirements> {
  const stored = await findStoredRuleSetInForce(db, provinceId, asOf);
  if (!stored) return NO_RULES;
  const set = JSON.parse(stored.rules) as CriteriaRuleSet;
  return {
    ruleSet: {
      id: stored.id,
      name: stored.name,
      resolution: stored.resolution,
      isExample: stored.isExample === 1,
    },
    forVillage: (village, communeName) =>
      requiredMembers({ ...village, communeKind: communeKindOf(communeName) ?? null }, set, asOf),
  };
}

/** For a scope holding several provinces: one calculator per province, loaded once per request. */
export function requirementsCache(db: Db, asOf: string) {
  const cache = new Map<string, Promise<Requirements>>();
  return (provinceId: string) => {
    let found = cache.get(provinceId);
    if (!found) {
      found = loadRequirements(db, provinceId, asOf);
      cache.set(provinceId, found);
    }
    return found;
  };
}
