import { vietnamToday } from '../../domain/common/dates.ts';
import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import type { FieldError, LocalizedText } from '../../domain/errors.ts';
import { checkCccd, maskCccd, maskPhone } from '../../domain/force/cccd.ts';
import { checkMemberEligibility } from '../../domain/force/eligibility.ts';
import type {
  AreaType,
  EducationLevel,
  MemberRole,
  MemberStatus,
  RecordStatus,
  Sex,
} from '../../domain/force/force.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { MemberHistoryTable, MemberTable } from '../db/schema.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import type {
  EligibilityCheck,
  Member,
  MemberCreate,
  MemberLeave,
  MemberListQuery,
  MemberStatusChange,
  MemberSummary,
  MemberUpdate,
} from '../../domain/force/force-api.schemas.ts';
import { parseJsonArray, requireForceWriter, resolveUnitFilter, scopeOf } from './force-scope.ts';
import {
  findActiveLeaders,
  findMemberHistory,
  findMemberInScope,
  findMemberPage,
  findMemberRecords,
  findMembersInForceByCccd,
  type MemberDetailRow,
  type MemberQuery,
  type MemberSummaryRow,
} from './members.repo.ts';
import { insertNameKeys, memberProvinceId, replaceNameKeys } from './member-name-keys.ts';
import { TEAM_NOT_FOUND } from './teams.service.ts';

export const MEMBER_NOT_FOUND = { vi: 'Không tìm thấy thành viên.', en: 'Member not found.' };

type Scope = Actor | SystemActor;
type Insertable<T> = Omit<T, 'version'>;

