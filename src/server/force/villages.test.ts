import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ImportPreview, Member, Team, Village } from '../../domain/force/force-api.schemas.ts';
import { createTestContext, type TestContext } from '../test/context.ts';
import { multipartFile } from '../test/multipart.ts';
import { readWorkbook } from '../test/xlsx.ts';
import { sampleMember } from './sample-data.ts';
import { MEMBER_COLUMNS } from './members-import.service.ts';
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
  let quanTrieu: string;
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
    quanTrieu = await t.unitId('05431');
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

  it('gives the import templates; refuses another commune (404), readers (403) and other files, writing nothing', async () => {
    const hs = await t.as('ca.hungson');
    for (const [entity, columns] of [
      ['villages', VILLAGE_COLUMNS],
      ['members', MEMBER_COLUMNS],
    ] as const) {
      const template = await hs({ method: 'GET', url: `/api/${entity}/import-template.xlsx` });
      expect(template.statusCode).toBe(200);
      const sheet = (await readWorkbook(template.rawPayload)).worksheets[0];
      expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.header));
      expect(sheet?.rowCount).toBe(1);
    }
    const before = await villageNames();
    const file = await villageWorkbook([[1, 'Xóm Nhập Bốn', 'Thôn', 100, 400, null, 3, null, null, null]]);
    const qt = await t.as('ca.quantrieu');
    for (const step of ['preview', 'commit']) {
      const url = `/api/communes/${hungSon}/villages/imports/${step}`;
      expect((await qt({ method: 'POST', url, ...multipartFile('thon.xlsx', file) })).statusCode).toBe(404);
    }
    const reader = await t.as('ubndtinh');
    const read = await reader({
      method: 'POST',
      url: `/api/communes/${hungSon}/villages/imports/commit`,
      ...multipartFile('thon.xlsx', file),
    });
    expect(read.statusCode).toBe(403);
    const notWorkbook = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/villages/imports/preview`,
      ...multipartFile('thon.xlsx', Buffer.from('STT;Tên\n1;Xóm A\n')),
    });
    expect(notWorkbook.statusCode).toBe(415);
    expect(await villageNames()).toEqual(before);
  });

  it('edits and deletes villages and teams in scope: 400 on bad input, 404 for another commune, 422 while in use', async () => {
    const hs = await t.as('ca.hungson');
    const qt = await t.as('ca.quantrieu');
    const fields = { kind: 'thon', households: 120, population: 480, areaHectares: null, villageClass: 3 };
    const village = (
      await hs({
        method: 'POST',
        url: '/api/villages',
        payload: { ...fields, unitId: hungSon, name: 'Xóm Nhập Năm' },
      })
    ).json<Village>();
    const qtVillage = (
      await qt({
        method: 'POST',
        url: '/api/villages',
        payload: { ...fields, unitId: quanTrieu, name: 'Tổ dân phố Nhập QT' },
      })
    ).json<Village>();

    // Lists narrowed to another commune, and unknown sorts.
    for (const path of ['villages', 'villages/export.xlsx', 'teams', 'teams/export.xlsx']) {
      expect((await hs({ method: 'GET', url: `/api/${path}?unitId=${quanTrieu}` })).statusCode, path).toBe(
        404,
      );
      expect((await hs({ method: 'GET', url: `/api/${path}?sort=colour` })).statusCode, path).toBe(400);
    }

    const villageUrl = `/api/villages/${village.id}`;
    const badVillage = await hs({
      method: 'PATCH',
      url: villageUrl,
      payload: { version: village.version, households: -1 },
    });
    expect(badVillage.statusCode).toBe(400);
    expect(badVillage.json().errors[0].path).toBe('/households');
    expect(
      (await qt({ method: 'PATCH', url: villageUrl, payload: { version: village.version, note: 'x' } }))
        .statusCode,
    ).toBe(404);
    const edited = await hs({
      method: 'PATCH',
      url: villageUrl,
      payload: { version: village.version, households: 150 },
    });
    expect(edited.json<Village>()).toMatchObject({ households: 150, version: village.version + 1 });

    const team = {
      decisionNumber: '11/QĐ-UBND',
      decisionDate: '2024-07-11',
      decisionSigner: 'Chủ tịch UBND xã',
    };
    expect(
      (await hs({ method: 'POST', url: '/api/teams', payload: { ...team, name: 'Tổ X', villageIds: [] } }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await hs({
          method: 'POST',
          url: '/api/teams',
          payload: { ...team, name: 'Tổ X', villageIds: [qtVillage.id] },
        })
      ).statusCode,
    ).toBe(404);
    const created = await hs({
      method: 'POST',
      url: '/api/teams',
      payload: { ...team, name: 'Tổ bảo vệ ANTT Xóm Nhập Năm', villageIds: [village.id] },
    });
    expect(created.statusCode).toBe(201);
    const teamRow = created.json<Team>();
    const teamUrl = `/api/teams/${teamRow.id}`;
    const badTeam = await hs({
      method: 'PATCH',
      url: teamUrl,
      payload: { version: teamRow.version, decisionDate: '11/07/2024' },
    });
    expect(badTeam.statusCode).toBe(400);
    expect(badTeam.json().errors[0].path).toBe('/decisionDate');
    const otherCommune = await hs({
      method: 'PATCH',
      url: teamUrl,
      payload: { version: teamRow.version, villageIds: [qtVillage.id] },
    });
    expect(otherCommune.statusCode).toBe(404);
    for (const attempt of [
      { method: 'GET', url: teamUrl },
      { method: 'PATCH', url: teamUrl, payload: { version: teamRow.version, note: 'x' } },
      {
        method: 'POST',
        url: `${teamUrl}/dissolve`,
        payload: { ...team, decisionNumber: '41/QĐ-UBND', version: teamRow.version },
      },
    ] as const) {
      expect((await qt(attempt)).statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
    }
    const renamed = await hs({
      method: 'PATCH',
      url: teamUrl,
      payload: { version: teamRow.version, name: 'Tổ bảo vệ ANTT Xóm Nhập Năm (mới)' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json<Team>()).toMatchObject({
      name: 'Tổ bảo vệ ANTT Xóm Nhập Năm (mới)',
      villages: [{ id: village.id }],
      decisionNumber: '11/QĐ-UBND',
    });

    // A village with a team stays; one without goes, once, and only in scope.
    const inUse = await hs({ method: 'DELETE', url: villageUrl });
    expect(inUse.statusCode).toBe(422);
    expect(inUse.json().detail).toMatch(/không xóa được/);
    expect((await hs({ method: 'DELETE', url: `/api/villages/${qtVillage.id}` })).statusCode).toBe(404);
    const qtVillageUrl = `/api/villages/${qtVillage.id}`;
    expect((await qt({ method: 'GET', url: qtVillageUrl })).statusCode).toBe(200);
    expect((await qt({ method: 'DELETE', url: qtVillageUrl })).statusCode).toBe(204);
    expect((await qt({ method: 'GET', url: qtVillageUrl })).statusCode).toBe(404);
    expect((await hs({ method: 'GET', url: villageUrl })).statusCode).toBe(200);
  });
});
