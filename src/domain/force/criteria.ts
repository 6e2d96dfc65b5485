/**
 * How many teams and members a village needs under a province's criteria (shapes in criteria.schemas.ts),
 * and how far the members in post fall short of, or exceed, that number.
 *
 * Exports:
 * - `requiredMembers(village: VillageFacts, ruleSet: CriteriaRuleSet, asOf: string): RequiredMembers`
 *   — `members` is the size of the village's team; a village that shares a team has `teams` = 1/N;
 *   `members` is null when the set is not in force on `asOf`, no rule applies, or a figure is missing
 *   (the explanation says which);
 * - `villageGap(required, inPost): VillageGap` — shortfall below `members`, excess above `maximumMembers`;
 * - `totalRequired(results): { teams; members }` — the sum over villages, a shared team counted once;
 * - `isRuleSetInForce(ruleSet, asOf)`, `findRuleSetInForce(ruleSets, asOf)`.
 */
import type { LocalizedText } from '../errors.ts';
import type { CriteriaRule, CriteriaRuleSet, VillageFacts } from './criteria.schemas.ts';
import { VILLAGE_KIND_LABELS } from './force.labels.ts';

export interface RequiredMembers {
  /** 1 for its own team; 1/N when up to N villages share one; null when unknown. */
  teams: number | null;
  /** Members its team must have. */
  members: number | null;
  /** The most members allowed (≥ members). */
  maximumMembers: number | null;
  /** How many villages may share its team (1: its own team). */
  villagesPerTeam: number;
  ruleApplied: { ruleSetId: string; ruleId: string; label: LocalizedText } | null;
  explanation: LocalizedText;
}

export interface VillageGap {
  required: number | null;
  inPost: number;
  shortfall: number;
  excess: number;
  status: 'ok' | 'short' | 'over' | 'unknown';
}

const MEASURE_WORDS = {
  households: { vi: 'hộ', en: 'households' },
  population: { vi: 'nhân khẩu', en: 'residents' },
} as const;

export function isRuleSetInForce(ruleSet: CriteriaRuleSet, asOf: string): boolean {
  return ruleSet.effectiveFrom <= asOf && (ruleSet.effectiveTo === null || asOf <= ruleSet.effectiveTo);
}

