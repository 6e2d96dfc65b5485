// A run of many communes counts its drafts' lines (payroll-count.ts): the members whose month is plain are
// counted in the database and priced once per class, the others computed one by one, and the draft's lines made
// when it is first read. What it stores must be what the listed computation gives, for every kind of month a
// member can have: joined, left or suspended mid-month, promoted, out of post with days entered, trained, two
// history rows on one date, joining after the month.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {
  PayrollComputeMonthResult,
  PayrollDetail,
  PayrollMonthSummary,
} from '../../domain/payroll/payroll-api.schemas.ts';
import { historyRow } from '../force/members.service.ts';
import { systemActor } from '../http/actor.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { memberAdder, villageWithTeam } from '../test/force.ts';
import { computePayrolls } from './payroll-compute.ts';
import type { CommuneRef } from './payroll-inputs.ts';

const SEPT = '2024-09';

interface Placed {
  id: string;
  unitId: string;
  teamId: string;
  role: string;
}

describe.each(inject('testDialects'))('counted payroll drafts on %s', (dialect) => {
  let tick = 0;
  let t: TestContext;
  let hungSon: CommuneRef;
  let quanTrieu: CommuneRef;
  /** The members added to Hùng Sơn, in order: member(0) … member(13). */
  let members: Placed[] = [];

  // Recorded after the rows the API wrote (the clock's 5/10/2024): a second row on one date comes after the first.
  const history = (
    member: Placed,
    effectiveDate: string,
    change: 'role' | 'status' | 'left',
    values: { role?: string; status?: string },
  ) =>
    historyRow(
      systemActor(new Date('2024-10-06T00:00:00.000Z')),
      { ...member, role: values.role ?? member.role, status: values.status ?? 'active' },
      change,
      effectiveDate,
    );
  const days = (member: Placed, duty: [number, number, number, number], trainingDays: number | null) => ({
    unitId: member.unitId,
    month: SEPT,
    memberId: member.id,
    dutyAssigned: duty[0],
    dutyNight: duty[1],
    dutyHoliday: duty[2],
    dutyHazardous: duty[3],
    trainingDays,
    updatedBy: null,
    updatedAt: '2024-10-02T00:00:00.000Z',
  });
  const training = (member: Placed, startedOn: string, endedOn: string | null) => ({
    id: randomUUID(),
    memberId: member.id,
    eventId: null,
    kind: 'training' as const,
    title: 'Tập huấn nghiệp vụ',
    startedOn,
    endedOn,
    passed: 1,
    createdBy: null,
    createdAt: '2024-10-01T00:00:00.000Z',
  });
  const member = (i: number) => members[i]!;
  const communeRef = (code: string) =>
    t.db
      .selectFrom('unit')
      .select(['id', 'code', 'name', 'path', 'parentId'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
  const countRun = (communes: CommuneRef[]) =>
    computePayrolls(t.db, systemActor(new Date('2024-10-05T02:00:00.000Z')), communes, SEPT, {
      strict: false,
      lines: 'count',
    });
  const stored = (unitId: string, month = SEPT) =>
    t.db
      .selectFrom('payroll')
      .leftJoin('payrollContent', 'payrollContent.payrollId', 'payroll.id')
      .select([
        'payroll.id',
        'payroll.total',
        'payroll.memberCount',
        'payroll.lineCount',
        'payroll.warningCount',
        'payrollContent.payrollId as listed',
      ])
      .where('payroll.unitId', '=', unitId)
      .where('payroll.month', '=', month)
      .executeTakeFirstOrThrow();
  const figures = (row: { total: number; memberCount: number; lineCount: number; warningCount: number }) => ({
    total: Number(row.total),
    memberCount: Number(row.memberCount),
    lineCount: Number(row.lineCount),
    warningCount: Number(row.warningCount),
  });
  const read = async (id: string) => {
    const res = await (await t.as('congantinh'))({ method: 'GET', url: `/api/payrolls/${id}` });
    expect(res.statusCode).toBe(200);
    return res.json<PayrollDetail>();
  };

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      withDemoForce: true,
      clock: () => new Date(Date.parse('2024-10-05T03:00:00.000Z') + 1000 * tick++),
    });
    hungSon = await communeRef('05761');
    quanTrieu = await communeRef('05431');
    const coordinator = await t.as('congantinh');
    const { team } = await villageWithTeam(coordinator, hungSon.id, 'Xóm Đếm Người', 180);
    const added = await memberAdder(700)(coordinator, team.id, [
      'to_truong',
      'to_pho',
      ...Array.from({ length: 12 }, () => 'to_vien'),
    ]);
    members = added.map((m) => ({ id: m.id, unitId: m.unit.id, teamId: m.team.id, role: m.role }));
    // member(0) joined on 16/9; member(7) only on 3/10 (not in September).
    await t.db
      .updateTable('memberHistory')
      .set({ effectiveDate: '2024-09-16' })
      .where('memberId', '=', member(0).id)
      .execute();
    await t.db
      .updateTable('memberHistory')
      .set({ effectiveDate: '2024-10-03' })
      .where('memberId', '=', member(7).id)
      .execute();
    await t.db
      .insertInto('memberHistory')
      .values([
        // member(1) left on 10/9; member(2) suspended 5–19/9; member(3) (Tổ viên) promoted to Tổ trưởng on 16/9.
        history(member(1), '2024-09-10', 'left', { status: 'left' }),
        history(member(2), '2024-09-05', 'status', { status: 'suspended' }),
        history(member(2), '2024-09-20', 'status', { status: 'active' }),
        history(member(3), '2024-09-16', 'role', { role: 'to_truong' }),
        // member(5): a second row on the day of their first (recorded later): Tổ phó from the start.
        history(member(5), '2024-08-01', 'role', { role: 'to_pho' }),
        // member(6) left in August (days entered for September in the last test).
        history(member(6), '2024-08-15', 'left', { status: 'left' }),
      ])
      .execute();
    await t.db
      .insertInto('memberTraining')
      .values([training(member(4), '2024-09-12', '2024-09-13'), training(member(8), '2024-09-25', null)])
      .execute();
    await t.db
      .insertInto('payrollDays')
      .values([
        // The kinds the demo rate set pays (duty on assignment and hazardous days it does not: a warning).
        days(member(2), [0, 1, 0, 0], null),
        days(member(3), [0, 3, 1, 0], null),
        days(member(4), [0, 0, 1, 0], null),
        days(member(9), [0, 0, 1, 0], 2),
        days(member(10), [0, 2, 1, 0], null),
        days(member(11), [0, 2, 1, 0], 0),
      ])
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores the figures the listed computation gives, and lists the lines when the draft is first read', async () => {
    const outcome = await countRun([hungSon, quanTrieu]);
    expect(outcome.failed).toEqual([]);
    const counted = { hungSon: await stored(hungSon.id), quanTrieu: await stored(quanTrieu.id) };
    // Counted: figures stored, no document yet.
    expect(counted.hungSon.listed).toBeNull();
    expect(counted.quanTrieu.listed).toBeNull();
    expect(outcome.total).toBe(Number(counted.hungSon.total) + Number(counted.quanTrieu.total));

    for (const [commune, row] of [
      [hungSon, counted.hungSon],
      [quanTrieu, counted.quanTrieu],
    ] as const) {
      const detail = await read(row.id);
      expect(figures(detail), commune.name).toEqual(figures(row));
      expect(detail.lines.length + detail.corrections.length).toBe(Number(row.lineCount));
      expect(detail.lines.reduce((s, l) => s + l.amount, 0)).toBe(Number(row.total));
      expect(new Set(detail.lines.map((l) => l.memberId)).size).toBe(Number(row.memberCount));
      // The document is stored now, and its making audited.
      expect((await stored(commune.id)).listed).toBe(row.id);
      expect((await auditRowsFor(t.db, 'payroll', row.id)).map((a) => a.action)).toEqual(['compute', 'list']);
    }

    // The edge cases are in Hùng Sơn's lines as the listed computation pays them.
    const detail = await read(counted.hungSon.id);
    const monthlyDays = (m: Placed) =>
      detail.lines.filter((l) => l.memberId === m.id && l.kind === 'monthly_support').map((l) => l.days);
    const monthly = (m: Placed) =>
      detail.lines.find((l) => l.memberId === m.id && l.kind === 'monthly_support');
    expect(monthlyDays(member(0))).toEqual([15]);
    expect(monthlyDays(member(1))).toEqual([9]);
    expect(monthlyDays(member(2))).toEqual([15]);
    // Promoted on 16/9: the monthly support is one line, with the role of the last day.
    expect(monthlyDays(member(3))).toEqual([30]);
    expect(monthly(member(3))?.role).toBe('to_truong');
    expect(detail.lines.some((l) => l.memberId === member(6).id)).toBe(false);
    expect(monthly(member(5))?.role).toBe('to_pho');
    expect(detail.lines.some((l) => l.memberId === member(7).id)).toBe(false);
    const trainingDays = (m: Placed) =>
      detail.lines.find((l) => l.memberId === m.id && l.kind === 'training_day')?.days;
    expect([trainingDays(member(4)), trainingDays(member(8)), trainingDays(member(9))]).toEqual([2, 1, 2]);
  });

  it('reads a counted draft with the data of the moment it is first read (figures made again with its lines)', async () => {
    await countRun([quanTrieu]);
    const before = await stored(quanTrieu.id);
    expect(before.listed).toBeNull();
    const member = await t.db
      .selectFrom('member')
      .select(['id', 'unitId'])
      .where('unitId', '=', quanTrieu.id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('payrollDays')
      .values(days({ ...member, teamId: '', role: '' }, [0, 4, 0, 0], null))
      .execute();
    const detail = await read(before.id);
    const night = detail.lines.find((l) => l.memberId === member.id && l.kind === 'duty_night');
    expect(night?.days).toBe(4);
    expect(detail.total).toBe(Number(before.total) + night!.amount);
    expect(Number((await stored(quanTrieu.id)).total)).toBe(detail.total);
  });

  it('submits a counted draft that was never opened: its lines are made and checked first', async () => {
    await countRun([hungSon]);
    const counted = await stored(hungSon.id);
    expect(counted.listed).toBeNull();
    const res = await (
      await t.as('ca.hungson')
    )({
      method: 'POST',
      url: `/api/payrolls/${counted.id}/submit`,
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    const detail = res.json<PayrollDetail>();
    expect(detail.status).toBe('submitted');
    expect(figures(detail)).toEqual(figures(counted));
    expect(detail.lines.length).toBe(Number(counted.lineCount));
    // A submitted payroll is left as it is by a later run.
    const again = await countRun([hungSon]);
    expect(again.skipped).toEqual([{ unitId: hungSon.id, status: 'submitted' }]);
    expect((await stored(hungSon.id)).listed).toBe(counted.id);
  });

  it('lists at once a commune whose count raises a warning (days entered for a member out of post)', async () => {
    await t.db
      .insertInto('payrollDays')
      .values(days(member(6), [0, 2, 0, 0], null))
      .execute();
    const outcome = await countRun([quanTrieu, hungSon]);
    expect(outcome.skipped).toEqual([{ unitId: hungSon.id, status: 'submitted' }]);
    // Hùng Sơn's payroll was submitted: its approver (the district) returns it to draft first.
    const returned = await (
      await t.as('ubnd.daitu')
    )({
      method: 'POST',
      url: `/api/payrolls/${(await stored(hungSon.id)).id}/return`,
      payload: { reason: 'Bổ sung ngày trực' },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    await countRun([hungSon]);
    const row = await stored(hungSon.id);
    expect(row.listed).toBe(row.id);
    expect(Number(row.warningCount)).toBe(1);
    const detail = await read(row.id);
    expect(detail.warnings.map((w) => w.memberId)).toEqual([member(6).id]);
    expect(figures(detail)).toEqual(figures(row));
  });

  describe('POST /api/payrolls/compute-month', () => {
    const AUG = '2024-08';
    const computeMonth = async (user: string, payload: Record<string, unknown>) =>
      (await t.as(user))({ method: 'POST', url: '/api/payrolls/compute-month', payload });

    it("computes the drafts of every commune in the user's scope, counted, and lists them when opened", async () => {
      const res = await computeMonth('congantinh', { month: AUG });
      expect(res.statusCode).toBe(200);
      const result = res.json<PayrollComputeMonthResult>();
      // The communes the month's summary lists.
      const summary = await (
        await t.as('congantinh')
      )({ method: 'GET', url: `/api/payrolls/summary?month=${AUG}` });
      const listed = summary.json<PayrollMonthSummary>().districts.flatMap((d) => d.communes);
      expect(result).toMatchObject({ month: AUG, communes: listed.length, skipped: [], failed: [] });
      expect(listed.length).toBeGreaterThan(1);
      expect(result.computed).toBe(result.communes);
      const rows = await t.db
        .selectFrom('payroll')
        .leftJoin('payrollContent', 'payrollContent.payrollId', 'payroll.id')
        .select(['payroll.id', 'payroll.unitId', 'payroll.total', 'payrollContent.payrollId as listed'])
        .where('payroll.month', '=', AUG)
        .execute();
      expect(rows).toHaveLength(result.computed);
      expect(rows.reduce((sum, r) => sum + Number(r.total), 0)).toBe(result.total);
      // Hùng Sơn's August: counted, then listed with the same total when opened.
      const hungSonRow = rows.find((r) => r.unitId === hungSon.id)!;
      expect(hungSonRow.listed).toBeNull();
      expect(Number(hungSonRow.total)).toBeGreaterThan(0);
      expect((await read(hungSonRow.id)).total).toBe(Number(hungSonRow.total));
      expect((await auditRowsFor(t.db, 'payroll', hungSonRow.id)).map((a) => [a.action, a.userId])).toEqual([
        [
          'compute',
          (
            await t.db
              .selectFrom('appUser')
              .select('id')
              .where('username', '=', 'congantinh')
              .executeTakeFirstOrThrow()
          ).id,
        ],
        ['list', expect.any(String)],
      ]);
    });

    it("covers a commune police user's own commune, leaves submitted payrolls and says so", async () => {
      const police = await t.as('ca.hungson');
      const august = (await stored(hungSon.id, AUG)).id;
      expect(
        (await police({ method: 'POST', url: `/api/payrolls/${august}/submit`, payload: {} })).statusCode,
      ).toBe(200);
      const res = await computeMonth('ca.hungson', { month: AUG });
      expect(res.statusCode).toBe(200);
      expect(res.json<PayrollComputeMonthResult>()).toMatchObject({
        unit: { id: hungSon.id },
        communes: 1,
        computed: 0,
        skipped: [{ unit: { id: hungSon.id, name: hungSon.name }, status: 'submitted' }],
      });
    });

    it('answers 400 for a bad month or unit id, writing nothing', async () => {
      const before = await t.db
        .selectFrom('payroll')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const badMonth = await computeMonth('congantinh', { month: '2024-13' });
      expect(badMonth.statusCode).toBe(400);
      expect(badMonth.json().errors.map((e: { path: string }) => e.path)).toContain('/month');
      expect((await computeMonth('congantinh', { month: AUG, unitId: 42 })).statusCode).toBe(400);
      expect((await computeMonth('congantinh', {})).statusCode).toBe(400);
      const after = await t.db
        .selectFrom('payroll')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('answers 404 for a unit out of scope and 403 for a user who does not compute payrolls', async () => {
      expect((await computeMonth('ca.hungson', { month: AUG, unitId: quanTrieu.id })).statusCode).toBe(404);
      expect((await computeMonth('ubnd.daitu', { month: AUG })).statusCode).toBe(403);
    });
  });
});
