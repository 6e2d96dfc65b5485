import { vietnamToday } from '../../domain/common/dates.ts';
import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import {
  EDUCATION_LEVEL_LABELS,
  MEMBER_ORIGIN_LABELS,
  MEMBER_ROLE_LABELS,
  MEMBER_STATUS_LABELS,
  RESIDENCE_KIND_LABELS,
} from '../../domain/force/force.labels.ts';
import type { AreaType, EducationLevel } from '../../domain/force/force.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import {
  memberCreateSchema,
  type ImportCommitFields,
  type ImportResult,
  type MemberCreate,
} from '../../domain/force/force-api.schemas.ts';
import { parseJsonArray, requireCommuneInScope, requireForceWriter } from './force-scope.ts';
import {
  applyCorrections,
  type CheckedRow,
  enumMatcher,
  headerLookup,
  isYes,
  RowIssues,
  rowsToWrite,
  toPreview,
} from './import-common.ts';
import { findActiveLeaders, findMembersInForceByCccd } from './members.repo.ts';
import { insertNameKeys } from './member-name-keys.ts';
import { historyRow, memberProblems, memberRow, withUniqueAs409 } from './members.service.ts';
import {
  parseLooseDate,
  parseVietnameseDate,
  readSheet,
  type SheetColumn,
  type SheetRow,
} from './xlsx-read.ts';

/** The commune's member list, one row per member, with the headers communes write (export uses them too). */
export const MEMBER_COLUMNS = [
  { key: 'stt', header: 'STT', aliases: ['TT', 'Số TT', 'Số thứ tự'] },
  { key: 'fullName', header: 'Họ và tên', aliases: ['Họ tên', 'Họ và tên thành viên'], required: true },
  {
    key: 'dateOfBirth',
    header: 'Ngày sinh',
    aliases: ['Ngày, tháng, năm sinh', 'Ngày tháng năm sinh', 'Sinh ngày'],
    required: true,
  },
  { key: 'sex', header: 'Giới tính', aliases: ['Nam/Nữ'], required: true },
  { key: 'ethnicity', header: 'Dân tộc' },
  {
    key: 'cccd',
    header: 'Số CCCD',
    aliases: ['CCCD', 'Số căn cước công dân', 'Số căn cước', 'Số định danh cá nhân', 'Số CCCD/CMND'],
    required: true,
  },
  {
    key: 'residence',
    header: 'Nơi cư trú',
    aliases: ['Nơi ở hiện nay', 'Địa chỉ', 'Nơi thường trú', 'Chỗ ở hiện nay'],
    required: true,
  },
  { key: 'residenceKind', header: 'Hình thức cư trú', aliases: ['Thường trú/Tạm trú'] },
  {
    key: 'residenceSince',
    header: 'Cư trú từ',
    aliases: ['Cư trú từ ngày', 'Thời gian cư trú từ', 'Cư trú tại địa phương từ'],
    required: true,
  },
  { key: 'phone', header: 'Điện thoại', aliases: ['Số điện thoại', 'SĐT', 'Điện thoại liên hệ'] },
  {
    key: 'education',
    header: 'Trình độ học vấn',
    aliases: ['Trình độ văn hóa', 'Học vấn', 'Văn hóa', 'Trình độ'],
    required: true,
  },
  { key: 'role', header: 'Chức danh', aliases: ['Chức vụ', 'Chức danh trong Tổ'], required: true },
  {
    key: 'team',
    header: 'Tổ',
    aliases: ['Tên Tổ', 'Tổ bảo vệ ANTT', 'Tổ bảo vệ an ninh, trật tự'],
    required: true,
  },
  {
    key: 'village',
    header: 'Thôn/Tổ dân phố',
    aliases: ['Thôn', 'Xóm', 'Thôn/xóm', 'Tổ dân phố', 'Thôn, tổ dân phố'],
  },
  {
    key: 'origin',
    header: 'Nguồn',
    aliases: ['Nguồn gốc', 'Lực lượng trước đây', 'Nguồn tuyển chọn'],
    required: true,
  },
  { key: 'recognitionDecisionNumber', header: 'Số QĐ công nhận', aliases: ['Số quyết định công nhận'] },
  { key: 'recognitionDecisionDate', header: 'Ngày QĐ công nhận', aliases: ['Ngày quyết định công nhận'] },
  {
    key: 'healthCertifiedOn',
    header: 'Ngày khám sức khỏe',
    aliases: ['Ngày cấp giấy khám sức khỏe', 'Giấy khám sức khỏe', 'Ngày chứng nhận sức khỏe'],
  },
  {
    key: 'chairmanAgeException',
    header: 'Trên 70 tuổi, Chủ tịch UBND xã đồng ý',
    aliases: ['Trên 70 tuổi', 'Chủ tịch UBND xã đồng ý'],
  },
  { key: 'status', header: 'Tình trạng', aliases: ['Trạng thái'] },
  { key: 'note', header: 'Ghi chú' },
] as const satisfies readonly SheetColumn<string>[];
export type MemberColumnKey = (typeof MEMBER_COLUMNS)[number]['key'];
const KEYS = MEMBER_COLUMNS.map((c) => c.key);

