// Two history rows of one member on one date (a role recorded, then corrected the same day): the one recorded
// last is in force. The payroll reads a commune's history without the recording time, so it must notice the
// tie and read that member's rows in full.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Member } from '../../domain/force/force-api.schemas.ts';
import type { PayrollDetail } from '../../domain/payroll/payroll-api.schemas.ts';
import { createTestContext, type TestContext } from '../test/context.ts';
import { memberAdder, villageWithTeam } from '../test/force.ts';

describe.each(inject('testDialects'))('payroll and history rows of one date on %s', (dialect) => {
  let tick = 0;
  let t: TestContext;
  let member: Member;

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      withDemoForce: true,
      clock: () => new Date(Date.parse('2025-04-05T03:00:00.000Z') + 1000 * tick++),
    });
    const phucLuong = await t.unitId('05767');
    const coordinator = await t.as('congantinh');
    const { team } = await villageWithTeam(coordinator, phucLuong, 'Xóm Cùng Ngày', 150);
    member = (await memberAdder(950)(coordinator, team.id, ['to_vien']))[0]!;
    // Written in the opposite order of their recording: the later-recorded row (Tổ phó) comes first in the table.
    const row = (id: string, role: string, recordedAt: string) => ({
      id,
      memberId: member.id,
      effectiveDate: '2025-03-10',
      change: 'role' as const,
      unitId: phucLuong,
      teamId: team.id,
      role,
      status: 'active' as const,
      decisionNumber: null,
      note: null,
      recordedBy: null,
      recordedAt,
    });
    await t.db
      .insertInto('memberHistory')
      .values(row('00000000-same-day-b', 'to_pho', '2025-03-10T08:00:00.000Z'))
      .execute();
    await t.db
      .insertInto('memberHistory')
      .values(row('ffffffff-same-day-a', 'to_vien', '2025-03-10T07:00:00.000Z'))
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('pays from the row recorded last on that date (Tổ phó from 10 March)', async () => {
    const res = await (
      await t.as('congantinh')
    )({
      method: 'POST',
      url: '/api/payrolls/compute',
      payload: { unitId: await t.unitId('05767'), month: '2025-03' },
    });
    expect(res.statusCode).toBe(200);
    const lines = res.json<PayrollDetail>().lines.filter((l) => l.memberId === member.id);
    const monthly = lines.find((l) => l.kind === 'monthly_support')!;
    expect(monthly.role).toBe('to_pho');
    expect(monthly.segments.map((s) => [s.from, s.role])).toEqual([
      ['2025-03-01', 'to_vien'],
      ['2025-03-10', 'to_pho'],
    ]);
  });
});
