// Fills the pure computation's input (src/domain/payroll) from the force register and the payroll tables, for
// many communes at once: every read is one set-based query per batch of communes (no query per member).
import type { BaseSalaryEntry } from '../../domain/payroll/base-salary.ts';
import { dateOfDay, dayAfter, dayBefore, daysInMonth } from '../../domain/payroll/calendar.ts';
import type { DateInterval, PayrollMemberInput, PostInterval } from '../../domain/payroll/compute-payroll.ts';
import type { PayrollRole, RoundingRule } from '../../domain/payroll/constants.ts';
import type { Rate, RateSet } from '../../domain/payroll/rate-sets.ts';
import type { ApproverLevel } from '../../domain/payroll/payroll-api.schemas.ts';
import { type Db, selectArrays } from '../db/database.ts';
import type { PayrollRateSetTable } from '../db/schema.ts';
import { compareVietnamese, vietnameseOrderKey } from '../../domain/common/text.ts';
import { parseJsonArray, provinceIdOf } from '../force/force-scope.ts';
import type { Selectable } from 'kysely';

export interface CommuneRef {
  id: string;
  code: string;
  name: string;
  path: string;
  parentId: string | null;
}

/** Training record kinds that count as training days (tập huấn, bồi dưỡng, huấn luyện, diễn tập). */
export const TRAINING_KINDS = ['training', 'refresher', 'drill'] as const;

/**
 * Ids per `in (...)` list (the training records, and the history of members a merger moved). With 5,000
 * PostgreSQL planned a scan of the whole table for each list; with 2,000 it probes the member index.
 */
const CHUNK = 2000;

export const monthStart = (month: string) => dateOfDay(month, 1);
export const monthEnd = (month: string) => dateOfDay(month, daysInMonth(month));

export interface MemberMonth {
  memberId: string;
  fullName: string;
  teamId: string;
  teamName: string;
  /** Role on the member's last day in post in the commune in the month (or their current role). */
  role: PayrollRole;
  posts: PostInterval[];
  suspensions: DateInterval[];
  /** Calendar days in post in the month, suspension days left out. */
  daysInPost: number;
  days: DaysEntry | null;
  trainingDaysFromRecords: number;
}

export interface DaysEntry {
  dutyAssigned: number;
  dutyNight: number;
  dutyHoliday: number;
  dutyHazardous: number;
  trainingDays: number | null;
}

export interface CommuneMonth {
  commune: CommuneRef;
  members: MemberMonth[];
}

interface HistoryRow {
  memberId: string;
  effectiveDate: string;
  unitId: string;
  teamId: string;
  role: string;
  status: string;
  recordedAt: string;
  id: string;
}

const ROLES = new Set<string>(['to_truong', 'to_pho', 'to_vien']);

/**
 * A member's posts in `communeId` that touch the month (`start`–`end`), from their history (each row holds
 * from its date to the eve of the next row's). Active and suspended stretches are in post (a suspension is
 * listed apart; the computation decides whether it counts); 'left' is not: the leaving date is the first day
 * out of post.
 */
export function postsFromHistory(rows: readonly HistoryRow[], communeId: string, start: string, end: string) {
  const posts: PostInterval[] = [];
  const suspensions: DateInterval[] = [];
  let teamId: string | null = null;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    const next = rows[i + 1];
    const from = row.effectiveDate;
    const to = next ? dayBefore(next.effectiveDate) : null;
    if (to !== null && to < from) continue; // superseded on the same day
    if (row.unitId !== communeId || !ROLES.has(row.role)) continue;
    if (row.status !== 'active' && row.status !== 'suspended') continue;
    if (from > end || (to !== null && to < start)) continue;
    const clippedFrom = from < start ? start : from;
    const clippedTo = to === null || to > end ? end : to;
    const role = row.role as PayrollRole;
    const last = posts[posts.length - 1];
    if (last && last.role === role && last.to !== null && dayAfter(last.to) === clippedFrom) {
      last.to = clippedTo;
    } else {
      posts.push({ from: clippedFrom, to: clippedTo, role });
    }
    if (row.status === 'suspended') {
      const s = suspensions[suspensions.length - 1];
      if (s && s.to !== null && dayAfter(s.to) === clippedFrom) s.to = clippedTo;
      else suspensions.push({ from: clippedFrom, to: clippedTo });
    }
    teamId = row.teamId;
  }
  return { posts, suspensions, teamId };
}

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