const labelsOf = <T extends string>(labels: Record<T, { vi: string; en: string }>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, [(v as { vi: string }).vi]])) as Record<
    T,
    string[]
  >;

const matchSex = enumMatcher({ male: ['Nam', 'M'], female: ['Nữ', 'Nu', 'F'] });
const matchRole = enumMatcher({
  ...labelsOf(MEMBER_ROLE_LABELS),
  to_truong: ['Tổ trưởng', 'TT'],
  to_pho: ['Tổ phó', 'TP'],
  to_vien: ['Tổ viên', 'TV', 'Thành viên'],
});
const matchOrigin = enumMatcher({
  ...labelsOf(MEMBER_ORIGIN_LABELS),
  bao_ve_dan_pho: ['Bảo vệ dân phố', 'BVDP'],
  cong_an_xa_ban_chuyen_trach: [
    'Công an xã bán chuyên trách',
    'Công an bán chuyên trách',
    'CAX bán chuyên trách',
  ],
  dan_phong: ['Dân phòng', 'Đội trưởng dân phòng', 'Đội phó dân phòng', 'Đội trưởng, Đội phó dân phòng'],
  new: ['Tuyển chọn mới', 'Mới', 'Tuyển mới', 'Mới tuyển chọn'],
});
const matchResidenceKind = enumMatcher(labelsOf(RESIDENCE_KIND_LABELS));
const matchStatus = enumMatcher({
  ...labelsOf(MEMBER_STATUS_LABELS),
  active: ['Đang tham gia', 'Đang hoạt động'],
});
const matchEducation = enumMatcher({
  ...labelsOf(EDUCATION_LEVEL_LABELS),
  none: ['Chưa học xong tiểu học', 'Chưa tốt nghiệp tiểu học', 'Không'],
  tieu_hoc: ['Tiểu học', 'Cấp 1'],
  thcs: ['THCS', 'Trung học cơ sở', 'Cấp 2'],
  thpt: ['THPT', 'Trung học phổ thông', 'Cấp 3'],
  trung_cap: ['Trung cấp', 'TC'],
  cao_dang: ['Cao đẳng', 'CĐ'],
  dai_hoc: ['Đại học', 'ĐH', 'Cử nhân', 'Kỹ sư'],
  sau_dai_hoc: ['Sau đại học', 'Thạc sĩ', 'Tiến sĩ'],
});

/** "9/12", "12/12", "lớp 9": the grade completed in the 12-year system. */
function educationOf(text: string): EducationLevel | undefined {
  const named = matchEducation(text);
  if (named) return named;
  const grade = /^(?:lop\s*)?(\d{1,2})(?:\s*\/\s*12)?$/.exec(foldText(text));
  if (!grade) return undefined;
  const n = Number(grade[1]);
  if (n >= 12) return n === 12 ? 'thpt' : undefined;
  if (n >= 9) return 'thcs';
  if (n >= 5) return 'tieu_hoc';
  return n >= 0 ? 'none' : undefined;
}

