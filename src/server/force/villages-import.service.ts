import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import type {
  ImportCommitFields,
  ImportResult,
  VillageCreate,
} from '../../domain/force/force-api.schemas.ts';
import { villageCreateSchema } from '../../domain/force/force-api.schemas.ts';
import {
  AREA_TYPE_LABELS,
  SECURITY_RATING_LABELS,
  VILLAGE_KIND_LABELS,
} from '../../domain/force/force.labels.ts';
import type { AreaType } from '../../domain/force/force.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { requireCommuneInScope, requireForceWriter } from './force-scope.ts';
import {
  applyCorrections,
  type CheckedRow,
  enumMatcher,
  headerLookup,
  RowIssues,
  rowsToWrite,
  toPreview,
} from './import-common.ts';
import { villageColumns } from './villages.service.ts';
import { readSheet, type SheetColumn } from './xlsx-read.ts';

/** A commune's list of villages, one row each (the export writes the same headers). */
export const VILLAGE_COLUMNS = [
  { key: 'stt', header: 'STT', aliases: ['TT', 'Số TT'] },
  {
    key: 'name',
    header: 'Tên thôn, tổ dân phố',
    aliases: ['Thôn, tổ dân phố', 'Thôn/Tổ dân phố', 'Tên thôn', 'Tên thôn/xóm', 'Tên'],
    required: true,
  },
  { key: 'kind', header: 'Loại', aliases: ['Thôn hay tổ dân phố', 'Loại địa bàn'], required: true },
  { key: 'households', header: 'Số hộ', aliases: ['Số hộ gia đình', 'Hộ'] },
  { key: 'population', header: 'Số nhân khẩu', aliases: ['Nhân khẩu', 'Dân số', 'Số dân'] },
  { key: 'areaHectares', header: 'Diện tích (ha)', aliases: ['Diện tích', 'Diện tích ha'] },
  { key: 'villageClass', header: 'Phân loại', aliases: ['Phân loại thôn', 'Xếp loại', 'Loại thôn'] },
  { key: 'areaTypes', header: 'Địa bàn', aliases: ['Vùng', 'Đặc điểm địa bàn'] },
  {
    key: 'securityRating',
    header: 'Tình hình ANTT',
    aliases: ['Tình hình an ninh, trật tự', 'Mức độ phức tạp'],
  },
  { key: 'note', header: 'Ghi chú' },
] as const satisfies readonly SheetColumn<string>[];
export type VillageColumnKey = (typeof VILLAGE_COLUMNS)[number]['key'];
const KEYS = VILLAGE_COLUMNS.map((c) => c.key);

const labels = <T extends string>(map: Record<T, { vi: string }>) =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [k, [(v as { vi: string }).vi]])) as Record<
    T,
    string[]
  >;
const matchKind = enumMatcher({
  ...labels(VILLAGE_KIND_LABELS),
  thon: ['Thôn', 'Xóm', 'Bản', 'Làng', 'Ấp', 'Thôn, xóm', 'Thôn, xóm, bản'],
  to_dan_pho: ['Tổ dân phố', 'TDP', 'Khu phố', 'Khối phố', 'Tổ'],
});
const matchArea = enumMatcher<AreaType>({
  ...labels(AREA_TYPE_LABELS),
  mountain: ['Miền núi', 'Núi'],
  border: ['Biên giới'],
  island: ['Hải đảo', 'Đảo'],
  ethnic_minority: ['Dân tộc thiểu số', 'Vùng đồng bào dân tộc thiểu số', 'DTTS'],
  especially_disadvantaged: ['Đặc biệt khó khăn', 'ĐBKK', 'Vùng đặc biệt khó khăn'],
});
const matchRating = enumMatcher({
  ...labels(SECURITY_RATING_LABELS),
  normal: ['Bình thường'],
  complex: ['Phức tạp'],
  key: ['Trọng điểm'],
});

