// A commune merged into another in the middle of a month (the 2025 reform): each commune pays the members
// who moved for their own days only — the old one until the eve of the merger, the successor from its date.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Member } from '../../domain/force/force-api.schemas.ts';
import type { PayrollLine } from '../../domain/payroll/compute-payroll.ts';
import type { PayrollDetail } from '../../domain/payroll/payroll-api.schemas.ts';
import { systemActor } from '../http/actor.ts';
import { createTestContext, type TestContext } from '../test/context.ts';
import { memberAdder, recordSuccession, villageWithTeam } from '../test/force.ts';
import { computePayrolls } from './payroll-compute.ts';

const MARCH = '2025-03';

describe.each(inject('testDialects'))('payroll across a merger on %s', (dialect) => {
  let tick = 0;
  let t: TestContext;
  let hungSon: string;
  let phucLuong: string;
  let moved: Member[] = [];

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      withDemoForce: true,
      clock: () => new Date(Date.parse('2025-04-05T03:00:00.000Z') + 1000 * tick++),
    });
    hungSon = await t.unitId('05761');
    phucLuong = await t.unitId('05767');
    const coordinator = await t.as('congantinh');
    const { team } = await villageWithTeam(coordinator, phucLuong, 'Xóm Sáp Nhập', 200);
    moved = await memberAdder(900)(coordinator, team.id, ['to_truong', 'to_vien']);
    await recordSuccession(t, phucLuong, hungSon, '2025-03-16');
    const carried = await (
      await t.as('admin')
    )({
      method: 'POST',
      url: '/api/force/carry-across-succession',
      payload: { oldUnitId: phucLuong, newUnitId: hungSon },
    });
    expect(carried.statusCode).toBe(200);
    // A training day on each side of the merger: 10/3 for the second member, 20/3 for the first.
    await t.db
      .insertInto('memberTraining')
      .values(
        [
          { member: moved[1]!, day: '2025-03-10' },
          { member: moved[0]!, day: '2025-03-20' },
        ].map(({ member, day }) => ({
          id: `merger-training-${day}`,
          memberId: member.id,
          eventId: null,
          kind: 'training',
          title: 'Tập huấn nghiệp vụ',
          startedOn: day,
          endedOn: day,
          passed: 1,
          createdBy: null,
          createdAt: '2025-04-01T00:00:00.000Z',
        })),
      )
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  const compute = async (unitId: string) => {
    const res = await (
      await t.as('congantinh')
    )({
      method: 'POST',
      url: '/api/payrolls/compute',
      payload: { unitId, month: MARCH },
    });
    expect(res.statusCode).toBe(200);
    return res.json<PayrollDetail>();
  };
  const daysOf = (payroll: PayrollDetail, kind: PayrollLine['kind']) =>
    moved.map((m) => payroll.lines.find((l) => l.memberId === m.id && l.kind === kind)?.days ?? 0);
  const monthlyDays = (payroll: PayrollDetail) => daysOf(payroll, 'monthly_support');

  it('pays the moved members 1–15 March in the old commune and 16–31 March in the successor', async () => {
    const old = await compute(phucLuong);
    expect(monthlyDays(old)).toEqual([15, 15]);
    const leader = old.lines.find((l) => l.memberId === moved[0]!.id && l.kind === 'monthly_support')!;
    // 0.8 × 2,340,000 đ × 15/31, rounded once.
    expect(leader.amount).toBe(Math.round((1_872_000 * 15) / 31));

    const successor = await compute(hungSon);
    expect(monthlyDays(successor)).toEqual([16, 16]);
    // Hùng Sơn's own members are paid the whole month as before.
    const own = successor.lines.filter(
      (l) => l.kind === 'monthly_support' && !moved.some((m) => m.id === l.memberId),
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((l) => l.days === 31)).toBe(true);
  });

  it('pays a training day by the commune the member was in on that day, not by both', async () => {
    expect(daysOf(await compute(phucLuong), 'training_day')).toEqual([0, 1]);
    expect(daysOf(await compute(hungSon), 'training_day')).toEqual([1, 0]);
  });

  it('counts the same figures in a counted run (the merged commune goes by the general path)', async () => {
    const listed = [await compute(phucLuong), await compute(hungSon)];
    const communes = await t.db
      .selectFrom('unit')
      .select(['id', 'code', 'name', 'path', 'parentId'])
      .where('id', 'in', [phucLuong, hungSon])
      .orderBy('code')
      .execute();
    // One commune a run: the successor's rows are not in the merged commune's batch.
    for (const commune of communes) {
      const outcome = await computePayrolls(t.db, systemActor(), [commune], MARCH, {
        strict: false,
        lines: 'count',
      });
      expect(outcome.failed).toEqual([]);
    }
    const stored = await t.db
      .selectFrom('payroll')
      .leftJoin('payrollContent', 'payrollContent.payrollId', 'payroll.id')
      .select([
        'payroll.unitId',
        'payroll.total',
        'payroll.lineCount',
        'payroll.memberCount',
        'payrollContent.payrollId as listed',
      ])
      .where('payroll.month', '=', MARCH)
      .execute();
    const of = (unitId: string) => stored.find((p) => p.unitId === unitId)!;
    for (const payroll of listed) {
      const row = of(payroll.unit.id);
      expect([Number(row.total), Number(row.lineCount), Number(row.memberCount)]).toEqual([
        payroll.total,
        payroll.lineCount,
        payroll.memberCount,
      ]);
    }
    // Phúc Lương lost its members to Hùng Sơn mid-month: listed again by the general path, not counted.
    expect(of(phucLuong).listed).not.toBeNull();
    expect(of(hungSon).listed).toBeNull();
  });
});