/** Digits of a CCCD as Excel may keep them: a number cell loses the leading 0 (every CCCD starts with 0). */
function cccdOf(text: string): string {
  const digits = text.replace(/[\s.-]/g, '');
  return /^\d{11}$/.test(digits) ? `0${digits}` : digits;
}

function phoneOf(text: string): string {
  const digits = text.replace(/[\s.()-]/g, '');
  return /^[1-9]\d{8}$/.test(digits) ? `0${digits}` : digits;
}

/** A village's name with or without its kind word: "Xóm Đồng Tâm", "Đồng Tâm". */
const KIND_WORDS = /^(thon|xom|ban|lang|ap|to dan pho|tdp|khu pho|khoi|to)\s+/;
const bareName = (text: string) => foldText(text).replace(KIND_WORDS, '');

interface CommuneContext {
  commune: { id: string; name: string };
  teams: Map<string, { id: string; name: string; villages: Map<string, AreaType[]> }>;
  teamNames: string[];
  villages: Map<string, { id: string; areaTypes: AreaType[] }>;
  villagesBare: Map<string, { id: string; areaTypes: AreaType[] }>;
}

async function loadCommuneContext(db: Db, commune: { id: string; name: string }): Promise<CommuneContext> {
  const [teams, villages, links] = await Promise.all([
    db
      .selectFrom('team')
      .select(['id', 'name'])
      .where('unitId', '=', commune.id)
      .where('status', '=', 'active')
      .orderBy('searchName')
      .execute(),
    db.selectFrom('village').select(['id', 'name', 'areaTypes']).where('unitId', '=', commune.id).execute(),
    db
      .selectFrom('teamVillage')
      .innerJoin('team', 'team.id', 'teamVillage.teamId')
      .select(['teamVillage.teamId', 'teamVillage.villageId'])
      .where('team.unitId', '=', commune.id)
      .execute(),
  ]);
  const villageById = new Map(
    villages.map((v) => [v.id, { id: v.id, areaTypes: parseJsonArray<AreaType>(v.areaTypes) }]),
  );
  const teamMap = new Map<string, { id: string; name: string; villages: Map<string, AreaType[]> }>();
  for (const team of teams) {
    const own = new Map<string, AreaType[]>();
    for (const link of links) {
      const village = villageById.get(link.villageId);
      if (link.teamId === team.id && village) own.set(village.id, village.areaTypes);
    }
    teamMap.set(foldText(team.name), { id: team.id, name: team.name, villages: own });
  }
  return {
    commune,
    teams: teamMap,
    teamNames: teams.map((t) => t.name),
    villages: new Map(
      villages.map((v) => [foldText(v.name), villageById.get(v.id) ?? { id: v.id, areaTypes: [] }]),
    ),
    villagesBare: new Map(
      villages.map((v) => [bareName(v.name), villageById.get(v.id) ?? { id: v.id, areaTypes: [] }]),
    ),
  };
}

const FIELD_COLUMN: Record<string, MemberColumnKey> = {
  teamId: 'team',
  villageId: 'village',
  leaveReason: 'status',
  leftOn: 'status',
  isVietnameseCitizen: 'note',
  recordStatus: 'note',
};
const columnOfField = (field: string): MemberColumnKey =>
  FIELD_COLUMN[field] ?? (KEYS.includes(field as MemberColumnKey) ? (field as MemberColumnKey) : 'note');

interface ParsedMember {
  input: MemberCreate;
  areaTypes: AreaType[];
  teamName: string;
}