function numberOf(text: string): number | null {
  const cleaned = text.replace(/\s/g, '');
  // "1.234" and "1,234" group thousands in Vietnamese lists; "12,5" is a decimal.
  const normal = /^\d{1,3}([.,]\d{3})+$/.test(cleaned)
    ? cleaned.replace(/[.,]/g, '')
    : cleaned.replace(',', '.');
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

type Row = { input: VillageCreate; existingId: string | null };

async function checkRows(
  db: Db,
  commune: { id: string; name: string },
  rows: ReturnType<typeof applyCorrections<VillageColumnKey>>,
  headerOf: (key: VillageColumnKey) => string,
) {
  const existing = await db
    .selectFrom('village')
    .select(['id', 'searchName'])
    .where('unitId', '=', commune.id)
    .execute();
  const existingByName = new Map(existing.map((v) => [v.searchName, v.id]));
  const firstRowOfName = new Map<string, number>();
  return rows.map((row): CheckedRow<Row> => {
    const issues = new RowIssues<VillageColumnKey>(row.row, headerOf);
    const cell = (key: VillageColumnKey) => row.cells[key]?.trim() ?? '';
    const name = cell('name');
    if (!name) issues.error('name', 'Chưa có tên thôn, tổ dân phố');
    const kindText = cell('kind');
    const kind = kindText ? matchKind(kindText) : undefined;
    if (!kindText) issues.error('kind', 'Chưa ghi loại: Thôn hoặc Tổ dân phố');
    else if (!kind) issues.error('kind', `Loại "${kindText}" không hợp lệ: ghi Thôn hoặc Tổ dân phố`);
    const count = (key: VillageColumnKey, what: string, integer = true) => {
      const text = cell(key);
      if (!text) return null;
      const value = numberOf(text);
      if (value === null || value < 0 || (integer && !Number.isInteger(value))) {
        issues.error(key, `${what} "${text}" phải là số${integer ? ' nguyên' : ''} không âm`);
        return null;
      }
      return value;
    };
    const households = count('households', 'Số hộ');
    const population = count('population', 'Số nhân khẩu');
    const areaHectares = count('areaHectares', 'Diện tích', false);
    const classText = cell('villageClass');
    const classNumber = classText
      ? Number(
          foldText(classText)
            .replace(/^loai\s*/, '')
            .replace(/^i{1,3}$/, (r) => String(r.length)),
        )
      : null;
    if (classText && (classNumber === null || ![1, 2, 3].includes(classNumber)))
      issues.error('villageClass', `Phân loại "${classText}" không hợp lệ: ghi 1, 2 hoặc 3`);
    const areaTypes: AreaType[] = [];
    for (const part of cell('areaTypes')
      .split(/[,;]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const area = matchArea(part);
      if (area) areaTypes.push(area);
      else
        issues.error(
          'areaTypes',
          `Địa bàn "${part}" không rõ: ghi Miền núi, Biên giới, Hải đảo, Dân tộc thiểu số, Đặc biệt khó khăn`,
        );
    }
    const ratingText = cell('securityRating');
    const securityRating = ratingText ? matchRating(ratingText) : 'normal';
    if (!securityRating)
      issues.error(
        'securityRating',
        `"${ratingText}" không hợp lệ: ghi Bình thường, Phức tạp hoặc Trọng điểm`,
      );
    if (households === null && population === null)
      issues.warn('households', 'Chưa có số hộ và số nhân khẩu: chưa tính được số thành viên cần có');
    const folded = foldText(name);
    const earlier = firstRowOfName.get(folded);
    if (name && earlier !== undefined) issues.error('name', `Trùng tên với dòng ${earlier}`);
    else if (name) firstRowOfName.set(folded, row.row);
    const existingId = existingByName.get(folded) ?? null;
    if (existingId) issues.warn('name', 'Đã có trong xã: số liệu sẽ được cập nhật');
    let value: Row | null = null;
    if (issues.errors.length === 0 && kind && securityRating) {
      const parsed = villageCreateSchema.safeParse({
        unitId: commune.id,
        name,
        kind,
        households,
        population,
        areaHectares,
        villageClass: classNumber,
        areaTypes: [...new Set(areaTypes)],
        securityRating,
        note: cell('note') || null,
      });
      if (parsed.success) value = { input: parsed.data, existingId };
      else
        for (const issue of parsed.error.issues)
          issues.error(
            (KEYS as readonly string[]).includes(String(issue.path[0]))
              ? (issue.path[0] as VillageColumnKey)
              : 'note',
            issue.message,
          );
    }
    return {
      row: row.row,
      cells: row.cells,
      value: issues.errors.length ? null : value,
      errors: issues.errors,
      warnings: issues.warnings,
    };
  });
}

async function prepare(
  db: Db,
  actor: Actor | SystemActor,
  unitId: string,
  data: Buffer,
  corrections: ImportCommitFields['corrections'],
) {
  requireForceWriter(actor);
  const commune = await requireCommuneInScope(db, actor, unitId);
  const sheet = readSheet(data, VILLAGE_COLUMNS);
  const headerOf = headerLookup(VILLAGE_COLUMNS, sheet);
  const checked = await checkRows(db, commune, applyCorrections(sheet.rows, corrections, KEYS), headerOf);
  return { commune, checked, columns: VILLAGE_COLUMNS.map((c) => ({ key: c.key, header: headerOf(c.key) })) };
}

export async function previewVillageImport(
  db: Db,
  actor: Actor,
  unitId: string,
  data: Buffer,
  corrections: ImportCommitFields['corrections'] = [],
) {
  const { checked, columns } = await prepare(db, actor, unitId, data, corrections);
  return toPreview(columns, checked);
}

/** Creates the new villages and updates the figures of those the commune already has, in one transaction. */
export async function commitVillageImport(
  db: Db,
  actor: Actor | SystemActor,
  unitId: string,
  data: Buffer,
  fields: ImportCommitFields,
): Promise<ImportResult> {
  const { commune, checked } = await prepare(db, actor, unitId, data, fields.corrections);
  const { good, skipped } = rowsToWrite(checked, fields.mode);
  let created = 0;
  let updated = 0;
  await db.transaction().execute(async (trx) => {
    for (const { value } of good) {
      if (!value) continue;
      const { unitId: _unitId, ...input } = value.input;
      if (value.existingId) {
        // The figures change; the name stays as the commune wrote it (the file may spell it in other case).
        const { name: _name, searchName: _searchName, ...figures } = villageColumns(input);
        await trx
          .updateTable('village')
          .set((eb) => ({ ...figures, updatedAt: actor.now, version: eb('version', '+', 1) }))
          .where('id', '=', value.existingId)
          .execute();
        updated += 1;
      } else {
        await trx
          .insertInto('village')
          .values({
            id: randomUUID(),
            unitId: commune.id,
            previousUnitId: null,
            ...villageColumns(input),
            createdAt: actor.now,
            updatedAt: actor.now,
          })
          .execute();
        created += 1;
      }
    }
    await recordAudit(trx, actor, {
      action: 'import',
      entity: 'village',
      entityId: null,
      after: {
        unitId: commune.id,
        mode: fields.mode,
        created,
        updated,
        skippedRows: [...new Set(skipped.map((s) => s.row))],
      },
    });
  });
  return { created, updated, skipped };
}
