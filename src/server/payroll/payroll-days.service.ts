// Duty and training days per member and month: read with the members in post, set in a batch (all or
// nothing), or imported from the .xlsx template.
import ExcelJS from 'exceljs';
import { daysInMonth } from '../../domain/payroll/calendar.ts';
import { DAY_KINDS, PAYROLL_ROLE_LABELS } from '../../domain/payroll/constants.ts';
import type { FieldError } from '../../domain/errors.ts';
import type { ImportCommitFields, ImportPreview } from '../../domain/force/force-api.schemas.ts';
import {
  FROZEN_STATUSES,
  type DaysRowInput,
  type PayrollDays,
  type PayrollDaysPut,
} from '../../domain/payroll/payroll-api.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { AppError } from '../http/errors.ts';
import { requireCommuneInScope } from '../force/force-scope.ts';
import {
  applyCorrections,
  type CheckedRow,
  headerLookup,
  RowIssues,
  rowsToWrite,
  toPreview,
} from '../force/import-common.ts';
import { readSheet, type SheetColumn } from '../force/xlsx-read.ts';
import { monthText } from './payroll-compute.ts';
import {
  type CommuneRef,
  loadCommuneMonths,
  loadProvinceMonths,
  provinceOf,
  type MemberMonth,
  withDays,
} from './payroll-inputs.ts';
import { requirePayrollWriter } from './payrolls.service.ts';

async function membersOfMonth(db: Db, actor: Actor, unitId: string, month: string) {
  const commune = await requireCommuneInScope(db, actor, unitId);
  const [communeMonth] = await loadCommuneMonths(db, [commune], month);
  // A member with days recorded but no day in post (e.g. a back-dated leave) stays listed so the days can be
  // cleared; the list is of members in post or with days.
  return { commune, members: communeMonth!.members };
}

export async function getDays(db: Db, actor: Actor, unitId: string, month: string): Promise<PayrollDays> {
  const { commune, members } = await membersOfMonth(db, actor, unitId, month);
  return daysView(db, commune, members, month);
}

async function daysView(
  db: Db,
  commune: CommuneRef,
  members: readonly MemberMonth[],
  month: string,
): Promise<PayrollDays> {
  const payroll = await db
    .selectFrom('payroll')
    .select(['id', 'status'])
    .where('unitId', '=', commune.id)
    .where('month', '=', month)
    .executeTakeFirst();
  const dim = daysInMonth(month);
  const province = (await loadProvinceMonths(db, [provinceOf(commune)], month)).get(provinceOf(commune));
  const paid = new Set((province?.rateSets ?? []).flatMap((set) => set.rates.map((r) => r.kind)));
  return {
    unitId: commune.id,
    unitName: commune.name,
    month,
    daysInMonth: dim,
    frozen: payroll ? FROZEN_STATUSES.includes(payroll.status) : false,
    payrollId: payroll?.id ?? null,
    payrollStatus: payroll?.status ?? null,
    paidKinds: DAY_KINDS.filter((kind) => paid.has(kind)),
    members: members.map((m) => ({
      memberId: m.memberId,
      fullName: m.fullName,
      teamId: m.teamId,
      teamName: m.teamName,
      role: m.role,
      daysInPost: m.daysInPost,
      dutyAssigned: m.days?.dutyAssigned ?? 0,
      dutyNight: m.days?.dutyNight ?? 0,
      dutyHoliday: m.days?.dutyHoliday ?? 0,
      dutyHazardous: m.days?.dutyHazardous ?? 0,
      trainingDays: m.trainingDays,
      trainingDaysFromRecords: m.trainingDaysFromRecords,
      trainingSource: m.days?.trainingDays == null ? 'records' : 'entered',
    })),
  };
}

const KEYS = ['dutyAssigned', 'dutyNight', 'dutyHoliday', 'dutyHazardous', 'trainingDays'] as const;

/** The rows' problems: days above the days of the month, members not in post in the commune that month. */
function checkRows(rows: readonly DaysRowInput[], members: MemberMonth[], month: string): FieldError[] {
  const dim = daysInMonth(month);
  const byId = new Map(members.map((m) => [m.memberId, m]));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const member = byId.get(row.memberId);
    if (!member || member.posts.length === 0) {
      errors.push({
        path: `rows.${i}.memberId`,
        message: `Thành viên ở dòng ${i + 1} không tại chức ở xã này ngày nào trong tháng ${monthText(month)}.`,
      });
      return;
    }
    if (seen.has(row.memberId)) {
      errors.push({ path: `rows.${i}.memberId`, message: `${member.fullName} có hai dòng.` });
    }
    seen.add(row.memberId);
    for (const key of KEYS) {
      const value = row[key];
      if (value !== null && value > dim) {
        errors.push({
          path: `rows.${i}.${key}`,
          message: `${member.fullName}: ${value} ngày, nhiều hơn ${dim} ngày của tháng ${monthText(month)}.`,
        });
      }
    }
  });
  return errors;
}