export function toMemberSummary(row: MemberSummaryRow): MemberSummary {
  return {
    id: row.id,
    fullName: row.fullName,
    dateOfBirth: row.dateOfBirth,
    sex: row.sex,
    cccd: maskCccd(row.cccd),
    phone: row.phone ? maskPhone(row.phone) : null,
    education: row.education as EducationLevel,
    role: row.role,
    origin: row.origin,
    status: row.status,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    team: { id: row.teamId, name: row.teamName },
    village: row.villageId && row.villageName ? { id: row.villageId, name: row.villageName } : null,
    leaveReason: row.leaveReason,
    leftOn: row.leftOn,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/** The list's filter as the repo takes it: a 12-digit text is a CCCD, anything else part of a name. */
export async function memberQueryOf(db: Db, actor: Actor, query: Omit<MemberListQuery, 'limit' | 'offset'>) {
  const unitPath = await resolveUnitFilter(db, actor, query.unitId);
  const text = query.q?.trim() ?? '';
  const isCccd = /^\d{12}$/.test(text.replace(/\s/g, ''));
  const repoQuery: MemberQuery = {
    unitPath,
    teamId: query.teamId,
    villageId: query.villageId,
    role: query.role,
    status: query.status,
    origin: query.origin,
    cccd: isCccd ? text.replace(/\s/g, '') : undefined,
    folded: !isCccd && text ? foldText(text) || undefined : undefined,
  };
  return repoQuery;
}

export async function listMembers(db: Db, actor: Actor, query: MemberListQuery) {
  const repoQuery = await memberQueryOf(db, actor, query);
  const { rows, total, totalCapped } = await findMemberPage(db, actor, repoQuery, query);
  return { items: rows.map(toMemberSummary), total, totalCapped };
}

function toMember(
  row: MemberDetailRow,
  history: Awaited<ReturnType<typeof findMemberHistory>>,
  records: Awaited<ReturnType<typeof findMemberRecords>>,
): Member {
  return {
    ...toMemberSummary(row),
    ethnicity: row.ethnicity,
    isVietnameseCitizen: row.isVietnameseCitizen === 1,
    residence: row.residence,
    residenceKind: row.residenceKind,
    residenceSince: row.residenceSince,
    recordStatus: row.recordStatus as RecordStatus,
    healthCertifiedOn: row.healthCertifiedOn,
    recognitionDecisionNumber: row.recognitionDecisionNumber,
    recognitionDecisionDate: row.recognitionDecisionDate,
    chairmanAgeException: row.chairmanAgeException === 1,
    suspendedFrom: row.suspendedFrom,
    leaveDecisionNumber: row.leaveDecisionNumber,
    certificateNumber: row.certificateNumber,
    certificateIssuedOn: row.certificateIssuedOn,
    namePlateIssuedOn: row.namePlateIssuedOn,
    healthInsuranceNumber: row.healthInsuranceNumber,
    note: row.note,
    previousUnit:
      row.previousUnitId && row.previousUnitCode && row.previousUnitName
        ? { id: row.previousUnitId, code: row.previousUnitCode, name: row.previousUnitName }
        : null,
    history: history.map((h) => ({
      effectiveDate: h.effectiveDate,
      change: h.change,
      unit: { id: h.unitId, code: h.unitCode, name: h.unitName },
      team: { id: h.teamId, name: h.teamName },
      role: h.role as MemberRole,
      status: h.status as MemberStatus,
      decisionNumber: h.decisionNumber,
      note: h.note,
      recordedAt: h.recordedAt,
    })),
    trainings: records.trainings.map((t) => ({
      id: t.id,
      eventId: t.eventId,
      kind: t.kind,
      title: t.title,
      startedOn: t.startedOn,
      endedOn: t.endedOn,
      passed: t.passed === null ? null : t.passed === 1,
    })),
    equipment: records.equipment.map((e) => ({
      id: e.id,
      item: e.item,
      quantity: e.quantity,
      issuedOn: e.issuedOn,
      returnedOn: e.returnedOn,
    })),
    merits: records.merits.map((m) => ({
      id: m.id,
      kind: m.kind,
      decisionNumber: m.decisionNumber,
      decisionDate: m.decisionDate,
      content: m.content,
    })),
    createdAt: row.createdAt,
  };
}

/** A change dated before the member's last recorded change would rewrite history: refused. */
async function requireDateAfterHistory(db: Db, memberId: string, date: string, path: string) {
  const last = await db
    .selectFrom('memberHistory')
    .select('effectiveDate')
    .where('memberId', '=', memberId)
    .orderBy('effectiveDate', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (last && date < last.effectiveDate) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      {
        path,
        message: `Ngày phải từ ${last.effectiveDate.split('-').reverse().join('/')} trở đi (ngày của thay đổi gần nhất trong quá trình tham gia)`,
      },
    ]);
  }
}

async function requireMember(db: Db, actor: Scope, id: string) {
  const row = await findMemberInScope(db, scopeOf(actor), id);
  if (!row) throw notFound(MEMBER_NOT_FOUND);
  return row;
}

export async function getMember(db: Db, actor: Scope, id: string): Promise<Member> {
  const row = await requireMember(db, actor, id);
  const [history, records] = await Promise.all([findMemberHistory(db, id), findMemberRecords(db, id)]);
  return toMember(row, history, records);
}

/** The whole CCCD and phone, for users whose scope holds the member's commune; every reveal is audited. */
export async function revealMember(db: Db, actor: Actor, id: string) {
  const row = await requireMember(db, actor, id);
  await recordAudit(db, actor, {
    action: 'reveal',
    entity: 'member',
    entityId: id,
    after: { fields: row.phone ? ['cccd', 'phone'] : ['cccd'], fullName: row.fullName },
  });
  return { cccd: row.cccd, phone: row.phone };
}

// ---- checks on entry ----

export interface TeamContext {
  id: string;
  name: string;
  unitId: string;
  /** The commune's path. */
  unitPath: string;
  status: 'active' | 'dissolved';
  /** Area types of the team's villages, by village id. */
  villages: Map<string, AreaType[]>;
}

