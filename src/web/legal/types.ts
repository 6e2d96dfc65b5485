import type {
  LEGAL_DOCUMENT_SORT_FIELDS,
  LegalDocument,
  LegalDocumentFilter,
} from '../../domain/legal/documents.schemas.ts';
import type { CampaignState } from '../../domain/legal/constants.ts';
import type { CAMPAIGN_SORT_FIELDS, CampaignSummary, Finding } from '../../domain/legal/reviews.schemas.ts';
import type { SortOrder } from '../lib/use-list-state.ts';

export type DocumentSortField = (typeof LEGAL_DOCUMENT_SORT_FIELDS)[number];

export type DocumentFilters = LegalDocumentFilter;

export interface DocumentListParams extends DocumentFilters {
  sort: DocumentSortField;
  order: SortOrder;
  limit: number;
  offset: number;
}

export type CampaignSortField = (typeof CAMPAIGN_SORT_FIELDS)[number];
export interface CampaignFilters {
  state?: CampaignState;
}
export interface CampaignListParams extends CampaignFilters {
  sort: CampaignSortField;
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
