import { vietnamToday } from '../../domain/common/dates.ts';
import { randomUUID } from 'node:crypto';
import { maskCccd } from '../../domain/force/cccd.ts';
import type {
  LateStep,
  Procedure,
  ProcedureCreate,
  ProcedureDetails,
  ProcedureForm,
  ProcedureListQuery,
  ProcedurePersonInput,
  ProcedurePersonUpdate,
  ProcedureStepUpdate,
  ProcedureSummary,
  ProcedureUpdate,
} from '../../domain/force/force-api.schemas.ts';
import type { EducationLevel } from '../../domain/force/force.schemas.ts';
import { PROCEDURE_KIND_LABELS, PROCEDURE_STEPS, type FormCode } from '../../domain/force/procedure-steps.ts';
import {
  DOSSIER_ITEM_LABELS,
  missingDossierItems,
  scheduleSteps,
  stepDeadlines,
  type ScheduledStep,
} from '../../domain/force/procedures.ts';
import { workingDaysBetween, type Holiday } from '../../domain/force/working-days.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { ProcedurePersonTable } from '../db/schema.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { inScope } from '../http/scope.ts';
import { requireCommuneInScope, requireForceWriter, resolveUnitFilter, scopeOf } from './force-scope.ts';
import { holidaysBetween } from './holidays.service.ts';
import { historyRow } from './members.service.ts';

export const PROCEDURE_NOT_FOUND = { vi: 'Không tìm thấy thủ tục.', en: 'Procedure not found.' };

type Scope = Actor | SystemActor;

export const formRouteName = (code: FormCode): ProcedureForm => code.replace('_', '-') as ProcedureForm;

function parseDetails(text: string): ProcedureDetails {
  try {
    return JSON.parse(text) as ProcedureDetails;
  } catch {
    return {};
  }
}

function procedureQuery(db: Db, actor: Scope) {
  return db
    .selectFrom('procedure')
    .innerJoin('unit', 'unit.id', 'procedure.unitId')
    .leftJoin('team', 'team.id', 'procedure.teamId')
    .where(inScope(scopeOf(actor), 'unit.path'))
    .selectAll('procedure')
    .select([
      'unit.code as unitCode',
      'unit.name as unitName',
      'unit.path as unitPath',
      'team.name as teamName',
    ]);
}
type ProcedureRow = Awaited<ReturnType<ReturnType<typeof procedureQuery>['execute']>>[number];

async function stepsOf(db: Db, procedureIds: string[]) {
  const byProcedure = new Map<string, Awaited<ReturnType<typeof loadSteps>>>();
  const loadSteps = (ids: string[]) =>
    db.selectFrom('procedureStep').selectAll().where('procedureId', 'in', ids).orderBy('position').execute();
  for (let i = 0; i < procedureIds.length; i += 500) {
    for (const step of await loadSteps(procedureIds.slice(i, i + 500))) {
      const list = byProcedure.get(step.procedureId) ?? [];
      list.push(step);
      byProcedure.set(step.procedureId, list);
    }
  }
  return byProcedure;
}

type StepRow =
  Awaited<ReturnType<typeof stepsOf>> extends Map<string, infer V>
    ? V extends (infer R)[]
      ? R
      : never
    : never;

function schedule(row: ProcedureRow, steps: StepRow[], today: string, holidays: Holiday[]): ScheduledStep[] {
  return scheduleSteps(
    {
      kind: row.kind,
      startedOn: row.startedOn,
      steps: steps.map((s) => ({ key: s.key, doneOn: s.doneOn })),
      durations: parseDetails(row.details).durations,
    },
    today,
    holidays,
  );
}

function stepViews(row: ProcedureRow, steps: StepRow[], today: string, holidays: Holiday[]) {
  const scheduled = schedule(row, steps, today, holidays);
  const definitions = PROCEDURE_STEPS[row.kind];
  return scheduled.map((step, position) => {
    const stored = steps.find((s) => s.key === step.key);
    const cancelled = row.status === 'cancelled';
    return {
      key: step.key,
      position,
      title: step.title.vi,
      dueDate: step.dueOn,
      doneOn: step.doneOn,
      documentNumber: stored?.documentNumber ?? null,
      note: stored?.note ?? null,
      status: cancelled && step.status === 'overdue' ? ('open' as const) : step.status,
      workingDaysLate: cancelled ? 0 : step.workingDaysLate,
      forms: (definitions.find((d) => d.key === step.key)?.forms ?? []).map(formRouteName),
    };
  });
}

