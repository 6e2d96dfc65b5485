import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Inspection, InspectionSummary } from '../../domain/inspections/inspections.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { readWorkbook } from '../test/xlsx.ts';

describe.each(inject('testDialects'))('inspections on %s', (dialect) => {
  let tick = 0;
  let t: TestContext;
  let planId: string;
  let task4: string;
  let daiTu: string;
  let hungSon: string;
  let quanTrieu: string;
  let created: Inspection;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      // 20/11/2024, 10:00 in Vietnam; one second further at every request.
      clock: () => new Date(Date.parse('2024-11-20T03:00:00.000Z') + 1000 * tick++),
    });
    const plan = await t.db
      .selectFrom('plan')
      .select('id')
      .where('number', '=', '71/KH-UBND')
      .executeTakeFirstOrThrow();
    planId = plan.id;
    task4 = (
      await t.db
        .selectFrom('task')
        .select('id')
        .where('planId', '=', planId)
        .where('code', '=', '4')
        .executeTakeFirstOrThrow()
    ).id;
    daiTu = await t.unitId('171');
    hungSon = await t.unitId('05761');
    quanTrieu = await t.unitId('05431');
  });
  afterAll(() => t.close());

  const newInspection = (overrides: Record<string, unknown> = {}) => ({
    planId,
    taskId: task4,
    inspectedUnitId: daiTu,
    subject: 'Kiểm tra việc thi hành Luật tại huyện Đại Từ',
    team: 'Đ/c Nguyễn Văn Mẫu (trưởng đoàn)',
    plannedFrom: '2024-11-25',
    plannedTo: '2024-11-26',
    decisionNumber: '201/QĐ-CAT',
    decisionDate: '2024-11-18',
    ...overrides,
  });

  it('lets Công an tỉnh plan an inspection of a district, seen by both sides and no one else', async () => {
    const coordinator = await t.as('congantinh');
    const res = await coordinator({ method: 'POST', url: '/api/inspections', payload: newInspection() });
    expect(res.statusCode).toBe(201);
    created = res.json<Inspection>();
    expect(created).toMatchObject({
      state: 'planned',
      subject: 'Kiểm tra việc thi hành Luật tại huyện Đại Từ',
      inspectingUnit: { name: 'Công an tỉnh' },
      inspectedUnit: { id: daiTu, name: 'Huyện Đại Từ' },
      plan: { id: planId, number: '71/KH-UBND' },
      task: { code: '4' },
      findings: [],
      canEdit: true,
      version: 1,
    });
    expect((await auditRowsFor(t.db, 'inspection', created.id)).map((row) => row.action)).toEqual(['create']);

    const district = await t.as('ubnd.daitu');
    const seen = await district({ method: 'GET', url: `/api/inspections/${created.id}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ canEdit: false });
    expect((await district({ method: 'GET', url: '/api/inspections' })).json().items).toHaveLength(1);
    for (const username of ['ca.hungson', 'sotuphap', 'ca.quantrieu']) {
      const other = await t.as(username);
      expect(
        (await other({ method: 'GET', url: `/api/inspections/${created.id}` })).statusCode,
        username,
      ).toBe(404);
      expect((await other({ method: 'GET', url: '/api/inspections' })).json().total, username).toBe(0);
    }
    const leader = await t.as('ubndtinh');
    expect((await leader({ method: 'GET', url: `/api/inspections/${created.id}` })).json()).toMatchObject({
      canEdit: false,
    });
  });

  it('refuses bad input with the fields to fix, other roles with 403', async () => {
    const coordinator = await t.as('congantinh');
    const post = (payload: Record<string, unknown>) =>
      coordinator({ method: 'POST', url: '/api/inspections', payload });
    const missing = await post(newInspection({ subject: '  ' }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: '/subject' })],
    });
    const backwards = await post(newInspection({ plannedTo: '2024-11-01' }));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ path: '/plannedTo' })]);
    const badDate = await post(newInspection({ plannedFrom: '25/11/2024' }));
    expect(badDate.json().errors).toEqual([expect.objectContaining({ path: '/plannedFrom' })]);
    const unknown = await post(newInspection({ planId: 'no-such-plan', inspectedUnitId: 'no-such-unit' }));
    expect(unknown.statusCode).toBe(400);
    expect(
      unknown
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['/inspectedUnitId', '/planId']);
    const self = await post(newInspection({ inspectedUnitId: await t.unitId('19.CAT') }));
    expect(self.json().errors).toEqual([
      { path: '/inspectedUnitId', message: 'Đơn vị được kiểm tra phải khác đơn vị kiểm tra' },
    ]);
    const otherTask = await post(newInspection({ taskId: 'not-a-task-of-the-plan' }));
    expect(otherTask.json().errors).toEqual([expect.objectContaining({ path: '/taskId' })]);
    // A district inspects its own communes, not another district's.
    const district = await t.as('ubnd.daitu');
    const outside = await district({
      method: 'POST',
      url: '/api/inspections',
      payload: newInspection({ inspectedUnitId: quanTrieu }),
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors).toEqual([expect.objectContaining({ path: '/inspectedUnitId' })]);
    for (const username of ['ubndtinh', 'ca.hungson']) {
      const other = await t.as(username);
      const res = await other({ method: 'POST', url: '/api/inspections', payload: newInspection() });
      expect(res.statusCode, username).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await auditRowsFor(t.db, 'inspection')).length).toBe(1);
  });

  it('edits with the version read: stale edits 409, the inspected side 403, others 404', async () => {
    const coordinator = await t.as('congantinh');
    const patch = (who: typeof coordinator, payload: Record<string, unknown>) =>
      who({ method: 'PATCH', url: `/api/inspections/${created.id}`, payload });
    const updated = await patch(coordinator, {
      version: 1,
      plannedFrom: '2024-11-27',
      plannedTo: '2024-11-28',
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ plannedFrom: '2024-11-27', plannedTo: '2024-11-28', version: 2 });
    const stale = await patch(coordinator, { version: 1, subject: 'Tên khác' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    expect((await patch(await t.as('ubnd.daitu'), { version: 2, subject: 'Tự sửa' })).statusCode).toBe(403);
    expect((await patch(await t.as('ubndtinh'), { version: 2, subject: 'Tự sửa' })).statusCode).toBe(403);
    expect((await patch(await t.as('ca.quantrieu'), { version: 2, subject: 'Tự sửa' })).statusCode).toBe(403);
    expect((await patch(await t.as('sotuphap'), { version: 2, subject: 'Tự sửa' })).statusCode).toBe(404);
    const early = await patch(coordinator, { version: 2, conclusion: 'Chưa kiểm tra' });
    expect(early.statusCode).toBe(422);
    const rows = await auditRowsFor(t.db, 'inspection', created.id);
    expect(rows.at(-1)).toMatchObject({ action: 'update' });
    expect(JSON.parse(rows.at(-1)?.before ?? '{}')).toEqual({
      plannedFrom: '2024-11-25',
      plannedTo: '2024-11-26',
    });
  });

  it('records an inspection done once, with its date and conclusion; a done inspection is not cancelled', async () => {
    const coordinator = await t.as('congantinh');
    const complete = (payload: Record<string, unknown>) =>
      coordinator({ method: 'POST', url: `/api/inspections/${created.id}/complete`, payload });
    const future = await complete({ version: 2, actualDate: '2024-12-01', conclusion: 'Tốt' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([
      { path: '/actualDate', message: 'Ngày kiểm tra không được sau ngày hôm nay' },
    ]);
    expect((await complete({ version: 2, actualDate: '2024-11-19' })).statusCode).toBe(400);
    const district = await t.as('ubnd.daitu');
    expect(
      (
        await district({
          method: 'POST',
          url: `/api/inspections/${created.id}/complete`,
          payload: { version: 2, actualDate: '2024-11-19', conclusion: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    const done = await complete({
      version: 2,
      actualDate: '2024-11-19',
      conclusion: 'Huyện đã triển khai Luật đúng kế hoạch.',
      conclusionNumber: '20/KL-CAT',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      state: 'done',
      actualDate: '2024-11-19',
      conclusionNumber: '20/KL-CAT',
      version: 3,
    });
    expect((await complete({ version: 3, actualDate: '2024-11-19', conclusion: 'Lần hai' })).statusCode).toBe(
      422,
    );
    const cancel = await coordinator({
      method: 'POST',
      url: `/api/inspections/${created.id}/cancel`,
      payload: { version: 3, reason: 'Nhầm' },
    });
    expect(cancel.statusCode).toBe(422);
    expect(cancel.json().code).toBe('INVALID_STATE');
    const fixed = await coordinator({
      method: 'PATCH',
      url: `/api/inspections/${created.id}`,
      payload: { version: 3, conclusion: 'Huyện Đại Từ đã triển khai Luật đúng kế hoạch.' },
    });
    expect(fixed.json()).toMatchObject({
      conclusion: 'Huyện Đại Từ đã triển khai Luật đúng kế hoạch.',
      version: 4,
    });
    const moved = await coordinator({
      method: 'PATCH',
      url: `/api/inspections/${created.id}`,
      payload: { version: 4, inspectedUnitId: hungSon },
    });
    expect(moved.statusCode).toBe(422);
    expect((await auditRowsFor(t.db, 'inspection', created.id)).map((row) => row.action)).toEqual([
      'create',
      'update',
      'complete',
      'update',
    ]);
  });

  it('cancels a planned inspection with a reason, after which it no longer changes', async () => {
    const coordinator = await t.as('congantinh');
    const planned = (
      await coordinator({
        method: 'POST',
        url: '/api/inspections',
        payload: newInspection({
          subject: 'Kiểm tra Thị trấn Hùng Sơn',
          inspectedUnitId: hungSon,
          decisionNumber: null,
        }),
      })
    ).json<Inspection>();
    const cancel = (payload: Record<string, unknown>) =>
      coordinator({ method: 'POST', url: `/api/inspections/${planned.id}/cancel`, payload });
    expect((await cancel({ version: 1, reason: '' })).statusCode).toBe(400);
    const cancelled = await cancel({ version: 1, reason: 'Trùng lịch với đoàn kiểm tra của Bộ Công an.' });
    expect(cancelled.json()).toMatchObject({
      state: 'cancelled',
      cancelReason: 'Trùng lịch với đoàn kiểm tra của Bộ Công an.',
      canEdit: false,
    });
    expect(
      (
        await coordinator({
          method: 'PATCH',
          url: `/api/inspections/${planned.id}`,
          payload: { version: 2, subject: 'x' },
        })
      ).statusCode,
    ).toBe(422);
  });

  it('lets a district plan inspections of its communes; the commune sees them, the province can edit them', async () => {
    const district = await t.as('ubnd.daitu');
    const res = await district({
      method: 'POST',
      url: '/api/inspections',
      payload: newInspection({
        subject: 'Huyện kiểm tra Thị trấn Hùng Sơn',
        inspectedUnitId: hungSon,
        taskId: null,
      }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      inspectingUnit: { id: daiTu },
      inspectedUnit: { id: hungSon },
      task: null,
      canEdit: true,
    });
    const commune = await t.as('ca.hungson');
    expect((await commune({ method: 'GET', url: `/api/inspections/${res.json().id}` })).json()).toMatchObject(
      { canEdit: false },
    );
    const coordinator = await t.as('congantinh');
    expect(
      (await coordinator({ method: 'GET', url: `/api/inspections/${res.json().id}` })).json(),
    ).toMatchObject({ canEdit: true });
  });

  it('lists with filters, sorting and paging, and exports the same rows to .xlsx', async () => {
    const coordinator = await t.as('congantinh');
    const list = async (query: string) => {
      const res = await coordinator({ method: 'GET', url: `/api/inspections?${query}` });
      expect(res.statusCode, query).toBe(200);
      return res.json<{ items: InspectionSummary[]; total: number }>();
    };
    expect((await list('')).total).toBe(3);
    expect((await list('state=done')).items.map((i) => i.id)).toEqual([created.id]);
    expect((await list('state=cancelled')).items).toHaveLength(1);
    // A unit filter takes the unit's whole subtree: Đại Từ and its communes.
    expect((await list(`unitId=${daiTu}`)).total).toBe(3);
    expect((await list(`unitId=${hungSon}`)).total).toBe(2);
    expect((await list(`unitId=${quanTrieu}`)).total).toBe(0);
    expect((await list(`planId=${planId}`)).total).toBe(3);
    expect((await list('from=2024-11-20&to=2024-11-30')).total).toBe(2);
    // The text search folds diacritics and looks at both units' names.
    expect((await list('q=dai tu')).total).toBe(2);
    expect((await list('q=20/KL-CAT')).items.map((i) => i.id)).toEqual([created.id]);
    const bySubject = await list('sort=subject&order=asc');
    expect(bySubject.items.map((i) => i.subject)).toEqual([...bySubject.items.map((i) => i.subject)].sort());
    const page = await list('limit=1&offset=1&sort=date&order=desc');
    expect(page).toMatchObject({ total: 3, items: [expect.anything()] });
    expect((await coordinator({ method: 'GET', url: '/api/inspections?state=open' })).statusCode).toBe(400);
    expect(
      (await coordinator({ method: 'GET', url: '/api/inspections?sort=nothing' })).json().errors,
    ).toEqual([expect.objectContaining({ path: '/sort' })]);

    const file = await coordinator({ method: 'GET', url: '/api/inspections/export.xlsx?state=done' });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('kiem-tra.xlsx');
    const sheet = (await readWorkbook(file.rawPayload)).getWorksheet('Kiểm tra');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Nội dung kiểm tra');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).values).toEqual(
      expect.arrayContaining([
        'Huyện Đại Từ',
        'Công an tỉnh',
        '71/KH-UBND',
        '201/QĐ-CAT',
        '19/11/2024',
        'Đã kiểm tra',
        '20/KL-CAT',
      ]),
    );
    const district = await t.as('ubnd.daitu');
    const theirs = await readWorkbook(
      (await district({ method: 'GET', url: '/api/inspections/export.xlsx' })).rawPayload,
    );
    expect(theirs.getWorksheet('Kiểm tra')?.rowCount).toBe(4);
    const commune = await t.as('ca.hungson');
    const own = await readWorkbook(
      (await commune({ method: 'GET', url: '/api/inspections/export.xlsx' })).rawPayload,
    );
    // The commune sees the two inspections of itself, not the province's inspection of its district.
    expect(own.getWorksheet('Kiểm tra')?.rowCount).toBe(3);
  });

  it('offers only units in scope to inspect', async () => {
    const district = await t.as('ubnd.daitu');
    const res = await district({ method: 'GET', url: '/api/inspections/unit-options?q=hung son' });
    expect(res.json().items.map((u: { name: string }) => u.name)).toEqual(['Thị trấn Hùng Sơn']);
    const none = await district({ method: 'GET', url: '/api/inspections/unit-options?q=quan trieu' });
    expect(none.json().items).toEqual([]);
    const coordinator = await t.as('congantinh');
    const within = await coordinator({
      method: 'GET',
      url: `/api/inspections/unit-options?withinUnitId=${daiTu}`,
    });
    expect(within.json().items[0]).toMatchObject({ id: daiTu });
    expect(
      within.json().items.every((u: { code: string }) => u.code === '171' || u.code.startsWith('05')),
    ).toBe(true);
  });
});
