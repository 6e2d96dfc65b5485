import { vietnamDayEnd, vietnamDayStart } from '../../domain/common/dates.ts';
import type { AuditListQuery } from '../../domain/audit/audit.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

export interface NewAuditRow {
  id: string;
  at: string;
  userId: string | null;
  unitId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  requestId: string | null;
}

export async function insertAudit(db: Db, row: NewAuditRow): Promise<void> {
  await db.insertInto('auditLog').values(row).execute();
}

type AuditFilter = Omit<AuditListQuery, 'limit' | 'offset'>;

/** Rows in the actor's subtree; rows written by the system (no unit) only for admins. */
function filteredAudit(db: Db, actor: Actor, filter: AuditFilter) {
  let query = db
    .selectFrom('auditLog')
    .leftJoin('unit', 'unit.id', 'auditLog.unitId')
    .leftJoin('appUser', 'appUser.id', 'auditLog.userId')
    .where((eb) =>
      actor.role === 'admin'
        ? eb.or([inScope(actor, 'unit.path'), eb('auditLog.unitId', 'is', null)])
        : inScope(actor, 'unit.path'),
    );
  if (filter.userId) query = query.where('auditLog.userId', '=', filter.userId);
  if (filter.entity) query = query.where('auditLog.entity', '=', filter.entity);
  if (filter.action) query = query.where('auditLog.action', '=', filter.action);
  // Dates are Vietnam calendar days, both inclusive.
  if (filter.from) query = query.where('auditLog.at', '>=', vietnamDayStart(filter.from));
  if (filter.to) query = query.where('auditLog.at', '<', vietnamDayEnd(filter.to));
  return query;
}

const auditColumns = [
  'auditLog.id',
  'auditLog.at',
  'auditLog.action',
  'auditLog.entity',
  'auditLog.entityId',
  'auditLog.before',
  'auditLog.after',
  'auditLog.requestId',
  'auditLog.userId',
  'appUser.username',
  'appUser.displayName',
  'auditLog.unitId',
  'unit.name as unitName',
] as const;

export async function findAuditPage(db: Db, actor: Actor, query: AuditListQuery) {
  const base = filteredAudit(db, actor, query);
  const [rows, count] = await Promise.all([
    base
      .select(auditColumns)
      .orderBy('auditLog.at', 'desc')
      .orderBy('auditLog.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** For exports: every matching row, newest first, in batches so memory stays flat. */
export async function* streamAudit(db: Db, actor: Actor, filter: AuditFilter, batchSize = 2000) {
  for (let offset = 0; ; offset += batchSize) {
    const rows = await filteredAudit(db, actor, filter)
      .select(auditColumns)
      .orderBy('auditLog.at', 'desc')
      .orderBy('auditLog.id')
      .limit(batchSize)
      .offset(offset)
      .execute();
    yield* rows;
    if (rows.length < batchSize) return;
  }
}

export type AuditListRow = Awaited<ReturnType<typeof findAuditPage>>['rows'][number];
