import { z } from 'zod';
import { paginationQuerySchema } from '../common/pagination.ts';
import { LEGAL_DOCUMENT_KINDS, LEGAL_ISSUERS, LEGAL_VALIDITIES } from './constants.ts';

export const legalDocumentKindSchema = z.enum(LEGAL_DOCUMENT_KINDS);
export const legalIssuerSchema = z.enum(LEGAL_ISSUERS);
export const legalValiditySchema = z.enum(LEGAL_VALIDITIES);

/** What a user enters for a document of the register (SPEC §5), by hand or as a row of an .xlsx import. */
export const legalDocumentInputSchema = z.object({
  /** Number and symbol as printed: "12/2019/NQ-HĐND". */
  number: z.string().trim().min(3).max(100).regex(/\//, 'Số, ký hiệu phải có dạng "12/2019/NQ-HĐND"'),
  kind: legalDocumentKindSchema,
  issuer: legalIssuerSchema,
  issuedOn: z.iso.date(),
  /** Trích yếu: what the document is about. */
  title: z.string().trim().min(1).max(2000),
  /** Lĩnh vực: "An ninh, trật tự", "Tài chính" … */
  field: z.string().trim().max(200).nullish(),
  validity: legalValiditySchema,
  note: z.string().trim().max(2000).nullish(),
});
export type LegalDocumentInput = z.infer<typeof legalDocumentInputSchema>;

export const legalDocumentUpdateSchema = legalDocumentInputSchema
  .partial()
  .extend({ version: z.number().int().min(1) });
export type LegalDocumentUpdate = z.infer<typeof legalDocumentUpdateSchema>;

export const storedFileSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
export type StoredFile = z.infer<typeof storedFileSchema>;

export const legalDocumentSchema = z.object({
  id: z.string(),
  number: z.string(),
  kind: legalDocumentKindSchema,
  issuer: legalIssuerSchema,
  issuedOn: z.string(),
  title: z.string(),
  field: z.string().nullable(),
  validity: legalValiditySchema,
  note: z.string().nullable(),
  /** Made up for the demo: shown with a "Dữ liệu mẫu" tag. */
  isDemo: z.boolean(),
  file: storedFileSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type LegalDocument = z.infer<typeof legalDocumentSchema>;

export const LEGAL_DOCUMENT_SORT_FIELDS = ['issuedOn', 'number', 'title', 'updatedAt'] as const;

export const legalDocumentFilterSchema = z.object({
  /** Number, title or field; case and diacritics ignored ("nghi quyet ho tro" finds "Nghị quyết … hỗ trợ"). */
  q: z.string().trim().max(200).optional(),
  kind: legalDocumentKindSchema.optional(),
  issuer: legalIssuerSchema.optional(),
  validity: legalValiditySchema.optional(),
  field: z.string().trim().max(200).optional(),
  issuedFrom: z.iso.date().optional(),
  issuedTo: z.iso.date().optional(),
});
export type LegalDocumentFilter = z.infer<typeof legalDocumentFilterSchema>;

export const legalDocumentListQuerySchema = paginationQuerySchema.extend({
  ...legalDocumentFilterSchema.shape,
  sort: z.enum(LEGAL_DOCUMENT_SORT_FIELDS).default('issuedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type LegalDocumentListQuery = z.infer<typeof legalDocumentListQuerySchema>;

/** One row of an .xlsx import, checked: the document it gives, or why it cannot be imported. */
export const legalImportRowSchema = z.object({
  /** The row number in the sheet (the header is row 1). */
  row: z.number().int(),
  number: z.string(),
  title: z.string(),
  errors: z.array(z.object({ column: z.string(), message: z.string() })),
});
export type LegalImportRow = z.infer<typeof legalImportRowSchema>;

export const legalImportResultSchema = z.object({
  /** false for a preview (nothing written), true once the whole file was written. */
  isImported: z.boolean(),
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  /** Every row, with its errors (empty when the row is fine). */
  rows: z.array(legalImportRowSchema),
  /** Errors of the file itself: a missing column, no data rows. */
  fileErrors: z.array(z.string()),
});
export type LegalImportResult = z.infer<typeof legalImportResultSchema>;
