import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ImportPreview, MemberSummary, Team, Village } from '../../domain/force/force-api.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { readWorkbook } from '../test/xlsx.ts';
import { memberWorkbook, sampleSheetRow, type SheetCells } from './sample-data.ts';

/** A multipart body with the file and text fields, as the browser's import form sends it. */
function multipart(file: Buffer, fields: Record<string, string> = {}) {
  const boundary = '----antt-force-import';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="danh-sach.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(inject('testDialects'))('force member import and export on %s', (dialect) => {
  let t: TestContext;
  let hungSon: string;
  let team: Team;
  const village = 'Xóm Mẫu Một';
  const countMembers = async () =>
    Number(
      (
        await t.db
          .selectFrom('member')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('unitId', '=', hungSon)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date('2025-03-10T03:00:00.000Z'),
    });
    hungSon = await t.unitId('05761');
    const hs = await t.as('ca.hungson');
    const v = (
      await hs({
        method: 'POST',
        url: '/api/villages',
        payload: {
          unitId: hungSon,
          name: village,
          kind: 'thon',
          households: 500,
          population: 2000,
          areaHectares: null,
          villageClass: 1,
        },
      })
    ).json<Village>();
    team = (
      await hs({
        method: 'POST',
        url: '/api/teams',
        payload: {
          name: 'Tổ bảo vệ ANTT xóm Mẫu Một',
          villageIds: [v.id],
          decisionNumber: '01/QĐ-UBND',
          decisionDate: '2024-07-10',
          decisionSigner: 'Chủ tịch UBND thị trấn',
        },
      })
    ).json<Team>();
  });
  afterAll(() => t.close());

  const rows = (count: number, from = 0): SheetCells[] =>
    Array.from({ length: count }, (_, i) =>
      sampleSheetRow(from + i, 'Tổ bảo vệ ANTT xóm Mẫu Một', village, {
        role: from + i === from ? 'Tổ trưởng' : 'Tổ viên',
      }),
    );

  it('reports each bad row with its row number and column, and writes nothing', async () => {
    const hs = await t.as('ca.hungson');
    const list = rows(10);
    list[3] = { ...list[3], dateOfBirth: '31/02/1980' };
    list[6] = { ...list[6], cccd: '019099123456', education: 'lớp 3' };
    list[8] = { ...list[8], role: 'Tổ trưởng' };
    const file = await memberWorkbook(list);
    const preview = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/members/imports/preview`,
      ...multipart(file),
    });
    expect(preview.statusCode).toBe(200);
    const body = preview.json<ImportPreview>();
    expect(body).toMatchObject({ total: 10, valid: 7, invalid: 3 });
    const errors = body.rows.flatMap((r) => r.errors);
    // Title on line 1, headers on line 2: the fourth member is on line 6.
    expect(errors).toContainEqual(
      expect.objectContaining({
        row: 6,
        column: 'dateOfBirth',
        header: 'Ngày sinh',
        message: expect.stringMatching(/31\/02\/1980/),
      }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ row: 9, column: 'cccd', header: 'Số CCCD' }));
    expect(errors).toContainEqual(expect.objectContaining({ row: 9, column: 'education' }));
    expect(errors).toContainEqual(
      expect.objectContaining({
        row: 11,
        column: 'role',
        message: expect.stringMatching(/Tổ trưởng ở dòng 3/),
      }),
    );
    expect(await countMembers()).toBe(0);

    const commit = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/members/imports/commit`,
      ...multipart(file, { mode: 'all' }),
    });
    expect(commit.statusCode).toBe(422);
    expect(commit.json().detail).toMatch(/3 dòng có lỗi; chưa ghi dòng nào/);
    expect(commit.json().errors).toContainEqual(
      expect.objectContaining({
        path: '/rows/6/dateOfBirth',
        message: expect.stringMatching(/^Dòng 6, cột "Ngày sinh"/),
      }),
    );
    expect(await countMembers()).toBe(0);
    expect((await auditRowsFor(t.db, 'member')).filter((a) => a.action === 'import')).toHaveLength(0);
  });

  it('imports once the preview’s corrections fix the bad rows, in one go', async () => {
    const hs = await t.as('ca.hungson');
    const list = rows(10);
    list[3] = { ...list[3], dateOfBirth: '31/02/1980' };
    list[8] = { ...list[8], role: 'Tổ trưởng' };
    const file = await memberWorkbook(list);
    const corrections = JSON.stringify([
      { row: 6, cells: { dateOfBirth: '28/02/1968' } },
      { row: 11, cells: { role: 'Tổ phó' } },
    ]);
    const recheck = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/members/imports/preview`,
      ...multipart(file, { corrections }),
    });
    expect(recheck.json<ImportPreview>().rows.flatMap((r) => r.errors)).toEqual([]);
    const commit = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/members/imports/commit`,
      ...multipart(file, { corrections }),
    });
    expect(commit.statusCode).toBe(201);
    expect(commit.json()).toEqual({ created: 10, updated: 0, skipped: [] });
    expect(await countMembers()).toBe(10);
    const leaders = await hs({ method: 'GET', url: `/api/members?teamId=${team.id}&role=to_truong` });
    expect(leaders.json<{ items: MemberSummary[] }>().items).toHaveLength(1);

    // The same file again: every row is already listed.
    const again = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/members/imports/preview`,
      ...multipart(file, { corrections }),
    });
    expect(again.json<ImportPreview>().rows[0]?.errors).toContainEqual(
      expect.objectContaining({ column: 'cccd', message: expect.stringMatching(/Đã có trong danh sách/) }),
    );
  });

  it('imports only the valid rows when asked, naming those left out', async () => {
    const hs = await t.as('ca.hungson');
    const list: SheetCells[] = rows(5, 100).map((r) => ({ ...r, role: 'Tổ viên' }));
    list[1] = { ...list[1], residenceSince: '01/01/2025' };
    const commit = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/members/imports/commit`,
      ...multipart(await memberWorkbook(list), { mode: 'valid-only' }),
    });
    expect(commit.statusCode).toBe(201);
    expect(commit.json().created).toBe(4);
    expect(commit.json().skipped).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'residenceSince',
        message: expect.stringMatching(/chưa đủ 01 năm/),
      }),
    ]);
    expect(await countMembers()).toBe(14);
  });

  it('refuses other communes (404), other files (415) and lists without the columns (400)', async () => {
    const qt = await t.as('ca.quantrieu');
    const file = await memberWorkbook(rows(2, 200));
    for (const step of ['preview', 'commit']) {
      const res = await qt({
        method: 'POST',
        url: `/api/communes/${hungSon}/members/imports/${step}`,
        ...multipart(file),
      });
      expect(res.statusCode).toBe(404);
    }
    const hs = await t.as('ca.hungson');
    const text = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/members/imports/preview`,
      ...multipart(Buffer.from('Họ và tên;Ngày sinh\nA;1/1/1990')),
    });
    expect(text.statusCode).toBe(415);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['Tên', 'Tuổi']);
    const noHeaders = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/members/imports/preview`,
      ...multipart(Buffer.from(await workbook.xlsx.writeBuffer())),
    });
    expect(noHeaders.statusCode).toBe(400);
    expect(noHeaders.json().detail).toMatch(/"Họ và tên"/);
  });

  it('exports the filtered list in the same layout: Vietnamese headers, dd/mm/yyyy, masked unless revealed', async () => {
    const hs = await t.as('ca.hungson');
    const res = await hs({ method: 'GET', url: `/api/members/export.xlsx?teamId=${team.id}&sort=name` });
    expect(res.statusCode).toBe(200);
    const sheet = (await readWorkbook(res.rawPayload)).worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 6)).toEqual([
      'Xã, phường, thị trấn',
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Dân tộc',
    ]);
    expect(sheet.rowCount).toBe(15);
    const first = sheet.getRow(2).values as unknown[];
    expect(first[1]).toBe('Thị trấn Hùng Sơn');
    expect(String(first[4])).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(String(first[7])).toMatch(/^\d{4}\*{6}\d{2}$/);
    expect((await auditRowsFor(t.db, 'member')).filter((a) => a.action === 'reveal_export')).toHaveLength(0);

    const whole = await hs({ method: 'GET', url: `/api/members/export.xlsx?teamId=${team.id}&reveal=true` });
    const wholeSheet = (await readWorkbook(whole.rawPayload)).worksheets[0];
    expect(String((wholeSheet?.getRow(2).values as unknown[])[7])).toMatch(/^\d{12}$/);
    expect((await auditRowsFor(t.db, 'member')).filter((a) => a.action === 'reveal_export')).toHaveLength(1);

    // An exported (revealed) list imports back into the layout: every row is recognised as already listed.
    const back = await hs({
      method: 'POST',
      url: `/api/communes/${hungSon}/members/imports/preview`,
      ...multipart(whole.rawPayload),
    });
    expect(back.statusCode).toBe(200);
    const preview = back.json<ImportPreview>();
    expect(preview.total).toBe(14);
    expect(preview.rows.every((r) => r.errors.some((e) => /Đã có trong danh sách/.test(e.message)))).toBe(
      true,
    );
  });
});
