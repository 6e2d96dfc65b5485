import type { LocalizedText } from '../errors.ts';

/** The kinds of legal document (văn bản quy phạm pháp luật) HĐND and UBND tỉnh issue (SPEC §5). */
export const LEGAL_DOCUMENT_KINDS = ['resolution', 'decision', 'directive'] as const;
export type LegalDocumentKind = (typeof LEGAL_DOCUMENT_KINDS)[number];

export const LEGAL_DOCUMENT_KIND_LABELS: Record<LegalDocumentKind, LocalizedText> = {
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  directive: { vi: 'Chỉ thị', en: 'Directive' },
};

/** The symbol's type code in the number ("12/2019/NQ-HĐND"): NQ, QĐ, CT. */
export const LEGAL_DOCUMENT_KIND_CODES: Record<LegalDocumentKind, string> = {
  resolution: 'NQ',
  decision: 'QĐ',
  directive: 'CT',
};

export const LEGAL_ISSUERS = ['hdnd', 'ubnd'] as const;
export type LegalIssuer = (typeof LEGAL_ISSUERS)[number];

export const LEGAL_ISSUER_LABELS: Record<LegalIssuer, LocalizedText> = {
  hdnd: { vi: 'HĐND tỉnh', en: 'Provincial Council' },
  ubnd: { vi: 'UBND tỉnh', en: 'Provincial Committee' },
};

export const LEGAL_VALIDITIES = ['in_force', 'partly_expired', 'expired'] as const;
export type LegalValidity = (typeof LEGAL_VALIDITIES)[number];

export const LEGAL_VALIDITY_LABELS: Record<LegalValidity, LocalizedText> = {
  in_force: { vi: 'Còn hiệu lực', en: 'In force' },
  partly_expired: { vi: 'Hết hiệu lực một phần', en: 'Partly expired' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
};

/** What a reviewing unit concludes about one document (SPEC §5; plan II.2). */
export const REVIEW_OUTCOMES = ['keep', 'amend', 'replace', 'repeal', 'new_document'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, LocalizedText> = {
  keep: { vi: 'Giữ nguyên', en: 'Keep' },
  amend: { vi: 'Sửa đổi, bổ sung', en: 'Amend or supplement' },
  replace: { vi: 'Thay thế', en: 'Replace' },
  repeal: { vi: 'Bãi bỏ', en: 'Repeal' },
  new_document: { vi: 'Cần ban hành văn bản mới', en: 'New document needed' },
};

/** Outcomes that ask for a change: what the consolidated report counts as proposals. */
export const CHANGE_OUTCOMES: readonly ReviewOutcome[] = ['amend', 'replace', 'repeal', 'new_document'];

export const CAMPAIGN_STATES = ['open', 'closed'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export const CAMPAIGN_STATE_LABELS: Record<CampaignState, LocalizedText> = {
  open: { vi: 'Đang rà soát', en: 'Open' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};

/** A reviewing unit's answer so far. */
export const CAMPAIGN_UNIT_STATUSES = ['pending', 'answered', 'nothing_found'] as const;
export type CampaignUnitStatus = (typeof CAMPAIGN_UNIT_STATUSES)[number];

export const CAMPAIGN_UNIT_STATUS_LABELS: Record<CampaignUnitStatus, LocalizedText> = {
  pending: { vi: 'Chưa trả lời', en: 'Pending' },
  answered: { vi: 'Đã có kết quả rà soát', en: 'Answered' },
  nothing_found: { vi: 'Không có văn bản cần kiến nghị', en: 'Found nothing' },
};