/** A team in scope with its villages' area types (404 outside the scope). */
export async function requireTeamContext(db: Db, actor: Scope, teamId: string): Promise<TeamContext> {
  const team = await db
    .selectFrom('team')
    .innerJoin('unit', 'unit.id', 'team.unitId')
    .select(['team.id', 'team.name', 'team.unitId', 'team.status', 'unit.path'])
    .where('team.id', '=', teamId)
    .executeTakeFirst();
  if (!team || !team.path.startsWith(scopeOf(actor).scopePath)) throw notFound(TEAM_NOT_FOUND);
  const villages = await db
    .selectFrom('teamVillage')
    .innerJoin('village', 'village.id', 'teamVillage.villageId')
    .select(['village.id', 'village.areaTypes'])
    .where('teamVillage.teamId', '=', teamId)
    .execute();
  return {
    id: team.id,
    name: team.name,
    unitId: team.unitId,
    unitPath: team.path,
    status: team.status,
    villages: new Map(villages.map((v) => [v.id, parseJsonArray<AreaType>(v.areaTypes)])),
  };
}

/** The area types where the member serves: their village's, else those of any village of their team. */
export async function villageAreaTypes(db: Db, team: TeamContext, villageId: string | null | undefined) {
  if (villageId) {
    const own = team.villages.get(villageId);
    if (own) return own;
    const village = await db
      .selectFrom('village')
      .select(['areaTypes', 'unitId'])
      .where('id', '=', villageId)
      .executeTakeFirst();
    if (!village || village.unitId !== team.unitId) {
      throw new AppError('VALIDATION_FAILED', undefined, [
        { path: '/villageId', message: 'Thôn, tổ dân phố không thuộc xã của Tổ' },
      ]);
    }
    return parseJsonArray<AreaType>(village.areaTypes);
  }
  return [...new Set([...team.villages.values()].flat())];
}

export interface MemberFacts {
  fullName: string;
  dateOfBirth: string;
  sex: Sex;
  cccd: string;
  isVietnameseCitizen: boolean;
  education: EducationLevel;
  residenceSince: string;
  recordStatus: RecordStatus;
  healthCertifiedOn: string | null;
  chairmanAgeException: boolean;
  status: MemberStatus;
}

/** Art. 13 criteria and the CCCD's agreement with the date of birth and sex: field errors, in Vietnamese. */
export function memberProblems(
  member: MemberFacts,
  areaTypes: readonly AreaType[],
  asOf: string,
): FieldError[] {
  const errors: FieldError[] = checkCccd(member.cccd, {
    dateOfBirth: member.dateOfBirth,
    sex: member.sex,
  }).map((p) => ({ path: '/cccd', message: p.message.vi }));
  if (member.status === 'left') return errors;
  for (const problem of checkMemberEligibility(member, { asOf, villageAreaTypes: areaTypes })) {
    errors.push({ path: `/${problem.field}`, message: problem.message.vi });
  }
  return errors;
}

const NOT_ELIGIBLE: LocalizedText = {
  vi: 'Chưa đủ tiêu chuẩn tham gia lực lượng bảo vệ an ninh, trật tự ở cơ sở (Điều 13 Luật 30/2023/QH15); xem lý do ở từng trường.',
  en: 'The person does not meet the criteria of Law 30/2023, Art. 13; see the reason on each field.',
};

export function notEligible(errors: FieldError[]) {
  return new AppError(
    'INVALID_STATE',
    { vi: `${NOT_ELIGIBLE.vi} ${errors.map((e) => e.message).join(' ')}`, en: NOT_ELIGIBLE.en },
    errors,
  );
}

function leaderTaken(teamName: string, leaderName: string) {
  return conflict(
    {
      vi: `Tổ "${teamName}" đã có Tổ trưởng ${leaderName}. Mỗi Tổ chỉ có 01 Tổ trưởng: hãy đổi chức danh của Tổ trưởng hiện tại trước.`,
      en: `Team "${teamName}" already has a leader (${leaderName}); each team has one: change the current leader's role first.`,
    },
    [{ path: '/role', message: `Tổ đã có Tổ trưởng ${leaderName}` }],
  );
}

