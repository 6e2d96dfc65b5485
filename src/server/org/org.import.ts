import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { CATALOGUE_VALIDITY, parseCatalogue } from '../../domain/org/catalogue.ts';
import { foldText } from '../../domain/common/text.ts';
import type { Db } from '../db/database.ts';
import type { NewUnit } from '../db/schema.ts';
import type { SystemActor } from '../http/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { invalidateUnitDirectory } from './unit-directory.ts';
import {
  findUnitsByCode,
  findUnitsByKeys,
  insertSuccession,
  insertUnits,
  updateUnitName,
} from './org.repo.ts';

export interface CatalogueImportResult {
  edition: string;
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number; message: string }[];
}

/**
 * Imports a national catalogue CSV (2024 or 2025 edition, detected from the header). Idempotent: a unit
 * already present (same kind, code and validity start) is kept, its name updated if the catalogue renamed it.
 * All or nothing: one transaction.
 */
export async function importCatalogue(
  db: Db,
  actor: SystemActor,
  csvText: string,
  options: { provinceCode?: string; validFrom?: string; validTo?: string | null } = {},
): Promise<CatalogueImportResult> {
  const rows: string[][] = parse(csvText, { bom: true, skip_empty_lines: true, relax_column_count: true });
  const parsed = parseCatalogue(rows, options.provinceCode);
  if ('error' in parsed) throw new Error(parsed.error);
  const validity = {
    validFrom: options.validFrom ?? CATALOGUE_VALIDITY[parsed.edition].validFrom,
    validTo: options.validTo === undefined ? CATALOGUE_VALIDITY[parsed.edition].validTo : options.validTo,
  };
  const result = await db.transaction().execute(async (trx) => {
    const existing = await findUnitsByKeys(trx, ['province', 'district', 'commune'], validity.validFrom);
    const byKey = new Map(existing.map((u) => [`${u.kind}:${u.code}`, u]));
    const fresh: NewUnit[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const unit of parsed.units) {
      const key = `${unit.kind}:${unit.code}`;
      const known = byKey.get(key);
      if (known) {
        if (known.name !== unit.name) {
          await updateUnitName(trx, known.id, unit.name, foldText(unit.name), actor.now);
          updated += 1;
        } else unchanged += 1;
        continue;
      }
      const parent =
        unit.parentCode === null
          ? undefined
          : byKey.get(
              `${unit.kind === 'commune' && parsed.edition === '2024' ? 'district' : 'province'}:${unit.parentCode}`,
            );
      const id = randomUUID();
      const path = `${parent?.path ?? '/'}${id}/`;
      const row = {
        id,
        code: unit.code,
        name: unit.name,
        searchName: foldText(unit.name),
        kind: unit.kind,
        category: null,
        parentId: parent?.id ?? null,
        path,
        depth: parent ? parent.depth + 1 : 0,
        validFrom: validity.validFrom,
        validTo: validity.validTo,
        createdAt: actor.now,
        updatedAt: actor.now,
      };
      fresh.push(row);
      byKey.set(key, { id, code: unit.code, kind: unit.kind, name: unit.name, path, depth: row.depth });
    }
    await insertUnits(trx, fresh);
    const result = {
      edition: parsed.edition,
      created: fresh.length,
      updated,
      unchanged,
      errors: parsed.errors,
    };
    await recordAudit(trx, actor, {
      action: 'import',
      entity: 'unit',
      entityId: null,
      after: { ...result, ...options, errors: result.errors.length },
    });
    return result;
  });
  invalidateUnitDirectory();
  return result;
}

export interface SuccessionImportResult {
  created: number;
  skipped: number;
  errors: { line: number; message: string }[];
}

/** Picks the unit with this code that was in force on the date (ambiguity is an error, not a guess). */
async function findUnitInForce(db: Db, code: string, date: string, side: 'old' | 'new') {
  const candidates = (await findUnitsByCode(db, code)).filter((u) =>
    side === 'old'
      ? (u.validFrom ?? '') < date
      : (u.validFrom ?? '') <= date && (u.validTo === null || u.validTo >= date),
  );
  return candidates.length === 1 ? candidates[0] : candidates.length === 0 ? 'missing' : 'ambiguous';
}

/** Imports successions from CSV `old_code,new_code,effective_date` (merges, splits, renames). */
export async function importSuccessions(
  db: Db,
  actor: SystemActor,
  csvText: string,
): Promise<SuccessionImportResult> {
  const rows = parse<Record<string, string>>(csvText, {
    bom: true,
    skip_empty_lines: true,
    columns: true,
    trim: true,
  });
  return db.transaction().execute(async (trx) => {
    const result: SuccessionImportResult = { created: 0, skipped: 0, errors: [] };
    for (const [index, row] of rows.entries()) {
      const line = index + 2;
      const { old_code: oldCode, new_code: newCode, effective_date: effectiveDate } = row;
      if (!oldCode || !newCode || !effectiveDate || !/^\d{4}-\d{2}-\d{2}$/.test(effectiveDate)) {
        result.errors.push({ line, message: 'expected old_code,new_code,effective_date (YYYY-MM-DD)' });
        continue;
      }
      const [oldUnit, newUnit] = await Promise.all([
        findUnitInForce(trx, oldCode, effectiveDate, 'old'),
        findUnitInForce(trx, newCode, effectiveDate, 'new'),
      ]);
      if (typeof oldUnit !== 'object' || typeof newUnit !== 'object') {
        result.errors.push({
          line,
          message: `old unit ${oldCode}: ${typeof oldUnit === 'object' ? 'ok' : oldUnit}; new unit ${newCode}: ${typeof newUnit === 'object' ? 'ok' : newUnit}`,
        });
        continue;
      }
      const created = await insertSuccession(trx, {
        id: randomUUID(),
        oldUnitId: oldUnit.id,
        newUnitId: newUnit.id,
        effectiveDate,
        note: null,
        createdAt: actor.now,
      });
      if (created) result.created += 1;
      else result.skipped += 1;
    }
    await recordAudit(trx, actor, {
      action: 'import',
      entity: 'unit_succession',
      entityId: null,
      after: { created: result.created, skipped: result.skipped, errors: result.errors.length },
    });
    return result;
  });
}
