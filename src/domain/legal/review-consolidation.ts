/**
 * The consolidated result of a review campaign (plan II.2: "Công an tỉnh chủ trì, tổng hợp kết quả rà soát …
 * báo cáo Bộ Công an"): the server assembles it, the .docx and .xlsx writers render it.
 */
import type { CampaignUnitStatus, LegalDocumentKind, LegalIssuer, ReviewOutcome } from './constants.ts';
import { REVIEW_OUTCOMES } from './constants.ts';

export interface ReviewConsolidationUnit {
  name: string;
  deadline: string;
  status: CampaignUnitStatus;
  findingCount: number;
  answeredAt: string | null;
  nothingFoundNote: string | null;
  isLate: boolean;
}

export interface ReviewConsolidationFinding {
  document: {
    number: string;
    kind: LegalDocumentKind;
    issuer: LegalIssuer;
    issuedOn: string;
    title: string;
  } | null;
  unitName: string;
  outcome: ReviewOutcome;
  provisions: string | null;
  reason: string;
  proposal: string | null;
}

export interface ReviewConsolidation {
  /** Line 1 of the issuing-body block: "BỘ CÔNG AN". */
  parentBody: string;
  /** Line 2: "CÔNG AN TỈNH THÁI NGUYÊN". */
  issuingBody: string;
  /** The issuer as a sentence names it: "Công an tỉnh Thái Nguyên". */
  issuerName: string;
  /** "Số:      /BC-CAT": the number is written in when the report is registered. */
  documentNumber: string;
  place: string;
  /** YYYY-MM-DD */
  date: string;
  documentType: string;
  summaryLine: string;
  campaign: {
    title: string;
    scope: string;
    unitDeadline: string;
    consolidationDeadline: string;
    plan: { number: string | null; title: string; issuer: string | null; date: string | null } | null;
    taskCode: string | null;
  };
  /** Documents of the register the campaign covers. */
  documentCount: number;
  units: ReviewConsolidationUnit[];
  findings: ReviewConsolidationFinding[];
  recipients: string[];
  signer: { authority: string; name: string };
}

/** How many findings of each outcome, in the order of REVIEW_OUTCOMES. */
export function countOutcomes(findings: readonly Pick<ReviewConsolidationFinding, 'outcome'>[]) {
  return REVIEW_OUTCOMES.map((outcome) => ({
    outcome,
    count: findings.filter((finding) => finding.outcome === outcome).length,
  }));
}

/** Distinct documents that at least one unit reviewed. */
export function countReviewedDocuments(findings: readonly ReviewConsolidationFinding[]): number {
  return new Set(findings.flatMap((finding) => (finding.document ? [finding.document.number] : []))).size;
}