function countDays(intervals: readonly DateInterval[]): number {
  let n = 0;
  for (const i of intervals) {
    const to = i.to ?? i.from;
    // Intervals clipped to one month (the usual case): the day numbers are in the text.
    n +=
      to.slice(0, 8) === i.from.slice(0, 8)
        ? Number(to.slice(8, 10)) - Number(i.from.slice(8, 10)) + 1
        : dayNumber(to) - dayNumber(i.from) + 1;
  }
  return n;
}

/** Distinct days of the month covered by training records (an open record counts its first day only). */
function trainingDaysOf(records: readonly { startedOn: string; endedOn: string | null }[], month: string) {
  const start = monthStart(month);
  const end = monthEnd(month);
  const days = new Set<string>();
  for (const r of records) {
    let day = r.startedOn < start ? start : r.startedOn;
    const last = r.endedOn === null ? r.startedOn : r.endedOn > end ? end : r.endedOn;
    while (day <= last) {
      days.add(day);
      day = dayAfter(day);
    }
  }
  return days.size;
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The members in post in each commune during the month (or with days recorded there), with their posts, team,
 * days and training days. One query each for the communes' history rows, register and days, and per 2,000
 * members one for their training records (and their whole history, for those a merger moved): no query per
 * member.
 */
export async function loadCommuneMonths(
  db: Db,
  communes: readonly CommuneRef[],
  month: string,
): Promise<CommuneMonth[]> {
  if (communes.length === 0) return [];
  const start = monthStart(month);
  const end = monthEnd(month);
  const ids = communes.map((c) => c.id);
  // The history rows of these communes by the history's (unit, member) index, and the register by its
  // unit index: the rows of one commune lie together in both, so these reads go down the tables instead of
  // jumping from member to member. A member's rows leave one commune only at a merger (a member cannot move to
  // another commune's team; joining elsewhere is a new member), so these rows are the whole history of every
  // member except those who left by a merger (not in the register here) or came in by one (a 'merger' row
  // here): their whole history is read by id — as is the history of a member with two rows on one date, the
  // only rows whose order needs the recording time and id (left out of the commune read: two strings less a
  // member). Read as arrays (selectArrays): at 400,000 members an object per row cost as much as the read.
  const rowColumns = ['memberId', 'effectiveDate', 'unitId', 'teamId', 'role', 'status'] as const;
  const localColumns = [...rowColumns, 'change'] as const;
  const historyColumns = [...rowColumns, 'recordedAt', 'id'] as const;
  type RowArray = [
    memberId: string,
    effectiveDate: string,
    unitId: string,
    teamId: string,
    role: string,
    status: string,
  ];
  type LocalArray = [...RowArray, change: string];
  type HistoryArray = [...RowArray, recordedAt: string, id: string];
  const [localRows, present, daysRows] = await Promise.all([
    // No ORDER BY: each member's rows are sorted below.
    selectArrays<LocalArray>(
      db,
      db.selectFrom('memberHistory').select(localColumns).where('unitId', 'in', ids),
    ),
    selectArrays<[id: string, fullName: string, teamId: string, role: PayrollRole]>(
      db,
      db.selectFrom('member').select(['id', 'fullName', 'teamId', 'role']).where('unitId', 'in', ids),
    ),
    selectArrays<[unitId: string, memberId: string, ...counts: number[]]>(
      db,
      db
        .selectFrom('payrollDays')
        .select([
          'unitId',
          'memberId',
          'dutyAssigned',
          'dutyNight',
          'dutyHoliday',
          'dutyHazardous',
          'trainingDays',
        ])
        .where('unitId', 'in', ids)
        .where('month', '=', month),
    ),
  ]);
  const nameOf = new Map<string, { fullName: string; teamId: string; role: PayrollRole }>();
  // Rows by index, not destructured by for…of: no iterator per row (hundreds of thousands of them).
  for (let i = 0; i < present.length; i += 1) {
    const row = present[i]!;
    nameOf.set(row[0], { fullName: row[1], teamId: row[2], role: row[3] });
  }
  // The members who passed through these communes by the month's end.
  const seen = new Set<string>();
  /** Read by id: came in by a merger, or two rows on one date. */
  const byId = new Set<string>();
  const datesOf = new Map<string, string | Set<string>>();
  for (let i = 0; i < localRows.length; i += 1) {
    const row = localRows[i]!;
    const memberId = row[0];
    const effectiveDate = row[1];
    if (effectiveDate <= end) seen.add(memberId);
    if (row[6] === 'merger') byId.add(memberId);
    const dates = datesOf.get(memberId);
    if (dates === undefined) datesOf.set(memberId, effectiveDate);
    else if (typeof dates === 'string') {
      if (dates === effectiveDate) byId.add(memberId);
      else datesOf.set(memberId, new Set([dates, effectiveDate]));
    } else if (dates.has(effectiveDate)) byId.add(memberId);
    else dates.add(effectiveDate);
  }
  const memberIds = [...seen];
  const movedAway = memberIds.filter((id) => !nameOf.has(id));
  const elsewhere = memberIds.filter((id) => !nameOf.has(id) || byId.has(id));
  // By id, CHUNK ids per list.
  const [wholeParts, trainingParts, movedParts] = await Promise.all([
    Promise.all(
      chunks(elsewhere).map((part) =>
        selectArrays<HistoryArray>(
          db,
          db.selectFrom('memberHistory').select(historyColumns).where('memberId', 'in', part),
        ),
      ),
    ),
    Promise.all(
      chunks(memberIds).map((part) =>
        db
          .selectFrom('memberTraining')
          .select(['memberId', 'startedOn', 'endedOn'])
          .where('memberId', 'in', part)
          .where('kind', 'in', [...TRAINING_KINDS])
          .where('startedOn', '<=', end)
          .where((eb) =>
            eb.or([
              eb('endedOn', '>=', start),
              eb.and([eb('endedOn', 'is', null), eb('startedOn', '>=', start)]),
            ]),
          )
          .execute(),
      ),
    ),
    Promise.all(
      chunks(movedAway).map((part) =>
        db
          .selectFrom('member')
          .select(['id', 'fullName', 'teamId', 'role'])
          .where('id', 'in', part)
          .execute(),
      ),
    ),
  ]);
  for (const m of movedParts.flat()) nameOf.set(m.id, m);
  const training = trainingParts.flat();
  const elsewhereSet = new Set(elsewhere);

  const historyOf = new Map<string, HistoryRow[]>();
  const add = (entry: HistoryRow) => {
    const list = historyOf.get(entry.memberId);
    if (list) list.push(entry);
    else historyOf.set(entry.memberId, [entry]);
  };
  for (let i = 0; i < localRows.length; i += 1) {
    const row = localRows[i]!;
    if (!seen.has(row[0]) || elsewhereSet.has(row[0])) continue;
    // No two rows on one date: the date alone orders them.
    add({
      memberId: row[0],
      effectiveDate: row[1],
      unitId: row[2],
      teamId: row[3],
      role: row[4],
      status: row[5],
      recordedAt: '',
      id: '',
    });
  }
  for (const part of wholeParts) {
    for (const [memberId, effectiveDate, unitId, teamId, role, status, recordedAt, id] of part) {
      add({ memberId, effectiveDate, unitId, teamId, role, status, recordedAt, id });
    }
  }
  const byDate = (a: HistoryRow, b: HistoryRow) =>
    a.effectiveDate < b.effectiveDate
      ? -1
      : a.effectiveDate > b.effectiveDate
        ? 1
        : a.recordedAt < b.recordedAt
          ? -1
          : a.recordedAt > b.recordedAt
            ? 1
            : a.id < b.id
              ? -1
              : a.id > b.id
                ? 1
                : 0;
  for (const rows of historyOf.values()) if (rows.length > 1) rows.sort(byDate);
  const trainingOf = new Map<string, { startedOn: string; endedOn: string | null }[]>();
  for (const row of training) {
    const list = trainingOf.get(row.memberId);
    if (list) list.push(row);
    else trainingOf.set(row.memberId, [row]);
  }
  const daysOf = new Map<string, Map<string, DaysEntry>>();
  for (const [
    unitId,
    memberId,
    dutyAssigned,
    dutyNight,
    dutyHoliday,
    dutyHazardous,
    trainingDays,
  ] of daysRows) {
    let byMember = daysOf.get(unitId);
    if (!byMember) daysOf.set(unitId, (byMember = new Map<string, DaysEntry>()));
    byMember.set(memberId, {
      dutyAssigned: Number(dutyAssigned),
      dutyNight: Number(dutyNight),
      dutyHoliday: Number(dutyHoliday),
      dutyHazardous: Number(dutyHazardous),
      trainingDays: trainingDays === null || trainingDays === undefined ? null : Number(trainingDays),
    });
  }

  // Members per commune: every commune their history passes through in the month.
  const byCommune = new Map<string, MemberMonth[]>(ids.map((id) => [id, []]));
  const teamIds = new Set<string>();
  const idSet = new Set(ids);
  const place = (
    communeId: string,
    memberId: string,
    rows: readonly HistoryRow[],
    member: { fullName: string; teamId: string; role: PayrollRole },
    trainingDaysFromRecords: number,
  ) => {
    const { posts, suspensions, teamId } = postsFromHistory(rows, communeId, start, end);
    const days = daysOf.get(communeId)?.get(memberId) ?? null;
    if (posts.length === 0 && !days) return;
    const team = teamId ?? rows.filter((r) => r.unitId === communeId).at(-1)?.teamId ?? member.teamId;
    teamIds.add(team);
    const inPost = countDays(posts) - countDays(suspensions);
    byCommune.get(communeId)!.push({
      memberId,
      fullName: member.fullName,
      teamId: team,
      teamName: '',
      role: posts.at(-1)?.role ?? member.role,
      posts,
      suspensions,
      daysInPost: inPost,
      days,
      trainingDaysFromRecords,
    });
  };
  // forEach, not for…of: no [key, value] array per member.
  historyOf.forEach((rows, memberId) => {
    const member = nameOf.get(memberId);
    if (!member) return;
    const records = trainingOf.get(memberId);
    const trainingDays = records ? trainingDaysOf(records, month) : 0;
    if (rows.length === 1) {
      if (idSet.has(rows[0]!.unitId)) place(rows[0]!.unitId, memberId, rows, member, trainingDays);
      return;
    }
    for (const communeId of new Set(rows.filter((r) => idSet.has(r.unitId)).map((r) => r.unitId))) {
      place(communeId, memberId, rows, member, trainingDays);
    }
  });
  // The communes' own teams by the team index on the unit (500 ids, not thousands), then any other by id.
  const teamName = new Map<string, string>();
  const own = await selectArrays<[id: string, name: string]>(
    db,
    db.selectFrom('team').select(['id', 'name']).where('unitId', 'in', ids),
  );
  for (const [id, name] of own) if (teamIds.has(id)) teamName.set(id, name);
  for (const part of chunks([...teamIds].filter((id) => !teamName.has(id)))) {
    const rows = await db.selectFrom('team').select(['id', 'name']).where('id', 'in', part).execute();
    for (const t of rows) teamName.set(t.id, t.name);
  }
  const out = communes.map((commune) => {
    const members = byCommune.get(commune.id)!;
    for (const m of members) m.teamName = teamName.get(m.teamId) ?? '';
    // Team names ranked once per commune, not compared per member (names that compare equal share a rank).
    const names = [...new Set(members.map((m) => m.teamName))].sort((a, b) => compareVietnamese(a, b));
    const rank = new Map<string, number>();
    names.forEach((name, i) => {
      const previous = names[i - 1];
      rank.set(
        name,
        previous !== undefined && compareVietnamese(previous, name) === 0 ? rank.get(previous)! : i,
      );
    });
    // Sorted on keys made once per member (team rank, role, name's order key): names compare by their order
    // keys, the collator only for ties — the collator alone was a tenth of a national run.
    const keyed = members.map((m) => ({
      m,
      team: rank.get(m.teamName)!,
      role: ROLE_ORDER[m.role],
      name: vietnameseOrderKey(m.fullName),
    }));
    keyed.sort(
      (a, b) =>
        a.team - b.team ||
        a.role - b.role ||
        compareVietnamese(a.m.fullName, b.m.fullName, a.name, b.name) ||
        (a.m.memberId < b.m.memberId ? -1 : 1),
    );
    for (let i = 0; i < keyed.length; i += 1) members[i] = keyed[i]!.m;
    return { commune, members };
  });
  return out;
}

const ROLE_ORDER: Record<PayrollRole, number> = { to_truong: 0, to_pho: 1, to_vien: 2 };

/** The computation's member input: days entered, training days entered or from the records. */
export function toMemberInput(m: MemberMonth, dim: number): PayrollMemberInput {
  return {
    memberId: m.memberId,
    fullName: m.fullName,
    teamId: m.teamId,
    teamName: m.teamName,
    posts: m.posts,
    suspensions: m.suspensions,
    dutyDays: {
      assigned: m.days?.dutyAssigned ?? 0,
      night: m.days?.dutyNight ?? 0,
      holiday: m.days?.dutyHoliday ?? 0,
      hazardous: m.days?.dutyHazardous ?? 0,
    },
    trainingDays: Math.min(m.days?.trainingDays ?? m.trainingDaysFromRecords, dim),
  };
}

export async function loadBaseSalaries(db: Db): Promise<BaseSalaryEntry[]> {
  const rows = await db
    .selectFrom('payrollBaseSalary')
    .select(['fromDate', 'toDate', 'amount', 'source'])
    .orderBy('fromDate')
    .execute();
  return rows.map((r) => ({ from: r.fromDate, to: r.toDate, amount: r.amount, source: r.source }));
}

export function toRateSet(row: Selectable<PayrollRateSetTable>): RateSet {
  return {
    id: row.id,
    title: row.title,
    province: row.provinceName,
    resolution:
      row.resolutionIssuer === null
        ? null
        : { number: row.resolutionNumber, date: row.resolutionDate, issuer: row.resolutionIssuer },
    source: row.source,
    isExample: row.isExample === 1,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    rates: parseJsonArray<Rate>(row.rates),
    notes: parseJsonArray<string>(row.notes),
  };
}

export interface ProvinceMonth {
  rateSets: RateSet[];
  roundingRule: RoundingRule;
  approver: ApproverLevel;
}

/**
 * Per province: the sets in force during the month (each assigned set clipped to its assignment and its own
 * dates), the rounding rule and who approves.
 */
export async function loadProvinceMonths(
  db: Db,
  provinceIds: readonly string[],
  month: string,
): Promise<Map<string, ProvinceMonth>> {
  const start = monthStart(month);
  const end = monthEnd(month);
  const ids = [...new Set(provinceIds)];
  const result = new Map<string, ProvinceMonth>(
    ids.map((id) => [id, { rateSets: [], roundingRule: 'dong', approver: 'district' }]),
  );
  if (ids.length === 0) return result;
  const [assignments, settings] = await Promise.all([
    db
      .selectFrom('payrollRateAssignment as a')
      .innerJoin('payrollRateSet as s', 's.id', 'a.rateSetId')
      .selectAll('s')
      .select(['a.provinceId as assignedTo', 'a.fromDate', 'a.toDate'])
      .where('a.provinceId', 'in', ids)
      .where('a.fromDate', '<=', end)
      .where((eb) => eb.or([eb('a.toDate', 'is', null), eb('a.toDate', '>=', start)]))
      .orderBy('a.fromDate')
      .execute(),
    db.selectFrom('payrollSetting').selectAll().where('provinceId', 'in', ids).execute(),
  ]);
  for (const s of settings) {
    const p = result.get(s.provinceId)!;
    p.roundingRule = s.roundingRule;
    p.approver = s.approver;
  }
  for (const row of assignments) {
    const p = result.get(row.assignedTo)!;
    const set = toRateSet(row);
    const from = row.fromDate > set.effectiveFrom ? row.fromDate : set.effectiveFrom;
    const to = minDate(row.toDate, set.effectiveTo);
    if (to !== null && to < from) continue;
    const seen = p.rateSets.filter((r) => r.id === set.id || r.id.startsWith(`${set.id}#`)).length;
    p.rateSets.push({
      ...set,
      id: seen === 0 ? set.id : `${set.id}#${seen + 1}`,
      province: row.assignedTo,
      effectiveFrom: from,
      effectiveTo: to,
    });
  }
  return result;
}

function minDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

export const provinceOf = (commune: Pick<CommuneRef, 'path'>) => provinceIdOf(commune.path);
