import { z } from 'zod';
import { paginationQuerySchema } from '../common/pagination.ts';
import { CAMPAIGN_STATES, CAMPAIGN_UNIT_STATUSES, REVIEW_OUTCOMES } from './constants.ts';
import {
  legalDocumentFilterSchema,
  legalDocumentKindSchema,
  legalIssuerSchema,
} from './documents.schemas.ts';

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
export const reviewOutcomeSchema = z.enum(REVIEW_OUTCOMES);
export const campaignStateSchema = z.enum(CAMPAIGN_STATES);

/** Which documents of the register a campaign reviews: all of them (an empty filter) or those matching. */
export const campaignDocumentFilterSchema = legalDocumentFilterSchema.omit({ q: true });
export type CampaignDocumentFilter = z.infer<typeof campaignDocumentFilterSchema>;

export const campaignCreateSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    /** What is reviewed, in words: "văn bản QPPL do HĐND, UBND tỉnh ban hành liên quan đến …". */
    scope: z.string().trim().min(1).max(2000),
    documentFilter: campaignDocumentFilterSchema.default({}),
    /** The plan task the campaign carries out (the seed's 2.a) and the coordinator's own (2.b). */
    taskId: z.string().max(64).nullish(),
    consolidationTaskId: z.string().max(64).nullish(),
    /** The units that must review; left out: the units assigned the task. */
    unitIds: z.array(z.string().min(1).max(64)).min(1).max(1000).optional(),
    unitDeadline: z.iso.date(),
    consolidationDeadline: z.iso.date(),
  })
  .refine((value) => value.consolidationDeadline >= value.unitDeadline, {
    path: ['consolidationDeadline'],
    message: 'Hạn tổng hợp phải sau hạn rà soát của các đơn vị',
  })
  .refine((value) => value.taskId || value.unitIds, {
    path: ['unitIds'],
    message: 'Chọn các đơn vị rà soát, hoặc một nhiệm vụ của kế hoạch để lấy các đơn vị được giao',
  });
export type CampaignCreate = z.infer<typeof campaignCreateSchema>;

export const campaignUpdateSchema = z.object({
  version: z.number().int().min(1),
  title: z.string().trim().min(1).max(500).optional(),
  scope: z.string().trim().min(1).max(2000).optional(),
  unitDeadline: z.iso.date().optional(),
  consolidationDeadline: z.iso.date().optional(),
  state: campaignStateSchema.optional(),
});
export type CampaignUpdate = z.infer<typeof campaignUpdateSchema>;

const taskRef = z.object({ id: z.string(), code: z.string(), title: z.string() });

export const campaignCountsSchema = z.object({
  units: z.number().int(),
  answered: z.number().int(),
  nothingFound: z.number().int(),
  pending: z.number().int(),
  findings: z.number().int(),
});

export const campaignSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  ownerUnit: unitRef,
  plan: z.object({ id: z.string(), number: z.string().nullable() }).nullable(),
  task: taskRef.nullable(),
  unitDeadline: z.string(),
  consolidationDeadline: z.string(),
  state: campaignStateSchema,
  /** Counted over the units the reader may see (a unit sees itself). */
  counts: campaignCountsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

export const campaignSchema = campaignSummarySchema.extend({
  scope: z.string(),
  documentFilter: campaignDocumentFilterSchema,
  consolidationTask: taskRef.nullable(),
  closedAt: z.string().nullable(),
  /** Documents of the register the campaign covers. */
  documentCount: z.number().int(),
  /** The reader coordinates the campaign: sees every unit, closes it, exports the consolidation. */
  canManage: z.boolean(),
  /** The reader downloads the consolidated table and report (coordinators, admins, leaders of the scope). */
  canExport: z.boolean(),
  /** The reader's own unit, when it is one of the reviewing units: it records findings for it. */
  myUnit: z
    .object({ unitId: z.string(), deadline: z.string(), status: z.enum(CAMPAIGN_UNIT_STATUSES) })
    .nullable(),
});
export type Campaign = z.infer<typeof campaignSchema>;

/** Campaigns sort by their deadlines (the newest first unless asked otherwise). */
export const CAMPAIGN_SORT_FIELDS = ['unitDeadline', 'consolidationDeadline'] as const;

export const campaignListQuerySchema = paginationQuerySchema.extend({
  state: campaignStateSchema.optional(),
  sort: z.enum(CAMPAIGN_SORT_FIELDS).default('unitDeadline'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CampaignListQuery = z.infer<typeof campaignListQuerySchema>;

export const campaignUnitSchema = z.object({
  unit: unitRef,
  deadline: z.string(),
  status: z.enum(CAMPAIGN_UNIT_STATUSES),
  findingCount: z.number().int(),
  /** When the unit last answered (a finding, or its statement that it found nothing). */
  answeredAt: z.string().nullable(),
  nothingFoundNote: z.string().nullable(),
  isLate: z.boolean(),
});
export type CampaignUnit = z.infer<typeof campaignUnitSchema>;

export const campaignUnitListQuerySchema = z.object({
  status: z.enum(CAMPAIGN_UNIT_STATUSES).optional(),
});

export const findingInputSchema = z
  .object({
    /** The reviewed document; may be left out only when the finding is that a new document is needed. */
    documentId: z.string().min(1).max(64).nullish(),
    outcome: reviewOutcomeSchema,
    /** Điều, khoản concerned: "Điều 3, khoản 2". */
    provisions: z.string().trim().max(2000).nullish(),
    reason: z.string().trim().min(1).max(5000),
    /** What should be issued or changed, in words. */
    proposal: z.string().trim().max(2000).nullish(),
  })
  .refine((value) => value.documentId || value.outcome === 'new_document', {
    path: ['documentId'],
    message: 'Chọn văn bản được rà soát',
  })
  .refine((value) => value.documentId || value.proposal, {
    path: ['proposal'],
    message: 'Nêu văn bản cần ban hành mới',
  });
export type FindingInput = z.infer<typeof findingInputSchema>;

export const findingUpdateSchema = z.object({
  version: z.number().int().min(1),
  outcome: reviewOutcomeSchema.optional(),
  provisions: z.string().trim().max(2000).nullish(),
  reason: z.string().trim().min(1).max(5000).optional(),
  proposal: z.string().trim().max(2000).nullish(),
});
export type FindingUpdate = z.infer<typeof findingUpdateSchema>;

export const findingDocumentSchema = z.object({
  id: z.string(),
  number: z.string(),
  kind: legalDocumentKindSchema,
  issuer: legalIssuerSchema,
  issuedOn: z.string(),
  title: z.string(),
});

export const findingSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  unit: unitRef,
  document: findingDocumentSchema.nullable(),
  outcome: reviewOutcomeSchema,
  provisions: z.string().nullable(),
  reason: z.string(),
  proposal: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Finding = z.infer<typeof findingSchema>;

export const findingListQuerySchema = paginationQuerySchema.extend({
  unitId: z.string().max(64).optional(),
  outcome: reviewOutcomeSchema.optional(),
});
export type FindingListQuery = z.infer<typeof findingListQuerySchema>;

export const nothingFoundSchema = z.object({ note: z.string().trim().max(2000).nullish() });

export const campaignExportQuerySchema = z.object({
  signerAuthority: z.string().trim().max(100).optional(),
  signerName: z.string().trim().max(100).optional(),
});
