// Fills the pure computation's input (src/domain/payroll) from the force register and the payroll tables, for
// many communes at once: every read is one set-based query per batch of communes (no query per member).
import type { BaseSalaryEntry } from '../../domain/payroll/base-salary.ts';
import { daysBetween } from '../../domain/common/dates.ts';
import {
  dateOfDay,
  dayAfter,
  dayBefore,
  dayDigits,
  daysInMonth,
  sameMonth,
} from '../../domain/payroll/calendar.ts';
import type { DateInterval, PayrollMemberInput, PostInterval } from '../../domain/payroll/compute-payroll.ts';
import type { PayrollRole, RoundingRule } from '../../domain/payroll/constants.ts';
import type { Rate, RateSet } from '../../domain/payroll/rate-sets.ts';
import type { ApproverLevel } from '../../domain/payroll/payroll-api.schemas.ts';
import { type Db, jsonRows, readJsonGroups, readJsonRows, SLOT } from '../db/database.ts';
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
 * Ids per `in (...)` list (what is read by member or team id: members a merger moved, rows of one date, teams
 * of other communes). With 5,000 PostgreSQL planned a scan of the whole table for each list; with 2,000 it
 * probes the index.
 */
const CHUNK = 2000;

export const monthStart = (month: string) => dateOfDay(month, 1);
export const monthEnd = (month: string) => dateOfDay(month, daysInMonth(month));

/** A month's first and last dates and its number of days, worked out once per read. */
export interface MonthSpan {
  start: string;
  end: string;
  dim: number;
}
export const monthSpan = (month: string): MonthSpan => ({
  start: monthStart(month),
  end: monthEnd(month),
  dim: daysInMonth(month),
});

/** A member's month in one commune: the computation's input, and what the days page shows. */
export interface MemberMonth extends PayrollMemberInput {
  /** Role on the member's last day in post in the commune in the month (not in post: their last row's here). */
  role: PayrollRole;
  posts: PostInterval[];
  suspensions: readonly DateInterval[];
  /** Calendar days in post in the month, suspension days left out. */
  daysInPost: number;
  /** The days entered for the month, if any. */
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

/** A history row as read: the member, the date, the commune, team, role and status from that date. */
type HistoryRow = readonly [
  memberId: string,
  effectiveDate: string,
  unitId: string,
  teamId: string,
  role: string,
  status: string,
  ...rest: (string | null)[],
];
/** Read by commune: with the change (a merger brought the member in). */
type LocalRow = readonly [...HistoryRow, change: string];
/** Read by member: with what orders two rows of one date. */
type WholeRow = readonly [...HistoryRow, recordedAt: string, id: string];
type RegisterRow = readonly [id: string, fullName: string];
type DaysRow = readonly [
  memberId: string,
  dutyAssigned: number,
  dutyNight: number,
  dutyHoliday: number,
  dutyHazardous: number,
  trainingDays: number | null,
];

const DAYS_COLUMNS = [
  'memberId',
  'dutyAssigned',
  'dutyNight',
  'dutyHoliday',
  'dutyHazardous',
  'trainingDays',
] as const;
const HISTORY_COLUMNS = ['memberId', 'effectiveDate', 'unitId', 'teamId', 'role', 'status'] as const;
/** The history read by commune: the commune's id left to a `SLOT` the reader fills, then the change. */
const UNIT_SLOT = HISTORY_COLUMNS.indexOf('unitId');
const LOCAL_COLUMNS = [...HISTORY_COLUMNS.map((c, i) => (i === UNIT_SLOT ? SLOT : c)), 'change'];
const ROLES = new Set<string>(['to_truong', 'to_pho', 'to_vien']);
const NO_INTERVALS: readonly DateInterval[] = Object.freeze([]);
const NO_DUTY: PayrollMemberInput['dutyDays'] = Object.freeze({
  assigned: 0,
  night: 0,
  holiday: 0,
  hazardous: 0,
});

/**
 * A member's posts in `communeId` that touch the month (`start`–`end`), from their history in date order (each
 * row holds from its date to the eve of the next row's). Active and suspended stretches are in post (a
 * suspension is listed apart; the computation decides whether it counts); 'left' is not: the leaving date is
 * the first day out of post.
 */
export function postsFromHistory(rows: readonly HistoryRow[], communeId: string, start: string, end: string) {
  // Made by a literal for the first post: an array grown by push from empty holds 16 slots, per member.
  let posts = null as PostInterval[] | null;
  let suspensions: DateInterval[] | null = null;
  let teamId: string | null = null;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    const next = rows[i + 1];
    const from = row[1];
    const to = next ? dayBefore(next[1]) : null;
    if (to !== null && to < from) continue; // superseded on the same day
    const status = row[5];
    if (row[2] !== communeId || !ROLES.has(row[4])) continue;
    if (status !== 'active' && status !== 'suspended') continue;
    if (from > end || (to !== null && to < start)) continue;
    const clippedFrom = from < start ? start : from;
    const clippedTo = to === null || to > end ? end : to;
    const role = row[4] as PayrollRole;
    const last: PostInterval | undefined = posts?.[posts.length - 1];
    if (last && last.role === role && last.to !== null && dayAfter(last.to) === clippedFrom) {
      last.to = clippedTo;
    } else if (posts === null) {
      posts = [{ from: clippedFrom, to: clippedTo, role }];
    } else {
      posts.push({ from: clippedFrom, to: clippedTo, role });
    }
    if (status === 'suspended') {
      suspensions ??= [];
      const s = suspensions[suspensions.length - 1];
      if (s && s.to !== null && dayAfter(s.to) === clippedFrom) s.to = clippedTo;
      else suspensions.push({ from: clippedFrom, to: clippedTo });
    }
    teamId = row[3];
  }
  return { posts: posts ?? [], suspensions: suspensions ?? NO_INTERVALS, teamId };
}

