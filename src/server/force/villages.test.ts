import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ImportPreview, Member, Team, Village } from '../../domain/force/force-api.schemas.ts';
import { createTestContext, type TestContext } from '../test/context.ts';
import { multipartFile } from '../test/multipart.ts';
import { readWorkbook } from '../test/xlsx.ts';
import { sampleMember } from './sample-data.ts';
import { VILLAGE_COLUMNS } from './villages-import.service.ts';

async function villageWorkbook(rows: (string | number | null)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Thôn');
  sheet.addRow(VILLAGE_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(inject('testDialects'))('force villages and teams on %s', (dialect) => {
  let t: TestContext;
  let hungSon: string;
  const villageNames = async () =>
    (
      await t.db
        .selectFrom('village')
        .select('name')
        .where('unitId', '=', hungSon)
        .where('name', 'like', '%Nhập%')
        .orderBy('name')
        .execute()
    ).map((v) => v.name);
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date('2025-03-10T03:00:00.000Z'),
    });
    hungSon = await t.unitId('05761');
  });
  afterAll(() => t.close());

  it('imports villages from .xlsx: errors by row and column, nothing written until valid, then created or updated', async () => {
    const hs = await t.as('ca.hungson');
    const rows = [
      [
        1,
        'Xóm Nhập Một',
        'Thôn',
        320,
        '1.250',
        '45,5',
        'Loại 2',
        'Miền núi, Dân tộc thiểu số',
        'Bình thường',
        null,
      ],
      [2, 'Tổ dân phố Nhập Hai', 'TDP', 610, 2300, null, 1, null, 'Phức tạp', null],
      [3, 'Xóm Nhập Ba', 'Khu vực', -5, 100, null, 4, 'Sa mạc', null, null],
    ];
    const file = await villageWorkbook(rows);
    const preview = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/villages/imports/preview`,
      ...multipartFile('thon.xlsx', file),
    });
    expect(preview.statusCode).toBe(200);
    const body = preview.json<ImportPreview>();
    expect(body).toMatchObject({ total: 3, valid: 2, invalid: 1 });
    const errors = body.rows[2]?.errors.map((e) => [e.row, e.column]);
    expect(errors).toEqual([
      [4, 'kind'],
      [4, 'households'],
      [4, 'villageClass'],
      [4, 'areaTypes'],
    ]);
    const refused = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/villages/imports/commit`,
      ...multipartFile('thon.xlsx', file),
    });
    expect(refused.statusCode).toBe(422);
    expect(await villageNames()).toEqual([]);

    const committed = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/villages/imports/commit`,
      ...multipartFile('thon.xlsx', await villageWorkbook(rows.slice(0, 2))),
    });
    expect(committed.statusCode).toBe(201);
    expect(committed.json()).toMatchObject({ created: 2, updated: 0 });
    const list = await hs({ method: 'GET', url: `/api/villages?unitId=${hungSon}&q=nhap mot` });
    expect(list.json<{ items: Village[] }>().items[0]).toMatchObject({
      name: 'Xóm Nhập Một',
      kind: 'thon',
      households: 320,
      population: 1250,
      areaHectares: 45.5,
      villageClass: 2,
      areaTypes: ['mountain', 'ethnic_minority'],
    });

    const again = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/villages/imports/commit`,
      ...multipartFile(
        'thon.xlsx',
        await villageWorkbook([[1, 'xóm nhập một', 'Thôn', 330, 1300, null, 2, null, null, null]]),
      ),
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 1 });
    expect(await villageNames()).toEqual(['Tổ dân phố Nhập Hai', 'Xóm Nhập Một']);

    const exported = await hs({ method: 'GET', url: `/api/villages/export.xlsx?unitId=${hungSon}&q=nhap` });
    const sheet = (await readWorkbook(exported.rawPayload)).worksheets[0];
    expect((sheet?.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
      'Xã, phường, thị trấn',
      'STT',
      'Tên thôn, tổ dân phố',
      'Loại',
    ]);
    expect(sheet?.rowCount).toBe(3);
  });

  it('dissolves a team only once its members have left, and keeps it with its decision', async () => {
    const hs = await t.as('ca.hungson');
    const village = (await hs({ method: 'GET', url: `/api/villages?unitId=${hungSon}&q=nhap hai` })).json<{
      items: Village[];
    }>().items[0] as Village;
    const team = (
      await hs({
        method: 'POST',
        url: '/api/teams',
        payload: {
          name: 'Tổ bảo vệ ANTT TDP Nhập Hai',
          villageIds: [village.id],
          decisionNumber: '09/QĐ-UBND',
          decisionDate: '2024-07-09',
          decisionSigner: 'Chủ tịch UBND thị trấn',
        },
      })
    ).json<Team>();
    const member = (
      await hs({
        method: 'POST',
        url: '/api/members',
        payload: sampleMember(700, team.id, { role: 'to_truong', recognitionDecisionDate: '2024-08-01' }),
      })
    ).json<Member>();
    const dissolution = {
      decisionNumber: '40/QĐ-UBND',
      decisionDate: '2025-03-09',
      decisionSigner: 'Chủ tịch UBND thị trấn',
      note: 'Sáp nhập tổ dân phố',
    };
    const refused = await hs({
      method: 'POST',
      url: `/api/teams/${team.id}/dissolve`,
      payload: { ...dissolution, version: team.version },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toMatch(/còn 1 thành viên/);
    await hs({
      method: 'POST',
      url: `/api/members/${member.id}/leave`,
      payload: { version: member.version, reason: 'a', date: '2025-03-09' },
    });
    const dissolved = await hs({
      method: 'POST',
      url: `/api/teams/${team.id}/dissolve`,
      payload: { ...dissolution, version: team.version },
    });
    expect(dissolved.statusCode).toBe(200);
    expect(dissolved.json<Team>()).toMatchObject({
      status: 'dissolved',
      dissolutionDecisionNumber: '40/QĐ-UBND',
      decisionNumber: '09/QĐ-UBND',
    });
    const byDate = await hs({
      method: 'GET',
      url: `/api/teams?unitId=${hungSon}&sort=decisionDate&order=desc`,
    });
    const dates = byDate.json<{ items: Team[] }>().items.map((x) => x.decisionDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const byMembers = await hs({
      method: 'GET',
      url: `/api/teams?unitId=${hungSon}&sort=members&order=desc`,
    });
    const sizes = byMembers.json<{ items: Team[] }>().items.map((x) => x.members.total);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const listed = await hs({ method: 'GET', url: `/api/teams?unitId=${hungSon}&status=dissolved` });
    expect(listed.json<{ items: Team[] }>().items.map((x) => x.id)).toContain(team.id);
    const add = await hs({ method: 'POST', url: '/api/members', payload: sampleMember(701, team.id) });
    expect(add.statusCode).toBe(422);

    const exported = await hs({ method: 'GET', url: `/api/teams/export.xlsx?unitId=${hungSon}` });
    expect(exported.statusCode).toBe(200);
    const sheet = (await readWorkbook(exported.rawPayload)).worksheets[0];
    const rows = sheet
      ? Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).values as unknown[])
      : [];
    expect(rows.find((r) => r[2] === 'Tổ bảo vệ ANTT TDP Nhập Hai')?.[7]).toBe('Đã giải thể');
  });
});