function cccdTaken(sameCommune: boolean, name: string) {
  return conflict(
    {
      vi: sameCommune
        ? `Số CCCD này đã có trong danh sách: ${name}.`
        : 'Số CCCD này đã là thành viên của một Tổ ở xã khác.',
      en: sameCommune
        ? `This CCCD is already listed: ${name}.`
        : 'This CCCD is already a member in another commune.',
    },
    [{ path: '/cccd', message: 'Số CCCD đã có trong lực lượng' }],
  );
}

async function requireFreeLeaderSeat(db: Db, team: TeamContext, exceptMemberId?: string) {
  const leader = (await findActiveLeaders(db, [team.id])).get(team.id);
  if (leader && leader.id !== exceptMemberId) throw leaderTaken(team.name, leader.fullName);
}

async function requireFreeCccd(db: Db, cccd: string, unitId: string, exceptMemberId?: string) {
  const holder = (await findMembersInForceByCccd(db, [cccd])).get(cccd);
  if (holder && holder.id !== exceptMemberId) throw cccdTaken(holder.unitId === unitId, holder.fullName);
}

const DISSOLVED_TEAM = {
  vi: 'Tổ đã giải thể: chọn một Tổ đang hoạt động.',
  en: 'The team is dissolved: choose an active team.',
};

/** Unique indexes backstop the checks above under concurrent writes: they answer 409 too. */
function isUniqueViolation(err: unknown): boolean {
  const text = err instanceof Error ? `${err.message} ${(err as { code?: string }).code ?? ''}` : '';
  return /UNIQUE constraint failed|23505|duplicate key/i.test(text);
}

export async function withUniqueAs409<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict({
        vi: 'Trùng dữ liệu: số CCCD đã có trong lực lượng, hoặc Tổ đã có Tổ trưởng. Tải lại rồi thử lại.',
        en: 'Duplicate: the CCCD is already in the force, or the team already has a leader. Reload and retry.',
      });
    }
    throw err;
  }
}

export function historyRow(
  actor: Scope,
  member: { id: string; unitId: string; teamId: string; role: string; status: string },
  change: MemberHistoryTable['change'],
  effectiveDate: string,
  extra: { decisionNumber?: string | null; note?: string | null } = {},
): MemberHistoryTable {
  return {
    id: randomUUID(),
    memberId: member.id,
    effectiveDate,
    change,
    unitId: member.unitId,
    teamId: member.teamId,
    role: member.role,
    status: member.status,
    decisionNumber: extra.decisionNumber ?? null,
    note: extra.note ?? null,
    recordedBy: actor.userId,
    recordedAt: actor.now,
  };
}

/** The member row for an input (create and import share it). */
export function memberRow(
  actor: Scope,
  id: string,
  commune: { id: string; path: string },
  input: MemberCreate,
): Insertable<MemberTable> {
  return {
    id,
    unitId: commune.id,
    provinceId: memberProvinceId(commune.path),
    previousUnitId: null,
    teamId: input.teamId,
    villageId: input.villageId ?? null,
    fullName: input.fullName,
    searchName: foldText(input.fullName),
    dateOfBirth: input.dateOfBirth,
    sex: input.sex,
    ethnicity: input.ethnicity,
    isVietnameseCitizen: input.isVietnameseCitizen ? 1 : 0,
    cccd: input.cccd,
    residence: input.residence,
    residenceKind: input.residenceKind,
    residenceSince: input.residenceSince,
    phone: input.phone,
    education: input.education,
    recordStatus: input.recordStatus,
    healthCertifiedOn: input.healthCertifiedOn,
    role: input.role,
    origin: input.origin,
    status: input.status,
    recognitionDecisionNumber: input.recognitionDecisionNumber,
    recognitionDecisionDate: input.recognitionDecisionDate,
    chairmanAgeException: input.chairmanAgeException ? 1 : 0,
    suspendedFrom:
      input.status === 'suspended' ? (input.recognitionDecisionDate ?? vietnamToday(actor.now)) : null,
    leaveReason: input.status === 'left' ? input.leaveReason : null,
    leftOn: input.status === 'left' ? input.leftOn : null,
    leaveDecisionNumber: null,
    certificateNumber: input.certificateNumber,
    certificateIssuedOn: input.certificateIssuedOn,
    namePlateIssuedOn: input.namePlateIssuedOn,
    healthInsuranceNumber: input.healthInsuranceNumber,
    note: input.note,
    createdAt: actor.now,
    updatedAt: actor.now,
  };
}

