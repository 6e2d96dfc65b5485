import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { provinceIdOf, unitIdInScope } from './force-scope.ts';
import type { MemberFilter } from '../../domain/force/force-api.schemas.ts';
import { KEY_RANGE_END } from '../../domain/force/member-search.ts';

type Scope = Pick<Actor, 'scopePath'>;

export interface MemberQuery extends Omit<MemberFilter, 'unitId' | 'q' | 'sort' | 'order'> {
  unitPath?: string;
  /** Folded name text that starts a word of the name (and the words after it, as typed). */
  folded?: string;
  /** A whole CCCD. */
  cccd?: string;
  id?: string;
}

/**
 * Members in scope with the list's filters, nothing joined (the page's ids and its count read only indexes).
 * The scope is the one scope filter (`unitIdInScope`), except where a cheaper equivalent exists:
 * - a name is looked up in `member_name_key` (a word start, member-search.ts), whose rows are filed by
 *   province: one index range of the province's matches (the province is the scope's, or every province);
 * - the whole country needs no filter, and a province's list is `member.province_id` (its commune's first path
 *   unit, kept by every write), whose index holds the province's members in name order with what the filters
 *   read. Not with a name or a CCCD: their own index finds fewer rows than the province's order would walk.
 */
function filteredMembers(db: Db, actor: Scope, query: MemberQuery) {
  const root = query.unitPath ?? actor.scopePath;
  const levels = root.split('/').length - 2;
  const provinceId = provinceIdOf(root);
  const { folded } = query;
  let base = db.selectFrom('member');
  if (levels === 1 && !folded && !query.cccd) base = base.where('member.provinceId', '=', provinceId);
  else if (levels > 1 || (levels === 1 && query.cccd))
    base = base.where(unitIdInScope(actor, 'member.unitId', query.unitPath));
  if (query.id) base = base.where('member.id', '=', query.id);
  if (query.teamId) base = base.where('member.teamId', '=', query.teamId);
  if (query.villageId) base = base.where('member.villageId', '=', query.villageId);
  if (query.role) base = base.where('member.role', '=', query.role);
  if (query.status) base = base.where('member.status', '=', query.status);
  if (query.origin) base = base.where('member.origin', '=', query.origin);
  if (query.cccd) base = base.where('member.cccd', '=', query.cccd);
  if (folded)
    base = base.where('member.id', 'in', nameKeyMatches(db, actor, query, folded).select('memberId'));
  return base;
}

/**
 * The name search's matches in `member_name_key`: one index range of the keys starting with the text, in the
 * scope's province (every province for the whole country), and in the scope's communes below a province.
 */
function nameKeyMatches(db: Db, actor: Scope, query: MemberQuery, folded: string) {
  const root = query.unitPath ?? actor.scopePath;
  const levels = root.split('/').length - 2;
  let keys = db
    .selectFrom('memberNameKey')
    .where('memberNameKey.key', '>=', folded)
    .where('memberNameKey.key', '<', `${folded}${KEY_RANGE_END}`);
  keys =
    levels === 0
      ? keys.where('memberNameKey.provinceId', 'in', (top) =>
          top.selectFrom('unit').select('unit.id').where('unit.parentId', 'is', null),
        )
      : keys.where('memberNameKey.provinceId', '=', provinceIdOf(root));
  if (levels > 1) keys = keys.where(unitIdInScope(actor, 'memberNameKey.unitId', query.unitPath));
  return keys;
}

/** A name search with no other filter, in name order: the keys alone give the page and the count. */
const keysAlone = (query: MemberQuery, sort: MemberSort) =>
  Boolean(query.folded) &&
  sort === 'name' &&
  !query.id &&
  !query.teamId &&
  !query.villageId &&
  !query.role &&
  !query.status &&
  !query.origin &&
  !query.cccd;

/** Members joined to their commune (the scope). */
function membersInScope(db: Db, actor: Scope, query: MemberQuery) {
  return filteredMembers(db, actor, query).innerJoin('unit', 'unit.id', 'member.unitId');
}

const summaryColumns = [
  'member.id',
  'member.fullName',
  'member.dateOfBirth',
  'member.sex',
  'member.cccd',
  'member.phone',
  'member.education',
  'member.role',
  'member.origin',
  'member.status',
  'member.leaveReason',
  'member.leftOn',
  'member.version',
  'member.updatedAt',
  'member.unitId',
  'member.teamId',
  'member.villageId',
  'unit.code as unitCode',
  'unit.name as unitName',
  'team.name as teamName',
  'village.name as villageName',
] as const;

const ROLE_ORDER = sql<number>`case member.role when 'to_truong' then 0 when 'to_pho' then 1 else 2 end`;
const STATUS_ORDER = sql<number>`case member.status when 'active' then 0 when 'suspended' then 1 else 2 end`;