function toSummary(
  row: ProcedureRow,
  steps: ReturnType<typeof stepViews>,
  personCount: number,
): ProcedureSummary {
  return {
    id: row.id,
    kind: row.kind,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    title: row.title,
    status: row.status,
    startedOn: row.startedOn,
    team: row.teamId && row.teamName ? { id: row.teamId, name: row.teamName } : null,
    leaveReason: row.leaveReason,
    nextStep: row.status === 'open' ? (steps.find((s) => s.doneOn === null) ?? null) : null,
    lateSteps: steps.filter((s) => s.status === 'overdue').length,
    personCount,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

export async function listProcedures(db: Db, actor: Actor, query: ProcedureListQuery) {
  const unitPath = await resolveUnitFilter(db, actor, query.unitId);
  let base = procedureQuery(db, actor);
  if (unitPath) {
    base = base.where(inScope({ scopePath: unitPath }, 'unit.path'));
  }
  if (query.kind) base = base.where('procedure.kind', '=', query.kind);
  if (query.status) base = base.where('procedure.status', '=', query.status);
  const today = vietnamToday(actor.now);
  if (query.lateOnly) {
    base = base
      .where('procedure.status', '=', 'open')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('procedureStep')
            .select('procedureStep.id')
            .whereRef('procedureStep.procedureId', '=', 'procedure.id')
            .where('procedureStep.doneOn', 'is', null)
            .where('procedureStep.dueDate', '<', today),
        ),
      );
  }
  const [page, counted] = await Promise.all([
    base
      .orderBy('procedure.startedOn', 'desc')
      .orderBy('procedure.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number | string>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  const ids = page.map((r) => r.id);
  const [steps, counts, holidays] = await Promise.all([
    stepsOf(db, ids),
    personCounts(db, ids),
    holidaysBetween(
      db,
      minDate(
        page.map((r) => r.startedOn),
        today,
      ),
      today,
    ),
  ]);
  return {
    items: page.map((row) =>
      toSummary(row, stepViews(row, steps.get(row.id) ?? [], today, holidays), counts.get(row.id) ?? 0),
    ),
    total: Number(counted.total),
  };
}

const minDate = (dates: string[], fallback: string) => dates.reduce((a, b) => (b < a ? b : a), fallback);

async function personCounts(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('procedurePerson')
    .select(['procedureId', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('procedureId', 'in', ids)
    .groupBy('procedureId')
    .execute();
  return new Map(rows.map((r) => [r.procedureId, Number(r.n)]));
}

async function requireProcedureRow(db: Db, actor: Scope, id: string) {
  const row = await procedureQuery(db, actor).where('procedure.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(PROCEDURE_NOT_FOUND);
  return row;
}

async function personsOf(db: Db, procedureId: string) {
  return db
    .selectFrom('procedurePerson')
    .leftJoin('member', 'member.id', 'procedurePerson.memberId')
    .leftJoin('village', (join) =>
      join.on((eb) => eb('village.id', '=', eb.fn.coalesce('procedurePerson.villageId', 'member.villageId'))),
    )
    .leftJoin('team', (join) =>
      join.on((eb) => eb('team.id', '=', eb.fn.coalesce('procedurePerson.teamId', 'member.teamId'))),
    )
    .selectAll('procedurePerson')
    .select([
      'village.id as villageRefId',
      'village.name as villageName',
      'team.id as teamRefId',
      'team.name as teamName',
      'member.cccd as memberCccd',
      'member.fullName as memberName',
      'member.dateOfBirth as memberDateOfBirth',
      'member.sex as memberSex',
      'member.ethnicity as memberEthnicity',
      'member.residence as memberResidence',
      'member.residenceSince as memberResidenceSince',
      'member.phone as memberPhone',
      'member.education as memberEducation',
      'member.role as memberRole',
      'member.leaveReason as memberLeaveReason',
      'member.leftOn as memberLeftOn',
    ])
    .where('procedurePerson.procedureId', '=', procedureId)
    .orderBy('procedurePerson.position')
    .execute();
}
type PersonRow = Awaited<ReturnType<typeof personsOf>>[number];

/** A person's facts: the member's as they are now when the person is a member, else as entered. */
function personFacts(p: PersonRow) {
  return {
    fullName: p.memberName ?? p.fullName,
    dateOfBirth: p.memberDateOfBirth ?? p.dateOfBirth,
    sex: p.memberSex ?? p.sex,
    ethnicity: p.memberEthnicity ?? p.ethnicity,
    cccd: p.memberCccd ?? p.cccd,
    residence: p.memberResidence ?? p.residence,
    residenceSince: p.memberResidenceSince ?? p.residenceSince,
    phone: p.memberPhone ?? p.phone,
    education: (p.memberEducation ?? p.education) as EducationLevel | null,
    role: p.proposedRole ?? p.memberRole ?? 'to_vien',
    village: p.villageRefId && p.villageName ? { id: p.villageRefId, name: p.villageName } : null,
    team: p.teamRefId && p.teamName ? { id: p.teamRefId, name: p.teamName } : null,
  };
}

export async function getProcedure(db: Db, actor: Scope, id: string): Promise<Procedure> {
  const row = await requireProcedureRow(db, actor, id);
  const today = vietnamToday(actor.now);
  const [steps, persons, holidays] = await Promise.all([
    stepsOf(db, [id]),
    personsOf(db, id),
    holidaysBetween(db, row.startedOn, today > row.startedOn ? today : row.startedOn),
  ]);
  const views = stepViews(row, steps.get(id) ?? [], today, holidays);
  const forms = [...new Set(PROCEDURE_STEPS[row.kind].flatMap((s) => s.forms).map(formRouteName))];
  return {
    ...toSummary(row, views, persons.length),
    details: parseDetails(row.details),
    steps: views,
    persons: persons.map((p) => {
      const facts = personFacts(p);
      const flags = {
        hasApplication: p.hasApplication === 1,
        hasPersonalHistory: p.hasPersonalHistory === 1,
        hasHealthCertificate: p.hasHealthCertificate === 1,
        hasEducationCertificate: p.hasEducationCertificate === 1,
      };
      return {
        id: p.id,
        position: p.position,
        memberId: p.memberId,
        fullName: facts.fullName,
        dateOfBirth: facts.dateOfBirth,
        sex: facts.sex,
        ethnicity: facts.ethnicity,
        cccd: facts.cccd ? maskCccd(facts.cccd) : null,
        residence: facts.residence,
        residenceSince: facts.residenceSince,
        education: facts.education,
        village: facts.village,
        team: facts.team,
        proposedRole: p.proposedRole,
        ...flags,
        missing:
          row.kind === 'selection'
            ? missingDossierItems(flags).map((item) => DOSSIER_ITEM_LABELS[item].vi)
            : [],
        note: p.note,
      };
    }),
    forms,
    createdAt: row.createdAt,
  };
}

// ---- writing ----

async function personRows(
  db: Db,
  commune: { id: string },
  procedureId: string,
  kind: ProcedureCreate['kind'],
  persons: ProcedurePersonInput[],
  startAt = 0,
): Promise<ProcedurePersonTable[]> {
  const rows: ProcedurePersonTable[] = [];
  for (const [index, person] of persons.entries()) {
    const path = `/persons/${startAt + index}`;
    let member: { id: string; fullName: string; unitId: string; status: string } | undefined;
    if (person.memberId) {
      member = await db
        .selectFrom('member')
        .select(['id', 'fullName', 'unitId', 'status'])
        .where('id', '=', person.memberId)
        .executeTakeFirst();
      if (!member || member.unitId !== commune.id)
        throw new AppError('VALIDATION_FAILED', undefined, [
          { path: `${path}/memberId`, message: 'Không có thành viên này trong xã' },
        ]);
      if (kind === 'leaving' && member.status === 'left')
        throw new AppError('VALIDATION_FAILED', undefined, [
          { path: `${path}/memberId`, message: `${member.fullName} đã thôi tham gia` },
        ]);
    } else if (kind === 'leaving') {
      throw new AppError('VALIDATION_FAILED', undefined, [
        { path: `${path}/memberId`, message: 'Chọn thành viên thôi tham gia' },
      ]);
    } else if (!person.fullName) {
      throw new AppError('VALIDATION_FAILED', undefined, [
        { path: `${path}/fullName`, message: 'Nhập họ và tên' },
      ]);
    }
    for (const [field, table] of [
      ['villageId', 'village'],
      ['teamId', 'team'],
    ] as const) {
      const refId = person[field];
      if (!refId) continue;
      const found = await db.selectFrom(table).select('unitId').where('id', '=', refId).executeTakeFirst();
      if (!found || found.unitId !== commune.id)
        throw new AppError('VALIDATION_FAILED', undefined, [
          {
            path: `${path}/${field}`,
            message: field === 'teamId' ? 'Tổ không thuộc xã' : 'Thôn, tổ dân phố không thuộc xã',
          },
        ]);
    }
    rows.push({
      id: randomUUID(),
      procedureId,
      position: startAt + index,
      memberId: member?.id ?? null,
      fullName: member?.fullName ?? person.fullName ?? '',
      dateOfBirth: person.dateOfBirth ?? null,
      sex: person.sex ?? null,
      ethnicity: person.ethnicity ?? null,
      cccd: person.cccd ?? null,
      residence: person.residence ?? null,
      residenceSince: person.residenceSince ?? null,
      phone: person.phone ?? null,
      education: person.education ?? null,
      villageId: person.villageId ?? null,
      proposedRole: person.proposedRole ?? null,
      teamId: person.teamId ?? null,
      hasApplication: person.hasApplication ? 1 : 0,
      hasPersonalHistory: person.hasPersonalHistory ? 1 : 0,
      hasHealthCertificate: person.hasHealthCertificate ? 1 : 0,
      hasEducationCertificate: person.hasEducationCertificate ? 1 : 0,
      note: person.note ?? null,
    });
  }
  return rows;
}

/** Stores each step's due date as the schedule now gives it (for the late-steps query). */
async function storeDueDates(db: Db, row: ProcedureRow, now: string) {
  const steps = (await stepsOf(db, [row.id])).get(row.id) ?? [];
  const holidays = await holidaysBetween(db, row.startedOn, now.slice(0, 10));
  for (const step of schedule(row, steps, vietnamToday(now), holidays)) {
    const stored = steps.find((s) => s.key === step.key);
    if (stored && stored.dueDate !== step.dueOn)
      await db
        .updateTable('procedureStep')
        .set({ dueDate: step.dueOn })
        .where('id', '=', stored.id)
        .execute();
  }
}

/** After the holiday table changed: every open procedure's stored due dates follow the new working days. */
export async function refreshOpenProcedureDeadlines(db: Db, now: string): Promise<number> {
  const rows = await procedureQuery(db, { userId: null, unitId: null, requestId: null, now })
    .where('procedure.status', '=', 'open')
    .execute();
  for (const row of rows) await storeDueDates(db, row, now);
  return rows.length;
}

export async function createProcedure(db: Db, actor: Scope, input: ProcedureCreate): Promise<Procedure> {
  requireForceWriter(actor);
  const commune = await requireCommuneInScope(db, actor, input.unitId);
  if (input.kind === 'leaving' && !input.leaveReason)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: '/leaveReason', message: 'Chọn lý do thôi tham gia (a)–(d) theo khoản 3 Điều 17' },
    ]);
  if (input.kind !== 'selection' && input.persons.length === 0)
    throw new AppError('VALIDATION_FAILED', undefined, [
      {
        path: '/persons',
        message:
          input.kind === 'leaving' ? 'Chọn thành viên thôi tham gia' : 'Chọn người được đề nghị công nhận',
      },
    ]);
  if (input.teamId) {
    const team = await db
      .selectFrom('team')
      .select('unitId')
      .where('id', '=', input.teamId)
      .executeTakeFirst();
    if (!team || team.unitId !== commune.id)
      throw new AppError('VALIDATION_FAILED', undefined, [{ path: '/teamId', message: 'Tổ không thuộc xã' }]);
  }
  const id = randomUUID();
  const persons = await personRows(db, commune, id, input.kind, input.persons);
  const holidays = await holidaysBetween(db, input.startedOn, input.startedOn);
  const deadlines = stepDeadlines(input.kind, input.startedOn, holidays, input.details.durations);
  const title =
    input.title ??
    `${PROCEDURE_KIND_LABELS[input.kind].vi} — ${commune.name} (${input.startedOn.split('-').reverse().join('/')})`;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('procedure')
      .values({
        id,
        unitId: commune.id,
        kind: input.kind,
        title,
        status: 'open',
        startedOn: input.startedOn,
        teamId: input.teamId ?? null,
        leaveReason: input.leaveReason ?? null,
        details: JSON.stringify(input.details),
        createdBy: actor.userId,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .execute();
    await trx
      .insertInto('procedureStep')
      .values(
        deadlines.map((step, position) => ({
          id: randomUUID(),
          procedureId: id,
          key: step.key,
          position,
          title: step.title.vi,
          dueDate: step.dueOn,
          doneOn: null,
          documentNumber: null,
          note: null,
          updatedAt: actor.now,
        })),
      )
      .execute();
    if (persons.length > 0) await trx.insertInto('procedurePerson').values(persons).execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'procedure',
      entityId: id,
      after: { ...input, persons: persons.map((p) => p.memberId ?? p.fullName) },
    });
  });
  return getProcedure(db, actor, id);
}

export async function updateProcedure(
  db: Db,
  actor: Actor,
  id: string,
  input: ProcedureUpdate,
): Promise<Procedure> {
  requireForceWriter(actor);
  const row = await requireProcedureRow(db, actor, id);
  if (row.status !== 'open' && input.status !== 'open')
    throw new AppError('INVALID_STATE', { vi: 'Thủ tục đã kết thúc.', en: 'The procedure is closed.' });
  await db.transaction().execute(async (trx) => {
    const details = input.details ? { ...parseDetails(row.details), ...input.details } : undefined;
    const result = await trx
      .updateTable('procedure')
      .set({
        title: input.title ?? row.title,
        status: input.status ?? row.status,
        details: details ? JSON.stringify(details) : row.details,
        updatedAt: actor.now,
        version: input.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    if (details?.durations) await storeDueDates(trx, { ...row, details: JSON.stringify(details) }, actor.now);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'procedure',
      entityId: id,
      before: { title: row.title, status: row.status },
      after: input,
    });
  });
  return getProcedure(db, actor, id);
}

/**
 * Marks a step done (or reopens it). The chairman's decision (step `decision_signed`) also writes its effect on
 * the register: recognition puts the decision's number and date on the members; leaving lets them leave.
 */
export async function updateProcedureStep(
  db: Db,
  actor: Actor,
  id: string,
  key: string,
  input: ProcedureStepUpdate,
): Promise<Procedure> {
  requireForceWriter(actor);
  const row = await requireProcedureRow(db, actor, id);
  if (row.status === 'cancelled')
    throw new AppError('INVALID_STATE', { vi: 'Thủ tục đã hủy.', en: 'The procedure was cancelled.' });
  const steps = (await stepsOf(db, [id])).get(id) ?? [];
  const step = steps.find((s) => s.key === key);
  if (!step) throw notFound({ vi: 'Không có bước này trong thủ tục.', en: 'No such step.' });
  if (input.doneOn && input.doneOn < row.startedOn)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: '/doneOn', message: 'Ngày hoàn thành không thể trước ngày bắt đầu thủ tục' },
    ]);
  const decides = key === 'decision_signed' && row.kind !== 'selection';
  if (decides && row.status === 'done' && input.doneOn === null)
    throw new AppError('INVALID_STATE', {
      vi: 'Quyết định đã ghi vào danh sách thành viên, không mở lại được.',
      en: 'The decision was applied to the register and cannot be reopened.',
    });
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('procedureStep')
      .set({
        doneOn: input.doneOn,
        documentNumber: input.documentNumber !== undefined ? input.documentNumber : step.documentNumber,
        note: input.note !== undefined ? input.note : step.note,
        updatedAt: actor.now,
      })
      .where('id', '=', step.id)
      .execute();
    await storeDueDates(trx, row, actor.now);
    const remaining = await trx
      .selectFrom('procedureStep')
      .select('id')
      .where('procedureId', '=', id)
      .where('doneOn', 'is', null)
      .executeTakeFirst();
    const status = remaining ? 'open' : 'done';
    await trx
      .updateTable('procedure')
      .set((eb) => ({ status, updatedAt: actor.now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
    if (decides && input.doneOn && step.doneOn === null) {
      await applyDecision(trx, actor, row, input.doneOn, input.documentNumber ?? step.documentNumber ?? null);
    }
    await recordAudit(trx, actor, {
      action: 'step',
      entity: 'procedure',
      entityId: id,
      before: { key, doneOn: step.doneOn, documentNumber: step.documentNumber },
      after: { key, ...input, status },
    });
  });
  return getProcedure(db, actor, id);
}