async function writeRows(
  db: Db,
  actor: Actor,
  unitId: string,
  month: string,
  rows: readonly DaysRowInput[],
  action: string,
) {
  await db.transaction().execute(async (trx) => {
    const ids = rows.map((r) => r.memberId);
    const before = await trx
      .selectFrom('payrollDays')
      .selectAll()
      .where('unitId', '=', unitId)
      .where('month', '=', month)
      .where('memberId', 'in', ids)
      .execute();
    await trx
      .deleteFrom('payrollDays')
      .where('unitId', '=', unitId)
      .where('month', '=', month)
      .where('memberId', 'in', ids)
      .execute();
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('payrollDays')
        .values(
          rows.slice(i, i + 500).map((r) => ({
            unitId,
            month,
            memberId: r.memberId,
            dutyAssigned: r.dutyAssigned,
            dutyNight: r.dutyNight,
            dutyHoliday: r.dutyHoliday,
            dutyHazardous: r.dutyHazardous,
            trainingDays: r.trainingDays,
            updatedBy: actor.userId,
            updatedAt: actor.now,
          })),
        )
        .execute();
    }
    await recordAudit(trx, actor, {
      action,
      entity: 'payroll_days',
      entityId: `${unitId}/${month}`,
      before: before.map(({ updatedBy: _u, updatedAt: _a, unitId: _unit, month: _m, ...rest }) => rest),
      after: rows,
    });
  });
}

export async function putDays(db: Db, actor: Actor, input: PayrollDaysPut): Promise<PayrollDays> {
  requirePayrollWriter(actor);
  const { commune, members } = await membersOfMonth(db, actor, input.unitId, input.month);
  const errors = checkRows(input.rows, members, input.month);
  if (errors.length > 0) {
    throw new AppError(
      'INVALID_STATE',
      {
        vi: `Chưa lưu số ngày: ${errors[0]!.message}${errors.length > 1 ? ` (và ${errors.length - 1} lỗi khác)` : ''}`,
        en: `Days not saved: ${errors.length} problems.`,
      },
      errors,
    );
  }
  await writeRows(db, actor, commune.id, input.month, input.rows, 'update');
  // The rows sent replace those members' days: the list read above, with them, is what is now stored.
  const sent = new Map(input.rows.map((row) => [row.memberId, row]));
  const saved = members.map((m) => {
    const row = sent.get(m.memberId);
    return row ? withDays(m, row, daysInMonth(input.month)) : m;
  });
  return daysView(db, commune, saved, input.month);
}

// ---- .xlsx template and import ----

export type DaysColumnKey =
  | 'stt'
  | 'memberId'
  | 'fullName'
  | 'role'
  | 'team'
  | 'dutyAssigned'
  | 'dutyNight'
  | 'dutyHoliday'
  | 'dutyHazardous'
  | 'trainingDays';

export const DAYS_COLUMNS: readonly SheetColumn<DaysColumnKey>[] = [
  { key: 'stt', header: 'STT' },
  { key: 'memberId', header: 'Mã thành viên', aliases: ['Ma thanh vien', 'Mã'] },
  { key: 'fullName', header: 'Họ và tên', aliases: ['Họ tên'], required: true },
  { key: 'role', header: 'Chức danh' },
  { key: 'team', header: 'Tổ' },
  { key: 'dutyAssigned', header: 'Trực được phân công (ngày)', aliases: ['Trực được phân công'] },
  { key: 'dutyNight', header: 'Trực đêm (ngày)', aliases: ['Trực đêm'] },
  { key: 'dutyHoliday', header: 'Trực ngày nghỉ, lễ, Tết (ngày)', aliases: ['Trực ngày nghỉ lễ Tết'] },
  { key: 'dutyHazardous', header: 'Nặng nhọc, nguy hiểm (ngày)', aliases: ['Nặng nhọc nguy hiểm'] },
  {
    key: 'trainingDays',
    header: 'Ngày tập huấn (để trống: theo hồ sơ huấn luyện)',
    aliases: ['Ngày tập huấn', 'Tập huấn'],
  },
];