function countDays(intervals: readonly DateInterval[]): number {
  let n = 0;
  for (let k = 0; k < intervals.length; k += 1) {
    const i = intervals[k]!;
    const to = i.to ?? i.from;
    // Intervals clipped to one month (the usual case): the day numbers are in the text (read in place: this
    // runs for every member of a national run).
    n += sameMonth(to, i.from) ? dayDigits(to) - dayDigits(i.from) + 1 : daysBetween(i.from, to) + 1;
  }
  return n;
}

/** The duty days paid: those entered, or none. */
const dutyDaysOf = (days: DaysEntry | null): PayrollMemberInput['dutyDays'] =>
  days
    ? {
        assigned: days.dutyAssigned,
        night: days.dutyNight,
        holiday: days.dutyHoliday,
        hazardous: days.dutyHazardous,
      }
    : NO_DUTY;

/** The training days paid: those entered, else those of the training records; at most the days of the month. */
const trainingDaysPaid = (days: DaysEntry | null, fromRecords: number, dim: number) =>
  Math.min(days?.trainingDays ?? fromRecords, dim);

/** The member's month with these days entered instead. */
export function withDays(m: MemberMonth, days: DaysEntry, dim: number): MemberMonth {
  return {
    ...m,
    days,
    dutyDays: dutyDaysOf(days),
    trainingDays: trainingDaysPaid(days, m.trainingDaysFromRecords, dim),
  };
}

type TrainingRow = readonly [memberId: string, startedOn: string, endedOn: string | null, ...rest: unknown[]];

/**
 * Distinct days covered by training records in the member's posts here (clipped to the month); an open record
 * counts its first day only. A member moved by a merger mid-month is paid a training day by the commune they
 * were in on that day, not by both.
 */
function trainingDaysOf(records: readonly TrainingRow[], posts: readonly DateInterval[]) {
  const days = new Set<string>();
  for (const [, startedOn, endedOn] of records) {
    for (const post of posts) {
      let day = startedOn < post.from ? post.from : startedOn;
      const to = endedOn ?? startedOn;
      const last = post.to !== null && to > post.to ? post.to : to;
      while (day <= last) {
        days.add(day);
        day = dayAfter(day);
      }
    }
  }
  return days.size;
}

