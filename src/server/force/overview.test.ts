import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Member, Overview, Village } from '../../domain/force/force-api.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { memberAdder, recordSuccession, villageWithTeam } from '../test/force.ts';
import { readWorkbook } from '../test/xlsx.ts';

describe.each(inject('testDialects'))('force overview and merger on %s', (dialect) => {
  let t: TestContext;
  let hungSon: string;
  let quanTrieu: string;
  let phucLuong: string;
  const addMembers = memberAdder(500);

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date('2025-03-10T03:00:00.000Z'),
    });
    hungSon = await t.unitId('05761');
    quanTrieu = await t.unitId('05431');
    phucLuong = await t.unitId('05767');
    const coordinator = await t.as('congantinh');
    await coordinator({
      method: 'POST',
      url: '/api/force/rule-sets',
      payload: { sourceKey: 'demo-thai-nguyen', effectiveFrom: '2024-07-01' },
    });
    const hs = await t.as('ca.hungson');
    // 300 households: 3 members required; 3 in post.
    const a = await villageWithTeam(hs, hungSon, 'Xóm Tổng Hợp A', 300);
    const members = await addMembers(hs, a.team.id, ['to_truong', 'to_pho', 'to_vien'], 'dan_phong');
    await hs({
      method: 'POST',
      url: `/api/members/${members[0]?.id}/trainings`,
      payload: {
        kind: 'training',
        title: 'Huấn luyện nghiệp vụ 2024',
        startedOn: '2024-09-10',
        passed: true,
      },
    });
    // 700 households: 3 + 1 per 116 above 350 → 5 (the maximum); 2 in post.
    const b = await villageWithTeam(hs, hungSon, 'Xóm Tổng Hợp B', 700);
    await addMembers(hs, b.team.id, ['to_truong', 'to_vien']);
    // A village without a team.
    await hs({
      method: 'POST',
      url: '/api/villages',
      payload: {
        unitId: hungSon,
        name: 'Xóm Tổng Hợp C',
        kind: 'thon',
        households: 100,
        population: 400,
        areaHectares: null,
        villageClass: 3,
      },
    });
    const qt = await t.as('ca.quantrieu');
    const q = await villageWithTeam(qt, quanTrieu, 'Tổ dân phố Tổng Hợp Q', 200);
    await addMembers(qt, q.team.id, ['to_truong'], 'bao_ve_dan_pho');
  });
  afterAll(() => t.close());

  it('gives the province totals by district and commune, with the gaps against the rule set', async () => {
    const coordinator = await t.as('congantinh');
    const res = await coordinator({ method: 'GET', url: '/api/force/overview' });
    expect(res.statusCode).toBe(200);
    const overview = res.json<Overview>();
    expect(overview.root.code).toBe('19');
    expect(overview.ruleSet).toMatchObject({ isExample: true });
    const daiTu = overview.districts.find((d) => d.unit.code === '171');
    const hs = daiTu?.communes.find((c) => c.unit.code === '05761');
    expect(hs).toMatchObject({
      villages: 3,
      teams: 2,
      members: 5,
      byRole: { to_truong: 2, to_pho: 1, to_vien: 2 },
      byOrigin: { dan_phong: 3, new: 2 },
      trained: 1,
      requiredTeams: 3,
      requiredMembers: 11,
      shortfall: 6,
      villagesShort: 2,
      villagesWithoutTeam: 1,
    });
    expect(daiTu).toMatchObject({ members: 5, teams: 2 });
    expect(daiTu?.communes.length).toBeGreaterThan(20);
    expect(overview.totals).toMatchObject({
      members: 6,
      teams: 3,
      villages: 4,
      byOrigin: { bao_ve_dan_pho: 1 },
    });

    const file = await coordinator({ method: 'GET', url: '/api/force/overview/export.xlsx' });
    expect(file.statusCode).toBe(200);
    const sheet = (await readWorkbook(file.rawPayload)).worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      'Đơn vị',
      'Số thôn, tổ dân phố',
      'Số Tổ hiện có',
      'Số Tổ theo tiêu chí',
      'Thành viên hiện có',
    ]);
    const last = sheet.getRow(sheet.rowCount).values as unknown[];
    expect(String(last[1])).toMatch(/^Tổng cộng Tỉnh Thái Nguyên \(10\/03\/2025\)/);
    expect(last[5]).toBe(6);
  });

  it('shows a commune police user its commune only (404 for another)', async () => {
    const hs = await t.as('ca.hungson');
    const own = (await hs({ method: 'GET', url: '/api/force/overview' })).json<Overview>();
    expect(own.root.id).toBe(hungSon);
    expect(own.districts).toEqual([]);
    expect(own.communes.map((c) => c.unit.id)).toEqual([hungSon]);
    expect(own.totals.members).toBe(5);
    expect((await hs({ method: 'GET', url: `/api/force/overview?unitId=${quanTrieu}` })).statusCode).toBe(
      404,
    );
    const district = (
      await (
        await t.as('ubnd.daitu')
      )({ method: 'GET', url: '/api/force/overview' })
    ).json<Overview>();
    expect(district.districts.map((d) => d.unit.code)).toEqual(['171']);
    expect(district.totals.members).toBe(5);
  });

  it('carries a merged commune’s villages, teams and members to its successor, keeping history', async () => {
    const coordinator = await t.as('congantinh');
    // Phúc Lương has a village named like one of Hùng Sơn's.
    const p = await villageWithTeam(coordinator, phucLuong, 'Xóm Tổng Hợp A', 250);
    const moved = await addMembers(coordinator, p.team.id, ['to_truong', 'to_vien']);
    await recordSuccession(t, phucLuong, hungSon, '2025-03-01');
    const body = { oldUnitId: phucLuong, newUnitId: hungSon };
    expect(
      (await coordinator({ method: 'POST', url: '/api/force/carry-across-succession', payload: body }))
        .statusCode,
    ).toBe(403);
    const admin = await t.as('admin');
    const wrong = await admin({
      method: 'POST',
      url: '/api/force/carry-across-succession',
      payload: { oldUnitId: quanTrieu, newUnitId: hungSon },
    });
    expect(wrong.statusCode).toBe(404);
    const res = await admin({ method: 'POST', url: '/api/force/carry-across-succession', payload: body });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ villages: 1, teams: 1, members: 2, procedures: 0 });

    const hs = await t.as('ca.hungson');
    const member = (await hs({ method: 'GET', url: `/api/members/${moved[0]?.id}` })).json<Member>();
    expect(member.unit.id).toBe(hungSon);
    expect(member.previousUnit).toMatchObject({ id: phucLuong, name: 'Xã Phúc Lương' });
    // Found by name in the successor's list: the search's keys moved with the member.
    const byName = await hs({ method: 'GET', url: `/api/members?q=${encodeURIComponent(member.fullName)}` });
    expect(byName.json<{ items: Member[] }>().items.map((m) => m.id)).toEqual([member.id]);
    expect(member.history.map((h) => [h.change, h.unit.id, h.effectiveDate])).toEqual([
      ['joined', phucLuong, '2024-08-01'],
      ['merger', hungSon, '2025-03-01'],
    ]);
    const village = (await hs({ method: 'GET', url: `/api/villages/${p.village.id}` })).json<Village>();
    expect(village.name).toBe('Xóm Tổng Hợp A (Xã Phúc Lương)');
    const overview = (await hs({ method: 'GET', url: '/api/force/overview' })).json<Overview>();
    expect(overview.totals.members).toBe(7);

    const again = await admin({ method: 'POST', url: '/api/force/carry-across-succession', payload: body });
    expect(again.json()).toEqual({ villages: 0, teams: 0, members: 0, procedures: 0 });
    expect(
      (await auditRowsFor(t.db, 'unit_succession')).filter((a) => a.action === 'carry_force'),
    ).toHaveLength(2);
  });

  it('refuses a bad date (400) and another commune’s export (404)', async () => {
    const hs = await t.as('ca.hungson');
    for (const path of ['force/overview', 'force/overview/export.xlsx']) {
      expect((await hs({ method: 'GET', url: `/api/${path}?asOf=10/03/2025` })).statusCode, path).toBe(400);
      expect((await hs({ method: 'GET', url: `/api/${path}?unitId=${quanTrieu}` })).statusCode, path).toBe(
        404,
      );
    }
    const own = await hs({ method: 'GET', url: `/api/force/overview/export.xlsx?unitId=${hungSon}` });
    expect(own.statusCode).toBe(200);
  });
});
