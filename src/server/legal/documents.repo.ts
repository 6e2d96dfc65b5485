import type { LegalDocumentFilter, LegalDocumentListQuery } from '../../domain/legal/documents.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { inProvinceOf } from './legal-scope.ts';

type Scope = Pick<Actor, 'scopePath'>;
/** The register filter, the search folded, and (for a campaign's documents) its province. */
export type DocumentFilter = LegalDocumentFilter & { folded?: string; provinceId?: string };

export const documentColumns = [
  'legalDocument.id',
  'legalDocument.provinceId',
  'legalDocument.number',
  'legalDocument.kind',
  'legalDocument.issuer',
  'legalDocument.issuedOn',
  'legalDocument.title',
  'legalDocument.field',
  'legalDocument.validity',
  'legalDocument.note',
  'legalDocument.isDemo',
  'legalDocument.fileName',
  'legalDocument.fileContentType',
  'legalDocument.fileSize',
  'legalDocument.fileSha256',
  'legalDocument.fileStorageKey',
  'legalDocument.createdAt',
  'legalDocument.updatedAt',
  'legalDocument.version',
] as const;

/** The registers the actor reads (their province's), narrowed by the filter. */
export function visibleDocuments(db: Db, actor: Scope, filter: DocumentFilter = {}) {
  let query = db
    .selectFrom('legalDocument')
    .innerJoin('unit as province', 'province.id', 'legalDocument.provinceId')
    .where(inProvinceOf(actor, 'province.path'));
  if (filter.provinceId) query = query.where('legalDocument.provinceId', '=', filter.provinceId);
  if (filter.folded) query = query.where('legalDocument.searchName', 'like', `%${filter.folded}%`);
  if (filter.kind) query = query.where('legalDocument.kind', '=', filter.kind);
  if (filter.issuer) query = query.where('legalDocument.issuer', '=', filter.issuer);
  if (filter.validity) query = query.where('legalDocument.validity', '=', filter.validity);
  if (filter.field) query = query.where('legalDocument.field', '=', filter.field);
  if (filter.issuedFrom) query = query.where('legalDocument.issuedOn', '>=', filter.issuedFrom);
  if (filter.issuedTo) query = query.where('legalDocument.issuedOn', '<=', filter.issuedTo);
  return query;
}

const SORT = {
  issuedOn: 'legalDocument.issuedOn',
  number: 'legalDocument.numberKey',
  title: 'legalDocument.searchName',
  updatedAt: 'legalDocument.updatedAt',
} as const;

export async function findDocumentPage(db: Db, actor: Scope, query: LegalDocumentListQuery & DocumentFilter) {
  const base = visibleDocuments(db, actor, query);
  const [rows, count] = await Promise.all([
    base
      .select(documentColumns)
      .orderBy(SORT[query.sort], query.order)
      .orderBy('legalDocument.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
export type DocumentRow = Awaited<ReturnType<typeof findDocumentPage>>['rows'][number];

export async function* streamDocuments(
  db: Db,
  actor: Scope,
  filter: DocumentFilter & { sort: LegalDocumentListQuery['sort']; order: 'asc' | 'desc' },
) {
  for (let offset = 0; ; offset += 1000) {
    const rows = await visibleDocuments(db, actor, filter)
      .select(documentColumns)
      .orderBy(SORT[filter.sort], filter.order)
      .orderBy('legalDocument.id')
      .limit(1000)
      .offset(offset)
      .execute();
    yield* rows;
    if (rows.length < 1000) return;
  }
}

export async function findVisibleDocument(db: Db, actor: Scope, id: string) {
  return visibleDocuments(db, actor)
    .select(documentColumns)
    .where('legalDocument.id', '=', id)
    .executeTakeFirst();
}

/** The number keys already in a province's register, for the import's duplicate check. */
export async function findNumberKeys(db: Db, provinceId: string, keys: string[]) {
  if (keys.length === 0) return new Set<string>();
  const found = new Set<string>();
  // Chunks keep the parameter count within SQLite's limit.
  for (let start = 0; start < keys.length; start += 500) {
    const rows = await db
      .selectFrom('legalDocument')
      .select('numberKey')
      .where('provinceId', '=', provinceId)
      .where('numberKey', 'in', keys.slice(start, start + 500))
      .execute();
    for (const row of rows) found.add(row.numberKey);
  }
  return found;
}

/** The distinct fields of the actor's register, for the filter's choices. */
export async function findDocumentFields(db: Db, actor: Scope) {
  const rows = await visibleDocuments(db, actor)
    .select('legalDocument.field')
    .distinct()
    .where('legalDocument.field', 'is not', null)
    .orderBy('legalDocument.field')
    .execute();
  return rows.flatMap((row) => (row.field ? [row.field] : []));
}