/** The day the criteria are checked on: the recognition decision's date when given, else today. */
export const entryDate = (actor: Scope, input: { recognitionDecisionDate?: string | null }) =>
  input.recognitionDecisionDate ?? vietnamToday(actor.now);

export async function createMember(db: Db, actor: Scope, input: MemberCreate): Promise<Member> {
  requireForceWriter(actor);
  const team = await requireTeamContext(db, actor, input.teamId);
  if (team.status !== 'active') throw new AppError('INVALID_STATE', DISSOLVED_TEAM);
  const areaTypes = await villageAreaTypes(db, team, input.villageId);
  const asOf = entryDate(actor, input);
  const errors = memberProblems(input, areaTypes, asOf);
  if (errors.length > 0) throw notEligible(errors);
  const id = randomUUID();
  await withUniqueAs409(() =>
    db.transaction().execute(async (trx) => {
      if (input.status !== 'left') await requireFreeCccd(trx, input.cccd, team.unitId);
      if (input.role === 'to_truong' && input.status === 'active') await requireFreeLeaderSeat(trx, team);
      const row = memberRow(actor, id, { id: team.unitId, path: team.unitPath }, input);
      await trx.insertInto('member').values(row).execute();
      await insertNameKeys(trx, [row]);
      const joined = historyRow(actor, { ...row, status: 'active' }, 'joined', asOf, {
        decisionNumber: input.recognitionDecisionNumber,
      });
      await trx.insertInto('memberHistory').values(joined).execute();
      if (input.status === 'left' && input.leftOn) {
        await trx
          .insertInto('memberHistory')
          .values(historyRow(actor, row, 'left', input.leftOn))
          .execute();
      }
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'member',
        entityId: id,
        after: auditView({
          ...input,
          cccd: maskCccd(input.cccd),
          phone: input.phone ? maskPhone(input.phone) : null,
        }),
      });
    }),
  );
  return getMember(db, actor, id);
}

/** What the audit log keeps of a member: no whole CCCD or phone (Nghị định 13/2023). */
function auditView(member: Record<string, unknown>) {
  const { cccd, phone } = member;
  return {
    ...member,
    ...(typeof cccd === 'string' ? { cccd: maskCccd(cccd) } : {}),
    ...(typeof phone === 'string' ? { phone: maskPhone(phone) } : {}),
  };
}

const ELIGIBILITY_FIELDS = [
  'dateOfBirth',
  'sex',
  'cccd',
  'isVietnameseCitizen',
  'education',
  'residenceSince',
  'recordStatus',
  'healthCertifiedOn',
  'chairmanAgeException',
  'villageId',
  'teamId',
] as const;