function parseRow(
  row: SheetRow<MemberColumnKey>,
  context: CommuneContext,
  issues: RowIssues<MemberColumnKey>,
): ParsedMember | null {
  const cell = (key: MemberColumnKey) => row.cells[key]?.trim() ?? '';
  const need = (key: MemberColumnKey, what: string) => {
    const text = cell(key);
    if (!text) issues.error(key, `Chưa có ${what}`);
    return text;
  };
  const date = (key: MemberColumnKey, what: string, loose = false) => {
    const text = cell(key);
    if (!text) return null;
    const parsed = loose ? parseLooseDate(text) : parseVietnameseDate(text);
    if (!parsed) issues.error(key, `${what} "${text}" không đúng dạng ngày/tháng/năm (dd/mm/yyyy)`);
    return parsed;
  };

  const fullName = need('fullName', 'họ và tên');
  if (!cell('dateOfBirth')) issues.error('dateOfBirth', 'Chưa có ngày sinh');
  const dateOfBirth = date('dateOfBirth', 'Ngày sinh');
  const sexText = need('sex', 'giới tính (Nam/Nữ)');
  const sex = sexText ? matchSex(sexText) : undefined;
  if (sexText && !sex) issues.error('sex', `Giới tính "${sexText}" không hợp lệ: ghi Nam hoặc Nữ`);
  const cccdText = need('cccd', 'số CCCD');
  const cccd = cccdText ? cccdOf(cccdText) : '';
  if (cccdText && !/^\d{12}$/.test(cccd))
    issues.error('cccd', `Số CCCD "${cccdText}" phải gồm đúng 12 chữ số`);
  const residence = need('residence', 'nơi cư trú');
  if (!cell('residenceSince'))
    issues.error('residenceSince', 'Chưa có thời gian bắt đầu cư trú (dd/mm/yyyy)');
  const residenceSince = date('residenceSince', 'Ngày cư trú', true);
  const residenceKindText = cell('residenceKind');
  const residenceKind = residenceKindText ? matchResidenceKind(residenceKindText) : 'permanent';
  if (!residenceKind)
    issues.error('residenceKind', `"${residenceKindText}" không hợp lệ: ghi Thường trú hoặc Tạm trú`);
  const phoneText = cell('phone');
  const educationText = need('education', 'trình độ học vấn');
  const education = educationText ? educationOf(educationText) : undefined;
  if (educationText && !education)
    issues.error(
      'education',
      `Trình độ "${educationText}" không rõ: ghi Tiểu học, THCS (9/12), THPT (12/12), Trung cấp, Cao đẳng, Đại học`,
    );
  const roleText = need('role', 'chức danh');
  const role = roleText ? matchRole(roleText) : undefined;
  if (roleText && !role)
    issues.error('role', `Chức danh "${roleText}" không hợp lệ: ghi Tổ trưởng, Tổ phó hoặc Tổ viên`);
  const originText = need('origin', 'nguồn');
  const origin = originText ? matchOrigin(originText) : undefined;
  if (originText && !origin)
    issues.error(
      'origin',
      `Nguồn "${originText}" không hợp lệ: ghi Bảo vệ dân phố, Công an xã bán chuyên trách, Dân phòng hoặc Tuyển chọn mới`,
    );
  const teamText = need('team', 'tên Tổ');
  const team = teamText ? context.teams.get(foldText(teamText)) : undefined;
  if (teamText && !team) {
    const known = context.teamNames.slice(0, 8).join('; ');
    issues.error(
      'team',
      context.teamNames.length === 0
        ? `${context.commune.name} chưa có Tổ nào: hãy lập Tổ (theo quyết định thành lập) trước khi nhập thành viên`
        : `Không có Tổ "${teamText}" đang hoạt động trong ${context.commune.name} (các Tổ: ${known}${context.teamNames.length > 8 ? '…' : ''})`,
    );
  }
  const villageText = cell('village');
  let village: { id: string; areaTypes: AreaType[] } | undefined;
  if (villageText) {
    village = context.villages.get(foldText(villageText)) ?? context.villagesBare.get(bareName(villageText));
    if (!village)
      issues.error('village', `Không có thôn, tổ dân phố "${villageText}" trong ${context.commune.name}`);
  } else if (team) {
    issues.warn('village', 'Chưa ghi thôn, tổ dân phố: tiêu chuẩn học vấn được xét theo các thôn của Tổ');
  }
  const statusText = cell('status');
  const status = statusText ? matchStatus(statusText) : 'active';
  if (statusText && (!status || status === 'left'))
    issues.error(
      'status',
      status === 'left'
        ? 'Không nhập người đã thôi tham gia: ghi nhận việc thôi tham gia trên hồ sơ thành viên'
        : `Tình trạng "${statusText}" không hợp lệ: ghi Đang tham gia hoặc Tạm đình chỉ`,
    );
  const recognitionDecisionDate = date('recognitionDecisionDate', 'Ngày quyết định');
  const healthCertifiedOn = date('healthCertifiedOn', 'Ngày khám sức khỏe');
  if (issues.errors.length > 0 || !team || !sex || !education || !role || !origin || !residenceKind)
    return null;

  const candidate = {
    teamId: team.id,
    villageId: village?.id ?? null,
    fullName,
    dateOfBirth,
    sex,
    ethnicity: cell('ethnicity') || 'Kinh',
    isVietnameseCitizen: true,
    cccd,
    residence,
    residenceKind,
    residenceSince,
    phone: phoneText ? phoneOf(phoneText) : null,
    education,
    recordStatus: 'clean',
    healthCertifiedOn,
    chairmanAgeException: isYes(cell('chairmanAgeException')),
    role,
    origin,
    recognitionDecisionNumber: cell('recognitionDecisionNumber') || null,
    recognitionDecisionDate,
    status: status === 'suspended' ? 'suspended' : 'active',
    note: cell('note') || null,
  };
  const parsed = memberCreateSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      issues.error(columnOfField(String(issue.path[0] ?? 'note')), issue.message);
    return null;
  }
  const areaTypes = village ? village.areaTypes : [...new Set([...team.villages.values()].flat())];
  return { input: parsed.data, areaTypes, teamName: team.name };
}