export type MemberSort = 'name' | 'dateOfBirth' | 'role' | 'team' | 'status' | 'updatedAt';

function listQuery(db: Db, actor: Scope, query: MemberQuery, sort: MemberSort, order: 'asc' | 'desc') {
  let list = membersInScope(db, actor, query)
    .innerJoin('team', 'team.id', 'member.teamId')
    .leftJoin('village', 'village.id', 'member.villageId')
    .select(summaryColumns);
  if (sort === 'dateOfBirth') list = list.orderBy('member.dateOfBirth', order);
  else if (sort === 'role') list = list.orderBy(ROLE_ORDER, order);
  else if (sort === 'team') list = list.orderBy('team.searchName', order).orderBy(ROLE_ORDER);
  else if (sort === 'status') list = list.orderBy(STATUS_ORDER, order);
  else if (sort === 'updatedAt') list = list.orderBy('member.updatedAt', order);
  return list.orderBy('member.searchName', sort === 'name' ? order : 'asc').orderBy('member.id');
}

/** The count goes this far past the page's start, no further ("more than …"): a count costs what it reads. */
export const COUNT_AHEAD = 1000;

/**
 * A page of members in two steps: the page's ids in order, then those rows with their commune, team and
 * village. The ids come from an index alone: a name search without other filters from `member_name_key`
 * (its matches only), else from the province's (or the communes') index of members in name order, which also
 * holds the filtered columns. The count stops `COUNT_AHEAD` rows past the page's start (`totalCapped`).
 */
export async function findMemberPage(
  db: Db,
  actor: Scope,
  query: MemberQuery,
  options: { sort: MemberSort; order: 'asc' | 'desc'; limit: number; offset: number },
) {
  const { sort, order } = options;
  const countCap = options.offset + Math.max(COUNT_AHEAD, options.limit);
  let pageQuery: Promise<{ id: string }[]>;
  let countQuery: Promise<{ total: number | string }>;
  if (query.folded && keysAlone(query, sort)) {
    // A member whose name starts two words with the text has two keys: one row each.
    const matches = () => nameKeyMatches(db, actor, query, query.folded ?? '');
    pageQuery = matches()
      .select('memberNameKey.memberId as id')
      .groupBy(['memberNameKey.memberId', 'memberNameKey.searchName'])
      .orderBy('memberNameKey.searchName', order)
      .orderBy('memberNameKey.memberId')
      .limit(options.limit)
      .offset(options.offset)
      .execute();
    countQuery = db
      .selectFrom(
        matches()
          .select('memberNameKey.memberId')
          .distinct()
          .limit(countCap + 1)
          .as('capped'),
      )
      .select((eb) => eb.fn.countAll<number | string>().as('total'))
      .executeTakeFirstOrThrow();
  } else {
    let ids = filteredMembers(db, actor, query).select('member.id');
    if (sort === 'dateOfBirth') ids = ids.orderBy('member.dateOfBirth', order);
    else if (sort === 'role') ids = ids.orderBy(ROLE_ORDER, order);
    else if (sort === 'team')
      // Each matching member's team by its key: a join let PostgreSQL hash every team of the country.
      ids = ids
        .orderBy(
          (eb) => eb.selectFrom('team').select('team.searchName').whereRef('team.id', '=', 'member.teamId'),
          order,
        )
        .orderBy(ROLE_ORDER);
    else if (sort === 'status') ids = ids.orderBy(STATUS_ORDER, order);
    else if (sort === 'updatedAt') ids = ids.orderBy('member.updatedAt', order);
    ids = ids.orderBy('member.searchName', sort === 'name' ? order : 'asc').orderBy('member.id');
    pageQuery = ids.limit(options.limit).offset(options.offset).execute();
    countQuery = db
      .selectFrom(
        filteredMembers(db, actor, query)
          .select('member.id')
          .limit(countCap + 1)
          .as('capped'),
      )
      .select((eb) => eb.fn.countAll<number | string>().as('total'))
      .executeTakeFirstOrThrow();
  }
  const [page, count] = await Promise.all([pageQuery, countQuery]);
  const pageIds = page.map((r) => r.id);
  const rows =
    pageIds.length === 0
      ? []
      : await db
          .selectFrom('member')
          .innerJoin('unit', 'unit.id', 'member.unitId')
          .innerJoin('team', 'team.id', 'member.teamId')
          .leftJoin('village', 'village.id', 'member.villageId')
          .select(summaryColumns)
          .where('member.id', 'in', pageIds)
          .execute();
  const position = new Map(pageIds.map((id, i) => [id, i]));
  rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  const counted = Number(count.total);
  return { rows, total: Math.min(counted, countCap), totalCapped: counted > countCap };
}
export type MemberSummaryRow = Awaited<ReturnType<typeof findMemberPage>>['rows'][number];