export async function updateMember(db: Db, actor: Actor, id: string, input: MemberUpdate): Promise<Member> {
  requireForceWriter(actor);
  const current = await requireMember(db, actor, id);
  if (current.status === 'left') {
    throw new AppError('INVALID_STATE', {
      vi: 'Thành viên đã thôi tham gia: hồ sơ được giữ nguyên, không sửa được.',
      en: 'The member has left: the record is kept as it was.',
    });
  }
  const { version, effectiveDate, ...changes } = input;
  const merged = {
    fullName: changes.fullName ?? current.fullName,
    dateOfBirth: changes.dateOfBirth ?? current.dateOfBirth,
    sex: changes.sex ?? current.sex,
    cccd: changes.cccd ?? current.cccd,
    isVietnameseCitizen: changes.isVietnameseCitizen ?? current.isVietnameseCitizen === 1,
    education: changes.education ?? (current.education as EducationLevel),
    residenceSince: changes.residenceSince ?? current.residenceSince,
    recordStatus: changes.recordStatus ?? (current.recordStatus as RecordStatus),
    healthCertifiedOn:
      changes.healthCertifiedOn !== undefined ? changes.healthCertifiedOn : current.healthCertifiedOn,
    chairmanAgeException: changes.chairmanAgeException ?? current.chairmanAgeException === 1,
    status: current.status,
  };
  const teamId = changes.teamId ?? current.teamId;
  const villageId = changes.villageId !== undefined ? changes.villageId : current.villageId;
  const role = changes.role ?? current.role;
  const team = await requireTeamContext(db, actor, teamId);
  if (teamId !== current.teamId) {
    if (team.status !== 'active') throw new AppError('INVALID_STATE', DISSOLVED_TEAM);
    if (team.unitId !== current.unitId) {
      throw new AppError('VALIDATION_FAILED', undefined, [
        {
          path: '/teamId',
          message: 'Chỉ chuyển được sang Tổ của cùng xã (chuyển xã: thôi tham gia rồi công nhận lại)',
        },
      ]);
    }
  }
  // The criteria are checked again when a fact they read changes, on the day the member was recognised.
  if (ELIGIBILITY_FIELDS.some((field) => changes[field] !== undefined)) {
    const areaTypes = await villageAreaTypes(db, team, villageId);
    const asOf = current.recognitionDecisionDate ?? current.createdAt.slice(0, 10);
    const errors = memberProblems(merged, areaTypes, asOf);
    if (errors.length > 0) throw notEligible(errors);
  }
  const when = effectiveDate ?? vietnamToday(actor.now);
  if (teamId !== current.teamId || role !== current.role)
    await requireDateAfterHistory(db, id, when, '/effectiveDate');
  await withUniqueAs409(() =>
    db.transaction().execute(async (trx) => {
      if (merged.cccd !== current.cccd) await requireFreeCccd(trx, merged.cccd, current.unitId, id);
      if (
        role === 'to_truong' &&
        current.status === 'active' &&
        (role !== current.role || teamId !== current.teamId)
      )
        await requireFreeLeaderSeat(trx, team, id);
      const set: Partial<MemberTable> = {
        ...changes,
        isVietnameseCitizen:
          changes.isVietnameseCitizen === undefined ? undefined : changes.isVietnameseCitizen ? 1 : 0,
        chairmanAgeException:
          changes.chairmanAgeException === undefined ? undefined : changes.chairmanAgeException ? 1 : 0,
        searchName: changes.fullName ? foldText(changes.fullName) : undefined,
        updatedAt: actor.now,
      };
      const result = await trx
        .updateTable('member')
        .set({ ...set, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw conflict();
      if (changes.fullName && changes.fullName !== current.fullName)
        await replaceNameKeys(trx, {
          id,
          fullName: changes.fullName,
          searchName: foldText(changes.fullName),
          unitId: current.unitId,
          provinceId: current.provinceId,
        });
      const after = { id, unitId: current.unitId, teamId, role, status: current.status };
      if (teamId !== current.teamId)
        await trx
          .insertInto('memberHistory')
          .values(historyRow(actor, after, 'team', when))
          .execute();
      else if (role !== current.role)
        await trx
          .insertInto('memberHistory')
          .values(historyRow(actor, after, 'role', when))
          .execute();
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'member',
        entityId: id,
        before: auditView({
          teamId: current.teamId,
          role: current.role,
          ...Object.fromEntries(Object.keys(changes).map((k) => [k, current[k as keyof MemberDetailRow]])),
        }),
        after: auditView(changes),
      });
    }),
  );
  return getMember(db, actor, id);
}