async function checkRows(
  db: Db,
  actor: Actor | SystemActor,
  context: CommuneContext,
  rows: SheetRow<MemberColumnKey>[],
  headerOf: (key: MemberColumnKey) => string,
): Promise<CheckedRow<ParsedMember>[]> {
  const today = vietnamToday(actor.now);
  const checked: (CheckedRow<ParsedMember> & { issues: RowIssues<MemberColumnKey> })[] = rows.map((row) => {
    const issues = new RowIssues(row.row, headerOf);
    const value = parseRow(row, context, issues);
    return {
      row: row.row,
      cells: row.cells,
      value,
      errors: issues.errors,
      warnings: issues.warnings,
      issues,
    };
  });

  const parsed = checked.filter((c) => c.value !== null);
  const [inForce, leaders] = await Promise.all([
    findMembersInForceByCccd(db, [...new Set(parsed.map((c) => c.value?.input.cccd ?? ''))]),
    findActiveLeaders(
      db,
      [...context.teams.values()].map((t) => t.id),
    ),
  ]);
  const firstRowOfCccd = new Map<string, number>();
  const leaderRowOfTeam = new Map<string, number>();
  for (const entry of parsed) {
    const member = entry.value;
    if (!member) continue;
    const { input } = member;
    for (const error of memberProblems(input, member.areaTypes, input.recognitionDecisionDate ?? today)) {
      entry.issues.error(columnOfField(error.path.slice(1)), error.message);
    }
    const earlier = firstRowOfCccd.get(input.cccd);
    if (earlier !== undefined) entry.issues.error('cccd', `Trùng số CCCD với dòng ${earlier}`);
    else firstRowOfCccd.set(input.cccd, entry.row);
    const holder = inForce.get(input.cccd);
    if (holder)
      entry.issues.error(
        'cccd',
        holder.unitId === context.commune.id
          ? `Đã có trong danh sách thành viên: ${holder.fullName}`
          : 'Số CCCD này đã là thành viên của một Tổ ở xã khác',
      );
    if (input.role === 'to_truong' && input.status === 'active') {
      const leader = leaders.get(input.teamId);
      const otherRow = leaderRowOfTeam.get(input.teamId);
      if (leader)
        entry.issues.error(
          'role',
          `Tổ "${member.teamName}" đã có Tổ trưởng ${leader.fullName}; mỗi Tổ chỉ có 01 Tổ trưởng`,
        );
      else if (otherRow !== undefined)
        entry.issues.error(
          'role',
          `Tổ "${member.teamName}" đã có Tổ trưởng ở dòng ${otherRow}; mỗi Tổ chỉ có 01 Tổ trưởng`,
        );
      else leaderRowOfTeam.set(input.teamId, entry.row);
    }
  }
  return checked.map(({ issues, ...rest }) => ({
    ...rest,
    value: issues.errors.length > 0 ? null : rest.value,
  }));
}

