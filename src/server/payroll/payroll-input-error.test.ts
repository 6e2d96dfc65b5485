// A month whose input cannot be computed — here a coefficient rate on days without a base salary, which the
// base-salary pages never allow (no gaps) but a damaged table could hold — answers 422 saying what is missing,
// and writes nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/context.ts';

describe.each(inject('testDialects'))('payroll input that cannot be computed on %s', (dialect) => {
  let t: TestContext;
  let hungSon: string;

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), { withDemoForce: true });
    hungSon = await t.unitId('05761');
    await t.db.deleteFrom('payrollBaseSalary').where('fromDate', '>=', '2024-07-01').execute();
  });
  afterAll(() => t.close());

  it('answers 422 naming the missing base salary, and stores no payroll', async () => {
    const police = await t.as('ca.hungson');
    const res = await police({
      method: 'POST',
      url: '/api/payrolls/compute',
      payload: { unitId: hungSon, month: '2024-09' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('Không có mức lương cơ sở cho ngày 01/09/2024');
    const stored = await t.db.selectFrom('payroll').select('id').where('unitId', '=', hungSon).execute();
    expect(stored).toEqual([]);
  });
});