/** Leaving the force (Art. 17(3), reasons a–d): the record stays, with the reason, the date and the decision. */
export async function leaveMember(db: Db, actor: Actor, id: string, input: MemberLeave): Promise<Member> {
  requireForceWriter(actor);
  const current = await requireMember(db, actor, id);
  if (current.status === 'left') {
    throw new AppError('INVALID_STATE', {
      vi: 'Thành viên đã thôi tham gia từ trước.',
      en: 'The member has already left.',
    });
  }
  await requireDateAfterHistory(db, id, input.date, '/date');
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('member')
      .set({
        status: 'left',
        leaveReason: input.reason,
        leftOn: input.date,
        leaveDecisionNumber: input.decisionNumber ?? null,
        updatedAt: actor.now,
        version: input.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await trx
      .insertInto('memberHistory')
      .values(
        historyRow(actor, { ...current, status: 'left' }, 'left', input.date, {
          decisionNumber: input.decisionNumber,
          note: input.note,
        }),
      )
      .execute();
    await recordAudit(trx, actor, {
      action: 'leave',
      entity: 'member',
      entityId: id,
      before: { status: current.status },
      after: { status: 'left', ...input },
    });
  });
  return getMember(db, actor, id);
}

/** Suspend, or reinstate a suspended member (a member who left comes back only through a new recognition). */
export async function changeMemberStatus(
  db: Db,
  actor: Actor,
  id: string,
  input: MemberStatusChange,
): Promise<Member> {
  requireForceWriter(actor);
  const current = await requireMember(db, actor, id);
  if (current.status === 'left') {
    throw new AppError('INVALID_STATE', {
      vi: 'Thành viên đã thôi tham gia: muốn tham gia lại phải qua thủ tục tuyển chọn và công nhận mới.',
      en: 'The member has left: rejoining needs a new selection and recognition.',
    });
  }
  if (current.status === input.status) {
    throw new AppError('INVALID_STATE', {
      vi: input.status === 'active' ? 'Thành viên đang tham gia.' : 'Thành viên đang bị tạm đình chỉ.',
      en: `The member is already ${input.status}.`,
    });
  }
  await requireDateAfterHistory(db, id, input.date, '/date');
  await withUniqueAs409(() =>
    db.transaction().execute(async (trx) => {
      if (input.status === 'active' && current.role === 'to_truong') {
        const team = await requireTeamContext(trx, actor, current.teamId);
        await requireFreeLeaderSeat(trx, team, id);
      }
      const result = await trx
        .updateTable('member')
        .set({
          status: input.status,
          suspendedFrom: input.status === 'suspended' ? input.date : null,
          updatedAt: actor.now,
          version: input.version + 1,
        })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw conflict();
      await trx
        .insertInto('memberHistory')
        .values(
          historyRow(actor, { ...current, status: input.status }, 'status', input.date, { note: input.note }),
        )
        .execute();
      await recordAudit(trx, actor, {
        action: input.status === 'active' ? 'reinstate' : 'suspend',
        entity: 'member',
        entityId: id,
        before: { status: current.status },
        after: { status: input.status, date: input.date, note: input.note ?? null },
      });
    }),
  );
  return getMember(db, actor, id);
}

/** The criteria on a draft, as the form fills in: nothing written. */
export async function checkEligibility(db: Db, actor: Actor, input: EligibilityCheck) {
  let areaTypes: AreaType[] = [];
  if (input.teamId)
    areaTypes = await villageAreaTypes(
      db,
      await requireTeamContext(db, actor, input.teamId),
      input.villageId,
    );
  const errors = memberProblems(input, areaTypes, input.asOf ?? entryDate(actor, input));
  if (input.role === 'to_truong' && input.teamId && input.status === 'active') {
    const leader = (await findActiveLeaders(db, [input.teamId])).get(input.teamId);
    if (leader && leader.id !== input.memberId)
      errors.push({ path: '/role', message: `Tổ đã có Tổ trưởng ${leader.fullName}` });
  }
  return { eligible: errors.length === 0, errors };
}
