import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LateStep, MemberSummary, Overview, RuleSet } from '../../domain/force/force-api.schemas.ts';
import { createTestContext, type TestContext } from '../test/context.ts';

describe.each(inject('testDialects'))('force demo data on %s', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), { withDemoForce: true });
  });
  afterAll(() => t.close());

  it('gives both demo communes made-up villages, teams and members, under the example rule set', async () => {
    const hs = await t.as('ca.hungson');
    const ruleSets = (await hs({ method: 'GET', url: '/api/force/rule-sets' })).json<{ items: RuleSet[] }>()
      .items;
    expect(ruleSets).toEqual([
      expect.objectContaining({ sourceKey: 'demo-thai-nguyen', isExample: true, inForce: true }),
    ]);
    const own = (await hs({ method: 'GET', url: '/api/force/overview' })).json<Overview>();
    expect(own.totals).toMatchObject({ villages: 3, teams: 3, members: 10, villagesShort: 1 });
    const members = (await hs({ method: 'GET', url: '/api/members?limit=100' })).json<{
      items: MemberSummary[];
    }>();
    expect(members.items.every((m) => m.fullName.includes('Mẫu'))).toBe(true);
    const late = (await hs({ method: 'GET', url: '/api/procedures/late-steps' })).json<{
      items: LateStep[];
    }>();
    expect(late.items.map((s) => s.stepKey)).toContain('proposal_sent');

    const coordinator = await t.as('congantinh');
    const province = (await coordinator({ method: 'GET', url: '/api/force/overview' })).json<Overview>();
    expect(province.totals).toMatchObject({ villages: 5, teams: 5, members: 15 });
    const qt = await t.as('ca.quantrieu');
    const qtMembers = (await qt({ method: 'GET', url: '/api/members?limit=100' })).json<{
      items: MemberSummary[];
    }>();
    expect(qtMembers.items).toHaveLength(5);
    expect(qtMembers.items.every((m) => m.unit.code === '05431')).toBe(true);
  });
});