/** The template: one row per member listed for the month, with the current values. */
export async function daysTemplate(db: Db, actor: Actor, unitId: string, month: string): Promise<Buffer> {
  const days = await getDays(db, actor, unitId, month);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Ngày ${monthText(month).replace('/', '-')}`);
  sheet.addRow([`Số ngày trực, tập huấn tháng ${monthText(month)} — ${days.unitName}`]).font = { bold: true };
  sheet.addRow([
    `Tháng có ${days.daysInMonth} ngày. Không sửa cột "Mã thành viên". Cột ngày tập huấn để trống thì lấy theo hồ sơ huấn luyện.`,
  ]);
  const header = sheet.addRow(DAYS_COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  days.members.forEach((m, i) => {
    sheet.addRow([
      i + 1,
      m.memberId,
      m.fullName,
      PAYROLL_ROLE_LABELS[m.role].vi,
      m.teamName,
      m.dutyAssigned,
      m.dutyNight,
      m.dutyHoliday,
      m.dutyHazardous,
      m.trainingSource === 'entered' ? m.trainingDays : null,
    ]);
  });
  sheet.columns.forEach((col, i) => {
    col.width = [6, 38, 28, 12, 30, 14, 12, 14, 14, 22][i] ?? 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function checkImport(
  data: Buffer,
  corrections: ImportCommitFields['corrections'],
  members: MemberMonth[],
  month: string,
): { columns: { key: string; header: string }[]; checked: CheckedRow<DaysRowInput>[] } {
  const sheet = readSheet(data, DAYS_COLUMNS);
  const headerOf = headerLookup(DAYS_COLUMNS, sheet);
  const rows = applyCorrections(
    sheet.rows,
    corrections,
    DAYS_COLUMNS.map((c) => c.key),
  );
  const dim = daysInMonth(month);
  const byId = new Map(members.map((m) => [m.memberId, m]));
  const byName = new Map<string, MemberMonth[]>();
  for (const m of members) {
    const key = m.fullName.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  const seen = new Map<string, number>();
  const checked = rows.map((row): CheckedRow<DaysRowInput> => {
    const issues = new RowIssues<DaysColumnKey>(row.row, headerOf);
    const cells = row.cells;
    let member: MemberMonth | undefined;
    const id = cells.memberId?.trim();
    if (id) {
      member = byId.get(id);
      if (!member) issues.error('memberId', 'Mã thành viên không có trong danh sách tháng này của xã.');
    } else {
      const found = byName.get((cells.fullName ?? '').trim().toLowerCase()) ?? [];
      if (found.length === 1) member = found[0];
      else if (found.length === 0)
        issues.error(
          'fullName',
          `Không có thành viên tên "${cells.fullName ?? ''}" tại chức trong tháng này.`,
        );
      else issues.error('fullName', 'Có nhiều thành viên cùng tên: hãy giữ cột "Mã thành viên" của tệp mẫu.');
    }
    if (member && member.posts.length === 0) {
      issues.error('fullName', `${member.fullName} không tại chức ngày nào trong tháng ${monthText(month)}.`);
    }
    if (member) {
      const before = seen.get(member.memberId);
      if (before !== undefined) issues.error('fullName', `Trùng với dòng ${before}.`);
      seen.set(member.memberId, row.row);
    }
    const count = (key: (typeof KEYS)[number], emptyIsNull: boolean): number | null => {
      const text = (cells[key] ?? '').trim();
      if (text === '') return emptyIsNull ? null : 0;
      const n = Number(text.replace(',', '.'));
      if (!Number.isInteger(n) || n < 0) {
        issues.error(key, `"${text}" không phải số ngày (số nguyên từ 0).`);
        return 0;
      }
      if (n > dim) {
        issues.error(key, `${n} ngày, nhiều hơn ${dim} ngày của tháng ${monthText(month)}.`);
        return 0;
      }
      return n;
    };
    const value: DaysRowInput = {
      memberId: member?.memberId ?? '',
      dutyAssigned: count('dutyAssigned', false) ?? 0,
      dutyNight: count('dutyNight', false) ?? 0,
      dutyHoliday: count('dutyHoliday', false) ?? 0,
      dutyHazardous: count('dutyHazardous', false) ?? 0,
      trainingDays: count('trainingDays', true),
    };
    return {
      row: row.row,
      cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v ?? ''])),
      value: member ? value : null,
      errors: issues.errors,
      warnings: issues.warnings,
    };
  });
  const columns = DAYS_COLUMNS.map((c) => ({ key: c.key, header: headerOf(c.key) }));
  return { columns, checked };
}

export async function previewDaysImport(
  db: Db,
  actor: Actor,
  unitId: string,
  month: string,
  data: Buffer,
  corrections: ImportCommitFields['corrections'],
): Promise<ImportPreview> {
  const { members } = await membersOfMonth(db, actor, unitId, month);
  const { columns, checked } = checkImport(data, corrections, members, month);
  return toPreview(columns, checked);
}

export async function commitDaysImport(
  db: Db,
  actor: Actor,
  unitId: string,
  month: string,
  data: Buffer,
  fields: ImportCommitFields,
): Promise<{ updated: number }> {
  requirePayrollWriter(actor);
  const { commune, members } = await membersOfMonth(db, actor, unitId, month);
  const { checked } = checkImport(data, fields.corrections, members, month);
  const { good } = rowsToWrite(checked, fields.mode);
  await writeRows(
    db,
    actor,
    commune.id,
    month,
    good.map((r) => r.value!),
    'import',
  );
  return { updated: good.length };
}