async function prepare(
  db: Db,
  actor: Actor | SystemActor,
  unitId: string,
  data: Buffer,
  fields?: ImportCommitFields,
) {
  requireForceWriter(actor);
  const commune = await requireCommuneInScope(db, actor, unitId);
  const sheet = readSheet(data, MEMBER_COLUMNS);
  const headerOf = headerLookup(MEMBER_COLUMNS, sheet);
  const rows = fields ? applyCorrections(sheet.rows, fields.corrections, KEYS) : sheet.rows;
  const context = await loadCommuneContext(db, commune);
  const checked = await checkRows(db, actor, context, rows, headerOf);
  return { commune, checked, columns: MEMBER_COLUMNS.map((c) => ({ key: c.key, header: headerOf(c.key) })) };
}

/** Every row of the file checked as on entry, with its errors by row and column; nothing written. */
export async function previewMemberImport(
  db: Db,
  actor: Actor,
  unitId: string,
  data: Buffer,
  corrections: ImportCommitFields['corrections'] = [],
) {
  const { checked, columns } = await prepare(db, actor, unitId, data, { mode: 'all', corrections });
  return toPreview(columns, checked);
}

/**
 * Writes the members of the file (with the preview's corrections) in one transaction: all rows, or with
 * 'valid-only' the valid ones. A failure half-way leaves nothing written.
 */
export async function commitMemberImport(
  db: Db,
  actor: Actor | SystemActor,
  unitId: string,
  data: Buffer,
  fields: ImportCommitFields,
  filename = 'members.xlsx',
): Promise<ImportResult> {
  const { commune, checked } = await prepare(db, actor, unitId, data, fields);
  const { good, skipped } = rowsToWrite(checked, fields.mode);
  const today = vietnamToday(actor.now);
  const members = good.map((entry) => {
    const input = (entry.value as ParsedMember).input;
    return { input, row: memberRow(actor, randomUUID(), commune, input) };
  });
  await withUniqueAs409(() =>
    db.transaction().execute(async (trx) => {
      // 40 columns a member: 400 rows stay under SQLite's bound-parameter limit.
      for (let i = 0; i < members.length; i += 400) {
        const chunk = members.slice(i, i + 400);
        await trx
          .insertInto('member')
          .values(chunk.map((m) => m.row))
          .execute();
        await trx
          .insertInto('memberHistory')
          .values(
            chunk.map(({ input, row }) =>
              historyRow(
                actor,
                { ...row, status: 'active' },
                'joined',
                input.recognitionDecisionDate ?? today,
                {
                  decisionNumber: input.recognitionDecisionNumber,
                },
              ),
            ),
          )
          .execute();
      }
      await insertNameKeys(
        trx,
        members.map((m) => m.row),
      );
      await recordAudit(trx, actor, {
        action: 'import',
        entity: 'member',
        entityId: null,
        after: {
          unitId: commune.id,
          filename,
          mode: fields.mode,
          created: members.length,
          skippedRows: [...new Set(skipped.map((s) => s.row))],
          memberIds: members.map((m) => m.row.id),
        },
      });
    }),
  );
  return { created: members.length, updated: 0, skipped };
}
