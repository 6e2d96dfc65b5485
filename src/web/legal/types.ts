import type { LegalDocument, LegalDocumentFilter } from '../../domain/legal/documents.schemas.ts';
import type { CampaignSummary, Finding } from '../../domain/legal/reviews.schemas.ts';

export type SortOrder = 'asc' | 'desc';
export type DocumentSortField = 'issuedOn' | 'number' | 'title' | 'updatedAt';

export type DocumentFilters = LegalDocumentFilter;

export interface DocumentListParams extends DocumentFilters {
  sort: DocumentSortField;
  order: SortOrder;
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export type DocumentPage = Page<LegalDocument>;
export type CampaignPage = Page<CampaignSummary>;
export type FindingPage = Page<Finding>;
