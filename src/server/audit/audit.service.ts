import { randomUUID } from 'node:crypto';
import type { AuditEntry, AuditListQuery } from '../../domain/audit/audit.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { forbidden } from '../http/errors.ts';
import { type AuditListRow, findAuditPage, insertAudit, streamAudit } from './audit.repo.ts';

export interface AuditChange {
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row; call it with the transaction that makes the change, so both land or neither. */
/** Who the audit row names: a signed-in actor, or the system (CLI, demo loader, jobs). */
export type AuditActor = Pick<Actor | SystemActor, 'userId' | 'unitId' | 'requestId' | 'now'>;

export async function recordAudit(db: Db, actor: AuditActor, change: AuditChange): Promise<void> {
  await insertAudit(db, {
    id: randomUUID(),
    at: actor.now,
    userId: actor.userId,
    unitId: actor.unitId,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    before: change.before === undefined ? null : JSON.stringify(change.before),
    after: change.after === undefined ? null : JSON.stringify(change.after),
    requestId: actor.requestId,
  });
}

function requireAuditReader(actor: Actor): void {
  if (actor.role !== 'admin' && actor.role !== 'coordinator') throw forbidden();
}

function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

function toAuditEntry(row: AuditListRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: parseJson(row.before),
    after: parseJson(row.after),
    requestId: row.requestId,
    user:
      row.userId && row.username && row.displayName
        ? { id: row.userId, username: row.username, displayName: row.displayName }
        : null,
    unit: row.unitId && row.unitName ? { id: row.unitId, name: row.unitName } : null,
  };
}

export async function listAudit(db: Db, actor: Actor, query: AuditListQuery) {
  requireAuditReader(actor);
  const { rows, total } = await findAuditPage(db, actor, query);
  return { items: rows.map(toAuditEntry), total };
}

/** Checks permission before the download starts, then yields every matching entry. */
export function exportAudit(
  db: Db,
  actor: Actor,
  filter: Omit<AuditListQuery, 'limit' | 'offset'>,
): AsyncIterable<AuditEntry> {
  requireAuditReader(actor);
  const rows = streamAudit(db, actor, filter);
  return (async function* () {
    for await (const row of rows) yield toAuditEntry(row);
  })();
}