function exportQuery(db: Db, actor: Scope, query: MemberQuery, sort: MemberSort, order: 'asc' | 'desc') {
  return listQuery(db, actor, query, sort, order).select([
    'member.ethnicity',
    'member.residence',
    'member.residenceKind',
    'member.residenceSince',
    'member.recognitionDecisionNumber',
    'member.recognitionDecisionDate',
    'member.healthCertifiedOn',
    'member.chairmanAgeException',
    'member.note',
  ]);
}
export type MemberExportRow = Awaited<ReturnType<ReturnType<typeof exportQuery>['execute']>>[number];

/** Every matching member, in batches (an export of a whole province never sits whole in memory). */
export async function* streamMembers(
  db: Db,
  actor: Scope,
  query: MemberQuery,
  options: { sort: MemberSort; order: 'asc' | 'desc' },
  batchSize = 2000,
): AsyncGenerator<MemberExportRow> {
  for (let offset = 0; ; offset += batchSize) {
    const rows = await exportQuery(db, actor, query, options.sort, options.order)
      .limit(batchSize)
      .offset(offset)
      .execute();
    yield* rows;
    if (rows.length < batchSize) return;
  }
}

/** One member in scope with everything the detail page shows. */
export async function findMemberInScope(db: Db, actor: Scope, id: string) {
  return membersInScope(db, actor, { id })
    .innerJoin('team', 'team.id', 'member.teamId')
    .leftJoin('village', 'village.id', 'member.villageId')
    .leftJoin('unit as previousUnit', 'previousUnit.id', 'member.previousUnitId')
    .selectAll('member')
    .select([
      'unit.code as unitCode',
      'unit.name as unitName',
      'unit.path as unitPath',
      'team.name as teamName',
      'team.status as teamStatus',
      'village.name as villageName',
      'previousUnit.code as previousUnitCode',
      'previousUnit.name as previousUnitName',
    ])
    .executeTakeFirst();
}
export type MemberDetailRow = NonNullable<Awaited<ReturnType<typeof findMemberInScope>>>;

export async function findMemberHistory(db: Db, memberId: string) {
  return db
    .selectFrom('memberHistory')
    .innerJoin('unit', 'unit.id', 'memberHistory.unitId')
    .innerJoin('team', 'team.id', 'memberHistory.teamId')
    .select([
      'memberHistory.effectiveDate',
      'memberHistory.change',
      'memberHistory.role',
      'memberHistory.status',
      'memberHistory.decisionNumber',
      'memberHistory.note',
      'memberHistory.recordedAt',
      'unit.id as unitId',
      'unit.code as unitCode',
      'unit.name as unitName',
      'team.id as teamId',
      'team.name as teamName',
    ])
    .where('memberHistory.memberId', '=', memberId)
    .orderBy('memberHistory.effectiveDate')
    .orderBy('memberHistory.recordedAt')
    .execute();
}

export async function findMemberRecords(db: Db, memberId: string) {
  const [trainings, equipment, merits] = await Promise.all([
    db
      .selectFrom('memberTraining')
      .selectAll()
      .where('memberId', '=', memberId)
      .orderBy('startedOn', 'desc')
      .execute(),
    db
      .selectFrom('memberEquipment')
      .selectAll()
      .where('memberId', '=', memberId)
      .orderBy('issuedOn', 'desc')
      .execute(),
    db
      .selectFrom('memberMerit')
      .selectAll()
      .where('memberId', '=', memberId)
      .orderBy('decisionDate', 'desc')
      .execute(),
  ]);
  return { trainings, equipment, merits };
}

/** Members not yet left holding one of these CCCD numbers, anywhere (a person is in the force once). */
export async function findMembersInForceByCccd(db: Db, cccds: string[]) {
  const found = new Map<string, { id: string; unitId: string; fullName: string }>();
  for (let i = 0; i < cccds.length; i += 500) {
    const rows = await db
      .selectFrom('member')
      .select(['id', 'unitId', 'fullName', 'cccd'])
      .where('cccd', 'in', cccds.slice(i, i + 500))
      .where('status', '!=', 'left')
      .execute();
    for (const row of rows) found.set(row.cccd, row);
  }
  return found;
}

/** The active Tổ trưởng of each team. */
export async function findActiveLeaders(db: Db, teamIds: string[]) {
  const found = new Map<string, { id: string; fullName: string }>();
  for (let i = 0; i < teamIds.length; i += 500) {
    const rows = await db
      .selectFrom('member')
      .select(['id', 'fullName', 'teamId'])
      .where('teamId', 'in', teamIds.slice(i, i + 500))
      .where('role', '=', 'to_truong')
      .where('status', '=', 'active')
      .execute();
    for (const row of rows) found.set(row.teamId, row);
  }
  return found;
}