async function applyDecision(db: Db, actor: Actor, row: ProcedureRow, date: string, number: string | null) {
  const persons = await db
    .selectFrom('procedurePerson')
    .innerJoin('member', 'member.id', 'procedurePerson.memberId')
    .select(['member.id', 'member.unitId', 'member.teamId', 'member.role', 'member.status', 'member.version'])
    .select(['member.recognitionDecisionNumber'])
    .where('procedurePerson.procedureId', '=', row.id)
    .execute();
  for (const member of persons) {
    if (row.kind === 'recognition') {
      if (member.recognitionDecisionNumber) continue;
      await db
        .updateTable('member')
        .set((eb) => ({
          recognitionDecisionNumber: number,
          recognitionDecisionDate: date,
          updatedAt: actor.now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', member.id)
        .execute();
    } else if (member.status !== 'left') {
      await db
        .updateTable('member')
        .set((eb) => ({
          status: 'left',
          leaveReason: row.leaveReason,
          leftOn: date,
          leaveDecisionNumber: number,
          updatedAt: actor.now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', member.id)
        .execute();
      await db
        .insertInto('memberHistory')
        .values(historyRow(actor, { ...member, status: 'left' }, 'left', date, { decisionNumber: number }))
        .execute();
    }
    await recordAudit(db, actor, {
      action: row.kind === 'recognition' ? 'recognise' : 'leave',
      entity: 'member',
      entityId: member.id,
      after: { procedureId: row.id, decisionNumber: number, date, leaveReason: row.leaveReason },
    });
  }
}

export async function addProcedurePerson(
  db: Db,
  actor: Actor,
  id: string,
  input: ProcedurePersonInput,
): Promise<Procedure> {
  requireForceWriter(actor);
  const row = await requireProcedureRow(db, actor, id);
  if (row.status !== 'open')
    throw new AppError('INVALID_STATE', { vi: 'Thủ tục đã kết thúc.', en: 'The procedure is closed.' });
  const count = (await personCounts(db, [id])).get(id) ?? 0;
  const [person] = await personRows(db, { id: row.unitId }, id, row.kind, [input], count);
  if (!person) throw new AppError('INTERNAL');
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('procedurePerson').values(person).execute();
    await trx
      .updateTable('procedure')
      .set((eb) => ({ updatedAt: actor.now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'add_person',
      entity: 'procedure',
      entityId: id,
      after: { personId: person.id, fullName: person.fullName },
    });
  });
  return getProcedure(db, actor, id);
}

export async function updateProcedurePerson(
  db: Db,
  actor: Actor,
  id: string,
  personId: string,
  input: ProcedurePersonUpdate,
): Promise<Procedure> {
  requireForceWriter(actor);
  const row = await requireProcedureRow(db, actor, id);
  if (row.status !== 'open')
    throw new AppError('INVALID_STATE', { vi: 'Thủ tục đã kết thúc.', en: 'The procedure is closed.' });
  const current = await db
    .selectFrom('procedurePerson')
    .selectAll()
    .where('id', '=', personId)
    .where('procedureId', '=', id)
    .executeTakeFirst();
  if (!current) throw notFound();
  const [checked] = await personRows(db, { id: row.unitId }, id, row.kind, [
    { ...current, memberId: current.memberId, ...input } as ProcedurePersonInput,
  ]);
  if (!checked) throw new AppError('INTERNAL');
  const flag = (value: boolean | undefined, was: number) => (value === undefined ? was : value ? 1 : 0);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('procedurePerson')
      .set({
        fullName: input.fullName ?? current.fullName,
        dateOfBirth: input.dateOfBirth !== undefined ? input.dateOfBirth : current.dateOfBirth,
        sex: input.sex !== undefined ? input.sex : current.sex,
        ethnicity: input.ethnicity !== undefined ? input.ethnicity : current.ethnicity,
        cccd: input.cccd !== undefined ? input.cccd : current.cccd,
        residence: input.residence !== undefined ? input.residence : current.residence,
        residenceSince: input.residenceSince !== undefined ? input.residenceSince : current.residenceSince,
        phone: input.phone !== undefined ? input.phone : current.phone,
        education: input.education !== undefined ? input.education : current.education,
        villageId: input.villageId !== undefined ? input.villageId : current.villageId,
        teamId: input.teamId !== undefined ? input.teamId : current.teamId,
        proposedRole: input.proposedRole !== undefined ? input.proposedRole : current.proposedRole,
        hasApplication: flag(input.hasApplication, current.hasApplication),
        hasPersonalHistory: flag(input.hasPersonalHistory, current.hasPersonalHistory),
        hasHealthCertificate: flag(input.hasHealthCertificate, current.hasHealthCertificate),
        hasEducationCertificate: flag(input.hasEducationCertificate, current.hasEducationCertificate),
        note: input.note !== undefined ? input.note : current.note,
      })
      .where('id', '=', personId)
      .execute();
    await trx
      .updateTable('procedure')
      .set((eb) => ({ updatedAt: actor.now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'update_person',
      entity: 'procedure',
      entityId: id,
      before: { ...current, cccd: current.cccd ? maskCccd(current.cccd) : null },
      after: { personId, ...input, cccd: input.cccd ? maskCccd(input.cccd) : input.cccd },
    });
  });
  return getProcedure(db, actor, id);
}

/** Open procedures' steps past their due date, in the actor's scope (and under `unitPath` when given). */
function lateStepsQuery(db: Db, actor: Pick<Actor, 'scopePath'>, today: string, unitPath?: string) {
  let query = db
    .selectFrom('procedureStep')
    .innerJoin('procedure', 'procedure.id', 'procedureStep.procedureId')
    .innerJoin('unit', 'unit.id', 'procedure.unitId')
    .where(inScope(actor, 'unit.path'))
    .where('procedure.status', '=', 'open')
    .where('procedureStep.doneOn', 'is', null)
    .where('procedureStep.dueDate', '<', today);
  if (unitPath) query = query.where(inScope({ scopePath: unitPath }, 'unit.path'));
  return query;
}

/**
 * The late steps of the scope, oldest deadline first (at most `limit`), with how many there are and in how
 * many communes: three queries whatever the scope (the list, the counts, the holidays for the working days).
 */
export async function findLateSteps(
  db: Db,
  actor: Pick<Actor, 'scopePath' | 'now'>,
  options: { unitPath?: string; limit: number },
): Promise<{ items: LateStep[]; total: number; communes: number }> {
  const today = vietnamToday(actor.now);
  const [rows, counts] = await Promise.all([
    lateStepsQuery(db, actor, today, options.unitPath)
      .select([
        'procedure.id as procedureId',
        'procedure.title as procedureTitle',
        'procedure.kind',
        'unit.id as unitId',
        'unit.code as unitCode',
        'unit.name as unitName',
        'procedureStep.key',
        'procedureStep.title',
        'procedureStep.dueDate',
      ])
      .orderBy('procedureStep.dueDate')
      .orderBy('procedureStep.id')
      .limit(options.limit)
      .execute(),
    lateStepsQuery(db, actor, today, options.unitPath)
      .select((eb) => [
        eb.fn.countAll<number | string>().as('total'),
        eb.fn.count<number | string>('procedure.unitId').distinct().as('communes'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  const holidays = await holidaysBetween(
    db,
    minDate(
      rows.map((r) => r.dueDate ?? today),
      today,
    ),
    today,
  );
  return {
    items: rows.map((r) => ({
      procedureId: r.procedureId,
      procedureTitle: r.procedureTitle,
      kind: r.kind,
      unit: { id: r.unitId, code: r.unitCode, name: r.unitName },
      stepKey: r.key,
      stepTitle: r.title,
      dueDate: r.dueDate ?? today,
      workingDaysLate: workingDaysBetween(r.dueDate ?? today, today, holidays),
    })),
    total: Number(counts.total),
    communes: Number(counts.communes),
  };
}

/** Open procedures' steps past their due date, in the actor's scope (the commune's force overview). */
export async function listLateSteps(db: Db, actor: Actor, unitId?: string): Promise<{ items: LateStep[] }> {
  const unitPath = await resolveUnitFilter(db, actor, unitId);
  const { items } = await findLateSteps(db, actor, { unitPath, limit: 500 });
  return { items };
}

export { personsOf, personFacts, requireProcedureRow, stepsOf, type PersonRow, type ProcedureRow };