/** The set in force on `asOf`; of several, the one that took effect last. */
export function findRuleSetInForce(
  ruleSets: readonly CriteriaRuleSet[],
  asOf: string,
): CriteriaRuleSet | undefined {
  return ruleSets
    .filter((ruleSet) => isRuleSetInForce(ruleSet, asOf))
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

function unknown(explanation: LocalizedText, rule?: { ruleSet: CriteriaRuleSet; rule: CriteriaRule }) {
  const ruleApplied = rule
    ? { ruleSetId: rule.ruleSet.id, ruleId: rule.rule.id, label: rule.rule.label }
    : null;
  return { teams: null, members: null, maximumMembers: null, villagesPerTeam: 1, ruleApplied, explanation };
}

function matchesFilters(rule: CriteriaRule, village: VillageFacts): boolean {
  const { villageKinds, communeKinds, villageClasses, areaTypes, securityRatings } = rule.appliesTo;
  if (villageKinds && !villageKinds.includes(village.kind)) return false;
  if (communeKinds && (village.communeKind === null || !communeKinds.includes(village.communeKind)))
    return false;
  if (villageClasses && (village.villageClass === null || !villageClasses.includes(village.villageClass)))
    return false;
  if (areaTypes && !areaTypes.some((area) => village.areaTypes.includes(area))) return false;
  return !securityRatings || securityRatings.includes(village.securityRating);
}

function needsMeasure(rule: CriteriaRule): boolean {
  const { measureFrom, measureBelow } = rule.appliesTo;
  return measureFrom !== undefined || measureBelow !== undefined || rule.step !== null;
}

function inBand(rule: CriteriaRule, measure: number): boolean {
  const { measureFrom = 0, measureBelow = Number.POSITIVE_INFINITY } = rule.appliesTo;
  return measure >= measureFrom && measure < measureBelow;
}

/** Base, plus one per full step above the threshold, capped at the maximum (integer arithmetic throughout). */
function membersByRule(rule: CriteriaRule, measure: number | null): number {
  const { threshold, step } = rule;
  let extra = 0;
  if (threshold !== null && step !== null && measure !== null && measure > threshold) {
    const over = measure - threshold;
    extra =
      step.kind === 'every'
        ? Math.floor(over / step.size)
        : Math.floor((over * step.denominator) / threshold);
  }
  const members = rule.baseMembers + extra;
  return rule.maximum === null ? members : Math.min(members, rule.maximum);
}

function explain(village: VillageFacts, rule: CriteriaRule, result: Omit<RequiredMembers, 'explanation'>) {
  const kind = VILLAGE_KIND_LABELS[village.kind];
  const measure = village[rule.measure];
  const words = MEASURE_WORDS[rule.measure];
  const facts =
    measure === null
      ? { vi: '', en: '' }
      : { vi: ` có ${measure} ${words.vi}`, en: ` of ${measure} ${words.en}` };
  const ceiling =
    result.maximumMembers !== null && result.maximumMembers > (result.members ?? 0)
      ? {
          vi: `, được bố trí tối đa ${result.maximumMembers}`,
          en: `, at most ${result.maximumMembers} allowed`,
        }
      : { vi: '', en: '' };
  const shared =
    result.villagesPerTeam > 1
      ? {
          vi: `; tối đa ${result.villagesPerTeam} thôn, tổ dân phố dùng chung 01 Tổ`,
          en: `; up to ${result.villagesPerTeam} villages share one team`,
        }
      : { vi: '', en: '' };
  return {
    vi: `${rule.label.vi}. ${kind.vi}${facts.vi}: Tổ cần ${result.members} thành viên${ceiling.vi}${shared.vi}.`,
    en: `${rule.label.en}. ${kind.en}${facts.en}: the team needs ${result.members} members${ceiling.en}${shared.en}.`,
  };
}

function applyRule(village: VillageFacts, ruleSet: CriteriaRuleSet, rule: CriteriaRule): RequiredMembers {
  const measure = village[rule.measure];
  const members = membersByRule(rule, measure);
  const sharing = rule.sharesTeamWhenSmall;
  const isSmall = sharing !== null && (sharing.smallBelow === null || (measure ?? 0) < sharing.smallBelow);
  const villagesPerTeam = sharing !== null && isSmall ? sharing.villagesPerTeam : 1;
  const result = {
    teams: 1 / villagesPerTeam,
    members,
    maximumMembers: Math.max(members, rule.allowedUpTo ?? members),
    villagesPerTeam,
    ruleApplied: { ruleSetId: ruleSet.id, ruleId: rule.id, label: rule.label },
  };
  return { ...result, explanation: explain(village, rule, result) };
}

export function requiredMembers(
  village: VillageFacts,
  ruleSet: CriteriaRuleSet,
  asOf: string,
): RequiredMembers {
  if (!isRuleSetInForce(ruleSet, asOf))
    return unknown({
      vi: `Bộ tiêu chí "${ruleSet.title}" không áp dụng vào ngày ${asOf.split('-').reverse().join('/')}.`,
      en: `The rule set "${ruleSet.title}" is not in force on ${asOf}.`,
    });
  for (const rule of ruleSet.rules) {
    if (!matchesFilters(rule, village)) continue;
    const measure = village[rule.measure];
    if (measure === null && needsMeasure(rule)) {
      const words = MEASURE_WORDS[rule.measure];
      return unknown(
        {
          vi: `Chưa có số ${words.vi} của thôn, tổ dân phố: nhập số ${words.vi} để tính số thành viên cần có.`,
          en: `The number of ${words.en} is missing: enter it to work out the members needed.`,
        },
        { ruleSet, rule },
      );
    }
    if (measure === null || inBand(rule, measure)) return applyRule(village, ruleSet, rule);
  }
  return unknown({
    vi: `Không có tiêu chí nào của bộ "${ruleSet.title}" áp dụng cho thôn, tổ dân phố này (kiểm tra loại thôn, phân loại, địa bàn).`,
    en: `No rule of "${ruleSet.title}" applies to this village (check its kind, class and area).`,
  });
}

export function villageGap(
  required: Pick<RequiredMembers, 'members' | 'maximumMembers'>,
  inPost: number,
): VillageGap {
  if (required.members === null)
    return { required: null, inPost, shortfall: 0, excess: 0, status: 'unknown' };
  const shortfall = Math.max(0, required.members - inPost);
  const excess = Math.max(0, inPost - (required.maximumMembers ?? required.members));
  const status = shortfall > 0 ? 'short' : excess > 0 ? 'over' : 'ok';
  return { required: required.members, inPost, shortfall, excess, status };
}

/**
 * Teams and members the villages need in all. Villages that may share (N to a team, same team size) are
 * grouped: k of them need ceil(k / N) teams, so an odd village left over still gets a whole team.
 */
export function totalRequired(
  results: readonly Pick<RequiredMembers, 'teams' | 'members' | 'villagesPerTeam'>[],
): { teams: number; members: number } {
  const groups = new Map<string, { villagesPerTeam: number; members: number; villages: number }>();
  for (const { members, villagesPerTeam } of results) {
    if (members === null) continue;
    const key = `${villagesPerTeam}:${members}`;
    const group = groups.get(key) ?? { villagesPerTeam, members, villages: 0 };
    groups.set(key, { ...group, villages: group.villages + 1 });
  }
  let teams = 0;
  let members = 0;
  for (const group of groups.values()) {
    const groupTeams = Math.ceil(group.villages / group.villagesPerTeam);
    teams += groupTeams;
    members += groupTeams * group.members;
  }
  return { teams, members };
}
