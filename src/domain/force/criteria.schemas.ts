/**
 * The shape of a province's criteria for teams and members (Luật 30/2023/QH15, Điều 14(3): HĐND tỉnh sets
 * them; DOMAIN.md "How provinces set the numbers"). Stored as JSON by the server, edited by the admin.
 *
 * A rule says what it applies to (village kind, commune kind, village class, area type, security rating,
 * and a band of the measure), the measure (households or population), a base member count, a threshold and a
 * step (+1 member per full step above the threshold: a fixed count, or a fraction of the threshold), a
 * maximum for that growth, optionally a higher ceiling a village may be allowed (`allowedUpTo`, e.g. key
 * areas), and whether small villages share one team (`sharesTeamWhenSmall`). The first matching rule wins.
 *
 * Exports: MEASURES / Measure; criteriaStepSchema / CriteriaStep; criteriaRuleSchema / CriteriaRule;
 * criteriaRuleSetSchema / CriteriaRuleSet; villageFactsSchema / VillageFacts (what a rule reads of a village).
 */
import { z } from 'zod';
import {
  areaTypeSchema,
  communeKindSchema,
  securityRatingSchema,
  villageClassSchema,
  villageKindSchema,
} from './force.schemas.ts';

export const MEASURES = ['households', 'population'] as const;
export const measureSchema = z.enum(MEASURES);
export type Measure = z.infer<typeof measureSchema>;

const localizedText = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const memberCount = z.number().int().min(1).max(50);

/** +1 member per `size` of the measure, or per 1/`denominator` of the threshold ("mỗi 1/3 định mức"). */
export const criteriaStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('every'), size: z.number().int().min(1) }),
  z.object({ kind: z.literal('fraction_of_threshold'), denominator: z.number().int().min(1).max(100) }),
]);
export type CriteriaStep = z.infer<typeof criteriaStepSchema>;

export const criteriaRuleSchema = z.object({
  id: z.string().min(1).max(64),
  /** What the rule says, as the resolution says it. */
  label: localizedText,
  appliesTo: z.object({
    villageKinds: z.array(villageKindSchema).optional(),
    communeKinds: z.array(communeKindSchema).optional(),
    villageClasses: z.array(villageClassSchema).optional(),
    /** Any one of these. */
    areaTypes: z.array(areaTypeSchema).optional(),
    securityRatings: z.array(securityRatingSchema).optional(),
    /** The measure's band: from (inclusive) … below (exclusive). */
    measureFrom: z.number().int().min(0).optional(),
    measureBelow: z.number().int().min(1).optional(),
  }),
  measure: measureSchema,
  baseMembers: memberCount,
  threshold: z.number().int().min(1).nullable(),
  step: criteriaStepSchema.nullable(),
  /** The most members the step may reach; null when the resolution sets none. */
  maximum: memberCount.nullable(),
  /** A ceiling above the required count that a village may be allowed (Đắk Lắk's key areas). */
  allowedUpTo: memberCount.nullable().default(null),
  /** Up to `villagesPerTeam` villages share one team; only those below `smallBelow` (null: all it covers). */
  sharesTeamWhenSmall: z
    .object({
      villagesPerTeam: z.number().int().min(2).max(20),
      smallBelow: z.number().int().min(1).nullable(),
    })
    .nullable()
    .default(null),
});
export type CriteriaRule = z.infer<typeof criteriaRuleSchema>;

export const criteriaRuleSetSchema = z.object({
  /** Stable key: 'nghe-an', 'demo-thai-nguyen', or a uuid for a set the admin made. */
  id: z.string().min(1).max(64),
  province: z.string().min(1).max(100),
  title: z.string().min(1).max(300),
  /** The HĐND resolution; number and date are null where the source did not give them. */
  resolution: z.object({
    number: z.string().max(64).nullable(),
    date: z.iso.date().nullable(),
    issuer: z.string().min(1).max(200),
  }),
  effectiveFrom: z.iso.date(),
  effectiveTo: z.iso.date().nullable().default(null),
  /** Where the numbers come from (citation, address) and what the source did not say. */
  source: z.string().min(1).max(4000),
  /** True when the numbers are not the province's own resolution (another province's, or made up). */
  isExample: z.boolean(),
  rules: z.array(criteriaRuleSchema).min(1).max(100),
});
export type CriteriaRuleSet = z.infer<typeof criteriaRuleSetSchema>;

export const villageFactsSchema = z.object({
  kind: villageKindSchema,
  communeKind: communeKindSchema.nullable(),
  households: z.number().int().min(0).nullable(),
  population: z.number().int().min(0).nullable(),
  villageClass: villageClassSchema.nullable(),
  areaTypes: z.array(areaTypeSchema),
  securityRating: securityRatingSchema,
});
export type VillageFacts = z.infer<typeof villageFactsSchema>;