/** Rows of one or more reads grouped by their first column (a member id). */
function byMember<Row extends readonly [string, ...unknown[]]>(parts: readonly (readonly Row[])[]) {
  const grouped = new Map<string, Row[]>();
  for (const rows of parts) {
    for (const row of rows) {
      const list = grouped.get(row[0]);
      if (list) list.push(row);
      else grouped.set(row[0], [row]);
    }
  }
  return grouped;
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Training records of the kinds paid, touching the month, of the members `from` reaches (alias `t`). */
function trainingQuery(db: Db, month: string) {
  const start = monthStart(month);
  const end = monthEnd(month);
  return db
    .selectFrom('memberTraining as t')
    .where('t.kind', 'in', [...TRAINING_KINDS])
    .where('t.startedOn', '<=', end)
    .where((eb) =>
      eb.or([
        eb('t.endedOn', '>=', start),
        eb.and([eb('t.endedOn', 'is', null), eb('t.startedOn', '>=', start)]),
      ]),
    );
}
const trainingColumns = (db: Db) => jsonRows<TrainingRow>(db, ['t.memberId', 't.startedOn', 't.endedOn']);
const registerColumns = (db: Db) => jsonRows<RegisterRow>(db, ['id', 'fullName']);

/**
 * The members in post in each commune during the month (or with days recorded there), with their posts, team,
 * days and training days. Set-based reads for the whole list of communes — the communes' history rows, their
 * register, days, training (through the register) and teams — and by id only for the members a merger moved
 * or whose rows need ordering: no query per member.
 */
export async function loadCommuneMonths(
  db: Db,
  communes: readonly CommuneRef[],
  month: string,
): Promise<CommuneMonth[]> {
  if (communes.length === 0) return [];
  const span = monthSpan(month);
  const { end } = span;
  const ids = communes.map((c) => c.id);
  // The history rows of these communes by the history's (unit, member) index, the register, days and teams by
  // their unit indexes: the rows of one commune lie together, so these reads go down the tables instead of
  // jumping from member to member. A member's rows leave one commune only at a merger (a member cannot move to
  // another commune's team; joining elsewhere is a new member), so these rows are the whole history of every
  // member except those who left by a merger (not in the register here) or came in by one (a 'merger' row
  // here): their whole history is read by id — as is the history of a member with two rows on one date, the
  // only rows whose order needs the recording time and id (left out of the commune read: two strings less a
  // member).
  // The history and the days by commune: the commune's id once per commune, not once per row.
  const [localGroups, register, dayGroups, training, ownTeams] = await Promise.all([
    readJsonGroups(
      db
        .selectFrom('memberHistory')
        .where('unitId', 'in', ids)
        .groupBy('unitId')
        .select(['unitId as group', jsonRows<LocalRow>(db, LOCAL_COLUMNS)]),
      UNIT_SLOT,
    ),
    readJsonRows(db.selectFrom('member').where('unitId', 'in', ids).select(registerColumns(db))),
    readJsonGroups(
      db
        .selectFrom('payrollDays')
        .where('unitId', 'in', ids)
        .where('month', '=', month)
        .groupBy('unitId')
        .select(['unitId as group', jsonRows<DaysRow>(db, DAYS_COLUMNS)]),
    ),
    // Through the register: the member index on the unit, then each member's records by the training index.
    readJsonRows(
      trainingQuery(db, month)
        .innerJoin('member as m', 'm.id', 't.memberId')
        .where('m.unitId', 'in', ids)
        .select(trainingColumns(db)),
    ),
    readJsonRows(
      db
        .selectFrom('team')
        .where('unitId', 'in', ids)
        .select(jsonRows<[id: string, name: string]>(db, ['id', 'name'])),
    ),
  ]);
  const registerOf = new Map<string, RegisterRow>();
  // Rows by index, not destructured by for…of: no iterator per row (hundreds of thousands of them).
  for (let i = 0; i < register.length; i += 1) registerOf.set(register[i]![0], register[i]!);

  // Each member's rows here: the row itself for the usual member (one row), else a list.
  const rowsOf = new Map<string, LocalRow | LocalRow[]>();
  /** Read by id: came in by a merger, or two rows on one date. */
  const byId = new Set<string>();
  for (const { rows: localRows } of localGroups) {
    for (let i = 0; i < localRows.length; i += 1) {
      const row = localRows[i]!;
      const memberId = row[0];
      if (row[6] === 'merger') byId.add(memberId);
      const have = rowsOf.get(memberId);
      if (have === undefined) {
        rowsOf.set(memberId, row);
      } else if (isRow(have)) {
        if (have[1] === row[1]) byId.add(memberId);
        rowsOf.set(memberId, [have, row]);
      } else {
        if (have.some((r) => r[1] === row[1])) byId.add(memberId);
        have.push(row);
      }
    }
  }
  // The members who passed through these communes by the month's end; those read again by id.
  const seen: string[] = [];
  const movedAway: string[] = [];
  const elsewhere: string[] = [];
  rowsOf.forEach((rows, memberId) => {
    if ((isRow(rows) ? rows[1] : rows.reduce((a, r) => (r[1] < a ? r[1] : a), rows[0]![1])) > end) return;
    seen.push(memberId);
    const here = registerOf.has(memberId);
    if (!here) movedAway.push(memberId);
    if (!here || byId.has(memberId)) elsewhere.push(memberId);
  });
  const [wholeParts, movedTraining, movedRegister] = await Promise.all([
    Promise.all(
      chunks(elsewhere).map((part) =>
        readJsonRows(
          db
            .selectFrom('memberHistory')
            .where('memberId', 'in', part)
            .select(jsonRows<WholeRow>(db, [...HISTORY_COLUMNS, 'recordedAt', 'id'])),
        ),
      ),
    ),
    Promise.all(
      chunks(movedAway).map((part) =>
        readJsonRows(trainingQuery(db, month).where('t.memberId', 'in', part).select(trainingColumns(db))),
      ),
    ),
    Promise.all(
      chunks(movedAway).map((part) =>
        readJsonRows(db.selectFrom('member').where('id', 'in', part).select(registerColumns(db))),
      ),
    ),
  ]);
  for (const part of movedRegister) for (const row of part) registerOf.set(row[0], row);
  const wholeOf = byMember(wholeParts);
  for (const rows of wholeOf.values()) rows.sort(byRecording);

  const trainingOf = byMember([training, ...movedTraining]);
  const daysOf = new Map<string, Map<string, DaysEntry>>();
  for (const { group: unitId, rows: daysRows } of dayGroups) {
    const byMember = new Map<string, DaysEntry>();
    daysOf.set(unitId, byMember);
    for (let i = 0; i < daysRows.length; i += 1) {
      const [memberId, dutyAssigned, dutyNight, dutyHoliday, dutyHazardous, trainingDays] = daysRows[i]!;
      byMember.set(memberId, { dutyAssigned, dutyNight, dutyHoliday, dutyHazardous, trainingDays });
    }
  }

  // Members per commune: every commune their history passes through in the month.
  const byCommune = new Map<string, MemberMonth[]>(ids.map((id) => [id, []]));
  const teamIds = new Set<string>();
  const place = (communeId: string, rows: readonly HistoryRow[], member: RegisterRow) => {
    const days = daysOf.get(communeId)?.get(member[0]) ?? null;
    const m = memberMonth(span, communeId, rows, member, days, trainingOf.get(member[0]));
    if (m === null) return;
    teamIds.add(m.teamId);
    byCommune.get(communeId)!.push(m);
  };
  for (let i = 0; i < seen.length; i += 1) {
    const memberId = seen[i]!;
    const member = registerOf.get(memberId);
    if (!member) continue;
    const whole = wholeOf.get(memberId);
    const local = rowsOf.get(memberId)!;
    if (whole === undefined && isRow(local)) {
      place(local[2], [local], member);
      continue;
    }
    // No two local rows on one date (else read whole): the date alone orders them.
    const rows = whole ?? (local as LocalRow[]).sort((a, b) => compareText(a[1], b[1]));
    for (const communeId of new Set(rows.filter((r) => byCommune.has(r[2])).map((r) => r[2]))) {
      place(communeId, rows, member);
    }
  }
  // The communes' own teams, then any other (a member's team before a merger) by id.
  const teamName = new Map<string, string>();
  for (const [id, name] of ownTeams) if (teamIds.has(id)) teamName.set(id, name);
  for (const part of chunks([...teamIds].filter((id) => !teamName.has(id)))) {
    const rows = await db.selectFrom('team').select(['id', 'name']).where('id', 'in', part).execute();
    for (const t of rows) teamName.set(t.id, t.name);
  }
  return communes.map((commune) => {
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
}

/**
 * A member's month in a commune from their whole history (in order), their days entered there and their
 * training records; null when they were not in post there in the month and have no days entered (team name
 * left empty).
 */
function memberMonth(
  { start, end, dim }: MonthSpan,
  communeId: string,
  rows: readonly HistoryRow[],
  member: RegisterRow,
  days: DaysEntry | null,
  records: readonly TrainingRow[] | undefined,
): MemberMonth | null {
  const { posts, suspensions, teamId } = postsFromHistory(rows, communeId, start, end);
  if (posts.length === 0 && !days) return null;
  const trainingDaysFromRecords = records ? trainingDaysOf(records, posts) : 0;
  const lastPost = posts.at(-1);
  // Not in post in the month (days entered all the same): the team and role of their last row here.
  const lastRow = lastPost ? null : rows.filter((r) => r[2] === communeId).at(-1)!;
  return {
    memberId: member[0],
    fullName: member[1],
    teamId: teamId ?? lastRow![3],
    teamName: '',
    role: lastPost?.role ?? (lastRow![4] as PayrollRole),
    posts,
    suspensions,
    daysInPost: countDays(posts) - countDays(suspensions),
    days,
    trainingDaysFromRecords,
    dutyDays: dutyDaysOf(days),
    trainingDays: trainingDaysPaid(days, trainingDaysFromRecords, dim),
  };
}

/** The month's training records (of the kinds paid) read once for a counted run (payroll-count.ts). */
export interface MonthTraining {
  /** The records touching the month, by member. */
  records: ReadonlyMap<string, readonly TrainingRow[]>;
  /** The members with such records, by the commune of their register row. */
  trainedByUnit: ReadonlyMap<string, readonly string[]>;
}

/** Every training record touching the month, with its member's commune: one read for the whole run. */
export async function loadMonthTraining(db: Db, month: string): Promise<MonthTraining> {
  const rows = await readJsonRows(
    trainingQuery(db, month)
      .innerJoin('member as m', 'm.id', 't.memberId')
      .select(
        jsonRows<readonly [memberId: string, startedOn: string, endedOn: string | null, unitId: string]>(db, [
          't.memberId',
          't.startedOn',
          't.endedOn',
          'm.unitId',
        ]),
      ),
  );
  const records = byMember([rows]);
  const trainedByUnit = new Map<string, string[]>();
  for (const [memberId, list] of records) {
    const unitId = list[0]![3];
    const members = trainedByUnit.get(unitId);
    if (members) members.push(memberId);
    else trainedByUnit.set(unitId, [memberId]);
  }
  return { records, trainedByUnit };
}

/**
 * Training days from the records of a member in post in their commune the whole month (a counted run's plain
 * member with training records): the distinct days of the records within the month.
 */
export function trainingDaysInMonth(records: readonly TrainingRow[] | undefined, span: MonthSpan): number {
  return records ? trainingDaysOf(records, [{ from: span.start, to: span.end }]) : 0;
}

/**
 * The months of a few named members in given communes (the members a counted run could not count: payroll-
 * count.ts, which read their days entered and the month's training records), read by member id: their whole
 * history. Names and team names are left empty and the members unordered: only the figures are wanted.
 */
export async function loadMemberMonths(
  db: Db,
  wanted: readonly { communeId: string; memberId: string; days: DaysEntry | null }[],
  month: string,
  training: MonthTraining,
): Promise<Map<string, MemberMonth[]>> {
  const result = new Map<string, MemberMonth[]>();
  if (wanted.length === 0) return result;
  const span = monthSpan(month);
  const reads = await Promise.all(
    chunks([...new Set(wanted.map((w) => w.memberId))]).map((part) =>
      readJsonRows(
        db
          .selectFrom('memberHistory')
          .where('memberId', 'in', part)
          .select(jsonRows<WholeRow>(db, [...HISTORY_COLUMNS, 'recordedAt', 'id'])),
      ),
    ),
  );
  const historyOf = byMember(reads);
  for (const rows of historyOf.values()) rows.sort(byRecording);
  for (const { communeId, memberId, days } of wanted) {
    const rows = historyOf.get(memberId);
    if (!rows) continue;
    const m = memberMonth(span, communeId, rows, [memberId, ''], days, training.records.get(memberId));
    if (m === null) continue;
    const list = result.get(communeId);
    if (list) list.push(m);
    else result.set(communeId, [m]);
  }
  return result;
}

const byRecording = (a: WholeRow, b: WholeRow) =>
  compareText(a[1], b[1]) || compareText(a[6], b[6]) || compareText(a[7], b[7]);

const isRow = (rows: LocalRow | LocalRow[]): rows is LocalRow => typeof rows[0] === 'string';
const compareText = (a: string | null, b: string | null) => (a! < b! ? -1 : a! > b! ? 1 : 0);

const ROLE_ORDER: Record<PayrollRole, number> = { to_truong: 0, to_pho: 1, to_vien: 2 };

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
